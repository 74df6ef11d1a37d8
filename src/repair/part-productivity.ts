// How productive a compound part with å/ä/ö is against its plain spelling, from
// the corpus word list: "röstning" stands in a dozen listed words (förtidsröstning,
// röstningslokal …) and "rostning" in one. Two unlisted compounds that differ only
// there ("förtids+rostnings+lokaler" / "förtids+röstnings+lokaler") get no help from
// the lexicon, whose compound parts carry no frequencies. The list keeps only words
// whose folded spelling has several readings, so it favours diacritic spellings: the
// lift is used only on pages whose damage makes every plain a and o suspect anyway.
import { foldDiacritics, type CorpusStats } from './corpus-stats.ts';
import type { Lexicon } from './lexicon.ts';

const DIACRITIC = /[åäö]/;
/** Parts shorter than this stand inside too many unrelated words to count. */
const MIN_PART = 4;
const MAX_LIFT = 2;

const counts = new WeakMap<CorpusStats, Map<string, number>>();

function wordsHolding(corpus: CorpusStats, part: string): number {
  let cache = counts.get(corpus);
  if (!cache) counts.set(corpus, (cache = new Map()));
  let n = cache.get(part);
  if (n === undefined) {
    n = 0;
    for (const word of corpus.words.keys()) if (word.includes(part)) n++;
    cache.set(part, n);
  }
  return n;
}

/**
 * log (words holding each diacritic part / words holding its plain spelling), summed, capped.
 * Only parts whose plain spelling is a word form too count: "tjänst" has no rival "tjanst"
 * for the corpus to weigh, and every reading of the token shares it anyway.
 */
export function partProductivityLift(lexicon: Lexicon, parts: readonly string[]): number {
  const corpus = lexicon.corpus;
  if (!corpus) return 0;
  let lift = 0;
  for (const part of parts) {
    // The linking -s of a first part ("röstnings+") is no part of the stem.
    const stem = part.endsWith('s') && part.length > MIN_PART ? part.slice(0, -1) : part;
    if (stem.length < MIN_PART || !DIACRITIC.test(stem)) continue;
    const plain = foldDiacritics(stem);
    if (lexicon.forms.get(plain) === undefined) continue;
    lift += Math.log((1 + wordsHolding(corpus, stem)) / (1 + wordsHolding(corpus, plain)));
  }
  return Math.max(-MAX_LIFT, Math.min(MAX_LIFT, lift));
}
