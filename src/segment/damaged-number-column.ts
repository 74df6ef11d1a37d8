import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';

// "Ärenden:", "Dagordning", "Föredragningslista:": the word over an agenda, alone on its row.
const AGENDA_WORD = /^\s*(?:ärenden|ärendelista|dagordning|föredragningslista|föredragningslistan)\s*:?\s*$/iu;
// "1:", "ve", "Så", "7.": one row of an indented number column that OCR read on its own before the titles, a figure or
// what it made of one (a letter or two), with or without its stop.
const NUMBER_SCRAP = /^\s*([\p{L}\d]{1,2})[.:,;)]?\s*$/u;
// A title that breaks off after a small word or a comma goes on on the next row, whatever that row opens with.
const BROKEN_OFF = /(?:,|\s(?:för|av|vid|i|på|och|om|till|med|från|samt|mot|över|under|inom|efter|att|angående))\s*$/iu;

/**
 * "Ärenden:" / "1:" / "ve" / "Så" / "7." / "Val av justeringsman." / "Protokoll." … : a typed agenda whose numbers stand
 * indented in a column of their own, which OCR read first and mostly misread, the titles after it. When the column's
 * first row reads 1 and its last a figure N that the rows between leave room for, and N titles follow (a wrapped title's
 * rows, opening in lower case or after a title broken off, joined), the titles are the points 1 to N in order, and the
 * column's scraps leave the page. Otherwise the rows stay as read.
 */
export function withDamagedNumberColumn(lines: readonly DocumentLine[]): DocumentLine[] {
  return withNumberRunsReadApart(withScrapColumnUnderAgendaWord(lines));
}

function withScrapColumnUnderAgendaWord(lines: readonly DocumentLine[]): DocumentLine[] {
  for (let h = 0; h < lines.length; h++) {
    if (!AGENDA_WORD.test(lines[h]!.text) || lines[h]!.cells.length !== 1) continue;
    const scraps: number[] = [];
    let i = h + 1;
    for (; i < lines.length; i++) {
      if (isBlank(lines[i]!)) continue;
      if (!NUMBER_SCRAP.test(lines[i]!.text) || lines[i]!.cells.length !== 1) break;
      scraps.push(i);
    }
    if (scraps.length < 2) continue;
    const first = NUMBER_SCRAP.exec(lines[scraps[0]!]!.text)![1]!;
    const last = NUMBER_SCRAP.exec(lines[scraps[scraps.length - 1]!]!.text)![1]!;
    const count = /^\d+$/u.test(last) ? Number(last) : NaN;
    if (first !== '1' || !(count >= 3 && count <= 30) || scraps.length > count) continue;
    // Under a typed scrap column a title may be in capitals throughout ("VAL AV JUSTERINGSMÄN").
    const titles = titlesFrom(lines, i, count, (text) => /^\p{Lu}/u.test(text))?.titles;
    if (!titles) continue;
    const gone = new Set([...scraps, ...titles.flatMap((t) => t.rows.slice(1))]);
    const replaced = new Map(titles.map((t, k) => [t.rows[0]!, documentLine(lines[t.rows[0]!]!.page, [`${k + 1}. ${t.text}`])]));
    return lines.flatMap((line, k) => (gone.has(k) ? [] : [replaced.get(k) ?? line]));
  }
  return [...lines];
}

// "2.", "3:", "4.": a number alone on its row with its stop (or OCR's colon or semicolon for it).
const NUMBER_ALONE = /^\s*(\d{1,2})[.:;)]\s*$/u;

interface Title {
  rows: number[];
  text: string;
}

// A title of a list whose numbers OCR read apart: a capital and a small letter, and no further number alone.
const OPENS_TITLE = (text: string): boolean => /^\p{Lu}\p{Ll}/u.test(text) && !NUMBER_ALONE.test(text);

/**
 * The next `count` titles from row `from`: rows that `opens` accepts, a wrapped title's rows joined; null when fewer
 * follow.
 */
function titlesFrom(lines: readonly DocumentLine[], from: number, count: number, opens: (text: string) => boolean = OPENS_TITLE): { titles: Title[]; end: number } | null {
  const titles: Title[] = [];
  let i = from;
  for (; i < lines.length && lines[i]!.page === lines[from]!.page; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const text = line.text.trim();
    const previous = titles[titles.length - 1];
    if (previous && (/^["'`‘’]?\p{Ll}/u.test(text) || BROKEN_OFF.test(previous.text))) {
      previous.text = `${previous.text} ${text}`;
      previous.rows.push(i);
    } else if (titles.length < count && opens(text) && line.cells.length === 1 && text.length <= 100) {
      titles.push({ rows: [i], text });
    } else {
      break;
    }
  }
  return titles.length === count ? { titles, end: i } : null;
}

/**
 * "1. Val av justerare" / "2." / "3." / "4." / "Årsredovisning …" / "Ansvarsfrihet …" / "Renhållningstaxa …": a typed list
 * whose number column OCR read apart from the titles part of the way, the numbers clean and counting up one by one.
 * Exactly as many titles right after them are theirs, in order; a wrapped title's rows are joined. Otherwise the rows
 * stay as read.
 */
function withNumberRunsReadApart(lines: readonly DocumentLine[]): DocumentLine[] {
  let result = [...lines];
  for (let i = 0; i < result.length; i++) {
    const run: { row: number; number: string }[] = [];
    let k = i;
    for (; k < result.length; k++) {
      if (isBlank(result[k]!)) continue;
      const m = result[k]!.cells.length === 1 ? NUMBER_ALONE.exec(result[k]!.text) : null;
      if (!m || (run.length > 0 && Number(m[1]) !== Number(run[run.length - 1]!.number) + 1)) break;
      run.push({ row: k, number: m[1]! });
    }
    // One number alone is a run only as the first of a series ("Enkla frågor" / "1:" / "Fråga av …").
    if (run.length === 0 || (run.length === 1 && run[0]!.number !== '1')) continue;
    const found = titlesFrom(result, k, run.length);
    if (!found) {
      i = run[run.length - 1]!.row;
      continue;
    }
    const replaced = new Map(run.map((r, t) => [r.row, documentLine(result[r.row]!.page, [`${r.number}. ${found.titles[t]!.text}`])]));
    const gone = new Set(found.titles.flatMap((t) => t.rows));
    result = result.flatMap((line, j) => (gone.has(j) ? [] : [replaced.get(j) ?? line]));
    i = run[run.length - 1]!.row;
  }
  return result;
}
