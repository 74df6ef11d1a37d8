import type { MeetingTime } from '../domain/index.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';

// "09.30–09.45 | 1 | Välkommen …": a day's programme gives each point, and each break between them, a span of time in
// its first column; OCR may read "09.45-10.30:" or "11.15—-12.:00".
const SPAN = /^\s*(?:kl\.?\s*)?(\d{1,2})[.:]{1,2}(\d{2})\s*[–—-]+\s*(\d{1,2})[.:]{1,2}(\d{2})(?![\d])/iu;

function span(line: DocumentLine): [number, number] | null {
  const m = SPAN.exec(line.text);
  if (!m) return null;
  const from = Number(m[1]) * 60 + Number(m[2]);
  const to = Number(m[3]) * 60 + Number(m[4]);
  return Number(m[1]) < 24 && Number(m[3]) < 24 && Number(m[2]) < 60 && Number(m[4]) < 60 && from < to ? [from, to] : null;
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A kallelse whose head names the day but no hours, over a programme whose rows each start with a span of time
 * ("09.00–09.30 Kaffe", "09.30–09.45 1 Välkommen", …, "15.00–15.30 7 Avslutning"): the meeting runs from the first
 * row's start to the last row's end. The points' own rows must carry the spans, so that times elsewhere on the page
 * (opening hours, a study visit before the meeting) are not read as the meeting's.
 */
export function withScheduleSpan(meeting: MeetingTime | null, lines: readonly DocumentLine[], headings: readonly { line: number }[]): MeetingTime | null {
  if (!meeting?.date || headings.length < 2) return meeting;
  const timed = headings.filter((h) => span(lines[h.line]!) !== null).length;
  if (timed < 2 || timed < 0.6 * headings.length) return meeting;
  // The breaks before the first point and after the last one belong to the day too: walk out over rows with spans,
  // past blank rows and a title's wrapped continuation (lower case).
  let first = headings[0]!.line;
  for (let k = first - 1; k >= 0 && first - k <= 3; k--) {
    if (span(lines[k]!)) first = k;
    else if (!isBlank(lines[k]!)) break;
  }
  let last = headings[headings.length - 1]!.line;
  for (let k = last + 1; k < lines.length && k - last <= 3; k++) {
    if (span(lines[k]!)) last = k;
    else if (!isBlank(lines[k]!) && !/^\s*\p{Ll}/u.test(lines[k]!.text)) break;
  }
  const spans = lines.slice(first, last + 1).map(span).filter((s): s is [number, number] => s !== null);
  // The programme runs forward: a span that starts before the one above it is no row of it.
  if (spans.some((s, k) => k > 0 && s[0] < spans[k - 1]![0])) return meeting;
  // "09.00–09.30 Kaffe" read, where OCR ran the rows together, as the head's hours: those are the first row's, not the
  // day's; otherwise the head's own hours stand.
  const firstRowOnly = meeting.start === clock(spans[0]![0]) && meeting.end === clock(spans[0]![1]);
  if (meeting.start && !firstRowOnly) return meeting;
  return { ...meeting, start: clock(spans[0]![0]), end: firstRowOnly || !meeting.end ? clock(spans[spans.length - 1]![1]) : meeting.end };
}
