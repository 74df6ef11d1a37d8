// The OCR channel model: for a string the OCR wrote ("6", "oé", "a"), which
// true strings it may stand for and how likely each is. Learned counts come
// from scripts/learn-confusions.ts; seed entries cover patterns seen in real
// archives that the rendered training pages did not produce.

export interface ConfusionEntry {
  ocr: string;
  truth: string;
  count: number;
  /** How often the OCR wrote `ocr` at all in the training alignment. */
  seen?: number;
  /** Seeds only: the least probability to give this confusion. */
  p?: number;
}

export interface Substitution {
  truth: string;
  /** log P(truth | OCR wrote this string). */
  logp: number;
}

export interface ConfusionTable {
  /** Keyed by the OCR string (one or two characters). */
  substitutions: Map<string, Substitution[]>;
  /** log P(the OCR character is right), per character; absent means ~0. */
  identity: Map<string, number>;
}

// Floor so that a rare but real confusion stays possible, never free.
const MIN_P = 0.002;

/**
 * @param totals how often the OCR wrote each string in training, right or wrong;
 * it turns a seed into a small probability for letters that are usually right.
 */
export function buildConfusionTable(
  learned: readonly ConfusionEntry[],
  seeds: readonly ConfusionEntry[],
  totals: Readonly<Record<string, number>> = {},
): ConfusionTable {
  const counts = new Map<string, Map<string, number>>();
  const seen = new Map<string, number>();
  const addEntry = (ocr: string, truth: string, count: number, seenCount: number): void => {
    if (ocr === truth || !ocr || !truth) return;
    seen.set(ocr, Math.max(seen.get(ocr) ?? 0, seenCount));
    if (count === 0 && counts.get(ocr)?.has(truth)) return;
    const row = counts.get(ocr) ?? new Map<string, number>();
    row.set(truth, (row.get(truth) ?? 0) + count);
    counts.set(ocr, row);
    seen.set(ocr, Math.max(seen.get(ocr) ?? 0, seenCount));
  };
  for (const e of learned) {
    addEntry(e.ocr, e.truth, e.count, e.seen ?? e.count);
    const upper = e.ocr.toUpperCase();
    if (upper !== e.ocr && e.ocr.length === 1) addEntry(upper, e.truth.toUpperCase(), e.count, e.seen ?? e.count);
  }
  // A seed is a floor on the probability: real archives show these slips even
  // where our rendered pages did not.
  const floors = new Map<string, number>();
  for (const e of seeds) {
    const seedP = e.p ?? 0.01;
    addEntry(e.ocr, e.truth, 0, Math.max(e.seen ?? 0, totals[e.ocr] ?? 0));
    const raise = (key: string): void => void floors.set(key, Math.max(floors.get(key) ?? 0, seedP));
    raise(`${e.ocr}\u0000${e.truth}`);
    const upper = e.ocr.toUpperCase();
    if (upper !== e.ocr && e.ocr.length === 1 && /\p{L}/u.test(e.ocr)) {
      addEntry(upper, e.truth.toUpperCase(), 0, totals[upper] ?? 0);
      raise(`${upper}\u0000${e.truth.toUpperCase()}`);
    }
  }
  const substitutions = new Map<string, Substitution[]>();
  const identity = new Map<string, number>();
  for (const [ocr, row] of counts) {
    const total = seen.get(ocr)!;
    let changed = 0;
    const list: Substitution[] = [];
    for (const [truth, count] of row) {
      const learnedP = total > 0 ? count / Math.max(total, count) : 0;
      const p = Math.max(MIN_P, floors.get(`${ocr}\u0000${truth}`) ?? 0, Math.min(0.95, learnedP));
      changed += p;
      list.push({ truth, logp: Math.log(p) });
    }
    list.sort((a, b) => b.logp - a.logp);
    substitutions.set(ocr, list);
    if (ocr.length === 1) identity.set(ocr, Math.log(Math.max(0.05, 1 - changed)));
  }
  return { substitutions, identity };
}

export interface Variant {
  text: string;
  /** Sum of the channel log probabilities of the edits (and identities at edit-able places). */
  logChannel: number;
  edits: Array<{ from: string; to: string }>;
}

/**
 * Every reading of `token` reachable by at most `maxEdits` substitutions from
 * the table, the token itself first. Branches whose edits alone cost more than
 * `minLogp` are pruned, so a long word full of rare slips cannot crowd out
 * its likely readings before `limit` is reached.
 */
export function generateVariants(token: string, table: ConfusionTable, maxEdits = 4, limit = 4000, minLogp = -16): Variant[] {
  const chars = [...token];
  const out: Variant[] = [];
  const edits: Array<{ from: string; to: string }> = [];
  const walk = (i: number, built: string, logp: number, editLogp: number): void => {
    if (out.length >= limit) return;
    if (i >= chars.length) {
      out.push({ text: built, logChannel: logp, edits: [...edits] });
      return;
    }
    const one = chars[i]!;
    walk(i + 1, built + one, logp + (table.identity.get(one) ?? 0), editLogp);
    if (edits.length >= maxEdits) return;
    for (const width of [1, 2]) {
      if (i + width > chars.length) break;
      const from = width === 1 ? one : one + chars[i + 1]!;
      const subs = table.substitutions.get(from);
      if (!subs) continue;
      for (const s of subs) {
        if (editLogp + s.logp < minLogp) continue;
        edits.push({ from, to: s.truth });
        walk(i + width, built + s.truth, logp + s.logp, editLogp + s.logp);
        edits.pop();
      }
    }
  };
  walk(0, '', 0, 0);
  return out;
}

/** "o→ö, a→å" for reasons. */
export function describeEdits(edits: ReadonlyArray<{ from: string; to: string }>): string {
  return edits.map((e) => `${e.from || '∅'}→${e.to || '∅'}`).join(', ');
}
