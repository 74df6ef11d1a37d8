import { type DocumentLine, isBlank } from './document-lines.ts';

// "… om rekryteringen av" / "socialsekreterare.": a long sentence wrapped so that a title ending in a role word
// ("sekreterare", "ordförande") opens the next row in lower case. The row above runs on without a stop, so this row
// finishes its sentence; it is no signing role, however much it reads like one.
const RUNS_ON = /\p{Ll}[,]?\s*$/u;

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
