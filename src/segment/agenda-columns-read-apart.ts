import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';

// "Nr Kl", "Nr", "§ Tid": the heading of an agenda table's number column (and its clock column), alone on its row
// because OCR read the table column by column; "8", "$", "S": a paragraph sign alone as OCR reads it.
const NUMBER_HEADER = /^\s*(?:nr|§|punkt|[$8S])(?:\s+(?:kl\.?|k[lI1]\.?|tid))?\s*$/iu;
// "1 17.30", "på 17.35" (a "2" OCR read as a word), "19.30" (a pause without a number), "4": one row of those columns.
const NUMBER_ROW = /^\s*(?:([\p{L}\d]{1,3})[.)]?\s+)?((?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]\s*\d{1,2}[.:]\d{2})?)\s*$|^\s*(\d{1,2})[.)]?\s*$/u;
// "Ärende", "Ärenden", "Rubrik": the heading of the title column, read after the number column.
const TITLE_HEADER = /^\s*(?:ärende|ärenden|rubrik)\s*$/iu;
// A title that breaks off after a small word or a comma goes on on the next row, whatever that row opens with.
const BROKEN_OFF = /(?:,|\s(?:för|av|vid|i|på|och|om|till|med|från|samt|mot|över|under|inom|efter))\s*$/iu;

interface NumberRow {
  line: number;
  number: string | null;
  clock: string | null;
}

function numberRows(lines: readonly DocumentLine[], from: number): { rows: NumberRow[]; end: number } {
  const rows: NumberRow[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const m = NUMBER_ROW.exec(line.text);
    if (!m || line.page !== lines[from - 1]!.page) break;
    rows.push({ line: i, number: m[3] ?? m[1] ?? null, clock: m[2] ?? null });
  }
  return { rows, end: i };
}

/** Gives each row its number: the figures as read, a word between two figures one apart the number between them. */
function numbered(rows: NumberRow[]): (string | null)[] | null {
  const numbers = rows.map((r) => (r.number !== null && /^\d+$/u.test(r.number) ? r.number : null));
  rows.forEach((r, k) => {
    if (r.number === null || numbers[k] !== null) return;
    const before = Number(numbers[k - 1] ?? NaN);
    const after = Number(numbers[k + 1] ?? NaN);
    if (before + 2 === after) numbers[k] = String(before + 1);
    else if (k === 0 && after === 2) numbers[k] = '1';
  });
  // A misread number nothing around it accounts for leaves the pairing in doubt.
  if (rows.some((r, k) => r.number !== null && numbers[k] === null)) return null;
  const figures = numbers.filter((n): n is string => n !== null).map(Number);
  return figures.length >= 3 && figures.every((n, k) => k === 0 || n === figures[k - 1]! + 1) ? numbers : null;
}

// Rows of another column (a head table's values, read between the number column and the title column) that may stand
// between the two.
const MAX_BETWEEN = 6;

/**
 * "Nr" / "10" … "Ärende" / ten titles: OCR kept only the last figure of the number column, the lone figures 1–9 lost.
 * The figures it did read, in order, with the last as many as the titles, number the titles 1 to n.
 */
function lostNumbers(rows: readonly NumberRow[]): number | null {
  if (rows.length === 0 || rows.some((r) => r.clock !== null || r.number === null || !/^\d+$/u.test(r.number))) return null;
  const figures = rows.map((r) => Number(r.number));
  const last = figures[figures.length - 1]!;
  return last >= 3 && figures.every((n, k) => n >= 1 && (k === 0 || n > figures[k - 1]!)) ? last : null;
}

/**
 * "Nr Kl" / "1 17.30" / "på 17.35" / "3 17.40" … and then "Ärende" / "Upprop och val av justerare" / …: an agenda
 * table whose columns OCR read one after the other, the numbers (and planned times) first and the titles after them.
 * When the titles, a wrapped title's rows joined, are exactly as many as the number rows, each number row gets its
 * title back and the title column's rows leave the page; otherwise the rows are left as read. Where the figures 1–9 were
 * lost and only the last read, or another column's rows (the head's values) stand between the two, the points are
 * written where the title column was read, so the rows between keep their place before them.
 */
export function withAgendaColumnsReadApart(lines: readonly DocumentLine[]): DocumentLine[] {
  for (let h = 0; h < lines.length; h++) {
    if (!NUMBER_HEADER.test(lines[h]!.text) || lines[h]!.cells.length !== 1) continue;
    const { rows, end } = numberRows(lines, h + 1);
    const complete = rows.length >= 3 ? numbered(rows) : null;
    const lost = complete ? null : lostNumbers(rows);
    if (!complete && lost === null) continue;
    const count = complete ? rows.length : lost!;
    let t = end;
    const between: number[] = [];
    for (; t < lines.length && lines[t]!.page === lines[h]!.page && !TITLE_HEADER.test(lines[t]!.text); t++) {
      if (isBlank(lines[t]!)) continue;
      if (NUMBER_ROW.test(lines[t]!.text) || between.length >= MAX_BETWEEN) break;
      between.push(t);
    }
    if (t >= lines.length || !TITLE_HEADER.test(lines[t]!.text) || lines[t]!.page !== lines[h]!.page) continue;
    const titles: string[] = [];
    const used: number[] = [t];
    for (let i = t + 1; i < lines.length && lines[i]!.page === lines[h]!.page; i++) {
      const line = lines[i]!;
      if (isBlank(line)) continue;
      const text = line.text.trim();
      const last = titles[titles.length - 1];
      if (last !== undefined && (/^\p{Ll}/u.test(text) || BROKEN_OFF.test(last))) {
        titles[titles.length - 1] = `${last} ${text}`;
      } else if (titles.length < count && /^\p{Lu}/u.test(text)) {
        titles.push(text);
      } else {
        break;
      }
      used.push(i);
    }
    if (titles.length !== count) continue;
    const page = lines[h]!.page;
    if (complete && between.length === 0) {
      const replaced = new Map(rows.map((r, k) => [r.line, complete[k] === null ? documentLine(page, [`${r.clock ?? ''} ${titles[k]!}`.trim()]) : documentLine(page, [complete[k]!, titles[k]!])]));
      const gone = new Set(used);
      return lines.flatMap((line, i) => (gone.has(i) ? [] : [replaced.get(i) ?? line]));
    }
    const points = titles.map((title, k) => {
      if (!complete) return documentLine(page, [String(k + 1), title]);
      const r = rows[k]!;
      return complete[k] === null ? documentLine(page, [`${r.clock ?? ''} ${title}`.trim()]) : documentLine(page, [complete[k]!, title]);
    });
    const header = documentLine(page, [`${lines[h]!.text.trim()} ${lines[t]!.text.trim()}`]);
    const gone = new Set([h, ...rows.map((r) => r.line), ...used.slice(1)]);
    return lines.flatMap((line, i) => (i === t ? [header, ...points] : gone.has(i) ? [] : [line]));
  }
  return [...lines];
}
