// Most listed tokens are words no other listed word spells with å/ä/ö in place of their a or o ("kommun",
// "till", "protokoll"): searching them through the lost-diacritic table only walks every a and o to a dead end.
// Each listed word and domain word holding an å, ä or ö is kept once per lexicon by the hash of its spelling
// with them folded as the table folds them (å, ä → a; ö → o), so a token whose folded spelling no such word
// shares is told at once that its only reading is itself.
import type { ConfusionTable } from './confusion-table.ts';
import { HASH_START, hashStep } from './form-table.ts';
import { IntHashSet } from './int-hash-set.ts';
import { FORM_FLAG } from './lexicon-format.ts';
import type { Lexicon } from './lexicon.ts';

interface Twins {
  /** Small letter a slip of the table writes → the small letter it was read from; undefined when the table is no one-letter folding. */
  fold: Map<number, number> | undefined;
  /** Hashes of folded spellings of listed and domain words that hold a letter `fold` folds. */
  folded: IntHashSet;
}

/** Per table, its folding; per lexicon, the spellings of each folding (tables that fold alike share them). */
const folds = new WeakMap<ConfusionTable, { fold: Map<number, number> | undefined; key: string }>();
const cache = new WeakMap<Lexicon, Map<string, Twins>>();

/**
 * False only where no reading of `token` through `table` (slips that each put one letter for another, which
 * small letters fold back to the letter written: a for å, o for ö) other than the token itself is a listed or domain
 * word. A token whose letters do not lower-case one for one (beyond Latin, or growing) is never told so.
 */
export function mayHaveDiacriticTwin(lexicon: Lexicon, table: ConfusionTable, token: string, lower: string): boolean {
  const twins = twinsOf(lexicon, table);
  if (!twins.fold || lower.length !== token.length) return true;
  let h = HASH_START;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (token.charCodeAt(k) >= 0x370) return true;
    h = hashStep(h, twins.fold.get(c) ?? c);
  }
  return twins.folded.has(h);
}

function twinsOf(lexicon: Lexicon, table: ConfusionTable): Twins {
  let folding = folds.get(table);
  if (!folding) {
    const fold = foldOf(table);
    folding = { fold, key: fold ? [...fold].sort((a, b) => a[0] - b[0]).join(' ') : '' };
    folds.set(table, folding);
  }
  let byFold = cache.get(lexicon);
  if (!byFold) cache.set(lexicon, (byFold = new Map()));
  const known = byFold.get(folding.key);
  if (known) return known;
  const { fold } = folding;
  // About two forms in five hold an å, ä or ö: sized for them at once, not grown through a dozen rehashes.
  const folded = new IntHashSet(fold ? lexicon.forms.size >> 1 : 0);
  const twins: Twins = { fold, folded };
  byFold.set(folding.key, twins);
  if (!fold) return twins;
  const addCodes = (code: (k: number) => number, length: number): void => {
    let h = HASH_START;
    let folds = false;
    for (let k = 0; k < length; k++) {
      const c = code(k);
      const plain = fold.get(c);
      if (plain !== undefined) folds = true;
      h = hashStep(h, plain ?? c);
    }
    if (folds) folded.add(h);
  };
  // Read for every letter of the 839k forms: by code, not through the map.
  const plainByte = new Int16Array(256).fill(-1);
  for (const [c, plain] of fold) if (c < 256) plainByte[c] = plain;
  lexicon.forms.visitForms(
    (bytes, start, end, bits) => {
      if ((bits & FORM_FLAG.standalone) === 0) return;
      // Most forms hold no folded letter: they are passed over without hashing.
      let k = start;
      while (k < end && plainByte[bytes[k]!]! < 0) k++;
      if (k === end) return;
      let h = HASH_START;
      for (let i = start; i < end; i++) {
        const b = bytes[i]!;
        h = hashStep(h, plainByte[b]! >= 0 ? plainByte[b]! : b);
      }
      folded.add(h);
    },
    (form, bits) => {
      if ((bits & FORM_FLAG.standalone) !== 0) addCodes((i) => form.charCodeAt(i), form.length);
    },
  );
  for (const word of lexicon.domain.keys()) addCodes((i) => word.charCodeAt(i), word.length);
  return twins;
}

/** The table's slips as small letters, written → read from, when every slip puts one letter for one other. */
function foldOf(table: ConfusionTable): Map<number, number> | undefined {
  const fold = new Map<number, number>();
  for (const [from, subs] of table.substitutions) {
    for (const s of subs) {
      const written = s.truth.toLowerCase();
      const read = from.toLowerCase();
      if (written.length !== 1 || read.length !== 1 || written === read) return undefined;
      const c = written.charCodeAt(0);
      const plain = read.charCodeAt(0);
      if (fold.get(c) !== undefined && fold.get(c) !== plain) return undefined;
      fold.set(c, plain);
    }
  }
  // A letter the table both writes and is read from would fold twice.
  for (const plain of fold.values()) if (fold.has(plain)) return undefined;
  return fold;
}
