import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('a body abbreviation before a damaged paragraph sign', () => {
  it('reads "BUN 8 41 Title" as paragraph 41 in a chain', () => {
    const found = findItemHeadings(linesFromText('BUN 8 41 Skolskjuts\ntext\nBUN 8 42 Lokaler\ntext\nBUN 8 43 Övrigt\ntext')[0]!).map((h) => [h.number, h.title]);
    expect(found).toEqual([
      ['41', 'Skolskjuts'],
      ['42', 'Lokaler'],
      ['43', 'Övrigt'],
    ]);
  });
});

describe('a people list wrapped inside a name after a semicolon', () => {
  it('joins the first name at the row end with the surname on the next row', () => {
    const m = segment('Minnesanteckningar\nNätverket\n\nDatum: 2024-03-05\nNärvarande: Eva Lund, Täby; Omar Ali, Solna; Nils\nBerg, Nacka\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Eva Lund', 'Täby'],
      ['Omar Ali', 'Solna'],
      ['Nils Berg', 'Nacka'],
    ]);
  });
});

describe('a heading right below a people list', () => {
  it('is not taken for the last person\'s organisation', () => {
    const m = segment('Minnesanteckningar\nStyrgruppen\n\nDatum: 2024-03-05\nDeltagare:\n- Eva Lund, rektor\n- Nils Berg, kurator\nAgenda\n1. Start\nText.');
    expect(m.attendees.at(-1)).toEqual({ name: 'Nils Berg', organisation: null, role: 'kurator' });
  });
});
