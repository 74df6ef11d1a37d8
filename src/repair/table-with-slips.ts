// The confusion table widened by a set of learned slips that are too rare, or too ambiguous, to be
// searched everywhere (lexicon.rareSlips, lexicon.plainSlips): the few readers that may try them
// build this table once per lexicon, and keep the slips' keys to tell their readings apart.
import type { ConfusionEntry, ConfusionTable, Substitution } from './confusion-table.ts';
import type { Lexicon } from './lexicon.ts';

/** Floor of a slip's probability, as the table floors its own (confusion-table.ts). */
const MIN_SLIP_P = 0.002;

export interface TableWithSlips {
  table: ConfusionTable;
  /** `ocr\u0000truth` of every added slip. */
  slips: Set<string>;
}

export function tableWithSlips(base: ConfusionTable, entries: readonly ConfusionEntry[]): TableWithSlips {
  const substitutions = new Map(base.substitutions);
  const slips = new Set<string>();
  for (const e of entries) {
    const p = Math.max(MIN_SLIP_P, e.count / Math.max(e.count, e.seen ?? e.count));
    const row: Substitution[] = [...(substitutions.get(e.ocr) ?? []), { truth: e.truth, logp: Math.log(p) }];
    substitutions.set(e.ocr, row.sort((x, y) => y.logp - x.logp));
    slips.add(`${e.ocr}\u0000${e.truth}`);
  }
  return { table: { substitutions, identity: base.identity }, slips };
}

type SlipKind = 'rareSlips' | 'plainSlips';
const built = new WeakMap<Lexicon, Map<SlipKind, TableWithSlips>>();

/** The lexicon's table widened by one of its learned slip lists, built once per lexicon and list. */
export function lexiconSlipTable(lexicon: Lexicon, kind: SlipKind): TableWithSlips {
  let tables = built.get(lexicon);
  if (!tables) built.set(lexicon, (tables = new Map()));
  let entry = tables.get(kind);
  if (!entry) tables.set(kind, (entry = tableWithSlips(lexicon.confusions, lexicon[kind] ?? [])));
  return entry;
}
