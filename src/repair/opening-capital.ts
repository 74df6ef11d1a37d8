// The first word of a numbered item ("1. Val av justerare", "§ 12 Vid protokollet") opens with a
// capital: in the ground-truth minutes 2,930 of 2,952 words after a line-opening number do, the others
// mostly months and units after a bare number ("1 juni", "2 sidor", "500 och"), which is why only a
// number closed by a stop or a bracket, or a paragraph's, counts. Letters whose capital is the small
// letter drawn larger (c, o, s, u, v, w, x, z, å, ä, ö) lose their case in OCR, so such a word in small
// letters there lost its capital ("1. val av"), unless it joins the number to the next ("§ 14 och
// § 15"). After a word's full stop the truth texts write small
// letters too often ("ändringar. som gjorts") for a sentence's first word to be read so.
import { casePattern } from './case-pattern.ts';
import type { Token } from './tokenise.ts';

const SAME_SHAPE_INITIAL = /^[cosuvwxzåäö]/;
/** An item number opening the line: "1.", "2)", "§12", "§ 12." (the sign its own token). */
const ITEM_NUMBER = /^\d{1,3}[.)]$/;
const PARAGRAPH_NUMBER = /^§?\d{1,3}[.)]?$/;
const MONTH = /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/;
/** Conjunctions that join the number to the next one ("§ 14 och § 15", "1. samt 2."), in printed and plain spelling. */
const CONJUNCTION = /^(?:och|samt|som|så|sa|o)$/;

/** The token opens a numbered item: right after the number that opens its line. */
export function opensNumberedItem(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const previous = tokens[k - 1];
  if (!t || !previous || t.start !== t.chunkStart) return false;
  if (k === 1) return ITEM_NUMBER.test(previous.chunk) || (previous.chunk.startsWith('§') && PARAGRAPH_NUMBER.test(previous.chunk));
  return k === 2 && tokens[0]!.chunk === '§' && PARAGRAPH_NUMBER.test(previous.chunk);
}

/** The word with the capital its same-shape initial lost, or null when it has none to lose. */
export function lostOpeningCapital(word: string): string | null {
  if (word.length < 2 || casePattern(word) !== 'lower' || !SAME_SHAPE_INITIAL.test(word) || MONTH.test(word) || CONJUNCTION.test(word)) return null;
  return word[0]!.toUpperCase() + word.slice(1);
}
