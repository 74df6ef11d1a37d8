import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../../src/segment/person.ts';
import { decisions, segment } from './segment-text.ts';

describe('people named in prose after a group in the plural', () => {
  it('reads "samt föräldrarna A, B och C" as three people of their own, not a description of the one before', () => {
    const m = segment(
      'PROTOKOLL\n\nSkolrådet sammanträdde tisdagen den 4 februari 1997 kl. 19.00 i biblioteket.\n\nNärvarande: Ulla Brink, rektor, Tor Ask, lärare, samt föräldrarna Mirja Kant, Pål Ljung och Vera Sten.\n\n1. Öppnande\nText.\n\n2. Övrigt\nText.',
    );
    expect(m.attendees).toEqual([
      { name: 'Ulla Brink', organisation: null, role: 'rektor' },
      { name: 'Tor Ask', organisation: null, role: 'lärare' },
      { name: 'Mirja Kant', organisation: null, role: null },
      { name: 'Pål Ljung', organisation: null, role: null },
      { name: 'Vera Sten', organisation: null, role: null },
    ]);
  });
});

describe('a home municipality after a member\'s party and role', () => {
  it('leaves "(C), ordförande, Krokom" with the role "ordförande"', () => {
    expect(parsePerson('Arvid Hemmer (C), ordförande, Bodträsk')).toEqual({ name: 'Arvid Hemmer', organisation: 'C', role: 'ordförande' });
    expect(parsePerson('Siv Tallgren (S), vice ordförande, Lövnäs')).toEqual({ name: 'Siv Tallgren', organisation: 'S', role: 'vice ordförande' });
  });
});

describe('what the meeting noted', () => {
  it('reads "Mötet noterade att …" and "Direktionen noterade informationen." as decisions', () => {
    expect(decisions('Rektor redogjorde för läget.\nMötet noterade att kocken bjuds in till nästa möte.')).toEqual(['Mötet noterade att kocken bjuds in till nästa möte.']);
    expect(decisions('Direktören informerade om larmstatistiken.\nDirektionen noterade informationen.')).toEqual(['Direktionen noterade informationen.']);
  });
  it('does not read a report of what someone noted as a decision', () => {
    expect(decisions('Kassören noterade att två medlemmar inte betalat.')).toEqual([]);
  });
});

describe('the next meeting in Finland-Swedish', () => {
  it('reads "Följande möte hålls ti 5.5.2026 kl. 9.00" as the next meeting', () => {
    const m = segment('Minnesanteckningar\nLedningsgruppen\n\nTid: ti 7.4.2026 kl. 8.30–10\n\n1. Läget\nText.\n\n2. Följande möte\nFöljande möte hålls ti 5.5.2026 kl. 9.00 i rum Ankaret.');
    expect(m.nextMeeting).toMatchObject({ date: '2026-05-05', start: '09:00' });
  });
  it('reads the label "Följande möte:"', () => {
    const m = segment('Minnesanteckningar\nLedningsgruppen\n\nTid: ti 7.4.2026 kl. 8.30–10\n\n1. Läget\nText.\n\nFöljande möte: to 14.5.2026 kl. 13');
    expect(m.nextMeeting).toMatchObject({ date: '2026-05-14', start: '13:00' });
  });
});

describe('the next meeting as "nästkommande"', () => {
  it('reads "Nästkommande möte: 14/5 kl 13" and "Nästkommande sammanträde hålls den 14 maj."', () => {
    const next = (closing: string) => segment(`Minnesanteckningar\nGruppen\n\nDatum: 2025-04-09\n\n1. Start\nText.\n\n2. Slut\nText.\n\n${closing}`).nextMeeting;
    expect(next('Nästkommande möte: 14/5 kl 13')).toMatchObject({ date: '2025-05-14', start: '13:00' });
    expect(next('Nästkommande sammanträde hålls den 14 maj.')).toMatchObject({ date: '2025-05-14' });
  });
});
