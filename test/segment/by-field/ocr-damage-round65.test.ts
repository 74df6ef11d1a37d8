import { describe, expect, it } from 'vitest';
import { decisions, headings, segment } from './segment-text.ts';

describe('OCR damage seen on round 65', () => {
  it('keeps a prose list going after "samt" and OCR\'s blank row, and reads "v.-.ordf."', () => {
    const m = segment('PROTOKOLL\n\nfört vid sammanträde med nämnden den 2/4-71 kl. 19.00 i kommunalkontoret.\nNärvarande: ordf. Hugo Rask, v.-.ordf. Elin Nord, Ture Berg och Alf Sand samt\n\nundertecknad sekreterare Maj Holm.\n\n§ 1. Öppnande\nText.\n\n§ 2. Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Hugo Rask', 'ordförande'],
      ['Elin Nord', 'vice ordförande'],
      ['Ture Berg', null],
      ['Alf Sand', null],
      ['Maj Holm', 'sekreterare'],
    ]);
  });
  it('reads "AU 861 …", "AU 8 62 …", "AU 863 …" as the paragraphs 61-63 of a committee', () => {
    expect(headings('AU 861 Motion om cykelvägar\nText.\nAU 8 62 Avgifter i hamnen\nText.\nAU 863 Information om ekonomin\nText.')).toEqual([
      ['61', 'Motion om cykelvägar'],
      ['62', 'Avgifter i hamnen'],
      ['63', 'Information om ekonomin'],
    ]);
  });
  it('reads "» Ärendet återremitteras …" under a decision heading without the guillemet', () => {
    expect(decisions('Utskottets beslut\n» Ärendet återremitteras till förvaltningen.')).toEqual(['Ärendet återremitteras till förvaltningen.']);
  });
  it('reads "ulf Klint, sekreterare" (the capital lost) as a person', () => {
    const m = segment('Protokoll\nUtskottet\n\nDatum: 2025-04-08\n\nÖvriga deltagande: Per Ask, direktör\nulf Klint, sekreterare\n\n§ 1 Öppnande\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => p.name)).toContain('Ulf Klint');
  });
});

describe('OCR damage seen on round 66', () => {
  it('reads "81. Justering", "8 2. Anslag …", "83. Skolskjutsarna" as paragraphs 1-3 (the sign read as 8 and glued)', () => {
    expect(headings('81. Justering\nText.\n8 2. Anslag till vägen\nText.\n"83. Skolskjutsarna\nText.')).toEqual([
      ['1', 'Justering'],
      ['2', 'Anslag till vägen'],
      ['3', 'Skolskjutsarna'],
    ]);
  });
  it('keeps a list numbered "81.", "82.", "83." with no other sign of a paragraph as it is', () => {
    expect(headings('81. Val\nText.\n82. Budget\nText.\n83. Slut\nText.').map((h) => h[0])).toEqual(['81', '82', '83']);
  });
  it('ends the invitation\'s sentence at its exclamation mark, not taking the agenda heading into the place', () => {
    const m = segment('Västby byalag\n\nVälkommen till årsmöte söndagen den 4 maj 2025 kl. 14.00 i bystugan!\nDagordning\n1. Öppnande\n2. Val\n3. Avslutning');
    expect(m.meeting?.place).toBe('bystugan');
  });
});
