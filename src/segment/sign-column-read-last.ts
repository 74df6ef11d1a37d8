import { type DocumentLine, isBlank } from './document-lines.ts';
import { matchLabel } from './labels.ts';

// "§ 61", and OCR's "861", "$ 61", "S 61": a paragraph's sign and number alone on a row.
const LONE_SIGN = /^\s*(?:[§$S]\s*(\d{1,4})|[38]([1-9]\d{1,2}))\s*$/u;
const TITLE_ROW = /^\p{Lu}[^.!?:;]{2,79}$/u;

/**
 * "Val av justerare" … "Ansökan om bistånd" … "Vid protokollet" … then "861" / "862" / "863": OCR read the column of
 * paragraph numbers printed right of the titles after the rest of the page. Where no heading is found otherwise, a run
 * of two or more rows of nothing but a sign and counting numbers goes back to the rows that read as titles between the
 * head's labels and the closing signatures, one each in order, when there are exactly as many. Null when the
 * document does not read so.
 */
export function withSignColumnReadLast(lines: readonly DocumentLine[]): DocumentLine[] | null {
  const signs: { line: number; number: number }[] = [];
  for (const [i, line] of lines.entries()) {
    const m = line.cells.length === 1 ? LONE_SIGN.exec(line.cells[0]!) : null;
    if (m) signs.push({ line: i, number: Number(m[1] ?? m[2]) });
    else if (!isBlank(line) && signs.length < 2) signs.length = 0;
    else if (!isBlank(line)) break;
  }
  if (signs.length < 2 || signs.some((s, k) => k > 0 && s.number !== signs[k - 1]!.number + 1)) return null;
  const closing = lines.findIndex((line, i) => i < signs[0]!.line && matchLabel(line.cells[0] ?? '')?.kind === 'signature');
  const end = closing === -1 ? signs[0]!.line : closing;
  let start = 0;
  for (let i = 0; i < end; i++) {
    const label = matchLabel(lines[i]!.cells[0] ?? '');
    if (label && label.kind !== 'signature' && label.kind !== 'ignored') start = i + 1;
  }
  const titles: number[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const afterGap = i === start || isBlank(lines[i - 1]!);
    if (afterGap && line.cells.length === 1 && TITLE_ROW.test(line.text.trim()) && !matchLabel(line.text)) titles.push(i);
  }
  if (titles.length !== signs.length) return null;
  // The rows of numbers go, and the blank rows OCR put after each, so the rows around them stand as close as printed.
  const moved = new Set(signs.map((s) => s.line));
  for (const s of signs) for (let i = s.line + 1; i < lines.length && isBlank(lines[i]!); i++) moved.add(i);
  return lines
    .map((line, i) => {
      const k = titles.indexOf(i);
      if (k === -1) return line;
      const cells = [`§ ${signs[k]!.number} ${line.cells[0]!.trim()}`];
      return { ...line, cells, text: cells[0]!, cellX: undefined };
    })
    .filter((_, i) => !moved.has(i));
}
