import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { withoutTrailingSpecks } from './label-value-fit.ts';

// A narrow label column wraps a long label after its first word, the rest in lower case on the row below:
// "Tjänstgörande" / "ersättare", "Övriga" / "närvarande", "Justeringens" / "plats och tid". The first word alone may
// be no label at all ("Tjänstgörande") or another one ("plats och tid" alone reads as the meeting's place and time),
// so the two rows are read as one label whenever together they are one.
const LOWER_CASE_TAIL = /^\p{Ll}+(?:\s+\p{Ll}+){0,3}$/u;

/** The label printed over the two rows, or null when the second row is no lower-case tail or the two make no label. */
export function labelWrappedOverRows(first: string, second: string): string | null {
  const head = withoutTrailingSpecks(first);
  const tail = second.trim();
  if (!/^\p{Lu}/u.test(head) || !LOWER_CASE_TAIL.test(tail)) return null;
  const joined = `${head} ${tail}`;
  const label = matchLabel(joined);
  return label && withoutTrailingSpecks(label.rest) === '' ? joined : null;
}

/**
 * "Tjänstgörande Bo Ek (s) för Per Ås (s)" / "ersättare | Vi Ahl (fp) …": a typewriter's label column wraps the label
 * after its first word, and OCR closed the short gap between that word and the value. The word alone is no label, but
 * with the row below's lower-case tail it is one, so it is the row's label cell, the rest its value.
 */
export function withWrappedLabelHeadsApart(lines: readonly DocumentLine[]): DocumentLine[] {
  return lines.map((line, i) => {
    const next = lines[i + 1];
    const glued = next !== undefined && line.cells.length === 1 && next.cells.length >= 2 ? /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}.*)$/u.exec(line.cells[0]!.trim()) : null;
    if (!glued || matchLabel(glued[1]!) !== null || labelWrappedOverRows(glued[1]!, next!.cells[0]!) === null) return line;
    return { page: line.page, cells: [glued[1]!, glued[2]!], text: line.text, ...(next!.tabStops ? { tabStops: [0, 1] } : {}) };
  });
}
