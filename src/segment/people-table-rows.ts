import { ATTENDANCE_TIME } from './attendance-report.ts';
import { type HeadField, LIST_KINDS } from './head-field.ts';
import { isEdgeScrap, SPECKLE_ONLY } from './head-specks.ts';
import { matchLabel } from './labels.ts';
import { namesOrganisation } from './people-list-rows.ts';
import { parsePeopleList } from './people-lists.ts';
import { parsePerson } from './person.ts';
import { functionWord } from './person-extras.ts';
import { looksLikeName, looksLikeParty, looksLikePlace } from './person-parts.ts';

/**
 * A row of a people table ("Göran Ek   Sundbybergs stad   ordförande") is one
 * person: its cells are joined, even a cell that reads like a signature label.
 * Rows that start with a label keep their cells apart.
 */
export function tableRow(cells: string[], current: HeadField | null): string[] {
  if (cells.length < 2 || current === null || !LIST_KINDS.has(current.kind)) return cells;
  // "Per Sjö (L)   Ulla Borg (S)": a list printed in two columns, one person in each cell.
  const persons = cells.map((c) => parsePerson(c));
  if (persons.every((p) => p !== null && p.name.includes(' ') && !looksLikePlace(p.name)) && cells.every((c) => /\(|,/.test(c))) return cells;
  // "Omid Karimi >.": specks after the name do not keep it from being one.
  // "Per-Olof Nyström –": a dash speck after the name in the column gap, too.
  // "Emir Hadzic ?": a question mark is a speck there too.
  const firstCell = cells[0]!.replace(/\s+[:;|.,'"`<>?\-–—]+\s*$/u, '');
  if (matchLabel(firstCell) !== null) return cells;
  // "PRO Sjöbo:  Nils Bengtsson, Greta Åkesson": a group named in the first column, its colon opening the people in the
  // next; the row reads as "PRO Sjöbo: Nils Bengtsson, …", as when the two are printed on one line.
  // "För arbetstagarna:  Rut Ek, Kommunal": a side of a negotiation too, although no person's name reads so.
  if (cells.length === 2 && /^\p{Lu}[^:,()]{0,40}\S:$/u.test(cells[0]!.trim()) && /^\p{Lu}/u.test(cells[1]!.trim())) return [`${cells[0]!.trim()} ${cells[1]!.trim()}`];
  // "PRO Vaxholm | Ulla Fors, Bengt Sjö", "Vaxholms stad | Mats Lindgren, äldreomsorgschef": the body in the first column,
  // without a colon, and its people in the next; no person's name opens with an acronym or reads as a place.
  const body = namesOrganisation(firstCell) && (looksLikePlace(firstCell) || /^\p{Lu}{2,}\s/u.test(firstCell) || !looksLikeName(firstCell));
  if (cells.length === 2 && body && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}/u.test(cells[1]!.trim())) {
    const people = parsePeopleList(cells[1]!) ?? [parsePerson(cells[1]!)];
    if (people.every((p) => p !== null && p.name.includes(' ') && !looksLikePlace(p.name) && !p.organisation)) return [`${firstCell.trim()}: ${cells[1]!.trim()}`];
  }
  if (parsePerson(firstCell) === null) return cells;
  // "Anna Ek, ordförande | M | X" / "Bo Lind | KD | Siv Holm (KD)": a column of presence beside the party, where a name
  // instead of the mark is the substitute who served for the member, who was away.
  const standIn = servingInstead(cells.map((c) => c.trim()));
  if (standIn) return [standIn];
  // "Camilla Öhrn | C | tjänstgörande ersättare för Lars Fält (C)": a substitute's function in the row's last column,
  // naming whom they stood in for, is a role cell, not the label of a new field.
  // "Oskar Hellgren | SD | tjänstgörande ersättare": the same words alone in the last of three or more columns (name,
  // party, function) are that person's function too.
  const standsIn = (l: NonNullable<ReturnType<typeof matchLabel>>, k: number) =>
    l.kind === 'substitutes' && (/^för\s+\p{Lu}/u.test(l.rest ?? '') || (!l.rest && cells.length >= 3 && k === cells.length - 1));
  // "Malin Brask | Fryshuset | Gäst": a guest's or co-opted member's word alone in the row's last column is that
  // person's role, as a secretary's is; with a colon or a name after it, it opens a list of its own.
  const roleCell = (c: string, k: number, l: NonNullable<ReturnType<typeof matchLabel>>) => l.kind === 'others' && !l.rest && !c.includes(':') && k === cells.length - 1 && cells.length >= 3;
  if (cells.slice(1).some((c, k) => { const l = matchLabel(c); return l !== null && l.kind !== 'signature' && !standsIn(l, k + 1) && !roleCell(c, k + 1, l); })) return cells;
  // "Helena Gran :", ":-Huddinge": specks read as punctuation at a cell's edge would glue the next cell to the name
  // or stay on the organisation; a cell of specks alone ("Maja  :") is no column at all.
  const kept = cells
    .map((c) => c.replace(/\s+[:;|.,'"`<>?\-–—]+\s*$/u, '').replace(/^[:;|.,'"`<>\-–—]+\s*(?=\p{Lu})/u, ''))
    .filter((c, k) => !SPECKLE_ONLY.test(c) && !(k > 0 && (isEdgeScrap(c) || ATTENDANCE_TIME.test(c))))
    // "Region Stockholm; BUP Södertörn": inside one cell beside the name, OCR's semicolon is the printed comma; a cell
    // holds one person's organisation, never a second person.
    .map((c, k) => (k > 0 ? c.replace(/\s*;\s*/gu, ', ') : c))
    // "Botkyrka kommun, socialförvaltningen Mötesledare": the role column's word, its gap closed by OCR, ends the cell.
    .flatMap((c, k) => {
      const glued = k > 0 ? /^(.*\p{Ll})\s+(\p{Lu}\p{Ll}{3,})$/u.exec(c) : null;
      const label = glued ? matchLabel(glued[2]!) : null;
      return glued && label && !label.rest && (label.kind === 'signature' || label.kind === 'others') ? [glued[1]!, glued[2]!] : [c];
    });
  // "Linnea Ström, Per Hedin | Botkyrka": several people in the name cell share the row's other columns.
  const names = kept[0]!.split(/\s*,\s*|\s+och\s+/u);
  if (kept.length > 1 && names.length > 1 && names.every((n) => n.includes(' ') && looksLikeName(n) && !looksLikePlace(n))) {
    const rest = kept.slice(1).join(', ');
    return names.map((n) => `${n}, ${rest}`);
  }
  return [kept.join(', ')];
}

// "Antecknare", "Sekreterare", "Vid pennan": the function of whoever kept the notes.
const NOTE_KEEPER = /^(?:antecknare|antecknat\s+av|(?:mötes)?sekreterare|protokollförare|referent|vid\s+(?:pennan|protokollet|anteckningarna|tangentbordet|datorn))$/iu;

/**
 * "Förhinder | Bo Rask, kulturchef" / "Antecknare | Cilla Bodin": whoever kept the notes was at the meeting, so the
 * note-keeper's label under a list of the absent opens a field of its own; it is no function of someone away.
 */
function keptNotesWhileAway(label: string, current: HeadField | null): boolean {
  return current !== null && current.kind === 'absent' && NOTE_KEEPER.test(label);
}

// "Medlemmar", "Ledamot": a column of a people table that says only that the person is a member.
const MEMBER_GROUP = /^(?:medlem(?:mar)?|ledam(?:ot|öter)|ordinarie(?:\s+ledamöter)?)$/iu;

/**
 * "Närvarande | Ordförande | Mikael Lind", " | Vice ordförande | Anna Sjö", " | Medlemmar | Johan Ny": a people table
 * with a column of functions between the label and the names. The function is the person's role (a member group
 * none), not the label of a field of its own; the row becomes the label and "name, role".
 */
export function functionColumnRow(cells: readonly string[], current: HeadField | null): string[] | null {
  const peopleLabel = (cell: string) => {
    const label = matchLabel(cell);
    return label !== null && !label.rest && LIST_KINDS.has(label.kind) && label.kind !== 'adjusters' && label.kind !== 'substitutes';
  };
  const lead = cells.length === 3 && peopleLabel(cells[0]!) ? [cells[0]!] : [];
  const rest = cells.slice(lead.length);
  if (rest.length !== 2) return null;
  if (lead.length === 0 && (current === null || !LIST_KINDS.has(current.kind) || current.kind === 'adjusters')) return null;
  const person = parsePerson(rest[1]!);
  if (!person || !person.name.includes(' ') || person.role) return null;
  // "Olle Ek:": a speck after the name stays off the role joined to it.
  const name = rest[1]!.replace(/[\s:;|.,]+$/u, '');
  if (MEMBER_GROUP.test(rest[0]!.trim())) return [...lead, name];
  // "Kassör | Lena Rask", "Led. | Erik Holm", "Supp. | Maja Dahl" under "Närvarande:": a function no label names.
  const written = lead.length === 0 && matchLabel(rest[0]!) === null ? functionWord(rest[0]!) : null;
  if (written) return [`${name}, ${written}`];
  const label = matchLabel(rest[0]!);
  if (label === null || label.rest || (label.kind !== 'signature' && (lead.length === 0 || label.kind !== 'substitutes'))) return null;
  if (lead.length === 0 && keptNotesWhileAway(label.label, current)) return null;
  return [...lead, `${name}, ${label.label.toLowerCase()}`];
}

/**
 * "Sekreterare Lars Ek, Salem" as a row of a people list: the role printed
 * before the person, not a new field. A colon ("Sekreterare: Lars Ek") makes
 * it a field of its own.
 */
export function rolePrefixedPerson(cell: string, label: NonNullable<ReturnType<typeof matchLabel>>, current: HeadField): string | null {
  if (label.kind !== 'signature' || !LIST_KINDS.has(current.kind) || current.kind === 'adjusters' || !label.rest) return null;
  if (keptNotesWhileAway(label.label, current)) return null;
  if (cell.slice(0, cell.lastIndexOf(label.rest)).includes(':')) return null;
  // "Ordförande Å Mikael Ek": a capital Å, Ä or Ö alone, without an initial's stop, is a speck in the gap after the role.
  const rest = label.rest.replace(/^[ÅÄÖ]\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll})/u, '');
  const person = parsePerson(rest);
  if (!person || !person.name.includes(' ') || person.role) return null;
  return `${rest}, ${label.label.toLowerCase()}`;
}

// "Siv Holm (KD)", "Siv Holm": the substitute's name in the presence column, with or without the party.
const STAND_IN_CELL = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?:\s*\(([^()]{1,5})\))?$/u;

/** "Bo Lind | KD | Siv Holm (KD)" → "Siv Holm (KD), tjänstgörande ersättare för Bo Lind (KD)", or null. */
function servingInstead(cells: readonly string[]): string | null {
  if (cells.length !== 3 || !looksLikeParty(cells[1]!)) return null;
  const standIn = STAND_IN_CELL.exec(cells[2]!);
  if (!standIn || looksLikePlace(standIn[1]!) || !looksLikeName(standIn[1]!) || matchLabel(cells[2]!) !== null) return null;
  const member = cells[0]!.split(',')[0]!.trim();
  if (!looksLikeName(member) || member === standIn[1]) return null;
  return `${standIn[1]} (${standIn[2] ?? cells[1]}), tjänstgörande ersättare för ${member} (${cells[1]})`;
}
