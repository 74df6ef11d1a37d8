import { type DocumentLine, isBlank } from './document-lines.ts';

// "… om rekryteringen av" / "socialsekreterare.": a long sentence wrapped so that a title ending in a role word
// ("sekreterare", "ordförande") opens the next row in lower case. The row above runs on without a stop, so this row
// finishes its sentence; it is no signing role, however much it reads like one. The row above must end on a small
// word: notes often end a line on a place or a name without a stop ("… i Österåker"), and a signing row that OCR
// read without its capital ("vid anteckningarna") follows such a line.
const RUNS_ON = /(?:^|\s)\p{Ll}[\p{L}-]*,?\s*$/u;

/** The row at `index` finishes a wrapped sentence from the row right above it. */
export function finishesWrappedSentence(lines: readonly DocumentLine[], index: number): boolean {
  const row = lines[index];
  if (!row || !/^\s*\p{Ll}/u.test(row.cells[0] ?? '')) return false;
  let above = index - 1;
  while (above >= 0 && isBlank(lines[above]!)) above--;
  // OCR may put a blank row inside a paragraph, but never two.
  if (above < 0 || index - above > 2) return false;
  const prose = lines[above]!;
  return prose.cells.length === 1 && prose.text.trim().split(/\s+/u).length >= 6 && RUNS_ON.test(prose.text);
}
