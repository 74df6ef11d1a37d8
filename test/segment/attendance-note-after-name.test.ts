import { describe, expect, it } from 'vitest';
import { withoutAttendanceClause } from '../../src/segment/attendance-note-after-name.ts';
import { parsePerson } from '../../src/segment/person.ts';

describe('withoutAttendanceClause', () => {
  it('drops a clause after a comma that says a member took part from elsewhere', () => {
    expect(withoutAttendanceClause('Tora Vinge (C), vice ordförande, deltar på distans')).toBe('Tora Vinge (C), vice ordförande');
    expect(withoutAttendanceClause('Ebbe Malm (S), deltog digitalt')).toBe('Ebbe Malm (S)');
    expect(withoutAttendanceClause('Ebbe Malm, närvarande via Teams, sekreterare')).toBe('Ebbe Malm, sekreterare');
    expect(withoutAttendanceClause('Ebbe Malm (M) – deltar digitalt')).toBe('Ebbe Malm (M)');
  });

  it('keeps a title or a place that only mentions distance or a link', () => {
    expect(withoutAttendanceClause('Ebbe Malm, distansstrateg')).toBe('Ebbe Malm, distansstrateg');
    expect(withoutAttendanceClause('Ebbe Malm, Länkgården')).toBe('Ebbe Malm, Länkgården');
  });

  it('reads no role from how a member took part', () => {
    expect(parsePerson('Tora Vinge (C), vice ordförande, deltar på distans')).toEqual({ name: 'Tora Vinge', organisation: 'C', role: 'vice ordförande' });
    expect(parsePerson('Ebbe Malm (SD), deltar på distans')).toEqual({ name: 'Ebbe Malm', organisation: 'SD', role: null });
  });

  it('reads the municipality alone from brackets that also say the person joined through Teams', () => {
    expect(parsePerson('Vera Holm (Salem, deltog via Teams)')).toEqual({ name: 'Vera Holm', organisation: 'Salem', role: null });
  });
});
