// Nearly every listed token is asked whether a commoner corpus word with å/ä/ö lies one slip of the
// confusion table away ("lin" for "län"), and nearly none has one: a search of its readings per token
// found nothing for most of them. The corpus words with å/ä/ö are few (tens of thousands), so each is
// turned back once per lexicon into the spellings such a slip leaves (the å/ä/ö it wrote undone into
// what the OCR read), kept as hashes: a token whose spelling is none of them is told at once.
import type { ConfusionTable } from './confusion-table.ts';
import type { CorpusStats } from './corpus-stats.ts';
import { isLostDiacritic } from './document-profile.ts';
import { HASH_START, hashOf, hashStep } from './form-table.ts';
import { IntHashSet } from './int-hash-set.ts';
import { isPlainWord, SWEDISH_LETTER } from './letter-classes.ts';

interface SlipKeys {
  table: ConfusionTable;
  words: CorpusStats['words'];
  keys: IntHashSet;
}

let last: SlipKeys | undefined;

/**
 * False only where no one-slip reading of the plain `token` (`lower` in small letters) that writes an å, ä or ö
 * in place of letters, other than a lost diacritic (a → ä), spells a word of `corpus`. A token whose letters do
 * not lower-case one for one (beyond Latin, or growing) is never told so.
 */
export function mayBeCorpusSlip(table: ConfusionTable, corpus: CorpusStats, token: string, lower: string): boolean {
  if (lower.length !== token.length) return true;
  for (let k = 0; k < token.length; k++) if (token.charCodeAt(k) >= 0x370) return true;
  return keysOf(table, corpus).has(hashOf(lower));
}

function keysOf(table: ConfusionTable, corpus: CorpusStats): IntHashSet {
  if (last?.table === table && last.words === corpus.words) return last.keys;
  // What the OCR read (small letters, letters only: the token is a plain word) for each å/ä/ö-bearing string it wrote.
  const readFor = new Map<string, Set<string>>();
  for (const [from, subs] of table.substitutions) {
    if (!isPlainWord(from)) continue;
    for (const s of subs) {
      if (!SWEDISH_LETTER.test(s.truth) || isLostDiacritic({ from, to: s.truth })) continue;
      const written = s.truth.toLowerCase();
      let reads = readFor.get(written);
      if (!reads) readFor.set(written, (reads = new Set()));
      reads.add(from.toLowerCase());
    }
  }
  const keys = new IntHashSet(1 << 18);
  const readings = [...readFor].map(([written, reads]) => ({ written, reads: [...reads] }));
  // The hash of each word's head is carried along, so no spelling is built as a string.
  let heads = new Int32Array(64);
  for (const word of corpus.words.keys()) {
    if (!SWEDISH_LETTER.test(word)) continue;
    if (heads.length <= word.length) heads = new Int32Array(word.length * 2);
    heads[0] = HASH_START;
    for (let k = 0; k < word.length; k++) heads[k + 1] = hashStep(heads[k]!, word.charCodeAt(k));
    for (const { written, reads } of readings) {
      for (let at = word.indexOf(written); at >= 0; at = word.indexOf(written, at + 1)) {
        for (const read of reads) {
          let h = heads[at]!;
          for (let k = 0; k < read.length; k++) h = hashStep(h, read.charCodeAt(k));
          for (let k = at + written.length; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
          keys.add(h);
        }
      }
    }
  }
  last = { table, words: corpus.words, keys };
  return keys;
}
