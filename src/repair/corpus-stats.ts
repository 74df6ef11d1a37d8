// Word-frequency and bigram evidence from a large Swedish corpus (tesseract's
// Swedish word and bigram dawgs, unpacked by scripts/build-corpus-stats.ts).
// Only words whose diacritic-folded spelling has several readings are kept:
// those are the pairs (hölls/hålls, laget/läget) a lexicon cannot decide.

export interface CorpusStats {
  /** Lower-case word → distinct bigram partners in the corpus dawg, and LSTM word-list membership. */
  words: Map<string, { partners: number; listed: boolean }>;
  /**
   * Attested bigrams keyed so that a damaged neighbour still matches:
   * `reading\u0001fold(right)` and `fold(left)\u0002reading`.
   */
  pairs: Set<string>;
}

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e' };
const FOLDABLE = /[åäöé]/;

/** Lower-cased, å/ä → a, ö → o, é → e: the spelling an OCR model without Swedish letters leaves. */
export function foldDiacritics(word: string): string {
  const lower = word.toLowerCase();
  // Most words hold no å, ä, ö or é: they need no character-by-character rebuild.
  if (!FOLDABLE.test(lower)) return lower;
  let out = '';
  for (const ch of lower) out += FOLD[ch] ?? ch;
  return out;
}

export function parseCorpusWords(text: string): CorpusStats['words'] {
  const words: CorpusStats['words'] = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const a = line.indexOf('\t');
    const b = line.indexOf('\t', a + 1);
    if (a <= 0 || b <= a) continue;
    words.set(line.slice(0, a), { partners: Number(line.slice(a + 1, b)), listed: line.charCodeAt(b + 1) === 49 });
  }
  return words;
}

export function parseCorpusBigrams(text: string): Set<string> {
  const pairs = new Set<string>();
  const paired: PairedReadings = { withLeft: new Set(), withRight: new Set(), size: 0 };
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end && text.charCodeAt(start) !== 35) {
      const left = text.slice(start, tab);
      const right = text.slice(tab + 1, end);
      pairs.add(`${left}\u0001${foldDiacritics(right)}`);
      pairs.add(`${foldDiacritics(left)}\u0002${right}`);
      paired.withRight.add(left);
      paired.withLeft.add(right);
    }
    start = end + 1;
  }
  paired.size = pairs.size;
  pairedCache.set(pairs, paired);
  return pairs;
}

/** The readings the corpus pairs with some neighbour on their left, and with some on their right. */
export interface PairedReadings {
  withLeft: Set<string>;
  withRight: Set<string>;
  /** The pairs' count when these were made: pairs added since (a test adds its own) make them anew. */
  size: number;
}

/**
 * Most readings have no pair at all: asking these sets first (a reading's spelling keeps its hash) spares building
 * and hashing a pair's key for every reading of every word. Made with the pairs as they are read; derived from
 * them for a set made otherwise (a hand-built test lexicon's).
 */
const pairedCache = new WeakMap<ReadonlySet<string>, PairedReadings>();
export function pairedReadings(pairs: ReadonlySet<string>): PairedReadings {
  let paired = pairedCache.get(pairs);
  if (paired && paired.size === pairs.size) return paired;
  paired = { withLeft: new Set(), withRight: new Set(), size: pairs.size };
  // The keys parseCorpusBigrams makes: `reading\u0001fold(right)` and `fold(left)\u0002reading`.
  for (const key of pairs) {
    const beforeRight = key.indexOf('\u0001');
    if (beforeRight >= 0) paired.withRight.add(key.slice(0, beforeRight));
    else {
      const afterLeft = key.indexOf('\u0002');
      if (afterLeft >= 0) paired.withLeft.add(key.slice(afterLeft + 1));
    }
  }
  pairedCache.set(pairs, paired);
  return paired;
}

/** Does the corpus pair `reading` with this left / right neighbour (the neighbour matched folded)? */
export function attestedWith(stats: CorpusStats, reading: string, left: string, right: string): { left: boolean; right: boolean } {
  return {
    left: left.length > 0 && stats.pairs.has(`${foldDiacritics(left)}\u0002${reading}`),
    right: right.length > 0 && stats.pairs.has(`${reading}\u0001${foldDiacritics(right)}`),
  };
}

/**
 * A per-million estimate from how many distinct words a word is seen beside in
 * the corpus bigrams: frequent words meet many partners. Log-scaled and capped,
 * it only ranks readings of one folded spelling against each other.
 */
export function corpusPerMillion(stats: CorpusStats, lower: string): number | undefined {
  const entry = stats.words.get(lower);
  if (!entry) return undefined;
  if (entry.partners === 0) return entry.listed ? LISTED_ONLY_PER_MILLION : undefined;
  return Math.min(MAX_PER_MILLION, PER_MILLION_PER_PARTNER * entry.partners ** PARTNER_EXPONENT);
}

const LISTED_ONLY_PER_MILLION = 2;
const PER_MILLION_PER_PARTNER = 2;
const PARTNER_EXPONENT = 1.2;
const MAX_PER_MILLION = 20_000;
