import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';
import { seatColumnsHeader, seatRow } from '../../src/segment/seat-columns.ts';
import { attendeesOfProtokoll } from './by-field/segment-text.ts';

describe('a council\'s table of seats: each body with its member and substitute', () => {
  it('reads each person with the body of the row and the function of the column, an empty seat left out', () => {
    expect(attendeesOfProtokoll('Närvarande\nOrganisation\tLedamot\tErsättare\nPRO Lindvik\tOve Brattström\tMärta Fjelling\nSPF Seniorerna Lindvik\tAstrid Kullberg\t\nRPG Lindvik\t\tHolger Näsman')).toEqual([
      ['Ove Brattström', 'PRO Lindvik', null],
      ['Märta Fjelling', 'PRO Lindvik', 'ersättare'],
      ['Astrid Kullberg', 'SPF Seniorerna Lindvik', null],
      ['Holger Näsman', 'RPG Lindvik', 'ersättare'],
    ]);
  });
  it('places a scanned row\'s cells in the header\'s columns by where they stand', () => {
    const header = seatColumnsHeader(documentLine(1, ['Förening', 'Ordinarie', 'Ersättare'], [200, 700, 1100]));
    expect(header).toEqual({ roles: [null, null, 'ersättare'], x: [200, 700, 1100] });
    expect(seatRow(documentLine(1, ['RPG Lindvik', 'Holger Näsman'], [201, 1098]), header!)).toEqual(['Holger Näsman, RPG Lindvik, ersättare']);
    const fields = parseHeadBlock([
      documentLine(1, ['Närvarande'], [200]),
      documentLine(1, ['Förening', 'Ordinarie', 'Ersättare'], [200, 700, 1100]),
      documentLine(1, ['PRO Lindvik', 'Ove Brattström', 'Märta Fjelling'], [202, 701, 1102]),
    ]);
    expect(fields).toEqual([{ kind: 'attendees', label: 'Närvarande', values: ['Ove Brattström, PRO Lindvik', 'Märta Fjelling, PRO Lindvik, ersättare'] }]);
  });
  it('takes no row of another kind for a seats header', () => {
    expect(seatColumnsHeader(documentLine(1, ['Organisation', 'Namn', 'Funktion']))).toBeNull();
    expect(seatColumnsHeader(documentLine(1, ['Namn', 'Ledamot', 'Ersättare']))).toBeNull();
  });
});
