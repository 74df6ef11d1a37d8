import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';

// "Skolgården", "Trafiken vid skolan": a short heading row, a capital and at most five words, no figure and no mark at
// its end (a sentence ends in a stop, a label in its colon, a greeting in "!"). Written in mixed case: a typed memo's
// headings in capitals are the topics of one continuous memo, not points of a meeting's business. The one figure such a
// heading takes is the year it plans for, last ("Prioriteringar inför 2025", "Budget 2024"). A workshop's heading may
// be the question the group discussed ("Vad fungerar bra i dag?").
const HEADING_ROW = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}(?:\s+(?:19|20)\d{2})?\??$/u;

// "• Ordföranden hälsade …": a workshop's notes under a heading are bullet points rather than paragraphs; OCR reads the
// round bullet as a plus, an asterisk, a guillemet or a dash, and the sentence opens after it.
const BULLET = /^\s*[•·▪◦*+«»–—-]\s+/u;
const CAPITALS_ONLY = /^[^\p{Ll}]+$/u;

// "Hälsningar", "Med vänlig hälsning", "Vänliga hälsningar": the letter's close over its signer, no section.
const CLOSING = /^(?:med\s+)?(?:vänlig(?:a)?\s+|bästa\s+|varma\s+)?hälsning(?:ar)?$|^(?:hej|tack|mvh|välkomna?)\b/iu;

// "Luciafirandet lo", "Ekonomin |": OCR's speck at the end of a bold row, a sign or a letter or two that make no word.
const TRAILING_SPECK = /\s+(?:[^\p{L}\d\s]{1,2}|(?!(?:på|av|om|in|ut|åt|i)$)\p{Ll}{1,2})$/u;

// "Fråga: …?" over "Svar: …": the notes of a public meeting's questions and answers.
const QUESTION = /^\s*(?:fråga|f)\s*:/iu;
const ANSWER = /^\s*(?:svar|s)\s*:/iu;

/**
 * A paragraph of prose: its rows run on to a sentence's end (OCR's speck after it aside), and it has eight words or more.
 * Bullet points are notes by their shape: three words will do.
 */
function isProse(lines: readonly DocumentLine[], from: number): boolean {
  const bulleted = BULLET.test(lines[from]?.text ?? '');
  let words = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    // "… som inte" / "" / "kommer till oss?": OCR's blank row inside a sentence that goes on in lower case.
    if (isBlank(line)) {
      if (i > from && /^\s*\p{Ll}/u.test(lines[i + 1]?.text ?? '')) continue;
      return false;
    }
    if (line.cells.length > 1) return false;
    words += line.text.replace(BULLET, '').trim().split(/\s+/).length;
    // "… verksamhetsplanen 2025.": a sentence may end in a year; "våren. | i": OCR's specks after the stop.
    if (/(?:\p{Ll}{2,}|\d{2,})[.!?](?:\s+\S{1,2}){0,2}\s*$/u.test(line.text) || /\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(line.text)) {
      if (words >= (bulleted ? 3 : 8)) return true;
      // "• Kvällsöppet uppskattas." / "• Fler kommer på onsdagar.": short bullets that follow one another count together;
      // so do a question and its answer ("Fråga: När börjar bygget?" / "Svar: I maj.").
      const next = lines[i + 1]?.text ?? '';
      if (!(bulleted ? BULLET.test(next) : QUESTION.test(line.text) && ANSWER.test(next))) return false;
    }
  }
  return false;
}

/**
 * Minnesanteckningar written as a letter ("Hej alla! Här kommer en sammanfattning …") number none of their sections:
 * each opens with a short heading row of its own, after a blank row, right over a paragraph of prose. Three such
 * headings or more are the items, numbered in the order printed; fewer may be a letter's odd phrase set apart.
 */
export function proseSectionHeadings(lines: readonly DocumentLine[], from = 0): ItemHeading[] {
  const points: ItemHeading[] = [];
  for (let i = Math.max(from, 1); i + 1 < lines.length; i++) {
    const line = lines[i]!;
    // "Luciafirandet | lo": a speck read apart at the row's end is a cell of its own, no second column.
    const specks = line.cells.slice(1).every((c) => /^\s*(?:[^\p{L}\d\s]{1,2}|\p{Ll}{1,2})\s*$/u.test(c));
    if (line.cells.length === 0 || !specks || !isBlank(lines[i - 1]!)) continue;
    // OCR reads a bold heading's extra space below it as a blank row.
    const below = isBlank(lines[i + 1]!) ? i + 2 : i + 1;
    if (below >= lines.length || isBlank(lines[below]!)) continue;
    const text = line.cells[0]!.trim().replace(TRAILING_SPECK, '');
    // The paragraph opens with its capital; a row in lower case below goes on with a sentence the row began.
    if (!HEADING_ROW.test(text) || CAPITALS_ONLY.test(text) || CLOSING.test(text) || !/^\s*\p{Lu}/u.test(lines[below]!.text.replace(BULLET, ''))) continue;
    if (!isProse(lines, below)) continue;
    points.push({ line: i, number: String(points.length + 1), title: text, trailing: [], kind: 'unnumbered' });
  }
  return points.length >= 3 ? points : [];
}
