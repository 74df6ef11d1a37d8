import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A network's invitation whose programme gives each point's start time in a right-hand column that OCR ran into the title.
const invitation = (rows: string) =>
  'Kallelse\nNätverket för skolbibliotekarier\n\nDatum: 12/4 2024\nTid: kl 13.00-15.00\nPlats: Stadsbiblioteket\n\nDagordning\n' + rows + '\nVälkomna!\n\nMia Ek\nsamordnare\n';

describe('item title tails', () => {
  it('drops a start time OCR ran into the end of a point title', () => {
    const minutes = segment(invitation('1. Inledning och presentationsrunda 13.00\n2. Nytt om lässatsningen "13.25\n3. Övrigt 14.45\n'));
    expect(minutes.items.map((i) => i.title)).toEqual(['Inledning och presentationsrunda', 'Nytt om lässatsningen', 'Övrigt']);
  });
  it('keeps a property designation written with a colon at the end of a title', () => {
    const minutes = segment(invitation('1. Detaljplan för Ekudden 3:15\n2. Övrigt\n'));
    expect(minutes.items[0]!.title).toBe('Detaljplan för Ekudden 3:15');
  });
  it('keeps a figure off the five minutes of a programme at the end of a title', () => {
    const minutes = segment(invitation('1. Revidering av bilaga 2.12\n2. Övrigt\n'));
    expect(minutes.items[0]!.title).toBe('Revidering av bilaga 2.12');
  });
});

describe('a case reference joined to its year by a hyphen', () => {
  const protokoll = (rows: string) =>
    'PROTOKOLL\nFritidsnämnden\nSammanträdesdatum 2025-02-11\n\n' + rows + '\n\nNämnden godkänner förslaget.\n\n$3 Övriga frågor\n\nInga övriga frågor.\n';
  it('drops a Dnr with the filing code after a stop from the end of a title', () => {
    const m = segment(protokoll('$2 Verksamhetsplan 2026 FRN-2025/118.041'));
    expect(m.items[0]!.title).toBe('Verksamhetsplan 2026');
  });
  it('drops the speck OCR read in the gap before the Dnr too', () => {
    const m = segment(protokoll("$2 Upphandling av städning enligt LOU 'FRN-2025/091.739"));
    expect(m.items[0]!.title).toBe('Upphandling av städning enligt LOU');
  });
  it('drops a case reference written as letters, slash, year, colon and serial, with the presenter after it', () => {
    const m = segment(protokoll('§ 4 Lokalbidrag till föreningar 2026 KFN/2025:43 Elsa Brink'));
    expect(m.items[0]!.title).toBe('Lokalbidrag till föreningar 2026');
    const n = segment(protokoll('§ 4 Tillsyn enligt förordning SFS 2018:1197'));
    expect(n.items[0]!.title).toBe('Tillsyn enligt förordning SFS 2018:1197');
  });
});

describe('the dust of a poor scan read as a run of scraps after a title', () => {
  it('drops a run of scraps after a bar or with three specks among them', () => {
    const m = segment('PROTOKOLL\nTekniska utskottet\n\n§ 4 Justering | oo RR og ä Ä Vr me j\nText om justeringen.\n§ 5 Belysning i Ekdalen 7 ” ee = $ - :\nText om belysningen.\n§ 6 Snöröjning = . | ”\nText om snön.');
    expect(m.items.map((i) => i.title)).toEqual(['Justering', 'Belysning i Ekdalen 7', 'Snöröjning']);
  });
  it('keeps a title whose last words are short but no dust', () => {
    const m = segment('PROTOKOLL\nTekniska utskottet\n\n§ 4 Rapport kvartal 1 | EU\nText.\n§ 5 Vägar i Ek och Al\nText.');
    expect(m.items.map((i) => i.title)).toEqual(['Rapport kvartal 1 | EU', 'Vägar i Ek och Al']);
  });
});
