import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { matchLabel } from '../../src/segment/labels.ts';

const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title]);

describe('paragraph headings with the body named before the sign', () => {
  it('reads "BUN § 7 Title" as paragraph 7', () => {
    expect(headings('BUN § 7 Skolskjuts\ntext\nBUN § 8 Lokaler\ntext')).toEqual([
      ['7', 'Skolskjuts'],
      ['8', 'Lokaler'],
    ]);
  });
});

describe('"Ärende N" alone on its row', () => {
  it('takes the title from the row below', () => {
    const m = segmentMinutes({ text: 'Kallelse\nNämnden\n\nDatum: 2024-03-05\n\nÄrende 1\nLokalförsörjning\n\nÄrende 2\nTaxor 2025' }, { file: 'x.txt', sha256: null, pages: 1 });
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Lokalförsörjning'],
      ['2', 'Taxor 2025'],
    ]);
  });
});

describe('labels of the head block', () => {
  it('knows a break in the meeting is no place or time', () => {
    expect(matchLabel('Ajournering\tkl. 10.05–10.20')?.kind).toBe('ignored');
  });
  it('reads how people took part between the label and its colon as no part of the value', () => {
    expect(matchLabel('Närvarande via Zoom: Lisa Berg, Täby')).toMatchObject({ kind: 'attendees', rest: 'Lisa Berg, Täby' });
    expect(matchLabel('Närvarande på plats: Lisa Berg')).toMatchObject({ kind: 'attendees', rest: 'Lisa Berg' });
  });
});
