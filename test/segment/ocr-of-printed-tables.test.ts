import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';

const block = (rows: string[][]) => parseHeadBlock(rows.map((cells) => documentLine(1, cells)));

describe('OCR of tables in the head block', () => {
  it('reads a doubled cross and ignores a letter from the page edge in an attendance table', () => {
    const fields = block([['Närvaro'], ['Namn', 'Uppdrag', 'Närvarande'], ['Bo Ek', 'ordförande', 'Xx', 'i'], ['Al Berg', 'kassör', '–']]);
    expect(fields.find((f) => f.kind === 'attendees')?.values).toEqual(['Bo Ek, ordförande']);
    expect(fields.find((f) => f.kind === 'absent')?.values).toEqual(['Al Berg, kassör']);
  });
  it('splits a second label and value out of a value cell whose gap OCR closed', () => {
    const fields = block([['Plats', 'Rådhuset, rum 2 Antecknare Ida Holm']]);
    expect(fields.map((f) => [f.kind, f.values])).toEqual([
      ['place', ['Rådhuset, rum 2']],
      ['signature', ['Ida Holm']],
    ]);
  });
  it('ends a list of people at the header of the table of points, specks and all', () => {
    const fields = block([['Deltagare:'], ['Bo Ek, Nacka'], ['Nr', 'Punkt', 'z Anteckning.'], ['1', 'Start', 'Inget.']]);
    expect(fields.find((f) => f.kind === 'attendees')?.values).toEqual(['Bo Ek, Nacka']);
  });
  it('reads a people-table header and a name with specks after it', () => {
    const fields = block([['Deltagare'], ['Namn:', '"> Organisation', 'E-post'], ['Al Berg >.', 'Solna stad', 'al.berg@solna.se']]);
    expect(fields[0]!.values).toEqual(['Al Berg, Solna stad, al.berg@solna.se']);
  });
});

describe('OCR of a party column', () => {
  it('splits a party glued to the role beside it and reads a doubled party letter as the party', async () => {
    const { parsePerson } = await import('../../src/segment/person.ts');
    expect(parsePerson('Ulla Berg, C tjänstgörande ersättare')).toEqual({ name: 'Ulla Berg', organisation: 'C', role: 'tjänstgörande ersättare' });
    expect(parsePerson('Ulla Berg, Vv')).toEqual({ name: 'Ulla Berg', organisation: 'V', role: null });
  });
});
