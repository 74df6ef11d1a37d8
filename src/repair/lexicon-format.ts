// The on-disk shape of the compiled lexicon, shared by scripts/build-lexicon.ts and the loader.

/** Relative to the repository root: gzipped "lower-case form<TAB>hex flags" lines (one or two hex digits), sorted. */
export const LEXICON_FILE = 'dictionaries/lexicon-sv.tsv.gz';

/** Bits describing where a word form may stand, from hunspell's compound flags. */
export const FORM_FLAG = {
  standalone: 1,
  compoundBegin: 2,
  compoundMiddle: 4,
  compoundEnd: 8,
  /** Only hunspell's capitalised entries give the form ("Älvsbyn", "Öjebyn"): a proper noun, though stored small. */
  properNoun: 16,
} as const;

/** Neighbour statistics learned from training/train-sv.txt by scripts/build-lexicon.ts. */
export const CONTEXT_MODEL_FILE = 'dictionaries/context-model.json';
export const DOMAIN_DICTIONARY_FILE = 'dictionaries/domain-sv.txt';
export const WORD_FREQUENCY_FILE = 'dictionaries/word-frequencies.tsv';
export const CONFUSIONS_LEARNED_FILE = 'dictionaries/confusions.learned.json';
export const CONFUSIONS_SEED_FILE = 'dictionaries/confusions.seed.json';
/** Start and end elements of Swedish surnames and place names ("grön-", "-dahl"). */
export const NAME_ELEMENTS_FILE = 'dictionaries/name-elements-sv.txt';
/** Start elements learned from dictionary-sv's proper nouns by scripts/build-name-elements.ts ("borg-"). */
export const NAME_ELEMENTS_LEARNED_FILE = 'dictionaries/name-elements-learned-sv.txt';
/** Listed words that open many listed compounds though hunspell never flags them as a start ("nöd-"). */
export const COMPOUND_STARTS_LEARNED_FILE = 'dictionaries/compound-starts-learned-sv.txt';
/** Gzipped "word<TAB>distinct bigram partners<TAB>in LSTM word list (0/1)" for words of ambiguous fold groups. */
export const CORPUS_WORD_FILE = 'dictionaries/corpus-words.tsv.gz';
/** Gzipped "left<TAB>right" lower-case bigrams where a side has more than one diacritic reading. */
export const CORPUS_BIGRAM_FILE = 'dictionaries/corpus-bigrams.tsv.gz';

/** A domain or user dictionary word ending in a full stop ("tis.", "sept."): an abbreviation, known but never part of a compound. */
export function isAbbreviationEntry(written: string): boolean {
  return written.length > 1 && written.endsWith('.');
}
