import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../../src/segment/person.ts';
import { segment } from './segment-text.ts';

describe('OCR damage in lists of people and weekdays', () => {
  it('keeps a list of "function – name" rows going across OCR\'s blank rows', () => {
    const m = segment('Minnesanteckningar stabsmöte\n\nDatum: 2025-11-04\n\nDeltagare:\n\nStabschef — Tora Lindvik\nS1 Personal — Ebbe Kvarn\n\nS2 Analys — Lo Fjällström\n\nInformatör — Mio Tranberg\n\n1. Läget\nOförändrat.\n\n2. Övrigt\nInget.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Tora Lindvik', 'Ebbe Kvarn', 'Lo Fjällström', 'Mio Tranberg']);
  });
  it('reads OCR\'s semicolon for the comma before a title ("Siri Vallin; rektor, Östra skolan")', () => {
    expect(parsePerson('Siri Vallin; rektor, Östra skolan')).toEqual({ name: 'Siri Vallin', organisation: 'Östra skolan', role: 'rektor' });
  });
  it('keeps such a row in the list after OCR\'s blank row', () => {
    const m = segment('MINNESANTECKNINGAR\nLedningsgruppen\n\nTid: ti 7.4.2026 kl. 8.30–10\n\nNärvarande:\n\nAlva Rusk, skoldirektör\nEdvin Tå, chef för fritid\n\nSiri Vallin; rektor, Östra skolan\nOlle Björn, controller\n\n1. Läget\nText.\n\n2. Övrigt\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Alva Rusk', 'Edvin Tå', 'Siri Vallin', 'Olle Björn']);
  });
  it('reads a weekday abbreviation whose last letter OCR misread ("torsö. 29/1") as the weekday before the date', () => {
    const m = segment('Anteckningar 2026 – Läsgruppen\n\nMöte torsö. 22/1 kl. 14–15.30, Biblioteket, rum Ugglan\n\nNärvarande: Kim Alm, Rut Ek\n\n1. Läsning\nText.\n\n2. Övrigt\nText.');
    expect(m.meeting?.date).toBe('2026-01-22');
  });
});

describe('specks after the sentence that names the place', () => {
  it('reads "den 14 mars 1987 i Bärnö bygdegård.\' |" with the place, the specks from the page edge dropped', () => {
    const m = segment("PROTOKOLL\n\nfört vid Bärnö Hembygdsförenings styrelsesammanträde\nden 14 mars 1987 i Bärnö bygdegård.' |\n\nNärvarande: Edit Ros, ordf.; Algot Vik, sekr.\n\n§ 1. Öppnande\nOrdf. öppnade sammanträdet.\n\n§ 2. Avslutning\nText.");
    expect(m.meeting).toMatchObject({ date: '1987-03-14', place: 'Bärnö bygdegård' });
  });
});
