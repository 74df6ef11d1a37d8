import { type DocumentLine, isBlank } from './document-lines.ts';
import { DOCUMENT_DATE, type HeadField, LIST_KINDS, MEETING_KINDS } from './head-field.ts';
import { SPECKLE_ONLY } from './head-specks.ts';
import { labelWordsOverValues } from './label-row-words.ts';
import { matchLabel } from './labels.ts';
import { parsePerson } from './person.ts';
import { looksLikePlace } from './person-parts.ts';

/**
 * A row of bare meeting labels over a row of as many values ("Mötesdatum  Tid
 * Plats" / "2022-03-15  13:30–15:00  Kommunhuset"): the table's fields, each
 * label with the value below it, or null when the rows are not such a table.
 */
export function labelRowTable(line: DocumentLine, below: DocumentLine | undefined): HeadField[] | null {
  // "Datum Diarienummer" / "2025-05-20 851-1234-2025": OCR closed the gaps of a document head of two words over two.
  if (line.cells.length === 1 && below?.cells.length === 1) {
    const [labels, values] = [line.cells[0]!.trim().split(/\s+/), below.cells[0]!.trim().split(/\s+/)];
    if (labels.length === 2 && values.length === 2 && labels.some((w) => CASE_REFERENCE.test(w))) return labelRowTable({ ...line, cells: labels }, { ...below, cells: values });
    const parted = labelWordsOverValues(line.cells[0]!, below.cells[0]!);
    if (parted) return labelRowTable({ ...line, cells: parted.labels }, { ...below, cells: parted.values });
  }
  if (line.cells.length < 2 || below === undefined || below.cells.length !== line.cells.length) return null;
  // "Datum | Diarienummer" over "2025-05-20 | 851-1234-2025": an authority's document head, where the date is the day
  // the document was written (often days after the meeting) and the case number labels nothing of the meeting.
  const reference = line.cells.map((c) => CASE_REFERENCE.test(c));
  // "Dag | Tid | Plats": in such a table's header the day is labelled by the bare word, which elsewhere opens a sentence.
  const labels = line.cells.map((c, k) => (reference[k] ? null : matchLabel(c) ?? (/^\s*(?:dag|veckodag)\s*$/iu.test(c) ? { kind: 'date' as const, label: 'Dag', rest: '' } : null)));
  if (!labels.every((l, k) => reference[k] || (l !== null && !l.rest && MEETING_KINDS.has(l.kind)) || beside(l))) return null;
  if (reference.every(Boolean) || !labels.some((l) => l !== null && MEETING_KINDS.has(l.kind))) return null;
  if (below.cells.some((c) => matchLabel(c) !== null || SPECKLE_ONLY.test(c))) return null;
  const written = reference.some(Boolean);
  return labels.flatMap((l, k) => (l === null ? [] : [{ kind: l.kind, label: written && l.kind === 'date' ? DOCUMENT_DATE : l.label, values: [below.cells[k]!.trim()] }]));
}

// "Sammanträdesdatum | Paragrafer | Plats" over "2024-05-21 | §§ 41–45 | Rådhuset", "Tid | Justerare | Justeringens
// datum" over "kl. 15.00–16.40 | Eva Ek | 2024-05-24": a boxed head prints the paragraphs, the adjuster and the day of
// adjusting in the same table, each label over its value, beside at least one of the meeting's.
function beside(label: ReturnType<typeof matchLabel>): boolean {
  if (label === null) return false;
  if (label.kind === 'adjustPlaceTime') return /^(?:datum|dag|tid|plats(?:\s+och\s+tid)?)?$/iu.test(label.rest.trim());
  return !label.rest && (label.kind === 'paragraphs' || label.kind === 'adjusters');
}

const CASE_REFERENCE = /^\s*(?:diarienummer|diarienr\.?|dnr\.?|ärendenummer|ärendenr\.?|(?:vår\s+)?beteckning|(?:vår\s+)?referens)\s*$/iu;

/** "Ordinarie ledamot Tjänstgörande ersättare": two column labels in one cell, where OCR closed the gap between them. */
function splitLabelPair(cell: string): string[] | null {
  // "Närvarande | . Frånvarande": specks OCR read in the gap between the two labels.
  const words = cell.trim().split(/\s+/).filter((w) => !/^[|.,:;'"`]+$/u.test(w));
  for (let k = 1; k < words.length; k++) {
    const [left, right] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    const [a, b] = [matchLabel(left), matchLabel(right)];
    if (a && b && !a.rest && !b.rest && /^\p{Lu}/u.test(right) && LIST_KINDS.has(a.kind) && LIST_KINDS.has(b.kind) && a.kind !== b.kind) return [left, right];
  }
  return null;
}

// "Pär Lundin (S) Ingela Sjö (S)": two cells of a two-column list of people read as one.
const TWO_BRACKETED_PEOPLE = /^(\p{Lu}[^()]*\([^()]{1,12}\))\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}\s*\([^()]{1,12}\)[^()]*)$/u;
// "Jenny Ek, kyrkoherde Mikael Norén, vaktmästare": two cells of "name, title" read as one.
const TWO_TITLED_PEOPLE = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2},\s*\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}(?:,\s*[^,]+)?)$/u;

function twoPeopleInOneCell(cell: string): [string, string] | null {
  const text = cell.trim().replace(/\s+[|.,:;'"`]+$/u, '');
  const bracketed = TWO_BRACKETED_PEOPLE.exec(text);
  if (bracketed) return [bracketed[1]!, bracketed[2]!];
  const titled = TWO_TITLED_PEOPLE.exec(text);
  // "Per Ek, handläggare Region Fjällby": a title followed by where the person works is one person.
  return titled && !looksLikePlace(titled[2]!.split(',')[0]!) ? [titled[1]!, titled[2]!] : null;
}

/**
 * "Ledamöter   Ersättare" over rows of names in two columns: each column's people belong to the label above
 * it. Returns the fields and how many rows the table takes, or null when the row heads no such table.
 */
export function listColumns(lines: readonly DocumentLine[], at: number): { fields: HeadField[]; rows: number } | null {
  const given = lines[at]!;
  const pair = given.cells.length === 1 ? splitLabelPair(given.cells[0]!) : null;
  const head = pair ? { ...given, cells: pair } : given;
  if (head.cells.length < 2) return null;
  const labels = head.cells.map((c) => matchLabel(c));
  if (!labels.every((l) => l !== null && !l.rest && LIST_KINDS.has(l.kind)) || new Set(labels.map((l) => l!.kind)).size < 2) return null;
  const fields = labels.map((l) => ({ kind: l!.kind, label: l!.label, values: [] as string[] }));
  // The members stood in for, when the table pairs them with serving substitutes.
  const absent: HeadField = { kind: 'absent', label: 'Ersatta', values: [] };
  let rows = 0;
  for (let i = at + 1; i < lines.length; i++) {
    const read = lines[i]!;
    const glued = pair && read.cells.length === 1 ? twoPeopleInOneCell(read.cells[0]!) : null;
    // A speck cell after a row (": ") read where the columns' gap was lost says nothing.
    const line = glued ? { ...read, cells: glued } : pair ? { ...read, cells: read.cells.filter((c) => !SPECKLE_ONLY.test(c)) } : read;
    // "Maria Sten (S), vice" / "ordförande": a role wrapped alone under the cell it finishes, not a label.
    const wrapped = line.cells.length <= fields.length && line.cells.every((cell, k) => {
      const label = matchLabel(cell);
      const last = fields[k]!.values[fields[k]!.values.length - 1];
      return SPECKLE_ONLY.test(cell) || (label?.kind === 'signature' && !label.rest && last !== undefined && /(?:,|\bvice)\s*$/iu.test(last));
    });
    if (wrapped && !line.cells.every((cell) => SPECKLE_ONLY.test(cell))) {
      line.cells.forEach((cell, k) => {
        const values = fields[k]!.values;
        if (!SPECKLE_ONLY.test(cell)) values[values.length - 1] = `${values[values.length - 1]} ${cell.trim()}`;
      });
      rows++;
      continue;
    }
    // OCR's blank rows between the rows of the table, when the row after them is a person again.
    if (isBlank(line) && rows > 0) {
      const next = lines.slice(i + 1).find((l) => !isBlank(l));
      // "Britt Alm, diakon": a person with a title after a comma, as the rows above have, goes on with the table too.
      if (next && matchLabel(next.cells[0] ?? '') === null && parsePerson(next.cells[0] ?? '')?.name.includes(' ') && /\(|,\s*\p{Ll}/u.test(next.text)) {
        rows++;
        continue;
      }
    }
    if (isBlank(line) || line.cells.length > fields.length || matchLabel(line.cells[0] ?? '') !== null) break;
    // "Ordinarie ledamot | Tjänstgörande ersättare" over "Pär Lundin (S) | Ingela Sjö (S)": a member with a serving
    // substitute beside them was not there.
    const member = fields.findIndex((f) => f.kind === 'attendees');
    const serving = fields.findIndex((f) => f.kind === 'substitutes' && /^tjänstgörande/iu.test(f.label));
    const replaced = member >= 0 && serving >= 0 && line.cells.length === fields.length && !SPECKLE_ONLY.test(line.cells[serving]!) && line.cells[serving]!.trim() !== '';
    line.cells.forEach((cell, k) => {
      if (SPECKLE_ONLY.test(cell) || cell.trim() === '') return;
      if (replaced && k === member) absent.values.push(cell.trim());
      else fields[k]!.values.push(cell.trim());
    });
    rows++;
  }
  return rows > 0 ? { fields: absent.values.length > 0 ? [...fields, absent] : fields, rows } : null;
}
