import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { parsePeopleList, parsePerson } from '../../src/segment/person.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: text.split('\f').length });

describe('round-42 shapes', () => {
  it('dates "från mötet den 28 februari" by the closing place-and-date row, a year back when that is earlier in the year', () => {
    const body = '\n\nNärvarande\nVilja Trosk, Fjällverket\nEbbe Mulm, Sjöverket\n\n1. Start\nText.\n\n2. Nästa möte\nDen 24 april kl. 10–12.\n\n';
    const m = segment(`Fjällgruppen\n\nAnteckningar från mötet den 28 februari kl. 10–12 på Fjällverket, Storgatan 1, Åby${body}Åby 2025-03-01\nVilja Trosk\nsammankallande`);
    expect(m.meeting).toEqual({ date: '2025-02-28', start: '10:00', end: '12:00', place: 'Fjällverket, Storgatan 1, Åby' });
    expect(m.nextMeeting?.date).toBe('2025-04-24');
    expect(m.signatures).toEqual([{ role: 'sammankallande', name: 'Vilja Trosk' }]);
    const december = segment(`Fjällgruppen\n\nAnteckningar från mötet den 18 december kl. 10–12 på Fjällverket${body}Åby 2025-01-08\nVilja Trosk\nsammankallande`);
    expect(december.meeting?.date).toBe('2024-12-18');
  });
  it('reads the party printed before each name of a list ("(M) Vilja Trosk, ordförande")', () => {
    expect(parsePerson('(M) Vilja Trosk, ordförande')).toEqual({ name: 'Vilja Trosk', organisation: 'M', role: 'ordförande' });
    const m = segment('PROTOKOLL\nFjällnämnden\n\nTid\tkl. 08:00 – 08:45\nLedamöter\t(M) Vilja Trosk, ordförande\n\t(S) Ebbe Mulm\n\t(L) Saga Frell\n\n§ 1\tStart\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'M'],
      ['Ebbe Mulm', 'S'],
      ['Saga Frell', 'L'],
    ]);
  });
  it('keeps each semicolon part one person, however much the part after the comma reads like a name', () => {
    expect(parsePeopleList('Vilja Trosk, Psykiatri Norra; Ebbe Mulm, Fjällby kyrka', 'other')).toEqual([
      { name: 'Vilja Trosk', organisation: 'Psykiatri Norra', role: null },
      { name: 'Ebbe Mulm', organisation: 'Fjällby kyrka', role: null },
    ]);
  });
  it('takes "Mötesordförande:" as a function label of the head, not more of the place', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nMötesdatum: 2025-02-07\nMötesplats: Digitalt via Teams\nMötesordförande: Vilja Trosk\nSekreterare: Ebbe Mulm\n\n1. Start\nText.');
    expect(m.meeting?.place).toBe('Digitalt via Teams');
    expect(m.attendees).toContainEqual({ name: 'Vilja Trosk', organisation: null, role: 'mötesordförande' });
  });
  it('decides with "väljer … att justera" as with "utser"', () => {
    expect(extractDecisions(linesFromText('Fjällnämnden väljer Vilja Trosk (S) att justera protokollet.')[0]!)).toHaveLength(1);
  });
});
