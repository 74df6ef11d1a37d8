import { describe, expect, it } from 'vitest';
import { closedRowCells } from '../../src/segment/closed-people-table-rows.ts';
import { segment } from './by-field/segment-text.ts';

const protokoll = (head: string) => segment(`PROTOKOLL\nSocialnämndens utskott\n\nDatum\t2022-03-08\n\n${head}\n\n§ 1 Val av justerare\nText.\n\n§ 2 Avslutning\nText.`);

describe('a table of members with a column of presence or of the substitute who served', () => {
  const table = 'Beslutande\nNamn\tParti\tNärvarande/Tjänstgörande ersättare\nEbba Rhen, ordförande\tM\tX\nOla Falk\tKD\tIda Sten (KD)\nPer Åman\tS\tX';
  it('reads a name in the presence column as the substitute who served for an absent member', () => {
    const minutes = protokoll(table);
    expect(minutes.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Ebba Rhen', 'M', 'ordförande'],
      ['Ida Sten', 'KD', 'tjänstgörande ersättare'],
      ['Per Åman', 'S', null],
    ]);
    expect(minutes.absent.map((p) => p.name)).toEqual(['Ola Falk']);
  });
  it('takes no header word of the table for a person', () => {
    const members = 'Ledamöter\nNamn\tParti\tMedlemskommun\nEbba Rhen, ordförande\tM\tÅby\nOla Falk\tKD\tGranby';
    expect(protokoll(members).attendees.map((p) => p.name)).toEqual(['Ebba Rhen', 'Ola Falk']);
  });
});

describe('a substitute listed as serving without the noun', () => {
  it('is a serving substitute, and the member named after "för" was away', () => {
    const minutes = protokoll('Ersättare\nIda Sten (S), Åby, tjänstgörande för Ola Falk (SD)\nPer Åman (M), Granby');
    expect(minutes.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Ida Sten', 'tjänstgörande ersättare'],
      ['Per Åman', 'ersättare'],
    ]);
    expect(minutes.absent.map((p) => p.name)).toEqual(['Ola Falk']);
  });
});

describe('a members table whose column gaps OCR closed', () => {
  it('parts the function after the name, the party and the member municipality', () => {
    expect(closedRowCells('Ebba Rhen, vice ordförande -M Åby', ['namn', 'parti', 'medlemskommun'])).toEqual(['Ebba Rhen, vice ordförande', 'M', 'Åby']);
  });
  it('reads a capital OCR doubled as the one-letter party', () => {
    expect(closedRowCells('Per Åman SS Granby', ['namn', 'parti', 'medlemskommun'])).toEqual(['Per Åman', 'S', 'Granby']);
  });
  it('keeps the substitute named in the presence column as its own cell', () => {
    expect(closedRowCells('Ola Falk KD Ida Sten (KD)', ['namn', 'parti', 'närvarandetjänstgörande', 'ersättare'])).toEqual(['Ola Falk', 'KD', 'Ida Sten (KD)']);
  });
});
