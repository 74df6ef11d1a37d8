import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-46 shapes', () => {
  it('dates a kallelse\'s day and month on or after the day it was signed, in the next year when the month has passed', () => {
    const called = (signed: string) =>
      segment(`Fjällklubben, styrelsen\nKallelse\n\nVälkomna till styrelsemöte torsdag 14/3 kl. 19.00 i klubbstugan.\n\nDagordning\n1. Öppnande\n2. Ekonomi\n3. Övrigt\n\nFjällby ${signed}\nVilja Trosk\nsekreterare`).meeting;
    expect(called('2024-03-04')).toMatchObject({ date: '2024-03-14', start: '19:00', place: 'klubbstugan' });
    expect(called('2024-12-20')).toMatchObject({ date: '2025-03-14' });
  });
  it('still dates notes written after the meeting back from the day they were signed', () => {
    const m = segment('Fjällgruppen\nAnteckningar från mötet den 28 februari kl. 10-12 i Fjällhuset\n\n1. Start\nText.\n\nFjällby 2024-01-10\nVilja Trosk');
    expect(m.meeting?.date).toBe('2023-02-28');
  });
  it('reads one lower-case room in the definite form after the time as the place, but not a phrase of time', () => {
    const room = segment('Fjällrådet\nAnteckningar från mötet onsdag 17 april 2024 kl. 14-15 i samlingssalen\n\n1. Start\nText.');
    expect(room.meeting?.place).toBe('samlingssalen');
    const when = segment('Fjällrådet\nAnteckningar från mötet onsdag 17 april 2024 kl. 14-15 i början\n\n1. Start\nText.');
    expect(when.meeting?.place).toBeNull();
  });
});

describe('OCR of the round-46 shapes', () => {
  it('reads "1.. Öppnande" with a doubled stop as a numbered heading', () => {
    const m = segment('Kallelse\nFjällklubben\n\nDatum: 2024-03-14\n\nDagordning\n1.. Öppnande\n2. Ekonomi\n3. Övrigt');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
  it('fills a missing paragraph whose sign OCR read as a figure behind a speck (". 84 Budget")', () => {
    const m = segment('PROTOKOLL\nFjällbolaget AB\n\nDatum: 2024-03-14\n\n§ 1 Öppnande\nText.\n\n§ 2 Val av justerare\nText.\n\n§ 3 Rapport\nText.\n\n. 84 Fjällbudget 2025\nText.\n\n§ 5 Avslutning\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toContainEqual(['4', 'Fjällbudget 2025']);
  });
  it('parts signers that OCR ran together, one with a hyphen for the space in the name, by those present', () => {
    const m = segment('PROTOKOLL\nFjällbolaget AB\n\nDatum: 2024-03-14\nNärvarande: Vilja Trosk, Ebbe Mulm, Saga Frell\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.\n\nOrdförande\tJusterare\tSekreterare\nVilja-Trosk . Ebbe Mulm ; Saga Frell');
    expect(m.signatures.map((s) => s.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Saga Frell']);
  });
  it('takes "8 9 …" before "8 10 …" as two paragraphs: the two-digit one vouches for the one-digit one', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2024-02-20\n\n8 9 Fjällplan 2024\nFjällnämndens beslut\nFjällnämnden fastställer planen.\n\n8 10 Yttrande över Fjällhamnen\nFjällnämndens beslut\n1. Fjällnämnden lämnar yttrande.\n2. Paragrafen justeras omedelbart.');
    expect(m.items.map((i) => i.number)).toEqual(['9', '10']);
  });
});
