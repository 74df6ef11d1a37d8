import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('words joined by a slash', () => {
  it('are repaired part by part in a bilingual label', () => {
    expect(repairedLine('Narvaro/Attendance: alla')).toBe('Närvaro/Attendance: alla');
  });
  it('are repaired part by part in a heading in capitals', () => {
    expect(repairedLine('PROTOKOLL/ARSMOTE')).toBe('PROTOKOLL/ÅRSMÖTE');
  });
  it('leave a unit written with a slash as it is', () => {
    expect(repairedLine('Hastigheten ar 30 km/tim.')).toContain('30 km/tim.');
  });
});
