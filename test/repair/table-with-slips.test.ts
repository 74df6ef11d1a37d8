import { describe, expect, it } from 'vitest';
import type { ConfusionTable } from '../../src/repair/confusion-table.ts';
import { lexiconSlipTable, tableWithSlips } from '../../src/repair/table-with-slips.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const base: ConfusionTable = {
  substitutions: new Map([['o', [{ truth: 'ö', logp: Math.log(0.3) }]]]),
  identity: new Map(),
};

describe('a confusion table widened by learned slips', () => {
  it('adds each slip beside the table’s own readings of the same letters, likelier ones first', () => {
    const { table } = tableWithSlips(base, [{ ocr: 'o', truth: 'å', count: 6, seen: 10 }]);
    expect(table.substitutions.get('o')!.map((s) => s.truth)).toEqual(['å', 'ö']);
  });

  it('keeps the slips’ keys apart so a reader can tell their readings from the table’s', () => {
    const { slips } = tableWithSlips(base, [{ ocr: 'i', truth: 'j', count: 3 }]);
    expect(slips.has('i\u0000j')).toBe(true);
    expect(slips.has('o\u0000ö')).toBe(false);
  });

  it('floors a slip seen far more often than it was right, and leaves the base table as it was', () => {
    const { table } = tableWithSlips(base, [{ ocr: 'm', truth: 'n', count: 1, seen: 100000 }]);
    expect(table.substitutions.get('m')![0]!.logp).toBeCloseTo(Math.log(0.002));
    expect(base.substitutions.has('m')).toBe(false);
  });

  it('builds a lexicon’s widened table once per slip list, and keeps the lists apart', async () => {
    const lexicon = await loadTestLexicon();
    const rare = lexiconSlipTable(lexicon, 'rareSlips');
    expect(lexiconSlipTable(lexicon, 'rareSlips')).toBe(rare);
    expect(lexiconSlipTable(lexicon, 'plainSlips')).not.toBe(rare);
    expect(rare.slips.size).toBe(new Set((lexicon.rareSlips ?? []).map((e) => `${e.ocr}\u0000${e.truth}`)).size);
  });
});
