import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const minutes = (head: string[]) =>
  segmentMinutes({ text: ['Protokoll', 'Datum: 2024-02-06', ...head, '', '§ 1 Öppnande', 'Text.', '§ 2 Avslutning', 'Text.'].join('\n') }, { file: 'x.txt', pages: 1 });

describe('attendance groups', () => {
  it('gives people under "Suppleanter" the role suppleant', () => {
    const result = minutes(['Närvarande ledamöter: Vera Tullgren, Orvar Klingberg', 'Närvarande suppleanter: Ebbe Strand']);
    expect(result.attendees.find((p) => p.name === 'Ebbe Strand')?.role).toBe('suppleant');
  });
  it('lists a member once when both absent and replaced by a tjänstgörande ersättare', () => {
    const result = minutes(['Närvarande ledamöter', 'Vera Tullgren (S)', 'Ebbe Strand (M), tjänstgörande ersättare för Orvar Klingberg (M)', '', 'Frånvarande', 'Orvar Klingberg (M)']);
    expect(result.absent.map((p) => p.name)).toEqual(['Orvar Klingberg']);
  });
});

describe('lists of people', () => {
  it('reads "samt" before the last person of a list', () => {
    const result = minutes(['Närvarande: Vera Tullgren (Täby), Ebbe Strand (Solna) samt Orvar Klingberg (Nacka).']);
    expect(result.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vera Tullgren', 'Täby'],
      ['Ebbe Strand', 'Solna'],
      ['Orvar Klingberg', 'Nacka'],
    ]);
  });
  it('reads "Name – Organisation" pairs in a comma list', () => {
    const result = minutes(['Deltagare: Vera Tullgren – Cykelfrämjandet, Ebbe Strand – Region Stockholm']);
    expect(result.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vera Tullgren', 'Cykelfrämjandet'],
      ['Ebbe Strand', 'Region Stockholm'],
    ]);
  });
  it('reads a row of a one-person-a-row list as a name and a two-word organisation', () => {
    const result = minutes(['Ledamöter', 'Vera Tullgren, Stödet Täby', 'Ebbe Strand, DHR Solna', 'Orvar Klingberg, FUB Nacka']);
    expect(result.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vera Tullgren', 'Stödet Täby'],
      ['Ebbe Strand', 'DHR Solna'],
      ['Orvar Klingberg', 'FUB Nacka'],
    ]);
  });
});

describe('organisation before its people', () => {
  it('reads "Solna stad: Name, Name" rows as people of that organisation', () => {
    const result = minutes(['Närvarande', 'Solna stad: Vera Tullgren, Ebbe Strand', 'Stadsmissionen: Orvar Klingberg']);
    expect(result.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vera Tullgren', 'Solna stad'],
      ['Ebbe Strand', 'Solna stad'],
      ['Orvar Klingberg', 'Stadsmissionen'],
    ]);
  });
});

describe('prose attendance with "från"', () => {
  it('reads "Name från Place" as the person and their organisation', () => {
    const result = minutes(['Närvarande var Vera Tullgren från Täby, Ebbe Strand från Solna och Orvar Klingberg från Länsstyrelsen.']);
    expect(result.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vera Tullgren', 'Täby'],
      ['Ebbe Strand', 'Solna'],
      ['Orvar Klingberg', 'Länsstyrelsen'],
    ]);
  });
  it('gives people under "Tjänstgörande ersättare" that role', () => {
    const result = minutes(['Tjänstgörande ersättare', 'Ebbe Strand (M)']);
    expect(result.attendees[0]).toMatchObject({ name: 'Ebbe Strand', organisation: 'M', role: 'tjänstgörande ersättare' });
  });
});

describe('a compound organisation with "och"', () => {
  it('keeps "Autism- och Aspergerföreningen" whole', () => {
    const result = minutes(['Närvarande:', 'Vera Tullgren, Autism- och Aspergerföreningen', 'Ebbe Strand, Solna stad']);
    expect(result.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vera Tullgren', 'Autism- och Aspergerföreningen'],
      ['Ebbe Strand', 'Solna stad'],
    ]);
  });
});

describe('a function named inside an attendance list', () => {
  it('reads "Mötesordförande: Name" as that person\'s role, not an organisation', () => {
    const result = minutes(['Närvarande: 12 medlemmar', 'Mötesordförande: Vera Tullgren']);
    expect(result.attendees).toEqual([{ name: 'Vera Tullgren', organisation: null, role: 'mötesordförande' }]);
  });
});

describe('a list wrapped inside a name before a bracket', () => {
  it('joins "…, Ebbe" and "Strand (Solna), …" into one person', () => {
    const result = minutes(['Deltagare: Vera Tullgren (Täby), Orvar Klingberg (Nacka), Ebbe', 'Strand (Solna), Tyra Ek (Salem)']);
    expect(result.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vera Tullgren', 'Täby'],
      ['Orvar Klingberg', 'Nacka'],
      ['Ebbe Strand', 'Solna'],
      ['Tyra Ek', 'Salem'],
    ]);
  });
});

describe('groups of the meeting\'s own people', () => {
  it('reads "Styrelsen: A, B; Personal: C (rektor)" without giving anyone the group as an organisation', () => {
    const result = minutes(['Närvarande: Styrelsen: Vera Tullgren, Ebbe Strand; Personal: Orvar Klingberg (rektor)']);
    expect(result.attendees).toEqual([
      { name: 'Vera Tullgren', organisation: null, role: null },
      { name: 'Ebbe Strand', organisation: null, role: null },
      { name: 'Orvar Klingberg', organisation: null, role: 'rektor' },
    ]);
  });
  it('reads a body in the first column without a colon as the organisation of the people beside it', () => {
    const result = minutes(['Närvarande', 'PRO Fjällby\tVera Tullgren, Ebbe Strand', 'Åby kommun\tOrvar Klingberg, socialchef', 'Kristina Holm\tFjällby']);
    expect(result.attendees).toEqual([
      { name: 'Vera Tullgren', organisation: 'PRO Fjällby', role: null },
      { name: 'Ebbe Strand', organisation: 'PRO Fjällby', role: null },
      { name: 'Orvar Klingberg', organisation: 'Åby kommun', role: 'socialchef' },
      { name: 'Kristina Holm', organisation: 'Fjällby', role: null },
    ]);
  });
  it('reads "Place – Name, Name" as the place of each of the people after the dash', () => {
    const result = minutes(['Deltagare', 'Knivsta – Vera Tullgren, Ebbe Strand', 'Tierp – Orvar Klingberg']);
    expect(result.attendees.map((p) => [p.name, p.organisation])).toEqual([['Vera Tullgren', 'Knivsta'], ['Ebbe Strand', 'Knivsta'], ['Orvar Klingberg', 'Tierp']]);
  });
  it('reads the sides of a negotiation in the label column as groups, not as the organisation of the person above', () => {
    const result = minutes(['Närvarande:', 'För arbetsgivaren:\tVera Tullgren, personalchef', '\tEbbe Strand, controller', 'För arbetstagarna:\tOrvar Klingberg, Vision']);
    expect(result.attendees).toEqual([
      { name: 'Vera Tullgren', organisation: null, role: 'personalchef' },
      { name: 'Ebbe Strand', organisation: null, role: 'controller' },
      { name: 'Orvar Klingberg', organisation: 'Vision', role: null },
    ]);
  });
});

describe('first names only', () => {
  it('reads "Närvarande: Tyra, Ivar, Elna" as three people and a lone absent first name', () => {
    const result = minutes(['Närvarande: Tyra, Ivar och Elna', 'Frånvarande: Vendela']);
    expect(result.attendees.map((p) => p.name)).toEqual(['Tyra', 'Ivar', 'Elna']);
    expect(result.absent.map((p) => p.name)).toEqual(['Vendela']);
  });
  it('does not read "Frånvarande: Ingen" or municipalities as people', () => {
    const result = minutes(['Närvarande: Tyresö, Haninge', 'Frånvarande: Ingen']);
    expect(result.attendees).toEqual([]);
    expect(result.absent).toEqual([]);
  });
});

describe('a substitute serving for a named member', () => {
  it('lists the member after "för" as absent, under a label of serving substitutes too', () => {
    const result = minutes(['Tjänstgörande ersättare', 'Ebbe Strand (L) för Orvar Klingberg (L)']);
    expect(result.attendees[0]).toMatchObject({ name: 'Ebbe Strand', organisation: 'L', role: 'tjänstgörande ersättare' });
    expect(result.absent.map((p) => p.name)).toEqual(['Orvar Klingberg']);
  });
});

describe('"m.fl." after a list', () => {
  it('keeps the named people and drops "m.fl."', () => {
    const result = minutes(['Närvarande: Vera Tullgren (Täby), Ebbe Strand (Solna) m.fl.']);
    expect(result.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Vera Tullgren', 'Täby', null],
      ['Ebbe Strand', 'Solna', null],
    ]);
  });
  it('reads "För <association>:" rows as the association its people sit for, and "För kommunen:" as the meeting\'s own side', () => {
    const result = minutes(['Närvarande', 'För SPF Lindås: Rut Ahlgren, Egon Sjöholm', 'För RPG Lindås: Tyra Nyquist', 'För kommunen: Pär Mellin, biståndschef']);
    expect(result.attendees).toEqual([
      { name: 'Rut Ahlgren', organisation: 'SPF Lindås', role: null },
      { name: 'Egon Sjöholm', organisation: 'SPF Lindås', role: null },
      { name: 'Tyra Nyquist', organisation: 'RPG Lindås', role: null },
      { name: 'Pär Mellin', organisation: null, role: 'biståndschef' },
    ]);
  });
});
