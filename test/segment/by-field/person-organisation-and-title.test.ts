import { describe, expect, it } from 'vitest';
import { distributeSharedBracket, rolesAfterNames } from '../../../src/segment/people-in-prose.ts';
import { parsePeopleList } from '../../../src/segment/people-lists.ts';
import { parsePerson } from '../../../src/segment/person.ts';
import { attendeesOfNotes, segment } from './segment-text.ts';

describe('reads one person\'s name, organisation and title', () => {
  it('reads a party written out after a name as the organisation ("Ingela Fjäll Moderaterna")', () => {
    expect(parsePerson('Ingela Fjäll Moderaterna')).toEqual({ name: 'Ingela Fjäll', organisation: 'Moderaterna', role: null });
  });
  it('reads a party between commas after the name ("Ebbe Mulm, s, ordf", "Tora Vik, KD") as the organisation, not the role', () => {
    expect(parsePerson('Ebbe Mulm, s, ordf')).toEqual({ name: 'Ebbe Mulm', organisation: 's', role: 'ordförande' });
    expect(parsePerson('Tora Vik, c, v ordf')).toEqual({ name: 'Tora Vik', organisation: 'c', role: 'vice ordförande' });
    expect(parsePerson('Tora Vik, KD')).toEqual({ name: 'Tora Vik', organisation: 'KD', role: null });
    expect(parsePerson('Tora Vik, M, 1–5')).toEqual({ name: 'Tora Vik', organisation: 'M', role: null });
  });
  it('drops a page-edge letter after a surname', async () => {
    const { cleanNameText } = await import('../../../src/segment/name-text-cleanup.ts');
    expect(cleanNameText('Petra Kvist i')).toBe('Petra Kvist');
    expect(cleanNameText('Anna af Ek')).toBe('Anna af Ek');
  });
  it('drops which points a guest came for and reads an acronym beside a guest as where they work', () => {
    expect(parsePerson('Ola Ek, Region Stockholm (punkt 3)', 'other')).toEqual({ name: 'Ola Ek', organisation: 'Region Stockholm', role: null });
    expect(parsePerson('Ola Ek, SKR', 'other')).toEqual({ name: 'Ola Ek', organisation: 'SKR', role: null });
    expect(parsePerson('Ola Ek, MAS', 'other')?.role).toBe('MAS');
  });
  it('reads a lower-case office after "fr" or "från" as the organisation ("Tyra Malm fr skolförvaltningen, ordf")', () => {
    expect(parsePerson('Tyra Malm fr skolförvaltningen, ordf')).toEqual({ name: 'Tyra Malm', organisation: 'skolförvaltningen', role: 'ordförande' });
    expect(parsePerson('Ebbe Mulm från polisen')).toEqual({ name: 'Ebbe Mulm', organisation: 'polisen', role: null });
  });
  it('keeps "från" before a word that names no body out of the organisation', () => {
    expect(parsePerson('Ebbe Mulm från start')).toBeNull();
  });
  it('writes out "adj." and "suppl." as roles', () => {
    expect(parsePerson('Vilja Trosk (adj.)')?.role).toBe('adjungerad');
    expect(parsePerson('Vilja Trosk (suppl.)')?.role).toBe('suppleant');
  });
  it('reads a role, a name and an organisation whose column gaps OCR closed', () => {
    expect(parsePerson('Ledamot Vilja Trosk Fjällby kommun')).toEqual({ name: 'Vilja Trosk', organisation: 'Fjällby kommun', role: 'ledamot' });
  });
  it('reads the older civic titles before a name ("kamrer", "fritidsintendent", "stadsnotarie")', () => {
    expect(parsePerson('kamrer Ebbe Mulm')).toEqual({ name: 'Ebbe Mulm', organisation: null, role: 'kamrer' });
    expect(parsePerson('fritidsintendent Saga Frell')).toEqual({ name: 'Saga Frell', organisation: null, role: 'fritidsintendent' });
    expect(parsePerson('Stadsnotarie Olof Krans')).toEqual({ name: 'Olof Krans', organisation: null, role: 'stadsnotarie' });
  });
  it('reads a municipality or a title printed before the name, and the field after it ("Fjällby – Tyra Malm, kostchef")', () => {
    expect(parsePerson('Fjällby – Tyra Malm, kostchef')).toEqual({ name: 'Tyra Malm', organisation: 'Fjällby', role: 'kostchef' });
    expect(parsePerson('Rektor – Tyra Malm, Fjällby skola')).toEqual({ name: 'Tyra Malm', organisation: 'Fjällby skola', role: 'rektor' });
  });
  it('reads an owner of a project or process ("Projektägare") beside a name as a title, not a body', () => {
    const m = segment('Minnesanteckningar\nStyrgruppen\n\nDatum: 2026-02-04\nMötesledare: Tyra Malm\n\nDeltagare\nTyra Malm\tProjektägare\nEbbe Mulm\tProcessägare\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Tyra Malm', null, 'Projektägare'],
      ['Ebbe Mulm', null, 'Processägare'],
    ]);
  });
  it('reads a department written in lower case ("kommunikationsavdelningen") as the organisation, not a title', () => {
    expect(parsePerson('Tyra Malm (kommunikationsavdelningen)')).toEqual({ name: 'Tyra Malm', organisation: 'kommunikationsavdelningen', role: null });
  });
  it('reads a pupil\'s class after the name ("Ebbe Mulm 4A") as where the pupil comes from, in a list too', () => {
    expect(parsePerson('Ebbe Mulm 4A')).toEqual({ name: 'Ebbe Mulm', organisation: '4A', role: null });
    expect(attendeesOfNotes('Närvarande: Ebbe Mulm 4A, Saga Frell 5B, Olof Krans 6C')).toEqual([
      ['Ebbe Mulm', '4A', null],
      ['Saga Frell', '5B', null],
      ['Olof Krans', '6C', null],
    ]);
  });
  it('reads "(fältgruppen)", "(skolan)" and "(kommunen)" in lower case as where the person comes from, not a title', () => {
    expect(parsePerson('Tyra Malm (fältgruppen)')).toEqual({ name: 'Tyra Malm', organisation: 'fältgruppen', role: null });
    expect(parsePerson('Ebbe Mulm (skolan)')).toEqual({ name: 'Ebbe Mulm', organisation: 'skolan', role: null });
    expect(parsePerson('Saga Frell (kommunen)')).toEqual({ name: 'Saga Frell', organisation: 'kommunen', role: null });
    expect(parsePerson('Olof Krans (fältsekreterare)')).toEqual({ name: 'Olof Krans', organisation: null, role: 'fältsekreterare' });
    expect(parsePerson('Vilja Trosk (elevrådet)')).toEqual({ name: 'Vilja Trosk', organisation: 'elevrådet', role: null });
    expect(parsePerson('Vilja Trosk, kommunalråd')).toEqual({ name: 'Vilja Trosk', organisation: null, role: 'kommunalråd' });
  });
  it('reads "Anhörigrepresentant" before a name as a title', () => {
    expect(parsePerson('Anhörigrepresentant Saga Frell')).toEqual({ name: 'Saga Frell', organisation: null, role: 'anhörigrepresentant' });
  });
  it('reads a member\'s function printed before the name ("1:e vice ordförande Saga Frell (S)")', () => {
    expect(parsePerson('1:e vice ordförande Saga Frell (S)')).toEqual({ name: 'Saga Frell', organisation: 'S', role: '1:e vice ordförande' });
  });
  it('reads the definite form of an office or agency in brackets as the organisation, not a title', () => {
    expect(parsePerson('Vilja Trosk (räddningstjänsten)')).toEqual({ name: 'Vilja Trosk', organisation: 'räddningstjänsten', role: null });
    expect(parsePerson('Ebbe Mulm (stadsbyggnadskontoret)')).toEqual({ name: 'Ebbe Mulm', organisation: 'stadsbyggnadskontoret', role: null });
    expect(parsePerson('Saga Frell (socialsekreterare)')).toEqual({ name: 'Saga Frell', organisation: null, role: 'socialsekreterare' });
  });
  it('drops the reason someone was away ("(sjuk)", "(föräldraledig)")', () => {
    expect(parsePerson('Vilja Trosk (sjuk)')).toEqual({ name: 'Vilja Trosk', organisation: null, role: null });
    expect(parsePerson('Ebbe Mulm (föräldraledig)')).toEqual({ name: 'Ebbe Mulm', organisation: null, role: null });
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
  it('keeps the title after a person\'s initials in brackets and a comma', () => {
    expect(parsePerson('Vilja Trosk (VT), fältchef')).toEqual({ name: 'Vilja Trosk', organisation: null, role: 'fältchef' });
    const m = segment('Anteckningar\nFjällgruppen\n\nDatum: 2024-03-14\nDeltagare: Vilja Trosk (VT), fältchef; Ebbe Mulm (EM), kassör\nFörhinder: Saga Frell (SF), HR-strateg\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Vilja Trosk', 'fältchef'], ['Ebbe Mulm', 'kassör']]);
    expect(m.absent).toEqual([{ name: 'Saga Frell', organisation: null, role: 'HR-strateg' }]);
  });
  it('reads a doubled dash glued to the organisation as the spaced dash between a person and where they come from', () => {
    expect(parsePerson('Ebbe Mulm —--Fjällby kommun')).toEqual({ name: 'Ebbe Mulm', organisation: 'Fjällby kommun', role: null });
  });
  it('reads two titles sharing their last part, capitalised after a dash, as the role', () => {
    expect(parsePerson('Ebbe Mulm – Studie- och yrkesvägledare, Fjällskolan')).toEqual({ name: 'Ebbe Mulm', organisation: 'Fjällskolan', role: 'Studie- och yrkesvägledare' });
  });
  it('reads a plus OCR made of a list\'s bullet as no part of the name', () => {
    expect(parsePerson('+ Ebbe Mulm — Fältchef, Fjällskolan')).toEqual({ name: 'Ebbe Mulm', organisation: 'Fjällskolan', role: 'Fältchef' });
  });
  it('reads "(IKT-pedagog)" after a name as a title', () => {
    expect(parsePerson('Ebbe Mulm (IKT-pedagog)')).toEqual({ name: 'Ebbe Mulm', organisation: null, role: 'IKT-pedagog' });
  });
  it('reads a title in brackets as the role, a municipality in brackets as the organisation', () => {
    expect(parsePerson('Lina Östman (HR-partner)')).toEqual({ name: 'Lina Östman', organisation: null, role: 'HR-partner' });
    expect(parsePerson('Görel Sandqvist (Nynäshamn)')).toEqual({ name: 'Görel Sandqvist', organisation: 'Nynäshamn', role: null });
    expect(parsePerson('Pia Öst (KD), vice ordförande')).toEqual({ name: 'Pia Öst', organisation: 'KD', role: 'vice ordförande' });
  });
  it('keeps a unit of an organisation with the organisation', () => {
    expect(parsePerson('Pontus Åkerblom, Polisen, lokalpolisområde Södertörn')?.organisation).toBe('Polisen, lokalpolisområde Södertörn');
  });
  it('drops symbols OCR left inside a role', () => {
    expect(parsePerson('Mehmet Yilmaz (KD), tjänstgörande € ersättare')?.role).toBe('tjänstgörande ersättare');
  });
  it('reads a spaced dash after a name as the separator before the organisation', () => {
    expect(parsePerson('Åsa Fröberg – Botkyrka kommun, samordnare')).toEqual({ name: 'Åsa Fröberg', organisation: 'Botkyrka kommun', role: 'samordnare' });
    expect(parsePerson('i - Daniel Sjöholm, controller', 'other')?.name).toBe('Daniel Sjöholm');
  });
});

describe('shares out a title or bracket written once for several names', () => {
  it('gives each of several names the bracket that says it holds for both or all of them', () => {
    expect(distributeSharedBracket('Vilja Trosk och Ebbe Mulm (båda Fjällby stad)')).toBe('Vilja Trosk (Fjällby stad) och Ebbe Mulm (Fjällby stad)');
    expect(distributeSharedBracket('Saga Frell, Olof Krans samt Ada Vinge (samtliga från Åby kommun)')).toBe(
      'Saga Frell (Åby kommun), Olof Krans (Åby kommun) samt Ada Vinge (Åby kommun)',
    );
    expect(distributeSharedBracket('Vilja Trosk och Ebbe Mulm (S)')).toBe('Vilja Trosk och Ebbe Mulm (S)');
  });
  it('moves a function written before a name in prose after it, a plural one to each name of its group', () => {
    expect(rolesAfterNames('ordf. Vilja Trosk, kassör Ebbe Mulm samt ledamöterna Saga Frell och Olof Krans')).toBe(
      'Vilja Trosk, ordf., Ebbe Mulm, kassör samt Saga Frell, ledamot, Olof Krans, ledamot',
    );
    // A member's function before a party bracket is left to the list of members.
    expect(rolesAfterNames('vice ordförande Saga Frell (S)')).toBe('vice ordförande Saga Frell (S)');
  });
  it('gives each name after a title in the definite plural that title in the singular', () => {
    expect(rolesAfterNames('fritidspedagogerna Vilja Trosk och Ebbe Mulm')).toBe('Vilja Trosk, fritidspedagog, Ebbe Mulm, fritidspedagog');
    expect(rolesAfterNames('handläggarna Vilja Trosk och Ebbe Mulm')).toBe('Vilja Trosk, handläggare, Ebbe Mulm, handläggare');
    // A plural that is no title ("barnen") leaves the names as they are.
    expect(rolesAfterNames('barnen Vilja Trosk och Ebbe Mulm')).toBe('barnen Vilja Trosk och Ebbe Mulm');
  });
  it('reads a lower-case title before a name in prose, also where the row ends at "samt"', () => {
    expect(rolesAfterNames('Saga Frell samt rektor Olof Krans.')).toBe('Saga Frell samt Olof Krans, rektor.');
    expect(rolesAfterNames('kassör Ebbe Mulm, sekr. Saga Frell samt')).toBe('Ebbe Mulm, kassör, Saga Frell, sekr. samt');
  });
  it('reads a title in the definite form before a name in prose as that person\'s role', () => {
    expect(rolesAfterNames('Vilja Trosk och fritidsledaren Ebbe Mulm')).toBe('Vilja Trosk och Ebbe Mulm, fritidsledare');
    expect(rolesAfterNames('Vilja Trosk och rektorn Ebbe Mulm')).toBe('Vilja Trosk och Ebbe Mulm, rektor');
    const m = segment('Fjällrådet – anteckningar\n\nNär: måndag 1/12 2025 kl. 16–17.30\n\nMed på mötet: Vilja Trosk, Saga Frell och fritidsledaren Ebbe Mulm\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: null },
      { name: 'Saga Frell', organisation: null, role: null },
      { name: 'Ebbe Mulm', organisation: null, role: 'fritidsledare' },
    ]);
  });
  it('reads an older feminine title before a name, in the definite form too ("diakonissan Saga Frell", "lärarinna Tyra Malm")', () => {
    expect(rolesAfterNames('Ebbe Mulm och diakonissan Saga Frell.')).toBe('Ebbe Mulm och Saga Frell, diakonissa.');
    expect(rolesAfterNames('lärarinna Tyra Malm, Ebbe Mulm')).toBe('Tyra Malm, lärarinna, Ebbe Mulm');
    const m = segment('Anteckningar\nFjällby barnavårdskommitté\n\nDatum: 1961-02-07\n\nNärvarande: Ebbe Mulm, Vilja Trosk.\n\nAnmält förhinder: barnmorskan Saga Frell.\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.absent).toEqual([{ name: 'Saga Frell', organisation: null, role: 'barnmorska' }]);
  });
  it('gives the function a person had at the meeting after the name, not the title written before it ("kyrkoherde Ebbe Mulm, ordförande")', () => {
    expect(rolesAfterNames('kyrkoherde Ebbe Mulm, ordförande, komminister Saga Frell')).toBe('Ebbe Mulm, ordförande, Saga Frell, komminister');
    expect(rolesAfterNames('rektorn Tyra Malm, sekreterare, och Vilja Trosk')).toBe('Tyra Malm, sekreterare, och Vilja Trosk');
    expect(rolesAfterNames('kamrer Olof Krans, Fjällby')).toBe('Olof Krans, kamrer, Fjällby');
  });
});

describe('parts a row into people', () => {
  it('keeps a definite-form body ("Elevhälsan Fjällby") in a people-table row as the organisation, not a second person', () => {
    expect(parsePeopleList('Vilja Trosk, skolpsykolog, Elevhälsan Fjällby, Ebbe Mulm, kurator')).toEqual([
      { name: 'Vilja Trosk', organisation: 'Elevhälsan Fjällby', role: 'skolpsykolog' },
      { name: 'Ebbe Mulm', organisation: null, role: 'kurator' },
    ]);
  });
  it('keeps each semicolon part one person, however much the part after the comma reads like a name', () => {
    expect(parsePeopleList('Vilja Trosk, Psykiatri Norra; Ebbe Mulm, Fjällby kyrka', 'other')).toEqual([
      { name: 'Vilja Trosk', organisation: 'Psykiatri Norra', role: null },
      { name: 'Ebbe Mulm', organisation: 'Fjällby kyrka', role: null },
    ]);
  });
  it('does not take an association acronym for a second person', () => {
    expect(parsePeopleList('Ingegerd Björk, PRO Jakobsberg')).toBeNull();
    expect(parsePerson('Ingegerd Björk, PRO Jakobsberg')).toEqual({ name: 'Ingegerd Björk', organisation: 'PRO Jakobsberg', role: null });
  });
});

describe('reads a body named before the person and a comma', () => {
  it('reads "Region Jämtland, Ola Brink" and "Länsstyrelsen Dalarna, Siv Rapp" as the person with the body', () => {
    expect(parsePerson('Region Jämtland, Ola Brink')).toEqual({ name: 'Ola Brink', organisation: 'Region Jämtland', role: null });
    expect(parsePerson('Länsstyrelsen Dalarna, Siv Rapp')).toEqual({ name: 'Siv Rapp', organisation: 'Länsstyrelsen Dalarna', role: null });
  });
  it('still reads "Ola Brink, Region Jämtland" name first', () => {
    expect(parsePerson('Ola Brink, Region Jämtland')).toEqual({ name: 'Ola Brink', organisation: 'Region Jämtland', role: null });
  });
});

describe('reads a function or organisation printed before the name', () => {
  it('reads "Stabschef – Tora Lindvik" as the name with its function as the role', () => {
    expect(parsePerson('Stabschef – Tora Lindvik')).toEqual({ name: 'Tora Lindvik', organisation: null, role: 'stabschef' });
  });
  it('reads "Borgby kommun – Ante Frisk" as the name with where the person comes from', () => {
    expect(parsePerson('Borgby kommun – Ante Frisk')).toEqual({ name: 'Ante Frisk', organisation: 'Borgby kommun', role: null });
  });
  it('keeps a crisis staff\'s numbered function ("S4 Logistik") whole as the role', () => {
    expect(parsePerson('S4 Logistik – Vide Ramsten')).toEqual({ name: 'Vide Ramsten', organisation: null, role: 'S4 Logistik' });
  });
});

describe('reads OCR\'s semicolon for the comma before a title', () => {
  it('reads OCR\'s semicolon for the comma before a title ("Siri Vallin; rektor, Östra skolan")', () => {
    expect(parsePerson('Siri Vallin; rektor, Östra skolan')).toEqual({ name: 'Siri Vallin', organisation: 'Östra skolan', role: 'rektor' });
  });
});

describe('reads a home municipality after a member\'s party and role', () => {
  it('leaves "(C), ordförande, Krokom" with the role "ordförande"', () => {
    expect(parsePerson('Arvid Hemmer (C), ordförande, Bodträsk')).toEqual({ name: 'Arvid Hemmer', organisation: 'C', role: 'ordförande' });
    expect(parsePerson('Siv Tallgren (S), vice ordförande, Lövnäs')).toEqual({ name: 'Siv Tallgren', organisation: 'S', role: 'vice ordförande' });
  });
});

describe('reads a serving substitute abbreviated "tjg ers"', () => {
  it('reads "Bo Lind (c) tjg ers för Per Ek (c)" as the serving substitute for the member away', () => {
    expect(parsePerson('Bo Lind (c) tjg ers för Per Ek (c)')).toEqual({ name: 'Bo Lind', organisation: 'c', role: 'tjänstgörande ersättare' });
  });
});

describe('reads a municipality of any region after a name as the organisation', () => {
  it('reads a Norrland or Finland-Swedish municipality after a name as the organisation', () => {
    expect(parsePerson('Elsa Kvist Kalix')).toEqual({ name: 'Elsa Kvist', organisation: 'Kalix', role: null });
    expect(parsePerson('Tor Lampa Jakobstad')).toEqual({ name: 'Tor Lampa', organisation: 'Jakobstad', role: null });
  });
  it('keeps a surname that is also a municipality\'s name ("Lund") in the name', () => {
    expect(parsePerson('Anna Maria Lund')?.name).toBe('Anna Maria Lund');
  });
});

describe('drops how someone took part after a name', () => {
  it('drops "(tel)", "(Teams)" after a name', () => {
    expect(parsePerson('Ida Ros (tel)')).toEqual({ name: 'Ida Ros', organisation: null, role: null });
    expect(parsePerson('Ove Sten (Teams)')).toEqual({ name: 'Ove Sten', organisation: null, role: null });
  });
});

describe('reads the members of a joint committee of several municipalities', () => {
  it('takes the party from "(S, Kramby)" as the organisation, the member municipality beside it being no part of it', () => {
    expect(parsePerson('Ylva Brännström (S, Nordvik), ordförande')).toEqual({ name: 'Ylva Brännström', organisation: 'S', role: 'ordförande' });
    expect(parsePerson('Gösta Fällman (Ådalsby, KD)')).toEqual({ name: 'Gösta Fällman', organisation: 'KD', role: null });
  });
  it('keeps a bracket of two words that hold no party as it was read', () => {
    expect(parsePerson('Gösta Fällman (Region Norr, Ådalsby)')?.organisation).not.toBe('KD');
  });
});

describe('reads the people of an older church protokoll named in prose', () => {
  it('takes "såsom ordförande" after the name as the role, over the office before it, and the singular of "kyrkvärdarna" for each', () => {
    const people = attendeesOfNotes('Närvarande: kyrkoherden Algot Sundelius såsom ordförande, kyrkvärdarna Måns Trulsson och Ola Jeppsson samt 31 röstberättigade församlingsbor.');
    expect(people).toEqual([
      ['Algot Sundelius', null, 'ordförande'],
      ['Måns Trulsson', null, 'kyrkvärd'],
      ['Ola Jeppsson', null, 'kyrkvärd'],
    ]);
  });
  it('reads "kyrkoherden" before a name as the office "kyrkoherde"', () => {
    expect(rolesAfterNames('kyrkoherden Algot Sundelius, Ola Jeppsson')).toBe('Algot Sundelius, kyrkoherde, Ola Jeppsson');
  });
});

describe('reads notes of attendance and abbreviated functions after a name', () => {
  it('drops "närvarande §§ 12–14" and "ej § 13", which say when someone was there, from the role', () => {
    expect(parsePerson('Tyra Holm, närvarande §§ 12–14')).toEqual({ name: 'Tyra Holm', organisation: null, role: null });
    expect(parsePerson('Tyra Holm (C), ej § 13')).toEqual({ name: 'Tyra Holm', organisation: 'C', role: null });
    expect(parsePerson('Tyra Holm, rektor, närvarande § 13')?.role).toBe('rektor');
  });
  it('writes out "tjg ersättare" as "tjänstgörande ersättare"', () => {
    expect(parsePerson('Ove Dahl (m), tjg ersättare för Siv Alm (m)')?.role).toBe('tjänstgörande ersättare');
  });
});
