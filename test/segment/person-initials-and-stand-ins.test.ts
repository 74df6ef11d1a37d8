import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';
import { parsePeopleList } from '../../src/segment/people-lists.ts';
import { parsePerson, replacedMember } from '../../src/segment/person.ts';
import { segment } from './by-field/segment-text.ts';

describe('initials after a name', () => {
  it('drops the initials a person is referred to by and keeps the place after them', () => {
    expect(parsePerson('Tove Markström (TM), Nacka')).toEqual({ name: 'Tove Markström', organisation: 'Nacka', role: null });
    expect(parsePerson('Tove Mark (TMa), Nacka')).toEqual({ name: 'Tove Mark', organisation: 'Nacka', role: null });
  });
  it('keeps a bracket that spells a party even when it matches the initials', () => {
    expect(parsePerson('Siv Dalén (SD)')).toEqual({ name: 'Siv Dalén', organisation: 'SD', role: null });
  });
  it('ends the name at the initials when a title of two words follows without a comma', () => {
    expect(parsePerson('Vendela Rask (VR) biträdande rektor')).toEqual({ name: 'Vendela Rask', organisation: null, role: 'biträdande rektor' });
    expect(parsePeopleList('Tuva Holm (TH) rektor, Vendela Rask (VR) biträdande rektor')?.map((p) => p.role)).toEqual(['rektor', 'biträdande rektor']);
  });
  it('keeps a bracket that is not the initials as the party', () => {
    expect(parsePerson('Tove Markström (KD)')?.organisation).toBe('KD');
  });
});

describe('a substitute and the member stood in for', () => {
  it('reads "ersätter" like "för": the member is no part of the substitute', () => {
    expect(parsePerson('Olof Rindell (V) ersätter Åsa Krok (V)')).toEqual({ name: 'Olof Rindell', organisation: 'V', role: 'tjänstgörande ersättare' });
    expect(replacedMember('Olof Rindell (V) ersätter Åsa Krok (V)')).toEqual({ name: 'Åsa Krok', organisation: 'V', role: null });
  });
  it('keeps a table row whose last cell names the member stood in for as one person', () => {
    const fields = parseHeadBlock(linesFromText('Närvarande ledamöter\nNamn\tParti\tFunktion\nGun Holt\tKD\ttjänstgörande ersättare för Bo Viik (KD)\n')[0]!);
    expect(fields).toHaveLength(1);
    expect(parsePerson(fields[0]!.values[0]!)).toEqual({ name: 'Gun Holt', organisation: 'KD', role: 'tjänstgörande ersättare' });
    expect(replacedMember(fields[0]!.values[0]!)?.name).toBe('Bo Viik');
  });
  it('joins the member stood in for, wrapped past a blank row with a speck before it, to the substitute', () => {
    const m = segment('Protokoll\nStyrelsen\n\nDatum: 2025-04-09\n\nBeslutande Eva Ek (S), ordförande\nErsättare Gun Holt (KD), tjänstgörande ersättare för\n\n. Bo Viik (KD)\nAli Berg (S)\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Eva Ek', 'Gun Holt', 'Ali Berg']);
    expect(m.absent.map((p) => p.name)).toEqual(['Bo Viik']);
  });
});
