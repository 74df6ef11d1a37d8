import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { dividesWordInto, joinRows } from '../../src/segment/line-end-hyphens.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

describe("a typist's word divided at the end of a line", () => {
  it('is one word again when the rows are read as one', () => {
    expect(joinRows('hos landstings-', 'kontoret i Solna')).toBe('hos landstingskontoret i Solna');
  });
  it('keeps the hyphen of a compound whose shared last part is left out before "och"', () => {
    expect(dividesWordInto('till hälso-', 'och sjukvårdsnämnden')).toBe(false);
    expect(joinRows('till hälso-', 'och sjukvårdsnämnden')).toBe('till hälso- och sjukvårdsnämnden');
  });
  it('keeps a hyphen after a capitalised name or a year, which joins parts that stay apart', () => {
    expect(dividesWordInto('fastigheten Ösby-', 'Näs 2:4')).toBe(false);
    expect(dividesWordInto('under åren 1961-', '62')).toBe(false);
  });
  it('is made whole in a decision that wraps over the division', () => {
    expect(decisions('Frågan diskuterades.\nNämnden beslöt att hos landstings-\nkontoret begära medel för vägen.')).toEqual([
      'Nämnden beslöt att hos landstingskontoret begära medel för vägen.',
    ]);
  });
  it('is made whole in a run-in list of those present, so the function before the names is read', () => {
    const minutes = segmentMinutes(
      { text: 'PROTOKOLL\n\nSammanträdesdag: 4/10 1966\n\nNärvarande: ordf. Knut Alsén, vice ordf. Berit Lööf, leda-\nmöterna Sixten Rydh, Gull Åkerblom och Tor Ekwall samt suppleanten Elon Bergh.\n\n§ 1. Mötets öppnande\nOrdföranden förklarade sammanträdet öppnat.\n' },
      { file: 'x.txt', sha256: null, pages: 1 },
    );
    expect(minutes.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Knut Alsén', 'ordförande'],
      ['Berit Lööf', 'vice ordförande'],
      ['Sixten Rydh', 'ledamot'],
      ['Gull Åkerblom', 'ledamot'],
      ['Tor Ekwall', 'ledamot'],
      ['Elon Bergh', 'suppleant'],
    ]);
  });
});
