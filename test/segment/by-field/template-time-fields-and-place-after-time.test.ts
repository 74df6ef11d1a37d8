import { describe, expect, it } from 'vitest';
import { segment } from './segment-text.ts';

const meeting = (head: string) => segment(`Minnesanteckningar\nStyrgruppen\n\n${head}\n\n1. Start\nText.\n\n2. Slut\nText.`).meeting;

describe('time and place fields as templates print them', () => {
  it('reads "Starttid: 13.00" and "Sluttid: 14.30" as the start and the end', () => {
    expect(meeting('Datum: 2025-05-06\nStarttid: 13.00\nSluttid: 14.30\nPlats: Skolan')).toEqual({ date: '2025-05-06', start: '13:00', end: '14:30', place: 'Skolan' });
  });
  it('reads "Sammanträdeslokal:" as the place', () => {
    expect(meeting('Datum: 2025-05-06\nKlockan: 13.00-14.00\nSammanträdeslokal: Gamla tingshuset')?.place).toBe('Gamla tingshuset');
  });
  it('reads the place after the time in "Sammanträde: 2025-05-06, kl. 13.15–16.00, skolans bibliotek"', () => {
    expect(meeting('Sammanträde: 2025-05-06, kl. 13.15–16.00, skolans bibliotek')).toEqual({ date: '2025-05-06', start: '13:15', end: '16:00', place: 'skolans bibliotek' });
  });
  it('does not read what the time includes ("…, med lunch") as a place', () => {
    expect(meeting('Tid: 2025-05-06 kl. 13.00-14.00, med lunch')?.place).toBeNull();
  });
});

describe('a signer\'s title after the name on the role\'s row', () => {
  it('reads "Antecknat av Siv Rapp, sekreterare" as the signature of Siv Rapp', () => {
    const m = segment('Minnesanteckningar\nStyrgruppen\n\nDatum: 2025-05-06\n\n1. Start\nText.\n\n2. Slut\nText.\n\nAntecknat av Siv Rapp, sekreterare');
    expect(m.signatures).toEqual([{ role: 'Antecknat av', name: 'Siv Rapp' }]);
  });
});
