import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';
import { LIST_KINDS } from './head-field.ts';
import { type LabelKind, matchLabel } from './labels.ts';
import { isTableHeader } from './people-table-header.ts';
import { looksLikeName } from './person-parts.ts';
import { findDates } from './swedish-dates.ts';
import { findTimeRange } from './swedish-times.ts';

// The labels of a head table's second column: what a row of "Label value  Label value" pairs holds on its right.
const PAIRED_LABEL_KINDS: ReadonlySet<LabelKind> = new Set(['time', 'date', 'place', 'placeTime', 'signature', 'adjusters']);
// "… 2024-10-02 Tid", "… rum 5 Antecknare": a label word ending a labelled row's value, without a colon.
const TRAILING_LABEL_WORD = /\s(\p{Lu}\p{Ll}{2,})\s*$/u;
const TIME_VALUE = /^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]+\s*\d{1,2}[.:]\d{2})?\s*$/iu;

function fitsLabel(kind: LabelKind, value: string): boolean {
  if (kind === 'time') return TIME_VALUE.test(value);
  if (kind === 'date') return findDates(value).length > 0;
  if (kind === 'signature' || kind === 'adjusters') return looksLikeName(value.trim());
  return /\p{L}{3,}/u.test(value);
}

/**
 * "Datum 2024-10-02 Tid" / "Plats Vaxholms stadshus, rum 5 Antecknare" … and, after the rest of the first page,
 * "13.00–15.00" / "Eva Ek": a head table of label–value pairs whose right-hand column OCR read last, the labels with the
 * left-hand pairs and the values at the page's end. The right-hand labels get their own cells, and the rows after the
 * page's last gap become their values, in order, when there are exactly as many and each fits its label.
 */
export function withRightColumnReadLast(lines: readonly DocumentLine[]): DocumentLine[] {
  const orphans: { line: number; kind: LabelKind; label: string; value: string }[] = [];
  for (const [i, line] of lines.slice(0, 20).entries()) {
    if (line.page !== 1 || line.cells.length !== 1) continue;
    const own = matchLabel(line.cells[0]!);
    if (!own || !own.rest || own.kind === 'signature' || LIST_KINDS.has(own.kind)) continue;
    const m = TRAILING_LABEL_WORD.exec(line.cells[0]!);
    const trailing = m ? matchLabel(m[1]!) : null;
    if (!m || !trailing || trailing.rest || trailing.label !== m[1] || !PAIRED_LABEL_KINDS.has(trailing.kind)) continue;
    const value = line.cells[0]!.slice(0, m.index).trim();
    // "Mötesdatum Tid | Plats": a row of labels heads a table; its own value must be there.
    const ownValue = own.rest.replace(TRAILING_LABEL_WORD, '').replace(/[\s|:;,.]+$/u, '');
    if (!/[\p{L}\d]{2,}/u.test(ownValue) || matchLabel(ownValue)) continue;
    orphans.push({ line: i, kind: trailing.kind, label: m[1]!, value });
  }
  if (orphans.length === 0) return [...lines];
  let pageEnd = lines.reduce((end, line, i) => (line.page === 1 ? i + 1 : end), 0);
  while (pageEnd > 0 && isBlank(lines[pageEnd - 1]!)) pageEnd--;
  let tailStart = pageEnd;
  while (tailStart > 0 && !isBlank(lines[tailStart - 1]!)) tailStart--;
  const tail = lines.slice(tailStart, pageEnd);
  const paired = tail.length === orphans.length && orphans.every((o, k) => tail[k]!.cells.length === 1 && fitsLabel(o.kind, tail[k]!.text));
  const result = lines.map((line, i) => {
    const k = orphans.findIndex((o) => o.line === i);
    if (k === -1) return line;
    const right = paired ? `${orphans[k]!.label} ${tail[k]!.text.trim()}` : orphans[k]!.label;
    return documentLine(line.page, [orphans[k]!.value, right]);
  });
  return paired ? [...result.slice(0, tailStart), ...result.slice(pageEnd)] : result;
}

const SPLIT_ROW_KINDS: ReadonlySet<LabelKind> = new Set(['date', 'time', 'place', 'placeTime']);

/** "Datum Tid | Plats": a row of nothing but the labels of a meeting's date, time and place, one per column. */
export function labelsOfRow(text: string): { kind: LabelKind; printed: string }[] | null {
  const labels: { kind: LabelKind; printed: string }[] = [];
  let rest = text.replace(/[|]/g, ' ').trim();
  while (rest) {
    // "Dag Tid Plats": in such a row the day is labelled by the bare word, which elsewhere opens a sentence.
    const day = /^(?:vecko)?dag(?=\s|$)/iu.exec(rest);
    const label = day ? { kind: 'date' as const, rest: rest.slice(day[0].length) } : matchLabel(rest);
    if (!label || !SPLIT_ROW_KINDS.has(label.kind)) return null;
    labels.push({ kind: label.kind, printed: rest.slice(0, rest.length - label.rest.length).replace(/[\s:;,.]+$/u, '') });
    rest = label.rest.replace(/^[\s:;,.]+/u, '');
  }
  return labels.length >= 2 ? labels : null;
}

/**
 * "Datum Tid Plats" over "2024-05-08 10.00-11.30 Vallentuna kommunhus, rum Karby": a head table whose column gaps OCR
 * closed. The labels get a cell each and the row below is cut into the date, the time and the rest, as the labels ask
 * in order; left alone where the values do not fit them.
 */
export function withHeadTableCells(lines: readonly DocumentLine[]): DocumentLine[] {
  const result = [...lines];
  for (let i = 0; i + 1 < Math.min(result.length, 20); i++) {
    const pair = headTableCells(result[i]!, result[i + 1]!);
    if (pair) [result[i], result[i + 1]] = pair;
  }
  return result;
}

/** Where a date that opens the text ends ("Torsdag 6 november 2025", "ons 12.11.2025": a weekday before it), or null. */
function dateAtStart(text: string): number | null {
  const date = findDates(text)[0];
  const weekday = /^(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|mån|tis|ons|tors|fre|lör|sön)\.?,?\s+(?:den\s+)?/iu.exec(text)?.[0].length ?? 0;
  return date && (date.index === 0 || date.index === weekday) ? date.index + date.length : null;
}

/** One header row of date, time and place labels and the row of values under it, each cut into its cells; or null. */
export function headTableCells(header: DocumentLine, values: DocumentLine): [DocumentLine, DocumentLine] | null {
  // On a page read with geometry the labels may stand apart already while the values' narrower gaps were closed.
  if (header.cells.length === 0 || values.cells.length !== 1) return null;
  const labels = labelsOfRow(header.cells.join(' '));
  if (!labels) return null;
  // "- Torsdag 6 november": a speck from the table's ruling before the first value.
  let rest = values.cells[0]!.replace(/[|]/g, ' ').replace(/\s+/g, ' ').replace(/^[\s\-–—:;.,'"]+(?=\p{L}|\d)/u, '').trim();
  const cells: string[] = [];
  for (const [k, label] of labels.entries()) {
    const last = k === labels.length - 1;
    let value: string | null = null;
    const dateEnd = dateAtStart(rest);
    if (label.kind === 'date') {
      if (dateEnd !== null) value = rest.slice(0, dateEnd);
    } else if (label.kind === 'time' && !last) {
      const time = findTimeRange(rest, { hoursOnly: true });
      if (time && time.index === 0) value = rest.slice(0, time.length);
      // "Datum och tid | Plats" over "Onsdag 8 juni 2022 kl. 13.00–15.30 | Regionhuset": the day and its time in one cell.
      const after = dateEnd === null ? '' : rest.slice(dateEnd);
      const timed = dateEnd === null || value ? null : findTimeRange(after);
      if (timed && /^[\s,]*(?:kl\.?|klockan)?\s*$/iu.test(after.slice(0, timed.index))) value = rest.slice(0, dateEnd! + timed.index + timed.length);
    } else if (last) {
      value = rest;
    }
    if (!value) break;
    cells.push(value.trim());
    rest = rest.slice(value.length).replace(/^[\s,;]+/u, '');
  }
  if (cells.length !== labels.length || rest) return null;
  return [documentLine(header.page, labels.map((label) => label.printed)), documentLine(values.page, cells)];
}

/** A row a detached column's value can be: one short cell without figures. */
function isColumnValue(line: DocumentLine): boolean {
  return line.cells.length === 1 && line.text.trim().split(/\s+/).length <= 4 && !/\d/u.test(line.text);
}

function isDetachedHeading(line: DocumentLine | undefined, headerWords: readonly string[]): boolean {
  const column = line?.text.trim().toLowerCase() ?? '';
  return line !== undefined && line.cells.length === 1 && DETACHED_COLUMN.test(column) && !headerWords.includes(column);
}

/** The column's heading and its rows at the end of the table's page, as many rows as people. */
function columnAtPageEnd(lines: readonly DocumentLine[], header: number, people: readonly number[], headerWords: readonly string[]): { at: number; values: number[] } | null {
  const page = lines[header]!.page;
  let pageEnd = lines.reduce((end, line, i) => (line.page === page ? i + 1 : end), 0);
  while (pageEnd > 0 && isBlank(lines[pageEnd - 1]!)) pageEnd--;
  const values: number[] = [];
  let at = pageEnd - 1;
  for (; at > people[people.length - 1]! && values.length < people.length; at--) {
    const line = lines[at]!;
    if (isBlank(line)) continue;
    if (!isColumnValue(line)) return null;
    values.unshift(at);
  }
  while (at > people[people.length - 1]! && isBlank(lines[at]!)) at--;
  return values.length === people.length && isDetachedHeading(lines[at], headerWords) ? { at, values } : null;
}

/**
 * "Verksamhet" / "Ekby skola" / "Elevhälsan Ulvsby" between two points' notes: the column read after a part of the page
 * rather than at its end. Its heading alone on its row, on the table's page, and under it exactly as many short rows as
 * the table has people, the row after them no such row.
 */
function columnAmongRows(lines: readonly DocumentLine[], header: number, people: readonly number[], headerWords: readonly string[]): { at: number; values: number[] } | null {
  const page = lines[header]!.page;
  for (let at = people[people.length - 1]! + 1; at < lines.length && lines[at]!.page === page; at++) {
    if (!isDetachedHeading(lines[at], headerWords)) continue;
    const values: number[] = [];
    let i = at + 1;
    for (; i < lines.length && lines[i]!.page === page; i++) {
      if (isBlank(lines[i]!)) continue;
      if (!isColumnValue(lines[i]!)) break;
      values.push(i);
    }
    return values.length === people.length ? { at, values } : null;
  }
  return null;
}

// The columns of a people table that can be read apart from the names: what people do and where they come from.
const DETACHED_COLUMN = /^(?:funktion|roll|titel|befattning|uppdrag|organisation|parti|kommun|förvaltning|verksamhet)$/iu;

/**
 * "Namn Parti" / "Gunnar Blom M" / "Leila Amiri S" … and, after the rest of the page, "Funktion" / "ordförande" /
 * "vice ordförande": the last column of a people table that OCR read on its own after everything else. When the
 * heading of a column the table's header lacks is followed, to the page's end, by exactly as many short rows as the
 * table has people, each row gets its value as a cell of its own and the column leaves the end of the page.
 */
export function withPeopleColumnReadLast(lines: readonly DocumentLine[]): DocumentLine[] {
  const header = lines.findIndex((line) => line.cells.length === 1 && isTableHeader(line) && /^namn\b/iu.test(line.text.trim()));
  if (header === -1) return [...lines];
  const headerWords = lines[header]!.text.toLowerCase().split(/\s+/);
  const people: number[] = [];
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    // "Erik Sand i tjänsteperson": a first name and a surname open each row, whatever OCR made of the rest; "Erik Sand
    // kurator .": a speck apart from the row's last word is no sentence's stop.
    const text = line.text.replace(/\s+[^\p{L}\d\s]{1,2}\s*$/u, '');
    const opensWithName = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+/u.test(text) && text.trim().split(/\s+/).length <= 6 && !/[.!?]\s*$/u.test(text);
    if (line.cells.length !== 1 || matchLabel(line.text) || !opensWithName) break;
    people.push(i);
  }
  if (people.length < 2) return [...lines];
  const found = columnAtPageEnd(lines, header, people, headerWords) ?? columnAmongRows(lines, header, people, headerWords);
  if (!found) return [...lines];
  const { at, values } = found;
  const moved = new Set([at, ...values]);
  return lines
    .map((line, i) => {
      if (i === header) return documentLine(line.page, [`${line.text.trim()} ${lines[at]!.text.trim()}`]);
      const k = people.indexOf(i);
      return k === -1 ? line : documentLine(line.page, [line.text.trim(), lines[values[k]!]!.text.trim()]);
    })
    .filter((_, i) => !moved.has(i));
}
