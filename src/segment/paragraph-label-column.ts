import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';

// Minutes printed as a table of "§ 12 | title", "Dnr | …", "Beslut | …" rows, whose label column plain OCR text read as a
// block of its own ("§ 12" / "Dnr" / "Ärendet" / "Beslut" / "§ 13" / …) and the values after it. Each label takes its
// run of value rows by what the rows look like, in order, and the rows are written back side by side, as printed.

// "§ 30", "$31", "8 51", "852", "§ 12.": a paragraph's sign (as OCR reads it) and number alone on a row.
const PARAGRAPH_MARK = /^\s*(?:[§$]\s*|8\s?|S\s)(\d{1,3})\s*[.:]?\s*$/u;

type Kind = 'diary' | 'list' | 'signing' | 'heading' | 'prose';

// The labels of a paragraph's rows, by the shape of their values: a diary number, a list of short rows (documents,
// receivers), people signing, a heading with no value, or sentences.
const ITEM_LABELS: [RegExp, Kind][] = [
  [/^(?:dnr|diarienummer|diarienr|dnr\.?|ärendenummer|beteckning)$/u, 'diary'],
  [/^(?:expediera|expedieras|expediering|expedierat\s+till|beslutsunderlag|underlag|handlingar|bilagor?|för\s+kännedom|kopia\s+till|sökande|fastighet)$/u, 'list'],
  [/^(?:ordförande|sekreterare|justerare|justeras|justerande|vid\s+protokollet|protokollförare|mötesordförande)$/u, 'signing'],
  [/^(?:underskrifter|signaturer)$/u, 'heading'],
  [
    /^(?:beslut|ärende|ärendet|ärendebeskrivning|sammanfattning|bakgrund|reservation|reservationer|yrkande|yrkanden|förslag\s+till\s+beslut|beslutsförslag|protokollsanteckning|särskilt\s+yttrande|yttrande|motivering|jäv|information|beslutsgång|propositionsordning|omröstning|överläggning|lagrum|upplysningar|skäl\s+för\s+beslut)$/u,
    'prose',
  ],
];

interface Label {
  line: number;
  /** The paragraph's number, for a row of a sign and a number. */
  paragraph: string | null;
  kind: Kind | null;
  printed: string;
}

function labelOf(line: DocumentLine, index: number): Label | null {
  if (line.cells.length !== 1) return null;
  const mark = PARAGRAPH_MARK.exec(line.cells[0]!);
  if (mark) return { line: index, paragraph: String(Number(mark[1])), kind: null, printed: `§ ${Number(mark[1])}` };
  // "Beslut :", "Vid protokollet:", "Sekreterare .": OCR's specks and the label's colon aside.
  const printed = line.cells[0]!.trim().replace(/[\s.:;,|'"`]+$/u, '');
  const key = printed.toLowerCase().replace(/\s+/gu, ' ');
  const found = ITEM_LABELS.find(([pattern]) => pattern.test(key));
  return found && /^\p{Lu}/u.test(printed) ? { line: index, paragraph: null, kind: found[1], printed } : null;
}

// A row of a sentence's end: a stop, a colon OCR read for one, and at most two specks or scraps after it.
const SENTENCE_END = /[.!?:](?:\s+\S{1,3}){0,2}\s*$/u;
const DIARY = /\d{2,4}\s*[/:.-]\s*\d{1,5}/u;
const NAME_ROW = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}\s*$/u;
const MAX_GROUP = 16;

function words(text: string): number {
  return text.trim().split(/\s+/u).length;
}

/** How well rows fit as the value of a label; -Infinity where they cannot be it. */
function fit(label: Label, rows: readonly string[], next: string | undefined): number {
  const n = rows.length;
  if (label.paragraph !== null) {
    // The title: a row or two, no sentence.
    if (n === 0 || n > 2 || rows.some((r) => SENTENCE_END.test(r) || DIARY.test(r)) || words(rows.join(' ')) > 16) return -Infinity;
    return n === 1 ? 2 : /^\s*\p{Ll}/u.test(rows[1]!) || words(rows[1]!) <= 4 ? 1.5 : -Infinity;
  }
  switch (label.kind) {
    case 'diary':
      return n === 1 && DIARY.test(rows[0]!) && words(rows[0]!) <= 4 ? 2 : -Infinity;
    case 'list':
      // Short rows, each a document or a receiver; the more of them, the better the list. A row that a row in lower case
      // goes on ("Nämnden beslutar" / "att …") opens a sentence instead.
      if (next !== undefined && /^\s*\p{Ll}/u.test(next)) return -Infinity;
      return n >= 1 && n <= 8 && rows.every((r) => !SENTENCE_END.test(r.replace(/\s+[^\p{L}\d\s]{1,2}\s*$/u, '')) && words(r) <= 5) ? 0.5 + 0.5 * n : -Infinity;
    case 'signing':
      return n === 0 ? 0 : n <= 2 && rows.every((r) => NAME_ROW.test(r)) ? 1 : -Infinity;
    case 'heading':
      return n === 0 ? 0.5 : -Infinity;
    default: {
      // Sentences: the first opens with a capital or an "att", the last row ends one.
      if (n === 0 || !SENTENCE_END.test(rows[n - 1]!)) return -Infinity;
      // A short row without a stop over a row that opens with a capital is a list's row or a title, not a wrapped sentence.
      if (rows.some((r, k) => k < n - 1 && !SENTENCE_END.test(r) && words(r) < 6 && !/^\s*\p{Ll}/u.test(rows[k + 1]!))) return -Infinity;
      const first = rows[0]!.replace(/^[\s'"`:;.,|‘’]+/u, '');
      return /^(?:\p{Lu}|att\s)/u.test(first) ? 1 : -Infinity;
    }
  }
}

/** The label runs and the value runs after them: the rows of labels (blank rows between them allowed), then the rest. */
function labelRuns(lines: readonly DocumentLine[]): { labels: Label[]; start: number; end: number }[] {
  const runs: { labels: Label[]; start: number; end: number }[] = [];
  let current: Label[] = [];
  const close = () => {
    // A run holds a paragraph's sign and a label of its rows, three rows at least.
    if (current.length >= 3 && current.some((l) => l.paragraph !== null) && current.some((l) => l.kind !== null)) {
      runs.push({ labels: current, start: current[0]!.line, end: current[current.length - 1]!.line + 1 });
    }
    current = [];
  };
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    const label = labelOf(line, i);
    if (label && (current.length === 0 || lines[current[0]!.line]!.page === line.page)) current.push(label);
    else {
      close();
      if (label) current.push(label);
    }
  });
  close();
  return runs;
}

/** The best order-keeping split of the value rows among the labels, each label taking a run (some none); null if none fits. */
function pairing(labels: readonly Label[], rows: readonly string[], mayLeaveTail: boolean): [number, number][] | null {
  const n = labels.length;
  const m = rows.length;
  const score = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const from = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  score[0]![0] = 0;
  for (let k = 0; k < n; k++) {
    for (let j = 0; j <= m; j++) {
      if (score[k]![j] === -Infinity) continue;
      for (let e = j; e <= Math.min(m, j + MAX_GROUP); e++) {
        const value = score[k]![j]! + fit(labels[k]!, rows.slice(j, e), rows[e]);
        if (value > score[k + 1]![e]!) {
          score[k + 1]![e] = value;
          from[k + 1]![e] = j;
        }
      }
    }
  }
  // Rows past the last label's value (the page's foot, an appendix) may stay after the last run, at a cost.
  let end = m;
  const left = (e: number) => score[n]![e]! - (m - e) * 0.5;
  if (mayLeaveTail) for (let e = 0; e <= m; e++) if (left(e) > left(end)) end = e;
  if (score[n]![end] === -Infinity) return null;
  const groups: [number, number][] = [];
  for (let k = n, e = end; k > 0; k--) {
    const j = from[k]![e]!;
    groups.unshift([j, e]);
    e = j;
  }
  return groups;
}

/**
 * "§ 51" / "Beslut" / "§ 52" / "Dnr" / "Ärendet" / "Beslut" … then "Val av justerare" / "Eva Ek utses att justera." /
 * "Budget 2026" / "KS 2025/40" / …: a paragraph table's label column read before its values, run by run. Written back
 * as "§ 51 | Val av justerare" / "Beslut | Eva Ek utses …" rows where every run's values split among its labels, each
 * as its label asks; left as read otherwise, and on pages read with geometry.
 */
export function withParagraphLabelColumn(lines: readonly DocumentLine[]): DocumentLine[] {
  if (lines.some((line) => line.cellX !== undefined)) return [...lines];
  const runs = labelRuns(lines);
  if (runs.length === 0) return [...lines];
  const numbers = runs.flatMap((r) => r.labels.filter((l) => l.paragraph !== null).map((l) => Number(l.paragraph)));
  if (numbers.some((n, k) => k > 0 && n !== numbers[k - 1]! + 1)) return [...lines];
  const out: DocumentLine[] = [...lines.slice(0, runs[0]!.start)];
  for (const [r, run] of runs.entries()) {
    const last = r === runs.length - 1;
    const valuesEnd = last ? lines.length : runs[r + 1]!.start;
    const at = lines.slice(run.end, valuesEnd).flatMap((line, k) => (isBlank(line) ? [] : [run.end + k]));
    const groups = pairing(run.labels, at.map((i) => lines[i]!.text), last);
    if (!groups) return [...lines];
    for (const [k, label] of run.labels.entries()) {
      const [j, e] = groups[k]!;
      const values = at.slice(j, e).map((i) => lines[i]!.text.trim());
      const page = lines[label.line]!.page;
      if (label.paragraph !== null) out.push(documentLine(page, []));
      out.push(documentLine(page, [label.printed, ...(values[0] === undefined ? [] : [values[0]])]), ...values.slice(1).map((v) => documentLine(page, [v])));
    }
    const lastGroup = groups[groups.length - 1]!;
    const left = lastGroup[1] < at.length ? at[lastGroup[1]]! : valuesEnd;
    out.push(documentLine(lines[run.start]!.page, []), ...lines.slice(left, valuesEnd));
  }
  return out;
}
