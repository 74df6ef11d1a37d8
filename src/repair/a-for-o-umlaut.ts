// The rare slip of an ö read as a, searched with a table of its own where the usual slips explain nothing.
import type { ConfusionTable, Variant } from './confusion-table.ts';
import type { Lexicon } from './lexicon.ts';

/**
 * The English model now and then reads ö as a ("matet" for "mötet"), rarely enough
 * that only a common word (or a compound ending in one) may be the reading, never a name.
 */
export const A_FOR_Ö_PER_MILLION = 20;
/** P(ö | the English model wrote a): seen twice in the scanned training minutes. */
const A_FOR_Ö_P = 0.002;
const aForÖTables = new WeakMap<Lexicon, ConfusionTable>();
export function tableWithAForÖ(lexicon: Lexicon): ConfusionTable {
  let table = aForÖTables.get(lexicon);
  if (!table) {
    const substitutions = new Map(lexicon.confusions.substitutions);
    for (const [plain, umlaut] of [['a', 'ö'], ['A', 'Ö']] as const) {
      const subs = [...(substitutions.get(plain) ?? []), { truth: umlaut, logp: Math.log(A_FOR_Ö_P) }];
      substitutions.set(plain, subs.sort((x, y) => y.logp - x.logp));
    }
    table = { substitutions, identity: lexicon.confusions.identity };
    aForÖTables.set(lexicon, table);
  }
  return table;
}
export function readsAForÖ(v: Variant): boolean {
  return v.edits.some((e) => e.from.toLowerCase() === 'a' && e.to.toLowerCase() === 'ö');
}
