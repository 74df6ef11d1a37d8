import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findRunningLines } from '../../src/segment/running-lines.ts';

describe('running rows that came apart or hold only figures', () => {
  it('marks the date a narrow header column wrapped onto a row of its own on every page', () => {
    const page = (n: number, body: string) => `Ekby kommun\tProtokoll\tSida ${n} av 3\nKulturnämnden\tSammanträdesdatum\n\t2024-09-03\n\n${body}`;
    const running = findRunningLines(linesFromText([page(1, 'Första sidan.\nMer.'), page(2, 'Andra sidan.\nMer.'), page(3, 'Tredje sidan.\nMer.')].join('\f')));
    expect(running.map((rows) => rows[2])).toEqual([true, true, true]);
    expect(running.map((rows) => rows[4])).toEqual([false, false, false]);
  });
  it('leaves a row of figures that differs from page to page', () => {
    const page = (n: number) => `Ekby kommun\tSida ${n} av 3\n${1000 * n + 17} ${2000 + n}\nText på sidan.`;
    const running = findRunningLines(linesFromText([page(1), page(2), page(3)].join('\f')));
    expect(running.map((rows) => rows[1])).toEqual([false, false, false]);
  });
  it('marks the pieces of a header that OCR read column by column on one page', () => {
    const header = 'MÅSBY IDROTTSFÖRENING Protokoll årsmöte\nOrg.nr 802400-1188 2025-03-02';
    const text = [
      `${header}\n\nFörsta sidans text.\nMer text.`,
      `${header}\n\nAndra sidans text.\nMer text.`,
      `${header}\n\nTredje sidans text.\nMer text.`,
      'MÅSBY IDROTTSFÖRENING\nOrg.nr 802400-1188\n\nProtokoll årsmöte\n2025-03-02\n\nFjärde sidans text.\nMer text.',
    ].join('\f');
    const last = findRunningLines(linesFromText(text))[3]!;
    expect(last.slice(0, 5)).toEqual([true, true, false, true, true]);
    expect(last[6]).toBe(false);
  });
});
