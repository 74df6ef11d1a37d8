import { type DocumentLine, isBlank } from './document-lines.ts';
import { AGENDA_HEADING } from './head-value-stops.ts';
import type { ItemHeading } from './item-heading.ts';

// "- Föregående protokoll", "– Ekonomin", "• Övriga frågor": a point marked by a dash or bullet instead of a number.
// OCR may read the dash as a longer one or the bullet as a star or a middle dot.
const DASHED_ROW = /^\s*[-–—•·*]\s*(\p{Lu}.*?)\s*(?:\s[^\p{L}\d\s)?!]{1,2})?$/u;

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
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (isBlank(line)) continue;
      const m = DASHED_ROW.exec(line.text);
      if (!m) break;
      points.push({ line: j, number: String(points.length + 1), title: m[1]!, trailing: [], kind: 'dashed' });
    }
    if (points.length >= 3) return points;
  }
  return [];
}
