import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';

// "Nr  Ärende  Typ  Föredragande": an agenda table with a column that says what kind of matter each point is.
const KIND_HEADER = /^(?:typ|ärendetyp|ärendeslag)$/iu;
// The values that column holds, capitalised as a cell starts; a title's own words go on in lower case.
const KIND_CELL = /\s+(?:Beslut|Beslutsärende|Information|Informationsärende|Info|Diskussion|Anmälan)(?=\s|$)/u;

/**
 * Under such a header, a point's row that OCR read as one cell runs the kind ("Beslut", "Information") and the
 * presenter after it into the title. The title ends before the kind; the rest is the row's next cell.
 */
export function withoutKindColumn(lines: readonly DocumentLine[], headings: ItemHeading[]): ItemHeading[] {
  const first = headings[0];
  if (!first) return headings;
  const header = lines.slice(Math.max(0, first.line - 3), first.line).reverse().find((line) => !isBlank(line));
  const words = header?.cells.flatMap((c) => c.split(/\s+/)).map((w) => w.replace(/[^\p{L}]/gu, '')) ?? [];
  if (!words.some((w) => KIND_HEADER.test(w))) return headings;
  return headings.map((heading) => {
    if (lines[heading.line]!.cells.length !== 1) return heading;
    const m = KIND_CELL.exec(heading.title);
    if (!m || m.index === 0) return heading;
    const kind = heading.title.slice(m.index).trim();
    // "… fördelning mellan | Beslut" / "skolorna i Ekby …": a lone kind word does not wrap, so the row below is the title's own
    // wrapped row; after "Beslut Anna Berg" it may be the presenter's column going on, as under a run-in title.
    const alone = kind === m[0].trim();
    return { ...heading, title: heading.title.slice(0, m.index).trim(), trailing: [kind, ...heading.trailing], ...(alone ? {} : { runIn: true }) };
  });
}
