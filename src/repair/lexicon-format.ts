// The on-disk shape of the compiled lexicon, shared by scripts/build-lexicon.ts and the loader.

/** Relative to the repository root: gzipped "form<TAB>hex flags" lines, sorted. */
export const LEXICON_FILE = 'dictionaries/lexicon-sv.tsv.gz';

/** Bits describing where a word form may stand, from hunspell's compound flags. */
export const FORM_FLAG = {
  standalone: 1,
  compoundBegin: 2,
  compoundMiddle: 4,
  compoundEnd: 8,
} as const;
