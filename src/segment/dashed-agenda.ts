import { type DocumentLine, isBlank } from './document-lines.ts';
import { AGENDA_HEADING } from './head-value-stops.ts';
import type { ItemHeading } from './item-heading.ts';

// "- Föregående protokoll", "– Ekonomin", "• Övriga frågor": a point marked by a dash or bullet instead of a number.
// OCR may read the dash as a longer one or the bullet as a star, a middle dot, a guillemet, a circled sign, or a lone
// "e" or "o" before the title's capital (no Swedish word).
const DASHED_ROW = /^\s*(?:[-–—•·*»«®©]|[eo](?=\s+\p{Lu}))\s*(\p{Lu}.*?)\s*(?:\s[^\p{L}\d\s)?!]{1,2})?$/u;
// "Föregående protokoll" between bulleted rows: a point whose bullet OCR lost, a short title without a sentence's stop
// (a colon only before lower case, "Lokalfrågan: nytt avtal", not a label's before its value).
const UNMARKED_ROW = /^\s*(\p{Lu}(?:[^.!?:]|:(?=\s+\p{Ll})){0,70}?)\s*(?:\s[^\p{L}\d\s)?!]{1,2})?$/u;

/**
 * "Dagordning:" over "- Mötets öppnande" / "- Föregående protokoll" / …: an agenda typed as a list of dashes, as a plain
 * e-mail does, numbers none of its points; they are the items in the order printed. Only the run right under the
 * agenda's own heading counts (blank rows between may come from OCR), three points or more, so that a dash list in a
 * minutes' notes never becomes its points.
 */
export function dashedAgendaHeadings(lines: readonly DocumentLine[], from = 0): ItemHeading[] {
  for (let i = from; i < lines.length; i++) {
    if (!AGENDA_HEADING.test(lines[i]!.text)) continue;
    const points: ItemHeading[] = [];
    // Rows without a mark count only between marked ones, two at most in a row, so the prose after the list stays out.
    let unmarked: { line: number; title: string }[] = [];
    let marked = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (isBlank(line)) continue;
      const m = DASHED_ROW.exec(line.text);
      const lost = m || points.length === 0 || unmarked.length >= 2 ? null : UNMARKED_ROW.exec(line.text);
      if (lost) {
        unmarked.push({ line: j, title: lost[1]! });
        continue;
      }
      if (!m) break;
      for (const u of [...unmarked, { line: j, title: m[1]! }]) points.push({ line: u.line, number: String(points.length + 1), title: u.title, trailing: [], kind: 'dashed' });
      unmarked = [];
      marked++;
    }
    if (marked >= 3 && marked * 3 >= points.length * 2) return points;
    const plain = plainAgendaList(lines, i);
    if (plain.length > 0) return plain;
  }
  return [];
}

/**
 * "Förslag till dagordning" over "Mötet öppnas" / "Val av justerare" / …: where OCR lost the bullets of the whole list
 * (or the list had none), the points are the short rows right under the agenda's heading, one after the other, up to
 * the first blank row; four at least, each a title without a sentence's stop, a lone "e" OCR kept of a bullet aside.
 */
function plainAgendaList(lines: readonly DocumentLine[], heading: number): ItemHeading[] {
  const points: ItemHeading[] = [];
  let j = heading + 1;
  if (j < lines.length && isBlank(lines[j]!)) j++;
  for (; j < lines.length && !isBlank(lines[j]!); j++) {
    const line = lines[j]!;
    const m = line.cells.length === 1 ? DASHED_ROW.exec(line.text) ?? UNMARKED_ROW.exec(line.text) : null;
    if (!m || /^\s*\d/u.test(line.text)) return [];
    points.push({ line: j, number: String(points.length + 1), title: m[1]!, trailing: [], kind: 'dashed' });
  }
  return points.length >= 4 ? points : [];
}
