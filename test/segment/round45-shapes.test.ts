import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/segment/labels.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-45 shapes', () => {
  it('reads "Vid mötet deltog" with lower-case titles before the names, and "X hade förhinder." as the absent', () => {
    const m = segment(
      'Fjällbolaget AB\nAnteckningar från ledningsgruppens möte 2025-03-11\n\nVid mötet deltog vd Vilja Trosk, driftchef Ebbe Mulm och kommunikatör Saga Frell. Nore Palm hade förhinder.\nMötet hölls kl. 9.00-10.30 i konferensrummet Älven.\n\n1. Läget\nText.',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'vd' },
      { name: 'Ebbe Mulm', organisation: null, role: 'driftchef' },
      { name: 'Saga Frell', organisation: null, role: 'kommunikatör' },
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Nore Palm']);
    expect(m.meeting).toEqual({ date: '2025-03-11', start: '09:00', end: '10:30', place: 'konferensrummet Älven' });
  });
  it('does not read a sentence about an absent thing, or one whose subject is not a name, as absent people', () => {
    expect(matchLabel('Nore Palm hade förhinder.')).toMatchObject({ kind: 'absent', rest: 'Nore Palm' });
    expect(matchLabel('Styrelsen hade förhinder.')).toBeNull();
    expect(matchLabel('Vid mötet diskuterades budgeten.')).toBeNull();
  });
  it('reads "Med på mötet:" as the list of those present, not as the rest of the place above it', () => {
    const m = segment('Fjällnätverket\nMinnesanteckningar\n\nNär: tisdag 4/3 2025, kl. 13.00-15.00\nVar: Fjällskolan, biblioteket\nMed på mötet: Vilja Trosk (Fjällskolan), Ebbe Mulm (adjungerad)\n\n1. Start\nText.');
    expect(m.meeting?.place).toBe('Fjällskolan, biblioteket');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: 'Fjällskolan', role: null },
      { name: 'Ebbe Mulm', organisation: null, role: 'adjungerad' },
    ]);
  });
  it('reads "Vid tangentbordet" as the note-taker\'s signature', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar\n\nDatum: 2025-03-11\nNärvarande: Vilja Trosk, Saga Frell\n\n1. Start\nText.\n\nVid tangentbordet\nSaga Frell');
    expect(m.signatures).toEqual([{ role: 'Vid tangentbordet', name: 'Saga Frell' }]);
  });
});

describe('OCR of the round-45 shapes', () => {
  it('joins a name a prose list broke across rows ("Erik Fjäll; Inga" / "Berg.")', () => {
    const m = segment('PROTOKOLL\nfört vid Fjällbygdens styrelsesammanträde\nden 14 mars 1987 i bygdegården.\n\nNärvarande: Vilja Trosk, ordf.; Ebbe Mulm; Inga\nBerg.\n\n§ 1. Öppnande\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Inga Berg']);
  });
  it('keeps one-a-row names apart: a row of a whole name is no surname', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar\n\nDatum: 2025-03-11\nNärvarande: Vilja Trosk, Inga\nEbbe Mulm\n\n1. Start\nText.');
    expect(m.attendees.map((p) => p.name)).toContain('Ebbe Mulm');
  });
  it('reads a numbered heading whose gap after the number OCR lost ("2Nya insatser") in the chain', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar\n\nDatum: 2025-03-11\n\n1 Fjällbudget\nText.\n\n2Nya fjällinsatser\nText.\n\n3 Nästa steg\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Fjällbudget'],
      ['2', 'Nya fjällinsatser'],
      ['3', 'Nästa steg'],
    ]);
  });
  it('drops a lone letter after a title, a speck from the page edge', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar\n\nDatum: 2025-03-11\nDeltagare\tVilja Trosk, ordförande i\n\tEbbe Mulm, ledamot\n\n1. Start\nText.');
    expect(m.attendees[0]).toEqual({ name: 'Vilja Trosk', organisation: null, role: 'ordförande' });
  });
});

describe('OCR of the round-45 times and prose', () => {
  it('reads "kl. 13. 00-15.30" with OCR\'s space after the start\'s separator as the range', () => {
    const m = segment('Fjällnätverket\nMinnesanteckningar\n\nNär: tisdag 4/3 2025, kl. 13. 00-15.30\nVar: Fjällskolan\n\n1. Start\nText.');
    expect(m.meeting).toMatchObject({ start: '13:00', end: '15:30' });
  });
  it('reads a "Vid mötet deltog" sentence wrapped at the margin, and the time in the sentence below it', () => {
    const m = segment(
      'Fjällbolaget AB\nAnteckningar från ledningsgruppens möte 2025-03-11\n\nVid mötet deltog vd Vilja Trosk, driftchef Ebbe Mulm och\nkommunikatör Saga Frell. Nore Palm hade förhinder.\nMötet hölls kl. 9.00-10.30 i konferensrummet Älven.\n\n1. Läget\nText.',
    );
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'vd'],
      ['Ebbe Mulm', 'driftchef'],
      ['Saga Frell', 'kommunikatör'],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Nore Palm']);
    expect(m.meeting).toMatchObject({ start: '09:00', end: '10:30', place: 'konferensrummet Älven' });
  });
});

describe('a lone word below a prose list', () => {
  it('leaves a heading without punctuation under a list whose last person has an organisation out of it', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar\n\nDatum: 2025-03-11\nDeltagare: Vilja Trosk, Fjällby kommun; Ebbe Mulm, Fjällbolaget\nPunkter\n1) Start\nText.\n2) Slut\nText.');
    expect(m.attendees.map((p) => p.organisation)).toEqual(['Fjällby kommun', 'Fjällbolaget']);
  });
});
