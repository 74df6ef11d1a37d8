import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';
import { parsePerson } from '../../src/segment/person.ts';

const head = (text: string) => parseHeadBlock(linesFromText(text)[0]!);

describe('a guest in the role column of a people table', () => {
  it('reads "Gäst" alone in the last column as the role, so the list goes on under its own label', () => {
    const fields = head('Närvaro\nNamn\tOrganisation\tRoll\nVilgot Brenn\tTyresö kommun\tMötesledare\nSixten Ahl\tStiftelsen Pilen\tGäst\n\nFörhinder\nNore Lagg\tNacka kommun\n');
    expect(fields.map((f) => f.kind)).toEqual(['attendees', 'absent']);
    expect(parsePerson(fields[0]!.values[1]!)).toEqual({ name: 'Sixten Ahl', organisation: 'Stiftelsen Pilen', role: 'Gäst' });
    expect(fields[1]!.values).toEqual(['Nore Lagg, Nacka kommun']);
  });
  it('still opens a list of guests where "Gäster:" labels the people after it', () => {
    const fields = head('Närvarande:\tVilgot Brenn, Tyresö\nGäster:\tSixten Ahl\n');
    expect(fields.map((f) => f.kind)).toEqual(['attendees', 'others']);
  });
});

describe('a unit of an organisation known by its acronym', () => {
  it('narrows the organisation before it instead of being dropped', () => {
    expect(parsePerson('Vilgot Brenn, Region Stockholm, BUP Södertörn')?.organisation).toBe('Region Stockholm, BUP Södertörn');
  });
  it('leaves a title in capitals as the role', () => {
    expect(parsePerson('Vilgot Brenn, Tyresö kommun, MAS')).toMatchObject({ organisation: 'Tyresö kommun', role: 'MAS' });
  });
});
