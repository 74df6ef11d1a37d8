// Loads everything repair knows about Swedish words: the compiled hunspell
// forms, the domain dictionary, user and learned dictionaries, word
// frequencies, the context model and the OCR confusion table.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MinutesError } from '../errors/index.ts';
import { domainHashSets } from './domain-hashes.ts';
import { FormTable, hashOf } from './form-table.ts';
import { buildConfusionTable, type ConfusionEntry, type ConfusionTable } from './confusion-table.ts';
import { contextModelFrom, type ContextModel, type ContextModelData } from './context-model.ts';
import { corpusPerMillion, parseCorpusBigrams, parseCorpusWords, type CorpusStats } from './corpus-stats.ts';
import {
  CONFUSIONS_LEARNED_FILE,
  CONFUSIONS_SEED_FILE,
  CONTEXT_MODEL_FILE,
  CORPUS_BIGRAM_FILE,
  CORPUS_WORD_FILE,
  DOMAIN_DICTIONARY_FILE,
  FORM_FLAG,
  isAbbreviationEntry,
  LEXICON_FILE,
  NAME_ELEMENTS_FILE,
  NAME_ELEMENTS_LEARNED_FILE,
  WORD_FREQUENCY_FILE,
} from './lexicon-format.ts';

/** Everything repair consults, loaded once per process. Treat as read-only. */
export interface Lexicon {
  /** Lower-case word form → FORM_FLAG bits (packed; see form-table.ts). */
  forms: FormTable;
  /** Lower-case domain word → the word as written ("haninge" → "Haninge"). */
  domain: Map<string, string>;
  /** Learned replacements, lower-case wrong form → right form as written. */
  learned: Map<string, string>;
  /** Lower-case word → approximate frequency per million words. */
  frequency: Map<string, number>;
  context: ContextModel;
  /** Corpus frequencies and bigrams for words with several diacritic readings (absent in hand-built test lexicons). */
  corpus?: CorpusStats;
  confusions: ConfusionTable;
  /** One plain letter for å/ä/ö seen too rarely for the table (learn-confusions.ts): tried only on tokens nothing else explains. */
  rareSlips?: readonly ConfusionEntry[];
  /** One small plain letter for another, a face's shape slip (learn-confusions.ts): tried only on long tokens nothing else explains. */
  plainSlips?: readonly ConfusionEntry[];
  /** Elements names are made of: "grön" may start one, "dahl" may end one. */
  nameStarts: Set<string>;
  nameEnds: Set<string>;
  /** Per-token decisions, filled while repairing. */
  cache: Map<string, unknown>;
}

const ROOT = join(import.meta.dirname, '..', '..');

export async function loadLexicon(options: { dictionaries: string[] } = { dictionaries: [] }): Promise<Lexicon> {
  const [packed, contextJson, learnedJson, seedJson, frequencyText, domainText, elementsText, learnedElementsText, corpusWordsGz, corpusBigramsGz] = await Promise.all([
    readRequired(LEXICON_FILE),
    readRequired(CONTEXT_MODEL_FILE),
    readRequired(CONFUSIONS_LEARNED_FILE),
    readRequired(CONFUSIONS_SEED_FILE),
    readRequired(WORD_FREQUENCY_FILE),
    readRequired(DOMAIN_DICTIONARY_FILE),
    readRequired(NAME_ELEMENTS_FILE),
    readRequired(NAME_ELEMENTS_LEARNED_FILE),
    readRequired(CORPUS_WORD_FILE),
    readRequired(CORPUS_BIGRAM_FILE),
  ]);
  const forms = parseForms(gunzipSync(packed).toString('utf8'));
  const domain = new Map<string, string>();
  const learned = new Map<string, string>();
  addDictionary(domainText.toString('utf8'), domain, learned);
  for (const file of options.dictionaries) {
    if (!existsSync(file)) throw new MinutesError('USAGE', `dictionary not found: ${file} (give a UTF-8 file, one word per line)`);
    addDictionary(readFileSync(file, 'utf8'), domain, learned);
  }
  const context = contextModelFrom(JSON.parse(contextJson.toString('utf8')) as ContextModelData);
  const learnedConfusions = JSON.parse(learnedJson.toString('utf8')) as { entries: ConfusionEntry[]; totals?: Record<string, number>; rare?: ConfusionEntry[]; plain?: ConfusionEntry[] };
  const seeds = JSON.parse(seedJson.toString('utf8')) as { entries: ConfusionEntry[] };
  const confusions = buildConfusionTable(learnedConfusions.entries, seeds.entries, learnedConfusions.totals ?? {});
  const corpus: CorpusStats = {
    words: parseCorpusWords(gunzipSync(corpusWordsGz).toString('utf8')),
    pairs: parseCorpusBigrams(gunzipSync(corpusBigramsGz).toString('utf8')),
  };
  const frequency = parseFrequencies(frequencyText.toString('utf8'), context, corpus);
  const { starts: nameStarts, ends: nameEnds } = parseNameElements(`${elementsText.toString('utf8')}\n${learnedElementsText.toString('utf8')}`);
  withOldSpellings(nameStarts);
  const rareSlips = learnedConfusions.rare ?? [];
  const plainSlips = learnedConfusions.plain ?? [];
  return { forms, domain, learned, frequency, context, corpus, confusions, rareSlips, plainSlips, nameStarts, nameEnds, cache: new Map() };
}

async function readRequired(relative: string): Promise<Buffer> {
  const path = join(ROOT, relative);
  try {
    return await readFile(path);
  } catch {
    throw new MinutesError('MISSING_MODEL', `missing ${relative}: run \`npx tsx scripts/build-lexicon.ts\``);
  }
}

function parseForms(text: string): FormTable {
  // Forms that may begin or continue a compound are marked, so readings can test for a part boundary cheaply.
  return new FormTable(formLines(text), 900_000, FORM_FLAG.compoundBegin | FORM_FLAG.compoundMiddle);
}

function* formLines(text: string): Generator<[string, number]> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) {
      // One or two hex digits of flags, written by scripts/build-lexicon.ts.
      let bits = 0;
      for (let at = tab + 1; at < end; at++) {
        const code = text.charCodeAt(at);
        bits = bits * 16 + (code <= 57 ? code - 48 : code - 87);
      }
      yield [text.slice(start, tab), bits];
    }
    start = end + 1;
  }
}

/**
 * The dictionary format of dictionaries/README.md: `#` comments, one word per
 * line (case as written), or `wrong<TAB>right` for a learned replacement.
 */
export function addDictionary(text: string, domain: Map<string, string>, learned: Map<string, string>): void {
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab >= 0) {
      const wrong = line.slice(0, tab).trim();
      const right = line.slice(tab + 1).trim();
      if (wrong && right && wrong !== right) learned.set(wrong.toLowerCase(), right);
      if (right) domain.set(right.toLowerCase(), right);
    } else {
      const word = line.trim();
      // "tis." is an abbreviation: known as "tis", and kept as written so compounds can leave it out.
      const bare = isAbbreviationEntry(word) ? word.slice(0, -1) : word;
      domain.set(bare.toLowerCase(), word);
    }
  }
}

/** "start-" and "-end" entries, whitespace-separated, `#` comment lines. */
export function parseNameElements(text: string): { starts: Set<string>; ends: Set<string> } {
  const starts = new Set<string>();
  const ends = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.trimStart().startsWith('#')) continue;
    for (const item of line.toLowerCase().split(/\s+/)) {
      if (item.length > 1 && item.endsWith('-')) starts.add(item.slice(0, -1));
      else if (item.length > 1 && item.startsWith('-')) ends.add(item.slice(1));
    }
  }
  return { starts, ends };
}

/**
 * Surnames keep the old spelling W for V ("Wästlund", "Wahlberg"), so every
 * start element with v- also starts a name with w-.
 */
export function withOldSpellings(starts: Set<string>): void {
  for (const start of [...starts]) if (start.startsWith('v') && start.length > 2) starts.add(`w${start.slice(1)}`);
}

function parseFrequencies(text: string, context: ContextModel, corpus: CorpusStats): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, value] = line.split('\t');
    if (word && value) frequency.set(word.toLowerCase(), Number(value));
  }
  // The corpus estimate fills in readings the hand list does not rank; the hand list overrides it.
  for (const word of corpus.words.keys()) {
    if (frequency.has(word)) continue;
    const estimate = corpusPerMillion(corpus, word);
    if (estimate !== undefined) frequency.set(word, estimate);
  }
  // Training counts, scaled to per million, raise words our kind of text uses often.
  const scale = 1e6 / Math.max(1, context.total);
  for (const [word, count] of context.unigrams) {
    if (count < 2) continue;
    const estimate = count * scale * 0.2;
    if (estimate > (frequency.get(word) ?? 0)) frequency.set(word, estimate);
  }
  return frequency;
}

/** How a lower-case word is known, if at all. */
export type WordKnowledge = 'lexicon' | 'domain' | null;

/**
 * A name no list holds but made the Swedish way: a start element (or a place
 * or name from the domain dictionary) and an end element, "gröndahl" = grön+dahl.
 */
// Only listed start elements: any word that may begin a compound would make
// names of OCR slips too ("örondahl").
export function nameSplit(lexicon: Lexicon, lower: string): string[] | null {
  for (let i = lower.length - 2; i >= 1; i--) {
    const end = lower.slice(i);
    if (!lexicon.nameEnds.has(end)) continue;
    const start = lower.slice(0, i);
    // An abbreviation ("tis.", "ti.") is never part of a compound, a name's included: "Tiby" is no ti+by.
    const listed = lexicon.domain.get(start);
    if (lexicon.nameStarts.has(start) || (listed !== undefined && !isAbbreviationEntry(listed))) return [start, end];
  }
  // "Åkerlöfs yrkande": a name in the genitive.
  if (lower.length > 5 && lower.endsWith('s') && !lower.endsWith('ss')) {
    const base = nameSplit(lexicon, lower.slice(0, -1));
    if (base) return [base[0]!, `${base[1]}s`];
  }
  return null;
}


/** Hunspell lists the form only under a capitalised entry ("älvsbyn", "öhrström"): a name, though stored small. */
export function isProperNounForm(lexicon: Lexicon, lower: string): boolean {
  return ((lexicon.forms.get(lower) ?? 0) & FORM_FLAG.properNoun) !== 0;
}

/** False when certainly no word form and no domain word starts with `lowerPrefix` (true may be a Bloom filter's guess). */
export function mayStartKnownWord(lexicon: Lexicon, lowerPrefix: string): boolean {
  const hash = hashOf(lowerPrefix);
  return lexicon.forms.mayBePrefix(hash) || domainHashSets(lexicon.domain).prefixes.has(hash);
}

export function knowWord(lexicon: Lexicon, lower: string): WordKnowledge {
  // One hash serves both lists: a string whose hash no domain word has is no domain word.
  const hash = hashOf(lower);
  if (domainHashSets(lexicon.domain).words.has(hash) && lexicon.domain.has(lower)) return 'domain';
  const bits = lexicon.forms.getRange(lower, 0, lower.length, hash);
  if (bits !== undefined && (bits & FORM_FLAG.standalone) !== 0) return 'lexicon';
  return null;
}
