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

/** The corpus words as one text, one a line, and the count of words holding each part asked so far. */
interface PartCounts {
  text: string;
  counts: Map<string, number>;
}
const partCounts = new WeakMap<CorpusStats, PartCounts>();

function wordsHolding(corpus: CorpusStats, part: string): number {
  let known = partCounts.get(corpus);
  if (!known) partCounts.set(corpus, (known = { text: `\n${[...corpus.words.keys()].join('\n')}\n`, counts: new Map() }));
  let n = known.counts.get(part);
  if (n === undefined) {
    n = 0;
    if (part.length === 0 || part.includes('\n')) {
      for (const word of corpus.words.keys()) if (word.includes(part)) n++;
    } else {
      // One search through the words as one text (a part is asked of every word of the list, each a call of its
      // own, otherwise): a word is counted once however often it holds the part, the search going on at its end.
      const { text } = known;
      for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, text.indexOf('\n', at + part.length))) n++;
    }
    known.counts.set(part, n);
  }
  return n;
}

/**
 * log (words holding each part / words holding its most productive twin), summed, capped:
 * a twin is another spelling of the part with the same letters but for å, ä, ö ("röstning" /
 * "rostning", "vägen" / "vågen") that is a word form too. A part with no such twin counts
 * nothing: "tjänst" has no rival for the corpus to weigh, and every reading of the token shares it.
 * A plain part counts only against a twin: the list keeps plain words only where their folded
 * spelling has several readings, so a plain part's own count says little in its favour.
 */
export function partProductivityLift(lexicon: Lexicon, parts: readonly string[]): number {
  const corpus = lexicon.corpus;
  if (!corpus) return 0;
  let lift = 0;
  for (const part of parts) {
    // The linking -s of a first part ("röstnings+") is no part of the stem.
    const stem = part.endsWith('s') && part.length > MIN_PART ? part.slice(0, -1) : part;
    if (stem.length < MIN_PART) continue;
    const rival = bestTwinCount(lexicon, corpus, stem);
    if (rival === undefined) continue;
    const own = Math.log((1 + wordsHolding(corpus, stem)) / (1 + rival));
    lift += DIACRITIC.test(stem) ? own : Math.min(0, own);
  }
  return Math.max(-MAX_LIFT, Math.min(MAX_LIFT, lift));
}

/** A part with more a/å/ä/o/ö than this has too many twins to weigh cheaply: only its plain spelling is. */
const MAX_TWIN_SLOTS = 3;
const SAME_FOLD: Record<string, readonly string[]> = { a: ['a', 'å', 'ä'], å: ['a', 'å', 'ä'], ä: ['a', 'å', 'ä'], o: ['o', 'ö'], ö: ['o', 'ö'] };

/**
 * Words holding the part's most productive twin that is a word form, or undefined when no
 * twin is one. Kept per stem: each count is a pass over the corpus list.
 */
const twinCounts = new WeakMap<CorpusStats, Map<string, number | undefined>>();
function bestTwinCount(lexicon: Lexicon, corpus: CorpusStats, stem: string): number | undefined {
  let cache = twinCounts.get(corpus);
  if (!cache) twinCounts.set(corpus, (cache = new Map()));
  if (cache.has(stem)) return cache.get(stem);
  let slots = 0;
  for (const ch of stem) if (SAME_FOLD[ch]) slots++;
  let twins: string[];
  if (slots > MAX_TWIN_SLOTS) twins = [foldDiacritics(stem)];
  else {
    twins = [''];
    for (const ch of stem) twins = twins.flatMap((head) => (SAME_FOLD[ch] ?? [ch]).map((c) => head + c));
  }
  let best: number | undefined;
  for (const twin of twins) {
    if (twin === stem || lexicon.forms.get(twin) === undefined) continue;
    best = Math.max(best ?? 0, wordsHolding(corpus, twin));
  }
  cache.set(stem, best);
  return best;
}
