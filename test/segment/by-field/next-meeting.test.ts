import { describe, expect, it } from 'vitest';
import { segment } from './segment-text.ts';

describe('reads the next meeting', () => {
  it('takes the first of "Kommande mötesdatum" as the next meeting', () => {
    const m = segment('Minnesanteckningar\nNätverket\n\nDatum: 2024-03-05\n\n1. Start\nText.\n\nKommande mötesdatum: 2024-04-09, 2024-05-14');
    expect(m.nextMeeting?.date).toBe('2024-04-09');
  });
  it('finds the next meeting in "Vi träffas igen …" and "Nytt möte bokas till …"', () => {
    const head = 'Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\n1. Start\nText.\n\n';
    expect(segment(`${head}Vi träffas igen tisdag 3 juni kl. 9.00.`).nextMeeting?.date).toBe('2025-06-03');
    expect(segment(`${head}Nytt möte bokas till 17/6 kl. 9–10.`).nextMeeting?.date).toBe('2025-06-17');
  });
  it('reads "Nästa ordinarie fjällgrupp:" with a lower-case word before the gathering as the next meeting', () => {
    const m = segment('Anteckningar\nFjällgruppen\n\nDatum: 2024-03-14\n\n1. Start\nText.\n\nNästa ordinarie fjällgrupp: tisdag 2 april kl. 8.30–10.00.');
    expect(m.nextMeeting).toMatchObject({ date: '2024-04-02', start: '08:30', end: '10:00' });
  });
  it('takes the next meeting from a list of upcoming meetings, rolling into the new year', () => {
    const minutes = segment(
      ['Minnesanteckningar', 'Datum: 2023-11-21', '', '1. Lägesbild', 'text', '2. Kommande möten', 'Mötestider våren:', '- 23 januari kl. 13.15–15.45, Botkyrka', '- 19 mars kl. 13.15–15.45'].join('\n'),
    );
    expect(minutes.nextMeeting?.date).toBe('2024-01-23');
  });
  it('leaves next meeting and absent empty when the minutes state neither', () => {
    const minutes = segment('Minnesanteckningar\nDatum: 2023-10-02\nNärvarande: Helena Sköld (utbildningschef)\n\nPunkt 1 Övrigt\nÖppet hus den 21 oktober.');
    expect(minutes.nextMeeting).toBeNull();
    expect(minutes.absent).toEqual([]);
  });
});

describe('reads the next meeting called "följande" or "nästkommande"', () => {
  it('reads "Följande möte hålls ti 5.5.2026 kl. 9.00" as the next meeting', () => {
    const m = segment('Minnesanteckningar\nLedningsgruppen\n\nTid: ti 7.4.2026 kl. 8.30–10\n\n1. Läget\nText.\n\n2. Följande möte\nFöljande möte hålls ti 5.5.2026 kl. 9.00 i rum Ankaret.');
    expect(m.nextMeeting).toMatchObject({ date: '2026-05-05', start: '09:00' });
  });
  it('reads the label "Följande möte:"', () => {
    const m = segment('Minnesanteckningar\nLedningsgruppen\n\nTid: ti 7.4.2026 kl. 8.30–10\n\n1. Läget\nText.\n\nFöljande möte: to 14.5.2026 kl. 13');
    expect(m.nextMeeting).toMatchObject({ date: '2026-05-14', start: '13:00' });
  });
  it('reads "Nästkommande möte: 14/5 kl 13" and "Nästkommande sammanträde hålls den 14 maj."', () => {
    const next = (closing: string) => segment(`Minnesanteckningar\nGruppen\n\nDatum: 2025-04-09\n\n1. Start\nText.\n\n2. Slut\nText.\n\n${closing}`).nextMeeting;
    expect(next('Nästkommande möte: 14/5 kl 13')).toMatchObject({ date: '2025-05-14', start: '13:00' });
    expect(next('Nästkommande sammanträde hålls den 14 maj.')).toMatchObject({ date: '2025-05-14' });
  });
});
