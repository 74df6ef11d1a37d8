import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';
import { LIST_KINDS, MEETING_KINDS } from './head-field.ts';
import { DOCUMENT_TITLE, PAGE_OF } from './head-value-stops.ts';
import { type ValueRow, valueFit, withoutTrailingSpecks } from './label-value-fit.ts';
import { type LabelKind, matchLabel } from './labels.ts';
import { labelWrappedOverRows } from './label-wrapped-over-rows.ts';
import { findDates } from './swedish-dates.ts';

// "Plats och tid" / "Beslutande" / "Övriga deltagare" / "Utses att justera" … and only then "Kommunhuset, kl. 13.00" /
// "Eva Ek (S), ordförande" / … / "Bo Lind": plain OCR text of a head table whose label column tesseract read as a block
// of its own, the values after it. The values are paired with the labels in order, each run of rows going to the label
// whose value it looks like (a clock to the time, people to a list, "§§ 12–20" to the paragraphs), and the head is
// written back as "label  value" rows, as the page prints it.

// The kinds of label whose value a head must have; a pairing that leaves one of them without a fitting value is not trusted.
const NEEDED: ReadonlySet<LabelKind> = new Set([...MEETING_KINDS, ...LIST_KINDS, 'adjustPlaceTime', 'paragraphs']);
const MIN_LABELS = 3;
const MAX_GROUP = 20;
// A council's members are listed one a row under their one label: thirty, fifty, a hundred rows.
const MAX_MEMBER_ROWS = 80;
const MAX_VALUE_ROWS = 90;

interface ColumnLabel {
  kind: LabelKind;
  /** The label as printed, a label wrapped over two rows joined. */
  printed: string;
}

/** A row that is nothing but a head label (and specks). */
function bareLabel(line: DocumentLine): ColumnLabel | null {
  if (line.cells.length !== 1) return null;
  const label = matchLabel(line.cells[0]!);
  if (!label || withoutTrailingSpecks(label.rest) !== '') return null;
  return { kind: label.kind, printed: withoutTrailingSpecks(line.cells[0]!) };
}

/** The run of bare label rows (blank rows between them allowed) that starts at `from`, with where it ends. */
function labelRun(lines: readonly DocumentLine[], from: number, pageEnd: number): { labels: ColumnLabel[]; end: number } | null {
  const labels: ColumnLabel[] = [];
  let end = from;
  for (let i = from; i < pageEnd; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    // "Närvarande" / "ledamöter": a label the column's width wrapped onto a second row in lower case.
    const last = labels[labels.length - 1];
    const joined = last && end === i && line.cells.length === 1 && /^\p{Ll}+$/u.test(line.cells[0]!.trim()) ? matchLabel(`${last.printed} ${line.cells[0]!.trim()}`) : null;
    if (last && joined && withoutTrailingSpecks(joined.rest) === '') {
      labels[labels.length - 1] = { kind: joined.kind, printed: `${last.printed} ${line.cells[0]!.trim()}` };
      end = i + 1;
      continue;
    }
    // "Justeringens plats och" / "" / "tid": a label wrapped after its conjunction, OCR's blank row between the parts (a
    // row read apart from the label above it); without the blank row the head is read as printed, rows beside labels.
    const open = line.cells.length === 1 ? matchLabel(line.cells[0]!) : null;
    if (open && /^(?:och|samt)$/u.test(withoutTrailingSpecks(open.rest)) && i + 1 < pageEnd && isBlank(lines[i + 1]!)) {
      let j = i + 1;
      while (j < pageEnd && j <= i + 2 && isBlank(lines[j]!)) j++;
      const tail = lines[j];
      const whole = tail && tail.cells.length === 1 && /^\p{Ll}+$/u.test(tail.cells[0]!.trim()) ? `${withoutTrailingSpecks(line.cells[0]!)} ${tail.cells[0]!.trim()}` : null;
      const joinedLabel = whole ? matchLabel(whole) : null;
      if (whole && joinedLabel && withoutTrailingSpecks(joinedLabel.rest) === '') {
        labels.push({ kind: joinedLabel.kind, printed: whole });
        end = j + 1;
        i = j;
        continue;
      }
    }
    // "Tjänstgörande" / "ersättare", "Justeringens" / "plats och tid": a label wrapped after its first word, which alone
    // is no label or another one.
    const below = lines[i + 1];
    const wrapped = line.cells.length === 1 && below && below.cells.length === 1 ? labelWrappedOverRows(line.cells[0]!, below.cells[0]!) : null;
    if (wrapped) {
      labels.push({ kind: matchLabel(wrapped)!.kind, printed: wrapped });
      end = i + 2;
      i++;
      continue;
    }
    const label = bareLabel(line);
    if (!label) break;
    labels.push(label);
    end = i + 1;
  }
  return labels.length >= MIN_LABELS && labels.filter((l) => NEEDED.has(l.kind)).length >= 2 ? { labels, end } : null;
}

/** A row of the page's header that OCR put between the label column and the values: the document's name, a page number, a date. */
function isHeaderScrap(text: string): boolean {
  const t = text.trim();
  if (DOCUMENT_TITLE.test(t) || PAGE_OF.test(t)) return true;
  // "NROPOKOLL", "SAMMANTRÄDESPROTOKOLL — 1 (3)": a name in capitals, whatever OCR made of it, with its page number.
  if (/^[\p{Lu}\s/]{6,}(?:[\s—–-]*\d{0,3}\s*(?:\(\s*\d{1,3}\s*\)|\/\s*\d{1,4})?)?$/u.test(t) && /\p{Lu}{6,}/u.test(t)) return true;
  const date = findDates(t)[0];
  return date !== undefined && date.index === 0 && date.length === t.length;
}

// "§ 52", "852", "8 51": a paragraph's number alone, as OCR reads its sign.
const PARAGRAPH_MARK = /^(?:§|8\s?|S\s)?\s*\d{1,3}$/u;

/** A row of a label column: a label with nothing after it but a colon, or a paragraph's number. */
function isColumnLabel(text: string): boolean {
  const label = matchLabel(text);
  // "Beslut", "Dnr", "Ärendet": one capitalised word alone on its row, the label of an item's row.
  return PARAGRAPH_MARK.test(text.trim()) || (label !== null && withoutTrailingSpecks(label.rest) === '') || /^\p{Lu}\p{Ll}{1,11}$/u.test(withoutTrailingSpecks(text));
}

// "§ 18 Val av justerare", "$18 Valav justerare": a paragraph's sign (or OCR's dollar for it), its number, a capitalised title.
const PARAGRAPH_HEADING = /^[§$]\s*\d{1,4}\s+\p{Lu}/u;

// The heading of a people table's column that holds no names: what the people are or where they come from.
const DETACHED_COLUMN = /^(?:parti|funktion|roll|titel|befattning|uppdrag|organisation)$/iu;

/**
 * "Parti" / "S" / "M" … "Funktion" / "ordförande" / "ledamot" …: the other columns of a people table that OCR read one
 * after the other below its names. They are no label's value; the rows from such a heading to the next row with a date
 * or a sentence in it are kept out of the pairing.
 */
function detachedColumns(lines: readonly DocumentLine[], from: number, to: number): Set<number> {
  const rows = new Set<number>();
  let inside = false;
  for (let i = from; i < to; i++) {
    const text = withoutTrailingSpecks(lines[i]!.text);
    if (isBlank(lines[i]!)) continue;
    if (DETACHED_COLUMN.test(text)) inside = true;
    else if (inside && (findDates(text).length > 0 || text.split(/\s+/u).length > 4 || /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(text))) inside = false;
    if (inside) rows.add(i);
  }
  return rows;
}

// The labels whose values are signatures printed side by side, or the adjusters' names.
const SIGNING_KINDS: ReadonlySet<LabelKind> = new Set(['adjusters', 'adjustPlaceTime', 'signatureHeading', 'signature']);
const TWO_NAMES = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
const TWO_ROLES = /^(\p{Ll}{4,})\s+(\p{Ll}{4,})$/u;

/**
 * "Mats Ek Johan Berg" / "ordförande sekreterare": two signatures side by side whose gap OCR's plain text closed. Four
 * capitalised words are two people's first names and surnames, and two roles under them each sign one; each gets its cell.
 */
function withSignaturesApart(line: DocumentLine): DocumentLine {
  if (line.cells.length !== 1) return line;
  const text = withoutTrailingSpecks(line.cells[0]!);
  const names = TWO_NAMES.exec(text);
  if (names) return documentLine(line.page, [names[1]!, names[2]!]);
  const roles = TWO_ROLES.exec(text);
  const signing = (word: string) => ['signature', 'adjusters'].includes(matchLabel(word)?.kind ?? '');
  return roles && signing(roles[1]!) && signing(roles[2]!) ? documentLine(line.page, [roles[1]!, roles[2]!]) : line;
}

/** Rows split at blank rows. */
function blocks(lines: readonly DocumentLine[]): DocumentLine[][] {
  const result: DocumentLine[][] = [];
  let block: DocumentLine[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (block.length > 0) result.push(block);
      block = [];
    } else block.push(line);
  }
  if (block.length > 0) result.push(block);
  return result;
}

/**
 * "Maria Ek" / "ordförande" / "" / "Protokollet justerat" left in the label column, and "Bo Lind" / "sekreterare" / "" /
 * "Ås 5.3.2025" at the end of the values: the rest of a two-column head (a signature block under the labels) read column
 * by column. Where both halves have the same rows between the same blank rows, they are put side by side again.
 */
function sideBySide(left: readonly DocumentLine[], right: readonly DocumentLine[]): DocumentLine[] | null {
  const [l, r] = [blocks(left), blocks(right)];
  // The right half may go on with rows of the page's foot after the signatures ("Frånvarande ledamot: …").
  if (l.flat().length < 2 || l.length > r.length || l.some((b, k) => b.length !== r[k]!.length)) return null;
  const paired = l.flatMap((b, k) => [...b.map((line, n) => documentLine(line.page, [...line.cells, ...r[k]![n]!.cells])), documentLine(b[0]!.page, [])]);
  return [...paired, ...r.slice(l.length).flatMap((b) => [...b, documentLine(b[0]!.page, [])])];
}

interface Pairing {
  /** Value rows skipped before the first value. */
  skipped: number;
  /** For each label, the value rows [from, to) it takes. */
  groups: [number, number][];
}

/** The best order-keeping split of the rows among the labels, each label's run judged by what its rows look like. */
function pairValues(labels: readonly ColumnLabel[], rows: readonly ValueRow[], signingLeftInColumn: boolean): Pairing | null {
  const n = labels.length;
  const m = rows.length;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  let skip = 0;
  for (let s = 0; s <= m; s++) {
    score[0]![s] = -skip;
    // The header's own rows (its name, page number, date) cost little to pass; a value passed over costs more.
    // So do the label column's own rows past the head's labels: the labels of the items' rows ("Beslut", "Dnr") and
    // their paragraph numbers.
    if (s < m) skip += isHeaderScrap(rows[s]!.text) || isColumnLabel(rows[s]!.text) ? 0.1 : 1;
  }
  for (let k = 0; k < n; k++) {
    for (let j = 0; j <= m; j++) {
      if (score[k]![j] === -Infinity) continue;
      const longest = labels[k]!.kind === 'attendees' ? MAX_MEMBER_ROWS : MAX_GROUP;
      for (let e = j; e <= Math.min(m, j + longest); e++) {
        const value = score[k]![j]! + valueFit(labels[k]!.kind, rows.slice(j, e), { signingLeftInColumn });
        if (value > score[k + 1]![e]!) {
          score[k + 1]![e] = value;
          from[k + 1]![e] = j;
        }
      }
    }
  }
  let end = -1;
  for (let e = 0; e <= m; e++) if (end === -1 || score[n]![e]! > score[n]![end]!) end = e;
  if (end === -1 || score[n]![end]! <= 0) return null;
  const groups: [number, number][] = [];
  for (let k = n, e = end; k > 0; k--) {
    const j = from[k]![e]!;
    groups.unshift([j, e]);
    e = j;
  }
  const pairing = { skipped: groups[0]![0], groups };
  // Every label a head needs must have found a value that fits it.
  // "Paragrafer" / "21 - 27": OCR may lose so short a value of figures altogether; the head holds without it.
  const lost = (label: ColumnLabel, k: number) => label.kind === 'paragraphs' && groups[k]![0] === groups[k]![1];
  const fits = labels.every((label, k) => !NEEDED.has(label.kind) || lost(label, k) || valueFit(label.kind, rows.slice(...groups[k]!)) > 0);
  return fits ? pairing : null;
}

/**
 * The first page's head written back as "label  value" rows where OCR's plain text gives a run of bare head labels and,
 * after it, values that can be split among them in order; left alone otherwise (and on pages read with geometry).
 */
export function withLabelColumnReadFirst(lines: readonly DocumentLine[], from = 0): DocumentLine[] {
  if (lines.some((line) => line.cellX !== undefined)) return [...lines];
  let pageEnd = lines.findIndex((line) => line.page !== 1);
  if (pageEnd === -1) pageEnd = lines.length;
  for (let start = from; start < Math.min(pageEnd, from + 40); start++) {
    if (!bareLabel(lines[start]!)) continue;
    const run = labelRun(lines, start, pageEnd);
    if (!run) continue;
    const at: number[] = [];
    const rows: ValueRow[] = [];
    const detached = detachedColumns(lines, run.end, pageEnd);
    for (let i = run.end; i < pageEnd && rows.length < MAX_VALUE_ROWS; i++) {
      if (isBlank(lines[i]!) || detached.has(i)) continue;
      rows.push({ text: lines[i]!.text, afterBlank: i > 0 && isBlank(lines[i - 1]!) });
      at.push(i);
    }
    // Where the label column goes on past its labels, its rest may be the left half of a signature block; the pairing
    // that leaves the right half after the values, to be put beside it again, is tried first.
    const attempts = [true, false].map((signingLeft) => pairValues(run.labels, rows, signingLeft)).filter((p) => p !== null);
    const written = attempts.map((pairing) => rewritten(lines, start, run, at, pairing, pageEnd));
    const chosen = written.find((w) => w.sideBySide) ?? written[written.length - 1];
    if (!chosen) return [...lines];
    // "Paragrafer" / "Underskrifter" / "Sekreterare" … then "§§ 121–127" / "Eva Ek" …: a second label column further down
    // the page, after a row OCR read whole ("Justeringens plats och tid  Kommunkansliet …"), read the same way.
    return from === 0 ? withLabelColumnReadFirst(chosen.lines, chosen.headEnd) : chosen.lines;
  }
  return [...lines];
}

/** The lines with the head written as its labels' rows, the rest of the page after it, and whether that rest paired up. */
function rewritten(
  lines: readonly DocumentLine[],
  start: number,
  run: { labels: ColumnLabel[]; end: number },
  at: readonly number[],
  pairing: Pairing,
  pageEnd: number,
): { lines: DocumentLine[]; sideBySide: boolean; headEnd: number } {
  const head: DocumentLine[] = [];
  for (const [k, label] of run.labels.entries()) {
    const [j, e] = pairing.groups[k]!;
    const values = at.slice(j, e).map((i) => (SIGNING_KINDS.has(label.kind) ? withSignaturesApart(lines[i]!) : lines[i]!));
    head.push(documentLine(1, [label.printed, ...(values[0]?.cells ?? [])]), ...values.slice(1), documentLine(1, []));
  }
  const valuesStart = pairing.skipped < at.length ? at[pairing.skipped]! : pageEnd;
  const lastGroup = pairing.groups[pairing.groups.length - 1]!;
  const valuesEnd = lastGroup[1] > 0 ? at[lastGroup[1] - 1]! + 1 : valuesStart;
  const between = lines.slice(run.end, valuesStart);
  const scraps = between.filter((line) => !isBlank(line) && isHeaderScrap(line.text));
  const leftOver = between.filter((line) => !scraps.includes(line));
  const tail = lines.slice(valuesEnd, pageEnd);
  // Rows among the values that no label took (a table's columns read apart) stay, after the head.
  const taken = new Set(pairing.groups.flatMap(([j, e]) => at.slice(j, e)));
  const untaken = lines.slice(valuesStart, valuesEnd).filter((line, k) => !isBlank(line) && !taken.has(valuesStart + k));
  // "§ 18 Val av justerare" / "Nämndens beslut" left in the label column: the first paragraph's heading, printed under
  // the head at the column's edge, read with the labels. It opens the body, so it is no half of a signature block to put
  // beside the rows after the values (its decision); it stays before them.
  const firstLeft = leftOver.find((line) => !isBlank(line));
  const zipped = firstLeft && PARAGRAPH_HEADING.test(withoutTrailingSpecks(firstLeft.text)) ? null : sideBySide(leftOver, tail);
  // The header's own rows go back above the head, where the page prints them (a date there may be the meeting's).
  const scrapRows = scraps.flatMap((line) => [line, documentLine(line.page, [])]);
  const rest = zipped ?? [...leftOver, ...tail];
  return { lines: [...lines.slice(0, start), ...scrapRows, ...head, ...untaken, ...rest, ...lines.slice(pageEnd)], sideBySide: zipped !== null, headEnd: start + scrapRows.length + head.length };
}
