import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-57 shapes', () => {
  it('reads "Närvarande var ledamöterna A, B och C samt ersättaren D." with each function', () => {
    const m = segment('Protokoll fört vid sammanträde med styrelsen för Fjällvägföreningen\nDatum: 2026-01-24\n\nNärvarande var ledamöterna Vilja Trosk, Ebbe Mulm och Saga Frell samt ersättaren Orvar Lind.\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ledamot'],
      ['Ebbe Mulm', 'ledamot'],
      ['Saga Frell', 'ledamot'],
      ['Orvar Lind', 'ersättare'],
    ]);
  });
  it('reads "Styrelsen föreslår årsmötet att …" as the decision of the board "fört vid sammanträde med styrelsen för …"', () => {
    const m = segment('Protokoll fört vid sammanträde med styrelsen för Fjällvägföreningen\nDatum: 2026-01-24\n\n§ 1 Avgift\nStyrelsen föreslår årsmötet att behålla avgiften.\n\n§ 2 Slut\nText.');
    expect(m.body).toBe('Styrelsen för Fjällvägföreningen');
    expect(m.items[0]!.decisions).toEqual(['Styrelsen föreslår årsmötet att behålla avgiften.']);
  });
  it('reads people parted by spaced slashes, and "Mötet avslutades 14.40." without "kl."', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2026-01-22\nTid: 13.00\nNärvarande: Vilja Trosk / Ebbe Mulm / Saga Frell (Region Fjäll) / Orvar Lind\n\n1. Start\nText.\n\nMötet avslutades 14.40.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', null],
      ['Ebbe Mulm', null],
      ['Saga Frell', 'Region Fjäll'],
      ['Orvar Lind', null],
    ]);
    expect(m.meeting).toMatchObject({ start: '13:00', end: '14:40' });
  });
});

describe('OCR of the round-57 shapes', () => {
  it('reads "kl. 10. 00" with a space after the separator, and "$ I Öppnande" with the figure 1 read as I', () => {
    const m = segment('Protokoll\nFjällvägföreningen\nDatum: 2026-01-24\n\n$ I Öppnande\nOrdföranden öppnade sammanträdet kl. 10. 00.\n\n$ 2 Snöröjningen\nText.\n\n$ 3 Avslutning\nSammanträdet avslutades kl. 11.20.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Öppnande'],
      ['2', 'Snöröjningen'],
      ['3', 'Avslutning'],
    ]);
    expect(m.meeting).toMatchObject({ start: '10:00', end: '11:20' });
  });
  it('ends a decision at the closing formula on the next row', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2026-01-22\n\n1. Utbildning\nBeslut: Utbildningen genomförs vecka 10.\nMötet avslutades 14.40.');
    expect(m.items[0]!.decisions).toEqual(['Utbildningen genomförs vecka 10.']);
  });
});

