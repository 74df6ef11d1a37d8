import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

describe('reads informal notes of networks, reference groups and schools', () => {
  it('reads "Sammanställt av:" and "Referent:" at the end as the note-taker\'s signature, and "Noterat av:" in the head as no attendee', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-10-02\n\nDeltagare: Tyra Malm (Åby), Orvar Lind (Fjällby)\nNoterat av: Orvar Lind\n\n1. Start\nText.\n\n2. Slut\nText.\n\nSammanställt av: Orvar Lind');
    expect(m.attendees.map((p) => p.name)).toEqual(['Tyra Malm', 'Orvar Lind']);
    expect(m.signatures).toEqual([{ role: 'Sammanställt av', name: 'Orvar Lind' }]);
    const ref = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-10-02\n\n1. Start\nText.\n\n2. Slut\nText.\n\nReferent: Saga Frell');
    expect(ref.signatures).toEqual([{ role: 'Referent', name: 'Saga Frell' }]);
  });
  it('reads "Antecknat av …" on the last row of notes whose headings have no numbers as the signature, not as a role', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-10-02\nDeltagare: Tyra Malm (Knivsta), Saga Frell (Tierp)\n\nLäget i kommunerna\nText om läget.\n\nAntecknat av Saga Frell');
    expect(m.signatures).toEqual([{ role: 'Antecknat av', name: 'Saga Frell' }]);
    expect(m.attendees.find((p) => p.name === 'Saga Frell')?.role ?? null).toBeNull();
  });
  it('reads the note-taker under "Minnesanteckningarna förda av", the label in the definite form', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-10-02\n\n1. Start\nText.\n\n2. Slut\nText.\n\nMinnesanteckningarna förda av\nSaga Frell');
    expect(m.signatures).toEqual([{ role: 'Minnesanteckningarna förda av', name: 'Saga Frell' }]);
  });
  it('reads "Anteckningarna justeras via e-post av …" among the closing rows as the adjuster', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-10-02\n\n1. Start\nText.\n\n2. Slut\nText.\n\nSammanställt av: Orvar Lind\nAnteckningarna justeras via e-post av Tyra Malm.');
    expect(m.adjusters).toEqual(['Tyra Malm']);
  });
  it('takes the year of a day written without one from the term in the heading ("HT25", "vt-26")', () => {
    const m = segment('Fjällskolan – ledningsgrupp HT25\nMinnesanteckningar\n\nDatum: mån 3/11\nTid: 9–10.30\n\n1. Start\nText.\n\n2. Nästa möte\nMåndag 17/11 kl. 9.');
    expect(m.meeting?.date).toBe('2025-11-03');
    expect(m.nextMeeting?.date).toBe('2025-11-17');
    expect(segment('Fjällrådet vt-26\nMinnesanteckningar\n\nDatum: tis 3/2\n\n1. Start\nText.\n\n2. Slut\nText.').meeting?.date).toBe('2026-02-03');
  });
  it('reads "Mötet hölls digitalt via Zoom." after the dated heading as the place', () => {
    const m = segment('Fjällgruppen\nAnteckningar från möte 2\n\nOnsdag 12 november 2025 kl. 18.30–20.00. Mötet hölls digitalt via Zoom.\n\nNärvarande: Tyra Malm, Orvar Lind\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.meeting).toEqual({ date: '2025-11-12', start: '18:30', end: '20:00', place: 'digitalt via Zoom' });
  });
  it('reads an agenda point of a subject, a speaker and what they do ("Språkvän Fjällby, Saga Frell berättar") as a point, not a person', () => {
    const m = segment('KALLELSE\nFjällnätverket\n\nDatum: 2025-11-20\nTid: 09.30–12.00\n\nDagordning\n1. Inledning\n2. Läget i länet\n3. Språkvän Fjällby, Saga Frell berättar\n4. Övriga frågor\n\nVälkomna!');
    expect(m.items.map((i) => i.title)).toEqual(['Inledning', 'Läget i länet', 'Språkvän Fjällby, Saga Frell berättar', 'Övriga frågor']);
  });
});
