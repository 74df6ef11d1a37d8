import type { MeetingTime } from '../domain/index.ts';
import type { DocumentLine } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';

// "09.30 | Välkommen och inledning": a programme row opens with the clock time (no point number), then the title in
// capitals. OCR may put a speck before the time ("'10.30 Fika").
// "09.15–10.30 | Pass 1: Lägesbild": a workshop's or a day's notes give each part the span it took; the span's start
// is the part's time; OCR may read the gap after the span as a dash or a bar.
const TIMED_ROW = /^\s*[^\p{L}\d\s]?(?:kl\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)(?:\s*[–—-]+\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s+[–—|])?)?\s+(?![\d(]|[–—-]\s*\d)(\p{Lu}.*)$/u;

// The programme's pauses and arrivals are no points of the meeting: "Lunch", "Fika", "Kaffe och smörgås", "Paus",
// "Registrering och kaffe", "Middag", "Avfärd".
const BREAK = /^(?:lunch|fika|kaffe|förmiddagskaffe|eftermiddagskaffe|paus|bensträckare|registrering|incheckning|ankomst|middag|frukost|avfärd|avresa|samling|mingel)\b/iu;

function timedRow(line: DocumentLine): { minutes: number; title: string; trailing: string[] } | null {
  const text = line.cells.length > 1 && /^\s*[^\p{L}\d\s]?(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]+\s*\d{1,2}[.:]\d{2})?\s*$/iu.test(line.cells[0]!) ? `${line.cells[0]!.trim()} ${line.cells[1]!}` : line.text;
  const m = TIMED_ROW.exec(text);
  if (!m) return null;
  const trailing = line.cells.length > 2 && text !== line.text ? line.cells.slice(2) : [];
  return { minutes: Number(m[1]) * 60 + Number(m[2]), title: m[3]!.trim(), trailing };
}

/**
 * A programme whose rows give only the time each part starts and its title, numbering none of them: the parts that are
 * no break are the items, numbered in the order printed. At least four timed rows, running forward through the day,
 * so that a stray time in the notes is not read as a programme.
 */
export function timedProgrammeHeadings(lines: readonly DocumentLine[], from = 0): ItemHeading[] {
  const rows: { line: number; minutes: number; title: string; trailing: string[] }[] = [];
  for (let i = from; i < lines.length; i++) {
    const row = timedRow(lines[i]!);
    if (row) rows.push({ line: i, ...row });
  }
  if (rows.length < 4 || rows.some((r, k) => k > 0 && r.minutes <= rows[k - 1]!.minutes)) return [];
  const points = rows.filter((r) => !BREAK.test(r.title));
  if (points.length < 2) return [];
  return points.map((r, k) => ({ line: r.line, number: String(k + 1), title: r.title, trailing: r.trailing, kind: 'timed' }));
}

/** The first time of a timed programme, breaks before its first point included: the day starts with its first row. */
export function timedProgrammeStart(lines: readonly DocumentLine[], headings: readonly ItemHeading[]): string | null {
  if (headings.length === 0 || headings.some((h) => h.kind !== 'timed')) return null;
  let first = timedRow(lines[headings[0]!.line]!)!;
  for (let i = headings[0]!.line - 1; i >= 0 && headings[0]!.line - i <= 4; i--) {
    const row = timedRow(lines[i]!);
    if (row && row.minutes < first.minutes) first = row;
  }
  return `${String(Math.floor(first.minutes / 60)).padStart(2, '0')}:${String(first.minutes % 60).padStart(2, '0')}`;
}

/** A dated meeting whose head gives no hours starts when its timed programme does. */
export function withProgrammeStart(meeting: MeetingTime | null, lines: readonly DocumentLine[], headings: readonly ItemHeading[]): MeetingTime | null {
  if (!meeting?.date || meeting.start) return meeting;
  const start = timedProgrammeStart(lines, headings);
  return start ? { ...meeting, start } : meeting;
}
