import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(text, lexicon, { threshold: 0.8 }).text;

describe('a lone guillemet opening a line', () => {
  it('is the list bullet the OCR misread', () => {
    expect(repaired('« Skolgårdens träd beskärs\n» 4 nya bänkar')).toBe('• Skolgårdens träd beskärs\n• 4 nya bänkar');
  });
  it('stays a quote mark when set against its word', () => {
    expect(repaired('»Skolgården» var ordet')).toBe('»Skolgården» var ordet');
  });
  it('stays as read inside a line', () => {
    expect(repaired('Han sade « något')).toBe('Han sade « något');
  });
});
