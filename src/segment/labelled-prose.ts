import { type DocumentLine, documentLine } from './document-lines.ts';
import { LIST_KINDS } from './head-field.ts';
import { matchLabel } from './labels.ts';

// "Närvarande var …", "Förhinder hade …", "Närvarande vid mötet var …": a label opening a sentence.
// "Närvarande var ledamöterna Gun Ek, …": the verb may come before a function in the definite form, then the names.
export const LABEL_VERB = /^(?:vid\s+mötet\s+|på\s+mötet\s+)?(?:var|hade|deltog|närvarade)\s+(?=\p{Lu}|\p{Ll}{4,}(?:erna|arna|orna|en|n)\s+\p{Lu})/u;

const TOOK_PART_OPENING = /^\s*(?:vid|på|i)\s+(?:mötet|sammanträdet|träffen|dagens\s+möte)\s+(?:deltog|närvarade|var\s+närvarande)\s/iu;

/**
 * A cell of prose holding several labelled sentences ("Närvarande var Anna Ek
 * (Haninge) och Per Öst. Förhinder hade Karin Sjö.") as one cell per sentence.
 */
export function sentenceCells(cell: string): string[] {
  if (!matchLabel(cell)) return [cell];
  const parts = cell.split(/(?<=[.)])\s+(?=\p{Lu})/u);
  const cells: string[] = [];
  for (const part of parts) {
    if (cells.length > 0 && !matchLabel(part)) cells[cells.length - 1] += ` ${part}`;
    else cells.push(part);
  }
  return cells;
}

/**
 * A paragraph of prose that opens with a labelled sentence ("Närvarande var …
 * och Sören" / "Kärrlund (Region Stockholm). Förhinder hade …") wraps at the
 * margin, in the middle of a name; its rows are read as one cell.
 */
export function joinProseRows(lines: readonly DocumentLine[]): DocumentLine[] {
  const result: DocumentLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = line.cells.length === 1 ? matchLabel(line.cells[0]!) : null;
    // "Från kommunen deltog Malin Ek …", "… deltog planchef Malin Ek": the verb follows the label's own words, so it is not in the rest.
    // "Vid mötet deltog vd Maria Ek, …": the sentence that names who took part may give a lower-case title first.
    const sentence = label !== null && (LABEL_VERB.test(label.rest) || /\s(?:deltog|närvarade)\s+(?:\p{Ll}[\p{L}-]+\s+)?\p{Lu}/u.test(line.text) || TOOK_PART_OPENING.test(line.text));
    if (!label || !LIST_KINDS.has(label.kind) || !sentence) {
      result.push(line);
      continue;
    }
    let text = line.text.trim();
    while (!/[.!?]$/.test(text) && i + 1 < lines.length && lines[i + 1]!.cells.length === 1) {
      text = `${text} ${lines[i + 1]!.text.trim()}`;
      i++;
    }
    result.push(documentLine(line.page, [text], line.cellX?.slice(0, 1)));
  }
  return result;
}
