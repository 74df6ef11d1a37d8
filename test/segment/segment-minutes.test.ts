import { describe, expect, it } from 'vitest';
import { MinutesSchema } from '../../src/domain/index.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const text = [
  'Tyresö kommun\tSida 1 av 2',
  'Minnesanteckningar från ledningsgruppen för äldreomsorg',
  'Tid: 2023-11-28 kl 9.00-11.00',
  'Plats: Tyresö kommunhus',
  'Deltagare: Åsa Lind, Tyresö, ordförande',
  'Pär Öhman, Nacka',
  '',
  '1. Välkommen',
  'Åsa öppnade mötet.',
  'www.tyreso.se',
  '\fTyresö kommun\tSida 2 av 2',
  '2. Nästa möte',
  'Nästa möte: den 9 januari kl 9.00-11.00 i Nacka stadshus.',
  'www.tyreso.se',
].join('\n');

describe('segmentMinutes', () => {
  const minutes = segmentMinutes({ text }, { file: 'a.txt', pages: 2 });

  it('produces minutes that validate against the schema', () => {
    expect(() => MinutesSchema.parse(minutes)).not.toThrow();
  });
  it('keeps running headers and footers out of item text', () => {
    expect(minutes.items.map((i) => i.text).join('\n')).not.toMatch(/Sida|www|Tyresö kommun\b/);
  });
  it('rolls the next meeting into the new year after a November meeting', () => {
    expect(minutes.nextMeeting).toMatchObject({ date: '2024-01-09', start: '09:00', place: 'Nacka stadshus' });
  });
  it('leaves fields the document does not contain empty', () => {
    expect(minutes.absent).toEqual([]);
    expect(minutes.signatures).toEqual([]);
    expect(minutes.corrections).toEqual([]);
    expect(minutes.quality).toBeUndefined();
  });
  it('reads each attendee row of the head block', () => {
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Åsa Lind', 'Pär Öhman']);
  });
});

describe('functions named in the head block', () => {
  it('makes "Mötesledare:" the role of a listed attendee and adds a "Protokollförare:" who is not listed', () => {
    const text = 'Anteckningar\n\nMötesledare: Fredrika Svärd, Täby\nProtokollförare: Ronja Berglund\n\nDeltagare:\nFredrika Svärd\tTäby kommun\nAmira Haddad\tÖsteråkers kommun\n\n1. Välkommen\nText.\n2. Övrigt\nText.';
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Fredrika Svärd', 'mötesledare'],
      ['Amira Haddad', null],
      ['Ronja Berglund', 'protokollförare'],
    ]);
  });
  it('reads the closing signature of minutes whose headings carry no numbers, and invents no items', () => {
    const m = segmentMinutes({ text: 'Minnesanteckningar\nDatum: 2023-03-14\nDeltagare: Emelie Fors (Järfälla), Nora Ek (Sundbyberg)\n\nVälkommen\nEmelie hälsade välkommen.\n\nVid anteckningarna\nNora Ek\n' }, { file: 'x.txt', sha256: null, pages: 1 });
    expect(m.items).toEqual([]);
    expect(m.signatures).toEqual([{ role: 'Vid anteckningarna', name: 'Nora Ek' }]);
  });
});

describe('speckle dashes at the end of an attendee row', () => {
  it('keeps "Name, Place —" and the next person apart', () => {
    const text = 'Minnesanteckningar\nNärvarande:\nGöran Åhlund, Haninge kommun —\nMaja Lindqvist, Tyresö kommun\n\n1. Inledning\nText.\n';
    const minutes = segmentMinutes({ text }, { file: 'a.txt', pages: 1 });
    expect(minutes.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Göran Åhlund', 'Haninge kommun'],
      ['Maja Lindqvist', 'Tyresö kommun'],
    ]);
  });
});

describe('groups named inside attendance prose', () => {
  it('gives the substitutes named after "Ersättare" in a sentence their role', () => {
    const text = 'PROTOKOLL\n\nNärvarande: Ledamöter Per Ek (s), ordförande, och Eva Lind (m). Ersättare Ola Berg (c) och Åsa Holm (s).\n\n§ 1 Val av justerare\nText.';
    const minutes = segmentMinutes({ text }, { file: 'a.txt', pages: 1 });
    expect(minutes.attendees.map((p) => [p.name, p.role])).toEqual([['Per Ek', 'ordförande'], ['Eva Lind', null], ['Ola Berg', 'ersättare'], ['Åsa Holm', 'ersättare']]);
  });
});

describe('meeting sentence of an older protokoll', () => {
  it('takes the place after "i" following the time in a wrapped sentence', () => {
    const text = 'PROTOKOLL\n\nfört vid sammanträde med nämnden tisdagen den 12 mars 1996 kl. 18.30–20.15 i Sollentuna\nkommunhus, sal Edsviken.\n\n§ 1 Val av justerare\nText.';
    const minutes = segmentMinutes({ text }, { file: 'a.txt', pages: 1 });
    expect(minutes.meeting).toEqual({ date: '1996-03-12', start: '18:30', end: '20:15', place: 'Sollentuna kommunhus, sal Edsviken' });
  });
});

describe('attendance prose wrapped before a bracket', () => {
  it('joins a row that opens with the party in brackets to the name above it', () => {
    const text = 'PROTOKOLL\n\nNärvarande: Per Ek (s), ordförande, Östen Fräsén\n(fp) och Eva Lind (m).\n\n§ 1 Val av justerare\nText.';
    const minutes = segmentMinutes({ text }, { file: 'a.txt', pages: 1 });
    expect(minutes.attendees.map((p) => [p.name, p.organisation])).toEqual([['Per Ek', 's'], ['Östen Fräsén', 'fp'], ['Eva Lind', 'm']]);
  });
});

describe('notes beside an agenda title', () => {
  it('finds a decision in the notes column of an agenda table', () => {
    const text = ['Minnesanteckningar', 'Datum: 2024-03-18', '', 'Nr\tPunkt\tAnteckning', '1\tInledning\tMötet öppnades.', '2\tBudget\tStyrgruppen godkänner budgeten.', '3\tÖvrigt\tInget.'].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.items.find((i) => i.number === '2')?.decisions).toEqual(['Styrgruppen godkänner budgeten.']);
  });
});

describe('a title that seems to break off', () => {
  it('does not run into the next agenda heading', () => {
    const text = ['Kallelse', 'Datum: 2024-03-18', '', 'Ärende 1 Val av justerare', 'Ärende 2 Rapport för mars 2024 -', 'Ärende 3 Övriga frågor'].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(minutes.items[1]!.title).not.toContain('Övriga');
  });
});

describe('a speck glued to a surname in a list', () => {
  it('reads "Olle .Nilsson" as the person Olle Nilsson', () => {
    const text = ['Minnesanteckningar', 'Datum: 2024-05-07', 'Deltagare: Ivar Ek (Salem), Greta .Hed (Nacka), Nils Bo (Tyresö)', '', '1. Start', 'Text.', '2. Slut', 'Text.'].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Ivar Ek', 'Greta Hed', 'Nils Bo']);
  });
});

describe('the last name of a list wrapped alone', () => {
  it('joins a lone surname to the first name that ends the row above', () => {
    const text = ['Protokoll', 'Datum: 2024-05-07', 'Närvarande: Ivar Ek, Greta Hed, Nils', 'Bodén', '', '§ 1 Start', 'Text.', '§ 2 Slut', 'Text.'].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Ivar Ek', 'Greta Hed', 'Nils Bodén']);
  });
  it('joins it with a speck after it', () => {
    const text = ['Protokoll', 'Datum: 2024-05-07', 'Närvarande: Ivar Ek, Greta Hed, Nils', 'Bodén |', '', '§ 1 Start', 'Text.', '§ 2 Slut', 'Text.'].join('\n');
    expect(segmentMinutes({ text }, { file: 'x.txt', pages: 1 }).attendees.map((p) => p.name)).toEqual(['Ivar Ek', 'Greta Hed', 'Nils Bodén']);
  });
});

describe('a bracket wrapped onto the next row', () => {
  it('keeps the bracket\'s words with the person it opened after', () => {
    const text = ['Minnesanteckningar', 'Datum: 2024-05-07', 'Närvarande: Ivar Ek, Greta Hed, Nils Bo (kassör, del av', 'kvällen)', '', '1. Start', 'Text.', '2. Slut', 'Text.'].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Ivar Ek', 'Greta Hed', 'Nils Bo']);
    expect(minutes.attendees[2]!.role).toMatch(/^kassör/);
  });
});

describe('a two-column people list whose column gap OCR closed', () => {
  it('reads two "name, place" pairs from one row', () => {
    const text = ['Minnesanteckningar', 'Datum: 2024-05-07', 'Närvarande:', 'Ivar Ek, Salem\tGreta Hed, Nacka', 'Nils Bo, Tyresö Ada Bergh, Huddinge', '', '1. Start', 'Text.', '2. Slut', 'Text.'].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Ivar Ek', 'Salem'], ['Greta Hed', 'Nacka'], ['Nils Bo', 'Tyresö'], ['Ada Bergh', 'Huddinge'],
    ]);
  });
});

describe('a wrapped title whose last row ran into its case reference', () => {
  it('keeps the reference out of the title', () => {
    const text = ['Kallelse', 'Datum: 2025-01-07', '', '1. Val av justerare', '2. Yttrande över remiss om', 'regional cykelplan KS 2024/287', '3. Övrigt'].join('\n');
    expect(segmentMinutes({ text }, { file: 'x.txt', pages: 1 }).items[1]!.title).toBe('Yttrande över remiss om regional cykelplan');
  });
});

describe('two list cells glued after a role', () => {
  it('reads "Ivar Ek (M), ordförande Greta Hed (M)" as two people', () => {
    const text = ['Protokoll', 'Datum: 2024-05-07', 'Närvarande: Ivar Ek (M), ordförande Greta Hed (M)', 'Nils Bo (S)', '', '§ 1 Start', 'Text.', '§ 2 Slut', 'Text.'].join('\n');
    expect(segmentMinutes({ text }, { file: 'x.txt', pages: 1 }).attendees.map((p) => [p.name, p.role])).toEqual([
      ['Ivar Ek', 'ordförande'], ['Greta Hed', null], ['Nils Bo', null],
    ]);
  });
});
