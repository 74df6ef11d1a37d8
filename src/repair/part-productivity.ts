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
 * A plain part counts the other way: "rostning" kept plain, where "röstning" stands in
 * far more words, is as suspect on a damaged page as "röstning" is likely, so the two
 * readings of the token are told apart by the whole ratio and not half of it.
 */
export function partProductivityLift(lexicon: Lexicon, parts: readonly string[]): number {
  const corpus = lexicon.corpus;
  if (!corpus) return 0;
  let lift = 0;
  for (const part of parts) {
    // The linking -s of a first part ("röstnings+") is no part of the stem.
    const stem = part.endsWith('s') && part.length > MIN_PART ? part.slice(0, -1) : part;
    if (stem.length < MIN_PART) continue;
    if (!DIACRITIC.test(stem)) {
      lift -= plainPartDeficit(lexicon, corpus, stem);
      continue;
    }
    const plain = foldDiacritics(stem);
    if (lexicon.forms.get(plain) === undefined) continue;
    lift += Math.log((1 + wordsHolding(corpus, stem)) / (1 + wordsHolding(corpus, plain)));
  }
  return Math.max(-MAX_LIFT, Math.min(MAX_LIFT, lift));
}

/** A plain part with more a/o than this has too many diacritic twins to weigh cheaply. */
const MAX_PLAIN_VOWELS = 3;
const TWINS: Record<string, readonly string[]> = { a: ['å', 'ä'], o: ['ö'] };

/**
 * log (words holding the most productive diacritic twin / words holding the plain part),
 * or 0 when no twin outdoes it. Kept per stem: each count is a pass over the corpus list.
 */
const deficits = new WeakMap<CorpusStats, Map<string, number>>();
function plainPartDeficit(lexicon: Lexicon, corpus: CorpusStats, stem: string): number {
  let cache = deficits.get(corpus);
  if (!cache) deficits.set(corpus, (cache = new Map()));
  let deficit = cache.get(stem);
  if (deficit !== undefined) return deficit;
  deficit = 0;
  let slots = 0;
  for (const ch of stem) if (TWINS[ch]) slots++;
  if (slots > 0 && slots <= MAX_PLAIN_VOWELS) {
    let twins = [''];
    for (const ch of stem) twins = twins.flatMap((head) => [head + ch, ...(TWINS[ch] ?? []).map((d) => head + d)]);
    let best = 0;
    for (const twin of twins) {
      if (twin === stem || lexicon.forms.get(twin) === undefined) continue;
      best = Math.max(best, wordsHolding(corpus, twin));
    }
    if (best > 0) deficit = Math.max(0, Math.log((1 + best) / (1 + wordsHolding(corpus, stem))));
  }
  cache.set(stem, deficit);
  return deficit;
}
