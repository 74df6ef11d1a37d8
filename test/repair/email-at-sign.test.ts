import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(text, lexicon, { threshold: 0.8 }).text;

describe("an e-mail address whose @ the Swedish model read as 'Q'", () => {
  it("reads 'olle.strandQtallby.se' as 'olle.strand@tallby.se': the Swedish model has no @", () => {
    expect(repaired('Frågor till olle.strandQtallby.se senast fredag.')).toBe('Frågor till olle.strand@tallby.se senast fredag.');
  });
  it("keeps a Q that stands in no address ('QUALITY', 'Qvist') and addresses already written with @", () => {
    expect(repaired('Qvist från QUALITY AB nås på info@qvistbygg.se.')).toBe('Qvist från QUALITY AB nås på info@qvistbygg.se.');
  });
});
