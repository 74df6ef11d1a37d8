import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: text.split('\f').length });

describe('round-51 shapes', () => {
  it('dates "tisdag 7/10" in minutes on or before the day they were printed, not after it', () => {
    const m = segment('Fjällgruppen\nVeckomöte – minnesanteckningar\n\nDatum: tisdag 7/10\nTid: 12.15–13.00\n\n1. Start\nText.\n\nNästa veckomöte: tisdag 14/10 kl. 12.15\n\nAntecknat av Vilja Trosk\nUtskriftsdatum 2025-10-08');
    expect(m.meeting?.date).toBe('2025-10-07');
    expect(m.nextMeeting?.date).toBe('2025-10-14');
  });
  it('still dates a kallelse\'s "torsdag 4/9" after the day it was sent', () => {
    const m = segment('KALLELSE\nFjällnämnden\n\nDatum: torsdag 4/9\nTid: 19.00\n\n1. Öppnande\n2. Budget\n3. Avslutning\n\nUtskickad 2025-08-28');
    expect(m.meeting?.date).toBe('2025-09-04');
  });
  it('reads the times of "Mötet förklarades öppnat kl. …" and "… förklarades avslutat kl. …"', () => {
    const m = segment('Protokoll\nFjällbolaget AB\n\nDatum: torsdag 9 oktober 2025\n\n§ 1 Öppnande\nMötet förklarades öppnat kl. 15.02.\n\n§ 2 Avslutning\nMötet förklarades avslutat kl. 16.48.');
    expect(m.meeting).toMatchObject({ start: '15:02', end: '16:48' });
  });
  it('reads capitalised titles before the names in a list, a qualified one of two words too', () => {
    const m = segment('Minnesanteckningar\nFjällskolans elevhälsoteam\n\nDatum: 2025-10-07\nNärvarande: Rektor Vilja Trosk, Biträdande rektor Ebbe Mulm, Kurator Saga Frell\nEj närvarande: Skolpsykolog Orvar Lind\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'rektor'],
      ['Ebbe Mulm', 'biträdande rektor'],
      ['Saga Frell', 'kurator'],
    ]);
    expect(m.absent.map((p) => [p.name, p.role])).toEqual([['Orvar Lind', 'skolpsykolog']]);
  });
  it('reads the row straight under a dated row that ends with the time as the place, but not the group\'s name', () => {
    const m = segment('Minnesanteckningar från Fjällrådet\n\nOnsdagen den 15 oktober 2025, 15.00-17.00\nFjällgården, Trollberg\n\nDeltagare: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.');
    expect(m.meeting).toEqual({ date: '2025-10-15', start: '15:00', end: '17:00', place: 'Fjällgården, Trollberg' });
    const group = segment('Minnesanteckningar\n\nOnsdagen den 15 oktober 2025, 15.00-17.00\nNätverket för fjällguider\n\nDeltagare: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.');
    expect(group.meeting?.place ?? null).toBeNull();
  });
});

describe('OCR of a list of people parted by semicolons', () => {
  it('joins the rows of the list where an entry breaks off, a lower-case title word included, and reads a colon between two first names as a hyphen', () => {
    const m = segment(
      'Minnesanteckningar\nFjällrådet\n\nDatum: 2025-10-15\n\nDeltagare: Vilja Trosk, Fjällbageriet; Ebba:Lena Mulm, Trollbergs Gård; Per-Olof\nFrell, Frells Bygg AB; Orvar Lind, kommunstyrelsens\nordförande; Saga Berg, näringslivschef\n\n1. Start\nText.',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: 'Fjällbageriet', role: null },
      { name: 'Ebba-Lena Mulm', organisation: 'Trollbergs Gård', role: null },
      { name: 'Per-Olof Frell', organisation: 'Frells Bygg AB', role: null },
      { name: 'Orvar Lind', organisation: null, role: 'kommunstyrelsens ordförande' },
      { name: 'Saga Berg', organisation: null, role: 'näringslivschef' },
    ]);
  });
  it('ends the list at a row after a whole entry', () => {
    const m = segment('Minnesanteckningar\nFjällrådet\n\nDatum: 2025-10-15\nDeltagare: Vilja Trosk, Fjällby kommun; Ebbe Mulm,\nFjällby kommun; Saga Frell, Fjällbyggen\nPunkter\n1) Start\nText.');
    expect(m.attendees.map((p) => p.organisation)).toEqual(['Fjällby kommun', 'Fjällby kommun', 'Fjällbyggen']);
  });
  it('reads a capital Å alone beside a value, and an angle bracket before a name, as specks', () => {
    const m = segment('KALLELSE\nFjällnämnden\n\nTid: tisdag 14 oktober 2025 kl. 08.30\nPlats: Fjällsalen, kommunhuset\tÅ\n\n1. Start\n2. Slut\n3. Övrigt');
    expect(m.meeting?.place).toBe('Fjällsalen, kommunhuset');
    const p = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-10-20\nÖvriga deltagare\tVilja Trosk, fjällchef\n\"> Ebbe Mulm, sekreterare\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(p.attendees.map((x) => x.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm']);
  });
});

