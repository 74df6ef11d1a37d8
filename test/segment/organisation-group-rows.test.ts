import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { attendeesOfNotes } from './by-field/segment-text.ts';
import { openedGroup, rowInGroup } from '../../src/segment/organisation-group-rows.ts';

describe('people grouped by the body they sit for in the label column', () => {
  it('gives each row under a group, its label cell empty, the group named beside the first', () => {
    expect(attendeesOfNotes('Närvarande\nPolitiker\tVivi Sandahl (M), ordförande\nRPG Lindvik\tOve Brattström\n\tMärta Fjelling\nSPF Seniorerna Lindvik\tAstrid Kullberg\n\tHolger Näsman\nTjänstepersoner\tJenny Strid, enhetschef')).toEqual([
      ['Vivi Sandahl', 'M', 'ordförande'],
      ['Ove Brattström', 'RPG Lindvik', null],
      ['Märta Fjelling', 'RPG Lindvik', null],
      ['Astrid Kullberg', 'SPF Seniorerna Lindvik', null],
      ['Holger Näsman', 'SPF Seniorerna Lindvik', null],
      ['Jenny Strid', null, 'enhetschef'],
    ]);
  });
  it('leaves a row at the margin, and someone whose row names their own body, out of the group', () => {
    const group = openedGroup(documentLine(1, ['PRO Lindvik', 'Ove Brattström'], [200, 590]), ['PRO Lindvik: Ove Brattström']);
    expect(group).toEqual({ organisation: 'PRO Lindvik', labelX: 200, valueX: 590 });
    expect(rowInGroup(documentLine(1, ['Märta Fjelling'], [588]), group)).toBe('PRO Lindvik: Märta Fjelling');
    expect(rowInGroup(documentLine(1, ['Märta Fjelling'], [203]), group)).toBeNull();
    expect(rowInGroup(documentLine(1, ['Märta Fjelling, SKPF Lindvik'], [588]), group)).toBeNull();
  });
  it('opens no group on a row that read as anything but a body and its people', () => {
    expect(openedGroup(documentLine(1, ['Politiker', 'Vivi Sandahl (M)']), ['Politiker', 'Vivi Sandahl (M)'])).toBeNull();
  });
});
