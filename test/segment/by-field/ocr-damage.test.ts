import { describe, expect, it } from 'vitest';
import { attendeesOfNotes, segment } from './segment-text.ts';

describe('reads head values, lists and headings through OCR specks', () => {
  it('reads a letterhead date whose column gap OCR read as specks, and a place after "i." or "i-", from the head sentence', () => {
    const notes = (preposition: string) =>
      segment(
        `LJUNGBY KOMMUN . PM\nKulturkontoret | ij : 1974-09-20\n\nANTECKNINGAR\n\nförda vid sammanträde med arbetsgruppen för biblioteken\nonsdagen den 18 september 1974 kl. 15.00 ${preposition} kulturkontorets\nsammanträdesrum, Ljungby.\n\n1. Start\nText.\n\n2. Slut\nText.`,
      );
    expect(notes('i.').meeting).toMatchObject({ date: '1974-09-18', start: '15:00', place: 'kulturkontorets sammanträdesrum, Ljungby' });
    expect(notes('i-').meeting?.place).toBe('kulturkontorets sammanträdesrum, Ljungby');
  });
  it('reads a titled list one person a row through a comma speck and a stop after the title', () => {
    expect(attendeesOfNotes('Närvarande:\tkamrer Ebbe Mulm\n\trektor Tyra Malm ,\n\tfritidsintendent. Saga Frell\n\tOlof Krans, sekreterare')).toEqual([
      ['Ebbe Mulm', null, 'kamrer'],
      ['Tyra Malm', null, 'rektor'],
      ['Saga Frell', null, 'fritidsintendent'],
      ['Olof Krans', null, 'sekreterare'],
    ]);
  });
  it('reads a name and title table whose column gap OCR closed or read as a speck, under a list label two slips away', () => {
    const m = segment(
      'Styrgruppsmöte\nFjällregionen\n\nMötesdatum: 2026-01-20\n\nDeltagare\nTyra Malm > Projektägare\n. Ebbe Mulm Ekonomidirektör\nFrånvararide\nSaga Frell Hälso- och sjukvårdsdirektör\n\n1. Start\nText.\n\n2. Slut\nText.',
    );
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Tyra Malm', 'Projektägare'],
      ['Ebbe Mulm', 'Ekonomidirektör'],
    ]);
    expect(m.absent.map((p) => [p.name, p.role])).toEqual([['Saga Frell', 'Hälso- och sjukvårdsdirektör']]);
  });
  it('reads a capital Å alone beside a value, and an angle bracket before a name, as specks', () => {
    const m = segment('KALLELSE\nFjällnämnden\n\nTid: tisdag 14 oktober 2025 kl. 08.30\nPlats: Fjällsalen, kommunhuset\tÅ\n\n1. Start\n2. Slut\n3. Övrigt');
    expect(m.meeting?.place).toBe('Fjällsalen, kommunhuset');
    const p = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-10-20\nÖvriga deltagare\tVilja Trosk, fjällchef\n\"> Ebbe Mulm, sekreterare\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(p.attendees.map((x) => x.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm']);
  });
  it('reads "kl. 10. 00" with a space after the separator, and "$ I Öppnande" with the figure 1 read as I', () => {
    const m = segment('Protokoll\nFjällvägföreningen\nDatum: 2026-01-24\n\n$ I Öppnande\nOrdföranden öppnade sammanträdet kl. 10. 00.\n\n$ 2 Snöröjningen\nText.\n\n$ 3 Avslutning\nSammanträdet avslutades kl. 11.20.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Öppnande'],
      ['2', 'Snöröjningen'],
      ['3', 'Avslutning'],
    ]);
    expect(m.meeting).toMatchObject({ start: '10:00', end: '11:20' });
  });
});

describe('a typewriter\'s paragraph sign read as two letters', () => {
  it('reads "sg 112 Dnr …" as § 112, its title on the row below', () => {
    const m = segment('SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 1991-04-09\n\nUTDRAG\n\nsg 112 Dnr 91.045-041\n\nBidrag till Ekmora IF\n\nKommunstyrelsen beslutar att bevilja bidraget.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['112', 'Bidrag till Ekmora IF']]);
  });
  it('reads the last paragraph "8 9 \"Avslutning", a speck read as a quote before its title', () => {
    const m = segment('FÖREDRAGNINGSLISTA\nKyrkorådet\nDatum: 2026-03-04\n\n$7 Rapporter\n\n$8 Övriga frågor\n\n8 9 "Sammanträdets avslutande\n\nVälkomna!');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['7', 'Rapporter'], ['8', 'Övriga frågor'], ['9', 'Sammanträdets avslutande']]);
  });
});
