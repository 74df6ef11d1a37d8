import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const next = (date: string, closing: string) =>
  segmentMinutes({ text: ['Minnesanteckningar', 'Nätverket för fritidsledare', '', `Datum: ${date}`, '', '1. Inledning', 'Alla hälsades välkomna.', '2. Övrigt', 'Inget.', '', closing].join('\n') }, { file: 'x.txt', pages: 1 }).nextMeeting;

describe('a list of coming meetings', () => {
  it('takes the first date after the meeting when the list still holds the dates already held', () => {
    const list = 'Kommande möten\n– 15 januari\n– 19 mars\n– 14 maj\n– 10 september';
    expect(next('2024-03-19', list)?.date).toBe('2024-05-14');
  });
  it('reads the year of a later date in the list from the date before it, over the new year', () => {
    const list = 'Kommande möten\n3 december kl. 13.00–15.00, Teams\n28 januari kl. 09.00–11.00, Stadshuset';
    expect(next('2024-11-05', list)).toEqual({ date: '2024-12-03', start: '13:00', end: '15:00', place: 'Teams' });
  });
  it('gives a date in the list the time printed for all of them above it', () => {
    const list = 'Kommande möten, samtliga kl. 9.30–11.30:\n12/2 Solna\n16/4 Sundbyberg';
    expect(next('2025-02-12', list)).toMatchObject({ date: '2025-04-16', start: '09:30', end: '11:30' });
  });
  it('still rolls a list whose every date has passed over into the next year', () => {
    expect(next('2024-12-10', 'Kommande möten\n– 14 januari\n– 11 mars')?.date).toBe('2025-01-14');
  });
});

describe('a next meeting named in passing', () => {
  it('does not read the rows under a sentence that ends after "till nästa möte" as that meeting', () => {
    const closing = 'Punkt\tÄrende\tBeslut/Åtgärd\tAnsvarig\n1\tLokaler\tFrågan bordläggs till nästa möte.\tEva Ek\n2\tÖvrigt\tBiblioteket stänger från 3 april.\t\n\nNästa möte: måndag 22 april kl 13–15 i rum Ugglan.';
    expect(next('2024-03-11', closing)).toEqual({ date: '2024-04-22', start: '13:00', end: '15:00', place: 'rum Ugglan' });
  });
  it('still reads the row under a numbered heading whose stops are OCR specks, not a sentence end', () => {
    const closing = "7. 'Nästa möte . :\nOnsdag 9 oktober 2024 kl. 10.00-12.00 i Nacka stadshus.";
    expect(next('2024-06-05', closing)).toMatchObject({ date: '2024-10-09', start: '10:00', end: '12:00' });
  });
});
