import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { isAgendaHeadingAmidSpecks } from '../../src/segment/head-value-stops.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { candidateFrom } from '../../src/segment/item-heading-rows.ts';

const candidate = (text: string) => {
  const heading = candidateFrom(linesFromText(text)[0]![0]!, 0);
  return heading && [heading.number, heading.title, heading.kind];
};

describe('specks a poor scan leaves beside the rows of an agenda', () => {
  it('reads a point number with a quote, a guillemet or a dash read beside it', () => {
    expect(candidate('4" Budgetuppföljning')).toEqual(['4', 'Budgetuppföljning', 'bare']);
    expect(candidate('«7 Delegationsbeslut')).toEqual(['7', 'Delegationsbeslut', 'bare']);
    expect(candidate('- 3; Taxor för hemtjänst')).toEqual(['3', 'Taxor för hemtjänst', 'bare']);
  });
  it('does not read a quoted figure inside a sentence as a point', () => {
    expect(candidate('Det kom 4" snö i natt')).toBeNull();
  });
  it('knows the agenda heading among specks and scraps of a letter or two', () => {
    expect(isAgendaHeadingAmidSpecks(': Föredragningslista | Fa Po | PR aa')).toBe(true);
    expect(isAgendaHeadingAmidSpecks('. Dagordning  ee')).toBe(true);
    expect(isAgendaHeadingAmidSpecks('Föredragningslista bifogas kallelsen')).toBe(false);
    expect(isAgendaHeadingAmidSpecks('Rummet bredvid föredragningslista')).toBe(false);
  });
  it('ends the place above the agenda heading read with specks', () => {
    const text = 'KALLELSE\nFritidsnämnden\n\nDatum Onsdagen den 12 oktober 2022\nTid Kl. 18.00\nPlats Medborgarhuset, rum Tallen\n: Föredragningslista | Fa Po\nNr Ärende Dnr\n1 Val av justerare\n2 Godkännande av dagordning\n3 Budget 2023 FN 2022/0040';
    const minutes = segmentMinutes({ text }, { file: 'x', sha256: null, pages: 1 });
    expect(minutes.meeting?.place).toBe('Medborgarhuset, rum Tallen');
    expect(minutes.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
});
