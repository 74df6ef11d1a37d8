import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';
import { type LabelKind, matchLabel } from './labels.ts';
import { cleanNameText, functionWord, looksLikeName, looksLikePlace, parsePerson } from './person.ts';
import { findDates, monthNumber } from './swedish-dates.ts';

/** A labelled field of the head block and the value cells that belong to it, in order. */
export interface HeadField {
  kind: LabelKind;
  label: string;
  values: string[];
}

export const LIST_KINDS: ReadonlySet<LabelKind> = new Set(['attendees', 'substitutes', 'others', 'absent', 'adjusters']);

/**
 * The labelled fields of a head block. A label and its value can share a row
 * ("Plats och tid   Kommunhuset …"), the value can follow on the next rows,
 * or, when OCR read the label column as its own block, several labels come
 * first and their value paragraphs follow in the same order.
 */
// "Närvarande var …", "Förhinder hade …", "Närvarande vid mötet var …": a label opening a sentence.
// "Närvarande var ledamöterna Gun Ek, …": the verb may come before a function in the definite form, then the names.
const LABEL_VERB = /^(?:vid\s+mötet\s+|på\s+mötet\s+)?(?:var|hade|deltog|närvarade)\s+(?=\p{Lu}|\p{Ll}{4,}(?:erna|arna|orna|en|n)\s+\p{Lu})/u;

const TOOK_PART_OPENING = /^\s*(?:vid|på|i)\s+(?:mötet|sammanträdet|träffen|dagens\s+möte)\s+(?:deltog|närvarade|var\s+närvarande)\s/iu;

// A row that breaks off after a separator and one capitalised word: a first name whose surname went to the next row.
const BROKEN_NAME_END = /[,;]\s*(?:och\s+)?\p{Lu}\p{Ll}+\s*$/u;
// The surname's row goes on with the list's punctuation; a lone word without it is a heading ("Punkter").
const LONE_SURNAME_ROW = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*[.,;]\s*$/u;

/**
 * A cell of prose holding several labelled sentences ("Närvarande var Anna Ek
 * (Haninge) och Per Öst. Förhinder hade Karin Sjö.") as one cell per sentence.
 */
function sentenceCells(cell: string): string[] {
  if (!matchLabel(cell)) return [cell];
  const parts = cell.split(/(?<=[.)])\s+(?=\p{Lu})/u);
  const cells: string[] = [];
  for (const part of parts) {
    if (cells.length > 0 && !matchLabel(part)) cells[cells.length - 1] += ` ${part}`;
    else cells.push(part);
  }
  return cells;
}

/**
 * Two colon labels side by side whose column gap OCR closed ("Datum: 2023-10-05
 * Plats: Tyresö kommunhus") as one cell per label. Only a known label followed
 * by a colon starts a new cell.
 */
function colonLabelCells(cell: string): string[] {
  if (!matchLabel(cell)) return [cell];
  const cells: string[] = [];
  let start = 0;
  for (const m of cell.matchAll(/\s(?=(\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}):\s)/gu)) {
    const at = m.index + 1;
    const label = matchLabel(`${m[1]!}:`);
    if (!label || at <= start) continue;
    cells.push(cell.slice(start, at).trim());
    start = at;
  }
  cells.push(cell.slice(start).trim());
  return cells.filter(Boolean);
}

// "Aktieägare | Ombud | Antal aktier": the table of shareholders at a company's general meeting, with their votes.
// "Ledamot  Organisation": the column of names headed by what the people are.
const TABLE_HEADER = /^(?:namn|ledamot|efternamn|förnamn|organisation|funktion|roll|titel|befattning|uppdrag|kommun|parti|representerar|förvaltning|verksamhet|e-post|telefon|aktieägare|ägare|medlem|ombud|företrädare|antal|aktier|röster|andel|initialer|signatur|kortnamn)$/iu;
// "Namn | Initialer | Funktion": the initials a person signs actions with say nothing more about who they are.
const INITIALS_HEADER = /^\s*(?:initialer|signatur|kortnamn)\s*$/iu;
// A column headed by a function ("Ombud") holds the names, and the heading is what those people were there as.
const NAME_HEADER = /^\s*(?:namn|ombud|företrädare)\s*$/iu;
const ROLE_HEADER = /^\s*(?:ombud|företrädare)\s*$/iu;
// "60 000", "1 250", "25 %": a column of figures (shares, votes) says nothing about who someone is.
const FIGURES_ONLY = /^\s*[\d\s.,%]+\s*$/u;
// The column of an attendance table that marks who was there: "Namn  Uppdrag  Närvarande".
const PRESENCE_HEADER = /^(?:närvarande|närvaro|närv\.?|deltog|deltar|närvarande\s*\(x\))$/iu;
// "Xx", "X.": OCR doubles a cross or puts a speck after it.
const PRESENT_MARK = /^(?:x{1,2}|✓|✔|☑|ja|j)[.,:;]?$/iu;
const ABSENT_MARK = /^(?:[-–—]|nej|n|frånvarande|förhinder|☐)$/iu;

/** The index of the presence column when the row heads an attendance table with marks, or null. */
function presenceColumn(line: DocumentLine): number | null {
  if (line.cells.length < 2) return null;
  const cells = line.cells.map((c) => c.trim());
  const presence = cells.findIndex((c) => PRESENCE_HEADER.test(c));
  if (presence === -1 || !cells.some((c) => /^namn$/iu.test(c))) return null;
  return cells.every((c, k) => k === presence || TABLE_HEADER.test(c)) ? presence : null;
}

/**
 * "Namn Organisation | Närvarande": the header of an attendance table whose column gaps OCR closed, the marks'
 * column last. Then each row's last token is its mark.
 */
function trailingPresenceHeader(line: DocumentLine): boolean {
  const words = line.cells.flatMap((c) => c.trim().split(/\s+/)).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean);
  if (words.length < 2 || !PRESENCE_HEADER.test(words[words.length - 1]!) || !words.some((w) => /^namn$/iu.test(w))) return false;
  return words.slice(0, -1).every((w) => TABLE_HEADER.test(w));
}

/**
 * "Erik Blom Capio vårdcentral", "Anders Fröjd ordförande": in a name-first table row without its gaps, the first name
 * and surname, then the rest (an organisation, or a function in lower case).
 */
function nameThenRest(text: string): string {
  const m = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}.*|\p{Ll}{3,}.*)$/u.exec(text);
  return m ? `${m[1]}, ${m[2]}` : text;
}

// The columns of a people table that hold what someone does, and those that hold where they come from.
const ROLE_COLUMN = /^(?:roll|funktion|titel|befattning|uppdrag)$/u;
const PLACE_COLUMN = /^(?:organisation|kommun|förvaltning|verksamhet|representerar|parti)$/u;

/**
 * "Helena Gran = : projektledare Täby kommun" under "Namn Roll Organisation": a row of a people table whose column gaps
 * OCR closed, as one cell per column. The name is its first two capitalised words; a role column before the last takes
 * words up to the next capitalised one (at least one word), the last column the rest; a bar OCR read in a gap splits
 * there too. Null when the row does not fill the columns so.
 */
function closedRowCells(text: string, header: readonly string[]): string[] | null {
  // "Botkyrka Linnea Sahlström", ":-Huddinge Maryam Rahimi ." under "Kommun Namn": the name is the last two capitalised
  // words, where the person comes from the rest.
  if (header.length === 2 && header[1] === 'namn') {
    const words = text.replace(/\s+\|\s+/gu, ' ').split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
    const name = words.slice(-2);
    if (words.length < 3 || !name.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) || !/^\p{Lu}/u.test(words[0]!)) return null;
    return [name.join(' '), words.slice(0, -2).join(' ')];
  }
  // "Lindberg . Karin M ordförande", "Wahlström Erik + SD" under "Efternamn Förnamn Parti Funktion": the surname and the
  // first name as two cells (the table's own order, which the reading of such tables turns), a party in capitals, the rest.
  if (header[0] === 'efternamn' && header[1] === 'förnamn') {
    const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
    if (words.length < 2 || !words.slice(0, 2).every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w))) return null;
    const cells = words.slice(0, 2);
    let at = 2;
    if (header[2] === 'parti' && /^\p{Lu}{1,3}$/u.test(words[at] ?? '')) cells.push(words[at++]!);
    if (at < words.length) cells.push(words.slice(at).join(' '));
    return cells;
  }
  // "Kalix kommun Maria Lundbäck socialsekreterare", "Region Norrbotten Sara Keskitalo kurator" under "Organisation Namn
  // Funktion": the name is the two capitalised words right before the first word in lower case that follows them.
  if (header.length === 3 && header[1] === 'namn') {
    const words = text.replace(/\s+\|\s+/gu, ' ').split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+/u, '')).filter(Boolean);
    const nameWord = (w: string | undefined) => w !== undefined && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w);
    const at = words.findIndex((w, j) => j >= 3 && /^\p{Ll}/u.test(w) && nameWord(words[j - 1]) && nameWord(words[j - 2]));
    if (at === -1) return null;
    return [words.slice(at - 2, at).join(' '), words.slice(0, at - 2).join(' '), words.slice(at).join(' ').replace(/[\s:;.|]+$/u, '')];
  }
  // "Karin Lundqvist | KL socialchef", "Johanna Sand : JS enhetschef …" under "Namn Initialer Funktion": the initials a
  // person signs with say nothing more about them.
  if (header[0] === 'namn' && header[1] === 'initialer') {
    const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
    if (words.length < 3 || !words.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return null;
    const rest = /^\p{Lu}{2,3}$/u.test(words[2]!) ? words.slice(3) : words.slice(2);
    return rest.length > 0 ? [words.slice(0, 2).join(' '), rest.join(' ')] : [words.slice(0, 2).join(' ')];
  }
  // "Eva Lindkvist M ordförande", "Petra Nord SD.", "Göran Bäck Vv :" under "Namn Parti Funktion": the name, the party in
  // capitals (OCR's doubled small letter, "Vv", is the one capital), then the function.
  if (header[0] === 'namn' && header[1] === 'parti') {
    const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
    if (words.length < 3 || !words.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return null;
    const doubled = /^(\p{Lu})(\p{Ll})$/u.exec(words[2]!);
    const party = /^\p{Lu}{1,3}$/u.test(words[2]!) ? words[2]! : doubled && doubled[1]!.toLowerCase() === doubled[2] ? doubled[1]! : null;
    if (!party) return null;
    return [words.slice(0, 2).join(' '), party, ...(words.length > 3 ? [text.slice(text.indexOf(words[3]!)).replace(/[\s:;.,|]+$/u, '')] : [])];
  }
  // "Namn Organisation Funktion": where people come from before what they do is read well without this ("Solna stad
  // ordförande": the organisation's own small words), so only roles before the last column are cut here.
  if (header.length < 2 || header.slice(1, -1).some((h) => !ROLE_COLUMN.test(h)) || !ROLE_COLUMN.test(header[header.length - 1]!) && !PLACE_COLUMN.test(header[header.length - 1]!)) return null;
  const tokens = text.split(/\s+/).map((t) => t.replace(/^["'`´‘’“”]+/u, '')).filter((t) => /[\p{L}\d]/u.test(t) || t === '|');
  const name = tokens.slice(0, 2);
  if (name.length < 2 || !name.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return null;
  const cells = [name.join(' ')];
  let at = 2;
  for (const k of header.slice(1).keys()) {
    while (tokens[at] === '|') at++;
    const last = k === header.length - 2;
    let end = at;
    if (last) end = tokens.length;
    else {
      end = at + 1;
      while (end < tokens.length && tokens[end] !== '|' && !/^\p{Lu}/u.test(tokens[end]!)) end++;
    }
    const words = tokens.slice(at, end).filter((t) => t !== '|');
    if (words.length === 0) return null;
    cells.push(words.join(' '));
    at = end;
  }
  return cells;
}

/** "Namn  Organisation  Funktion", also when OCR closed the column gaps into one cell. */
export function isTableHeader(line: DocumentLine): boolean {
  // "Kommun/Organisation" is two header words in one column.
  // 'Namn: | "> Organisation': OCR's specks around the header words.
  // "Namn i Funktion": a letter alone in the gap is a speck.
  const words = line.cells.flatMap((c) => c.trim().split(/\s+|\//)).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w && !/^\p{Ll}$/u.test(w));
  return words.length >= 2 && words.every((w) => TABLE_HEADER.test(w));
}

const AGENDA_HEADER_WORD = /^(?:nr|punkt|ärende|ärenden|rubrik|ansvarig|föredragande|anteckning|anteckningar|dnr|beslut|åtgärd|åtgärder|tid|kommentar|kommentarer|diskussion|noteringar|status)$/iu;

/**
 * "Punkt | Ärende | Ansvarig", "Nr | Punkt | z Anteckning.": the header of the table of points, which ends a list of
 * people printed above it. A letter or speck from OCR around the words is ignored.
 */
function isPointsTableHeader(line: DocumentLine): boolean {
  const words = line.cells
    .flatMap((c) => c.trim().split(/\s+/))
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w.length > 1);
  return words.length >= 2 && words.every((w) => AGENDA_HEADER_WORD.test(w)) && words.some((w) => /^(?:punkt|ärende|ärenden|rubrik)$/iu.test(w));
}

/** "Solna stad: Jenny Moberg | i": a letter or two beside a value is a speck at the page edge (not a mark "x" or "ja"). */
/** The row without cells of one small letter between its others (no cross or "j" that marks presence). */
function withoutScrapCells(line: DocumentLine): DocumentLine {
  if (line.cells.length < 3) return line;
  const cells = line.cells.filter((c, k) => k === 0 || k === line.cells.length - 1 || !/^\p{Ll}$/u.test(c.trim()) || /^[xj]$/iu.test(c.trim()));
  return cells.length === line.cells.length ? line : { ...line, cells, text: cells.join(' '), cellX: undefined };
}

function isEdgeScrap(cell: string): boolean {
  // "Plats: KS-salen, kommunhuset | Å": a capital Å, Ä or Ö alone is a speck too; no value has one for a column.
  return (/^\p{Ll}{1,2}$/u.test(cell.trim()) && !/^(?:x|ja)$/iu.test(cell.trim())) || /^[ÅÄÖ]$/u.test(cell.trim());
}

/**
 * A row of a people table ("Göran Ek   Sundbybergs stad   ordförande") is one
 * person: its cells are joined, even a cell that reads like a signature label.
 * Rows that start with a label keep their cells apart.
 */
function tableRow(cells: string[], current: HeadField | null): string[] {
  if (cells.length < 2 || current === null || !LIST_KINDS.has(current.kind)) return cells;
  // "Per Sjö (L)   Ulla Borg (S)": a list printed in two columns, one person in each cell.
  const persons = cells.map((c) => parsePerson(c));
  if (persons.every((p) => p !== null && p.name.includes(' ') && !looksLikePlace(p.name)) && cells.every((c) => /\(|,/.test(c))) return cells;
  // "Omid Karimi >.": specks after the name do not keep it from being one.
  const firstCell = cells[0]!.replace(/\s+[:;|.,'"`<>]+\s*$/u, '');
  if (matchLabel(firstCell) !== null || parsePerson(firstCell) === null) return cells;
  // "Camilla Öhrn | C | tjänstgörande ersättare för Lars Fält (C)": a substitute's function in the row's last column,
  // naming whom they stood in for, is a role cell, not the label of a new field.
  const standsIn = (l: NonNullable<ReturnType<typeof matchLabel>>) => l.kind === 'substitutes' && /^för\s+\p{Lu}/u.test(l.rest ?? '');
  if (cells.slice(1).some((c) => { const l = matchLabel(c); return l !== null && l.kind !== 'signature' && !standsIn(l); })) return cells;
  // "Helena Gran :", ":-Huddinge": specks read as punctuation at a cell's edge would glue the next cell to the name
  // or stay on the organisation; a cell of specks alone ("Maja  :") is no column at all.
  const kept = cells
    .map((c) => c.replace(/\s+[:;|.,'"`<>]+\s*$/u, '').replace(/^[:;|.,'"`<>\-–—]+\s*(?=\p{Lu})/u, ''))
    .filter((c, k) => !SPECKLE_ONLY.test(c) && !(k > 0 && isEdgeScrap(c)));
  // "Linnea Ström, Per Hedin | Botkyrka": several people in the name cell share the row's other columns.
  const names = kept[0]!.split(/\s*,\s*|\s+och\s+/u);
  if (kept.length > 1 && names.length > 1 && names.every((n) => n.includes(' ') && looksLikeName(n) && !looksLikePlace(n))) {
    const rest = kept.slice(1).join(', ');
    return names.map((n) => `${n}, ${rest}`);
  }
  return [kept.join(', ')];
}

// "Medlemmar", "Ledamot": a column of a people table that says only that the person is a member.
const MEMBER_GROUP = /^(?:medlem(?:mar)?|ledam(?:ot|öter)|ordinarie(?:\s+ledamöter)?)$/iu;

/**
 * "Närvarande | Ordförande | Mikael Lind", " | Vice ordförande | Anna Sjö", " | Medlemmar | Johan Ny": a people table
 * with a column of functions between the label and the names. The function is the person's role (a member group
 * none), not the label of a field of its own; the row becomes the label and "name, role".
 */
function functionColumnRow(cells: readonly string[], current: HeadField | null): string[] | null {
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
  return [...lead, `${name}, ${label.label.toLowerCase()}`];
}

/**
 * "Sekreterare Lars Ek, Salem" as a row of a people list: the role printed
 * before the person, not a new field. A colon ("Sekreterare: Lars Ek") makes
 * it a field of its own.
 */
function rolePrefixedPerson(cell: string, label: NonNullable<ReturnType<typeof matchLabel>>, current: HeadField): string | null {
  if (label.kind !== 'signature' || !LIST_KINDS.has(current.kind) || current.kind === 'adjusters' || !label.rest) return null;
  if (cell.slice(0, cell.lastIndexOf(label.rest)).includes(':')) return null;
  const person = parsePerson(label.rest);
  if (!person || !person.name.includes(' ') || person.role) return null;
  return `${label.rest}, ${label.label.toLowerCase()}`;
}

/**
 * With geometry, a row that starts nearer the label column than the value
 * column of the field being read ("Plats  Kommunhuset …" then a paragraph at
 * the margin) is no longer that field's value, even without a blank row.
 */
function leavesValueColumn(line: DocumentLine, columns: { label: number; value: number } | null): boolean {
  // A speckle read as a letter ("i") in the label column says nothing about where the row starts.
  const first = line.cells.findIndex((c) => c.replace(/[^\p{L}\d]/gu, '').length >= 2);
  const x = first === -1 ? undefined : line.cellX?.[first];
  if (x === undefined || columns === null || columns.value - columns.label <= 0) return false;
  return Math.abs(x - columns.label) < Math.abs(x - columns.value);
}

/**
 * A paragraph of prose that opens with a labelled sentence ("Närvarande var …
 * och Sören" / "Kärrlund (Region Stockholm). Förhinder hade …") wraps at the
 * margin, in the middle of a name; its rows are read as one cell.
 */
function joinProseRows(lines: readonly DocumentLine[]): DocumentLine[] {
  const result: DocumentLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = line.cells.length === 1 ? matchLabel(line.cells[0]!) : null;
    // "Från kommunen deltog Malin Ek …": the verb follows the label's own words, so it is not in the rest.
    // "Vid mötet deltog vd Maria Ek, …": the sentence that names who took part may give a lower-case title first.
    const sentence = label !== null && (LABEL_VERB.test(label.rest) || /\s(?:deltog|närvarade)\s+\p{Lu}/u.test(line.text) || TOOK_PART_OPENING.test(line.text));
    if (!label || !LIST_KINDS.has(label.kind) || !sentence) {
      result.push(line);
      continue;
    }
    let text = line.text.trim();
    while (!/[.!?]$/.test(text) && i + 1 < lines.length && lines[i + 1]!.cells.length === 1) {
      text = `${text} ${lines[i + 1]!.text.trim()}`;
      i++;
    }
    result.push(documentLine(line.page, [text], line.cellX?.slice(0, 1)));
  }
  return result;
}

// "Beslutsärenden", "Informationsärenden": the agenda's groups are headings of it too.
// A word of four letters or more: not an abbreviation such as "Kl: 18.30", which goes on with the date above it.
const UNKNOWN_LABEL_ROW = /^\s*\p{Lu}\p{Ll}{3,}(?:\s+\p{Ll}+){0,4}\s*:\s+\S/u;
// "1 (2)", "Sida 1 av 3", "Sida (2)": a page's number, with or without the count of pages.
const PAGE_OF = /^\s*(?:sida|sid\.?|s\.)?\s*\d{0,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|\/)\s*\d{1,3})\s*$/iu;
const AGENDA_HEADING = /^\s*(?:föredragningslista|dagordning|ärendelista|\p{L}*ärenden|förslag till dagordning)\s*[:.]?\s*$/iu;
// "Minnesanteckningar, ledningsgruppen för …" under "Lokal: …": the document's title printed below the meeting rows.
const DOCUMENT_TITLE = /^\s*(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll|kallelse|sammanträdesprotokoll)\b(?!\s*(?:rum|sal)\b)/iu;
// "Ärende  Dnr" under "Plats: …" with the column gap closed: the head of the agenda table.
// "Ärende  Tid": an agenda with each point's time.
const AGENDA_TABLE_HEAD = /^\s*(?:nr|ärende|ärenden|punkt)\s+(?:dnr|diarienummer|föredragande|ansvarig|ärende|rubrik|tid|klockslag)\s*$/iu;
// "OBS! Gruppmöte kl. 17.00." under "Tid och plats: …": a note to the reader, not the rest of the value.
// "Cirka 25 boende deltog.": a sentence about who came, under the place where geometry gave no blank row, is no part of it.
const TURNOUT = /^\s*\p{Lu}.*\s(?:deltog|närvarade|medverkade|kom)\b.*\.\s*$/u;
const READER_NOTE = /^\s*(?:obs|observera|notera)\s*[!:.]/iu;
const SPECKLE_ONLY = /^[\s.,;:|'"`‘’”_~•*\-–—]*$/u;

const MEETING_KINDS: ReadonlySet<LabelKind> = new Set(['date', 'time', 'place', 'placeTime']);
const PERSON_WITH_PARTY = /^\s*\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+\s*\(\p{Lu}{1,3}\)/u;

/**
 * A row of bare meeting labels over a row of as many values ("Mötesdatum  Tid
 * Plats" / "2022-03-15  13:30–15:00  Kommunhuset"): the table's fields, each
 * label with the value below it, or null when the rows are not such a table.
 */
function labelRowTable(line: DocumentLine, below: DocumentLine | undefined): HeadField[] | null {
  if (line.cells.length < 2 || below === undefined || below.cells.length !== line.cells.length) return null;
  const labels = line.cells.map((c) => matchLabel(c));
  if (!labels.every((l) => l !== null && !l.rest && MEETING_KINDS.has(l.kind))) return null;
  if (below.cells.some((c) => matchLabel(c) !== null || SPECKLE_ONLY.test(c))) return null;
  return labels.map((l, k) => ({ kind: l!.kind, label: l!.label, values: [below.cells[k]!.trim()] }));
}

/**
 * "Ledamöter   Ersättare" over rows of names in two columns: each column's people belong to the label above
 * it. Returns the fields and how many rows the table takes, or null when the row heads no such table.
 */
/** "Ordinarie ledamot Tjänstgörande ersättare": two column labels in one cell, where OCR closed the gap between them. */
function splitLabelPair(cell: string): string[] | null {
  const words = cell.trim().split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const [left, right] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    const [a, b] = [matchLabel(left), matchLabel(right)];
    if (a && b && !a.rest && !b.rest && /^\p{Lu}/u.test(right) && LIST_KINDS.has(a.kind) && LIST_KINDS.has(b.kind) && a.kind !== b.kind) return [left, right];
  }
  return null;
}

// "Pär Lundin (S) Ingela Sjö (S)": two cells of a two-column list of people read as one.
const TWO_BRACKETED_PEOPLE = /^(\p{Lu}[^()]*\([^()]{1,12}\))\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}\s*\([^()]{1,12}\)[^()]*)$/u;

function listColumns(lines: readonly DocumentLine[], at: number): { fields: HeadField[]; rows: number } | null {
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
    const glued = pair && read.cells.length === 1 ? TWO_BRACKETED_PEOPLE.exec(read.cells[0]!.trim()) : null;
    // A speck cell after a row (": ") read where the columns' gap was lost says nothing.
    const line = glued ? { ...read, cells: [glued[1]!, glued[2]!] } : pair ? { ...read, cells: read.cells.filter((c) => !SPECKLE_ONLY.test(c)) } : read;
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
      if (next && matchLabel(next.cells[0] ?? '') === null && parsePerson(next.cells[0] ?? '')?.name.includes(' ') && /\(/.test(next.text)) {
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

const EMBEDDABLE: ReadonlySet<string> = new Set(['signature', 'adjusters', 'time', 'date', 'place', 'placeTime', 'attendees', 'absent', 'others']);

/**
 * "Plats | Vaxholms stadshus, rum 5 Antecknare Eva Ek": a second label and its value in the same cell as the
 * first value, where OCR closed the gap between the pairs of a two-pair row. Splits the cell at the
 * capitalised label, so the row reads "Plats | … | Antecknare | Eva Ek" as printed.
 */
function splitEmbeddedLabel(cell: string): string[] {
  const words = [...cell.matchAll(/(?<=\S\s+)\p{Lu}\p{Ll}{3,}/gu)];
  for (const word of words) {
    const before = cell.slice(0, word.index).trim();
    const label = matchLabel(cell.slice(word.index));
    if (!label || !EMBEDDABLE.has(label.kind) || !label.rest || before.split(/\s+/).length < 2 || matchLabel(before) !== null) continue;
    const labelText = cell.slice(word.index, cell.length - label.rest.length).replace(/[\s:]+$/u, '');
    return [before.replace(/[,;]+$/u, ''), labelText, label.rest];
  }
  return [cell];
}

// "Från Haninge: Sara Lind, …", "Region Stockholm: Jenny Falk": a group's name, a colon and a person's first name and surname.
const GROUP_ROW = /^\s*(?:[Ff]rån\s+)?\p{Lu}[\p{L} .-]{1,40}:\s+\p{Lu}\p{Ll}+[\s-]+\p{Lu}\p{Ll}/u;

interface AttendanceMarks {
  column: number;
  width: number;
  present: HeadField;
  absent: HeadField | null;
}

/** A person of an attendance table goes to the present or, on first need, a new absent field, by the mark in their row. */
function markPerson(marks: AttendanceMarks, mark: string, person: string, fields: HeadField[]): void {
  if (PRESENT_MARK.test(mark)) {
    marks.present.values.push(person);
  } else if (ABSENT_MARK.test(mark)) {
    if (marks.absent === null) {
      marks.absent = { kind: 'absent', label: 'Frånvarande', values: [] };
      fields.push(marks.absent);
    }
    marks.absent.values.push(person);
  }
}

/** "\"Ljusdals kommun: Marie Öhman (SD)": a speck read as a quote or bar before a row's first capital. */
function withoutLeadingQuoteSpeck(line: DocumentLine): DocumentLine {
  const first = line.cells[0];
  if (first === undefined || !/^['"`‘’“”|]+\s*\p{Lu}/u.test(first)) return line;
  const cells = [first.replace(/^['"`‘’“”|]+\s*/u, ''), ...line.cells.slice(1)];
  return { ...line, cells, text: cells.join(' ') };
}

export function parseHeadBlock(input: readonly DocumentLine[]): HeadField[] {
  const lines = joinProseRows(input.map(withoutLeadingQuoteSpeck)).map((line) => {
    // Only a value cell beside a label can hold the second pair of the row.
    if (line.cells.length !== 2 || matchLabel(line.cells[0]!) === null || matchLabel(line.cells[0]!)!.rest) return line;
    const split = splitEmbeddedLabel(line.cells[1]!);
    return split.length === 1 ? line : { ...line, cells: [line.cells[0]!, ...split], cellX: undefined };
  });
  const fields: HeadField[] = [];
  const waiting: HeadField[] = [];
  let current = null as HeadField | null;
  // Where the current field's label and value start, when both shared a row.
  let columns = null as { label: number; value: number } | null;

  const take = (value: string) => {
    // "Plats och tid" / "Beslutande" / … then "PROTOKOLL" / "1 (2)" / "Kommunhuset …": OCR read the label column, then
    // the header's right-hand column, then the values; the document's name and page number belong to no label.
    // "SAMMANTRÄDESPFRSOFEOKOLE": the name in capitals, OCR damage inside it, is one long word no value is.
    if (current === null && waiting.length > 0 && (DOCUMENT_TITLE.test(value) || PAGE_OF.test(value) || /^\s*\p{Lu}{10,}\s*$/u.test(value))) return;
    // "Plats: Bygdegården, Östra Ed" / "Antal närvarande medlemmar: 34": a row with a label of its own that no catalogue
    // knows ends the value above it; it is no part of the place.
    if (current !== null && MEETING_KINDS.has(current.kind) && current.values.length > 0 && UNKNOWN_LABEL_ROW.test(value)) {
      current = null;
      return;
    }
    if (current === null && waiting.length > 0) current = waiting.shift()!;
    // "Arne Ek (S)" / "Kommunkansliet, 2024-06-27" with no blank row between: a row with a full date lists no person,
    // so in a label column read first it is the next label's value.
    else if (current !== null && LIST_KINDS.has(current.kind) && current.values.length > 0 && waiting.length > 0 && findDates(value).some((d) => d.explicitYear)) current = waiting.shift()!;
    // "5.3.2024 kl. 17.00–19.10" / "Stadshuset, nämndrummet" under "Sammanträdestid" / "Sammanträdesplats": a time that
    // has its date and clock is whole, and a row without a figure after it is the next waiting label's value.
    // "Kommunhuset, sal Dalbo, kl. 13.00–15.10" / "Hanna Lind (S), ordförande" under "Plats och tid" / "Beslutande": a
    // person with a party after the meeting's time is the first of the list waiting.
    else if (current !== null && MEETING_KINDS.has(current.kind) && waiting.length > 0 && LIST_KINDS.has(waiting[0]!.kind) && current.values.some((v) => /\d[.:]\d{2}/u.test(v)) && PERSON_WITH_PARTY.test(value)) current = waiting.shift()!;
    else if (current !== null && (current.kind === 'time' || current.kind === 'date') && waiting.length > 0 && !/\d/u.test(value) && current.values.some((v) => findDates(v).length > 0 && /\d[.:]\d{2}/u.test(v.slice(findDates(v)[0]!.index + findDates(v)[0]!.length)))) current = waiting.shift()!;
    if (!current) return;
    // "… Erik Lund; Inga" / "Berg.": a list in prose wrapped inside a name; a row that is one capitalised word ending
    // the sentence is no person of its own, so it finishes the name the row above broke off.
    const last = current.values[current.values.length - 1];
    if (last !== undefined && LIST_KINDS.has(current.kind) && BROKEN_NAME_END.test(last) && LONE_SURNAME_ROW.test(value)) {
      current.values[current.values.length - 1] = `${last} ${value.trim()}`;
      return;
    }
    current.values.push(value);
  };

  // Where the names stand in a people table whose header puts another column first.
  let nameColumn = null as { at: number; width: number; role: string | null } | null;
  // Where a column of initials stands in a people table.
  let initialsColumn = null as { at: number; width: number } | null;
  // Where the surname and the first name stand in a people table that splits them.
  let nameParts = null as { surname: number; given: number } | null;
  // The column headings of a people table that OCR read as one cell ("Namn Roll Organisation"), while its rows go on.
  let closedHeader = null as string[] | null;
  // An attendance table with a column of marks: who is marked present attends, who is marked off is absent.
  let marks = null as AttendanceMarks | null;

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (closedHeader !== null && !isBlank(line)) {
      const cells = line.cells.length === 1 && !matchLabel(line.cells[0]!) ? closedRowCells(line.cells[0]!, closedHeader) : null;
      if (cells) line = { ...line, cells, text: cells.join(' ') };
      else closedHeader = null;
    }
    // "Namn | Organisation | i | Närvarande": a letter alone in a column gap of an attendance table is a speck.
    if (marks !== null || presenceColumn(withoutScrapCells(line)) !== null) line = withoutScrapCells(line);
    const column = presenceColumn(line) ?? (trailingPresenceHeader(line) ? -1 : null);
    if (column !== null) {
      const present: HeadField = current !== null && current.kind === 'attendees' && current.values.length === 0 ? current : { kind: 'attendees', label: 'Närvarande', values: [] };
      if (present !== current) fields.push(present);
      marks = { column, width: line.cells.length, present, absent: null };
      current = null;
      continue;
    }
    // OCR's blank rows between the rows of the table keep it going.
    if (marks !== null && marks.column === -1 && isBlank(line)) continue;
    if (marks !== null && marks.column === -1) {
      // "Anders Moe, ordförande . Ja :": specks after the mark, and between the name and it, are no column.
      // "Anders Fröjd ordförande Xx i": a letter from the page edge after the mark, too.
      const row = /^(.*?)(?:\s+[.,:;'"`-]+)*\s+(\S+)$/u.exec(line.text.replace(/\s*\|\s*/g, ' ').replace(/(?:\s+[.,:;'"`]+)+\s*$/u, '').replace(/(?<=\s(?:x{1,2}|✓|✔|☑|ja|j))\s+\p{Ll}$/iu, '').trim());
      const mark = row?.[2] ?? '';
      if (row && (PRESENT_MARK.test(mark) || ABSENT_MARK.test(mark))) {
        const person = nameThenRest(row[1]!.trim());
        markPerson(marks, mark, person, fields);
        continue;
      }
      marks = null;
    }
    // "Anders Fröjd | ordförande | Xx | i": a letter from the page edge after the last column is no column of the table.
    const markCells = marks !== null && line.cells.length > marks.width && line.cells.slice(marks.width).every(isEdgeScrap) ? line.cells.slice(0, marks.width) : line.cells;
    if (marks !== null && markCells.length === marks.width) {
      const mark = markCells[marks.column]!.trim();
      const person = markCells.filter((_, k) => k !== marks!.column).map((c) => c.trim()).filter(Boolean).join(', ');
      markPerson(marks, mark, person, fields);
      continue;
    }
    marks = null;
    if (isBlank(line)) {
      // A list of people may have blank rows; any other value ends at one.
      const next = lines.slice(i + 1).find((l) => !isBlank(l));
      const nextPerson = next === undefined || matchLabel(next.cells[0] ?? '') ? null : parsePerson(next.cells[0] ?? '');
      const lastPerson = current?.values.length ? parsePerson(current.values[current.values.length - 1]!) : null;
      // "Åsa Ek Tyresö kommun" / "" / "Per Öst Haninge kommun": OCR puts blank rows between the rows of a people table.
      // "S1 Personal – Olle Rosvall" / "" / "S2 Analys – Sanna Lindby": the same with a function beside each name.
      const sameShape =
        nextPerson !== null && lastPerson !== null && nextPerson.name.includes(' ') &&
        ((!!nextPerson.organisation && !!lastPerson.organisation) || (!!nextPerson.role && !!lastPerson.role));
      // "Från Haninge: Sara Lind, Omar Said" / "" / "Från Nynäshamn: Britt Ek": OCR's blank rows between rows of people
      // grouped by where they come from.
      const lastValueText = current?.values[current.values.length - 1] ?? '';
      const groupRows =
        current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && next !== undefined && matchLabel(next.cells[0] ?? '') === null &&
        GROUP_ROW.test(lastValueText) && GROUP_ROW.test(next.text);
      // "Peter Ek (C)" / "" / "Malin Berg (L)": members with their parties, where OCR put blank rows inside a list whose
      // label waits in a column read before the values; the blank row does not hand the rest to the next label.
      const PARTY = /\(\p{Lu}{1,3}\)/u;
      const partyRows =
        current !== null && LIST_KINDS.has(current.kind) && waiting.length > 0 && next !== undefined && matchLabel(next.cells[0] ?? '') === null &&
        PARTY.test(lastValueText) && PARTY.test(next.text) && nextPerson !== null;
      // "Lena Karlsson, ordförande ." / "" / "Mats Öberg" / "" / "Fredrik Nyman": OCR's blank rows between the rows of a
      // list printed one person a row; a row that is nothing but a first name and surname goes on with the list.
      const bareName =
        current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && lastPerson !== null && nextPerson !== null &&
        nextPerson.name.includes(' ') && !looksLikePlace(nextPerson.name) && cleanNameText(next!.text) === nextPerson.name;
      // "…; Eva Hjort," / "" / "Hudiksvalls kommun; Ali Karimi, …": a list row that ends on a comma or semicolon goes on
      // after OCR's blank row; no list ends on one, nor on "och" or "samt" ("… och Helmer Nyström samt" / "" / "…").
      const openRow = current !== null && LIST_KINDS.has(current.kind) && /(?:[,;]|\s(?:och|samt))\s*$/u.test(lastValueText) && next !== undefined && matchLabel(next.cells[0] ?? '') === null;
      // "Jansson Rut C" / "" / "Wahlström Erik SD": OCR's blank rows inside a people table whose column gaps it closed.
      const closedRow = current !== null && LIST_KINDS.has(current.kind) && closedHeader !== null && next !== undefined && next.cells.length === 1 && closedRowCells(next.cells[0]!, closedHeader) !== null;
      const continuesList =
        groupRows || partyRows || bareName || openRow || closedRow ||
        (current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && nextPerson !== null &&
        (/[,(]/.test(next!.text) || sameShape));
      // "… tisdagen den 10" / "" / "oktober 2023 kl. 17.30": a date value wrapped across a blank row.
      const lastValue = current?.values[current.values.length - 1] ?? '';
      const continuesDate =
        current !== null && MEETING_KINDS.has(current.kind) && waiting.length === 0 && next !== undefined && /\d\s*$/.test(lastValue) &&
        monthNumber(next.text.trim().split(/\s+/)[0] ?? '') !== null;
      // "- Sara Öhrn, områdespolis" / "" / "Sigtuna kommun |" / "" / "- Anette Krantz, …": OCR's blank rows inside a dashed
      // list of people grouped under organisation rows.
      const dashed = /^\s*[-–—•*]\s+\p{Lu}/u;
      const afterNext = next === undefined ? undefined : lines.slice(lines.indexOf(next) + 1).find((l) => !isBlank(l));
      const continuesGroups =
        current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && dashed.test(lastValue) && next !== undefined && afterNext !== undefined &&
        (dashed.test(next.text) || (next.text.trim().split(/\s+/).length <= 5 && !/,/.test(next.text) && matchLabel(next.cells[0] ?? '') === null && dashed.test(afterNext.text) && /,/.test(afterNext.text)));
      if (!continuesList && !continuesDate && !continuesGroups && current && current.values.length > 0) current = null;
      continue;
    }
    const columnsOfPeople = listColumns(lines, i);
    if (columnsOfPeople) {
      fields.push(...columnsOfPeople.fields);
      current = null;
      columns = null;
      i += columnsOfPeople.rows;
      continue;
    }
    const table = labelRowTable(line, lines[i + 1]);
    if (table) {
      fields.push(...table);
      current = null;
      columns = null;
      i++;
      continue;
    }
    // The header of the table of points below a list of people: the list has ended.
    // "Ärende | Tid" under "Plats: …": the header of the table of points ends any field; its "Tid" labels nothing.
    if (isPointsTableHeader(line) && (line.cells.length >= 2 || (current !== null && LIST_KINDS.has(current.kind)))) {
      current = null;
      columns = null;
      continue;
    }
    // A column-header row of an attendee table ("Namn  Organisation  Funktion") holds no one; it tells where the names are.
    if (current !== null && LIST_KINDS.has(current.kind) && isTableHeader(line)) {
      const initialsAt = line.cells.findIndex((c) => INITIALS_HEADER.test(c));
      initialsColumn = initialsAt >= 0 ? { at: initialsAt, width: line.cells.length } : null;
      const nameAt = line.cells.findIndex((c) => NAME_HEADER.test(c));
      nameColumn = nameAt > 0 ? { at: nameAt, width: line.cells.length, role: ROLE_HEADER.test(line.cells[nameAt]!) ? line.cells[nameAt]!.trim().toLowerCase() : null } : null;
      // "Efternamn  Förnamn  Parti": the name in two columns, surname first.
      // With the header's gaps closed by OCR ("Efternamn Förnamn Parti Funktion"), each word is a column.
      const headerCells = line.cells.length === 1 ? line.cells[0]!.trim().split(/\s+/) : line.cells;
      const surnameAt = headerCells.findIndex((c) => /^\s*efternamn\s*$/iu.test(c));
      const givenAt = headerCells.findIndex((c) => /^\s*förnamn\s*$/iu.test(c));
      nameParts = surnameAt >= 0 && givenAt >= 0 ? { surname: surnameAt, given: givenAt } : null;
      const closedWords = headerCells.map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w && !/^\p{Ll}$/u.test(w)).map((w) => w.toLowerCase());
      // "Kommun Namn", "Organisation Namn Funktion": where people come from first, then the names.
      const placeFirst = PLACE_COLUMN.test(closedWords[0] ?? '') && closedWords[1] === 'namn' && (closedWords.length === 2 || (closedWords.length === 3 && ROLE_COLUMN.test(closedWords[2]!)));
      const surnameFirst = closedWords[0] === 'efternamn' && closedWords[1] === 'förnamn';
      closedHeader = line.cells.length === 1 && (closedWords[0] === 'namn' || placeFirst || surnameFirst) ? closedWords : null;
      continue;
    }
    if (nameColumn !== null && line.cells.length !== nameColumn.width) nameColumn = null;
    if (initialsColumn !== null && line.cells.length !== initialsColumn.width) initialsColumn = null;
    const parts = nameParts;
    const fitsNameParts =
      parts !== null && line.cells.length > Math.max(parts.surname, parts.given) &&
      [line.cells[parts.surname]!, line.cells[parts.given]!].every((c) => /^\s*\p{Lu}[\p{Ll}-]+\s*$/u.test(c)) && matchLabel(line.cells[0]!) === null;
    // A label row ("Övriga närvarande") opens another list printed in the same table columns.
    if (parts !== null && !fitsNameParts && matchLabel(line.cells[0] ?? '') === null) nameParts = null;
    // "Kommun  Namn" / "Botkyrka  Linnea Ek": the name column moved first, as in every other people table.
    const initialsAt = initialsColumn?.at ?? -1;
    const row = fitsNameParts
      ? { ...line, cells: [`${line.cells[parts!.given]!.trim()} ${line.cells[parts!.surname]!.trim()}`, ...line.cells.filter((_, k) => k !== parts!.given && k !== parts!.surname)] }
      : nameColumn === null
        ? initialsAt >= 0 ? { ...line, cells: line.cells.filter((_, k) => k !== initialsAt) } : line
        : {
            ...line,
            cells: [
              line.cells[nameColumn.at]!,
              ...line.cells.filter((c, k) => k !== nameColumn!.at && k !== initialsAt && !FIGURES_ONLY.test(c)),
              ...(nameColumn.role ? [nameColumn.role] : []),
            ],
          };
    if (current !== null && waiting.length === 0 && !matchLabel(line.cells[0] ?? '') && leavesValueColumn(line, columns)) {
      current = null;
      columns = null;
    }
    const rowLabel = matchLabel(line.cells[0] ?? '');
    if (rowLabel) columns = null;
    // "Närvarande | 2" over "Namn | Kommun": a lone figure beside a list's label is a speck OCR read, no value column.
    const speckFigure = rowLabel !== null && LIST_KINDS.has(rowLabel.kind) && /^\s*\d\s*$/u.test(line.cells[1] ?? '');
    if (rowLabel && !rowLabel.rest && line.cellX?.length === 2 && line.cells.length === 2 && !SPECKLE_ONLY.test(line.cells[1]!) && !speckFigure) {
      columns = { label: line.cellX[0]!, value: line.cellX[1]! };
    }
    const cells = tableRow(functionColumnRow(row.cells, current) ?? row.cells, current).flatMap(sentenceCells).flatMap(colonLabelCells);
    cells.forEach((cell, c) => {
      const label = matchLabel(cell);
      const rolePrefixed = label && current !== null ? rolePrefixedPerson(cell, label, current) : null;
      if (rolePrefixed) {
        take(rolePrefixed);
        return;
      }
      // "Karin Holm (M),  Ali Demir (S), …" / "ordförande": a value that ends in a comma (in either cell of a
      // two-column row) wraps its role onto the next row, where the role alone reads like a label.
      // "Maria Sten (S), vice" / "ordförande": a title broken after "vice" too.
      const open = current === null ? -1 : current.values.length - 1 - [...current.values].slice(-2).reverse().findIndex((v) => /(?:,|\bvice)\s*$/iu.test(v));
      // "…; Jonas Hed, kommunstyrelsens" / "ordförande; Mia Berg, …": a list wrapped inside a title goes on in lower case
      // on the next row, where the title's last word reads like a label.
      const lastValue = current?.values[current.values.length - 1] ?? '';
      if (label && c === 0 && /^\p{Ll}/u.test(cell.trim()) && current !== null && LIST_KINDS.has(current.kind) && /;/.test(lastValue) && /\p{Ll}{3,}s$/u.test(lastValue.trim())) {
        take(cell);
        return;
      }
      // "Närvarande:  Evert Lind  ordförande" / "  Ove Malm  sekreterare": a column of functions in lower case beside the
      // names of a list is each person's role, not a signature label.
      if (label && c > 0 && !label.rest && label.kind === 'signature' && /^\p{Ll}/u.test(cell.trim()) && current !== null && LIST_KINDS.has(current.kind) && current.values.length > 0 && matchLabel(cells[c - 1]!)?.kind !== 'signature') {
        current.values[current.values.length - 1] = `${current.values[current.values.length - 1]}, ${cell.trim()}`;
        return;
      }
      if (label && !label.rest && label.kind === 'signature' && cells.filter((x) => !SPECKLE_ONLY.test(x)).length === 1 && current !== null && LIST_KINDS.has(current.kind) && open >= 0 && open < current.values.length) {
        current.values[open] = `${current.values[open]} ${cell.trim()}`;
        return;
      }
      if (label) {
        const field: HeadField = { kind: label.kind, label: label.label, values: [] };
        fields.push(field);
        // "Frånvarande: ." — a speckle after the label is no value; the value follows on the next rows.
        let rest = (LIST_KINDS.has(label.kind) ? label.rest.replace(LABEL_VERB, '') : label.rest).replace(SPECKLE_ONLY, '');
        // "Deltagare Organisation": the label heads a table's first column, the rest of the row names the others.
        if (LIST_KINDS.has(label.kind) && rest && rest.split(/\s+|\//).every((w) => TABLE_HEADER.test(w))) rest = '';
        // "Närvarande aktieägare", "Närvarande ledamöter" without a colon: which group is present, not a value.
        if (LIST_KINDS.has(label.kind) && /^\p{Ll}+(?:\s+\p{Ll}+)?$/u.test(rest) && !cell.includes(':') && !/^(?:samtliga|alla|inga|ingen|hela)\b/iu.test(rest)) rest = '';
        if (rest) {
          field.values.push(rest);
          current = field;
        } else if (c < cells.length - 1) {
          current = field;
        } else if (current !== null && current.values.length === 0) {
          // Two labels with no value between them: a label column read before its values.
          waiting.push(current, field);
          current = null;
        } else if (current === null && waiting.length > 0) {
          waiting.push(field);
        } else {
          current = field;
        }
        return;
      }
      // "Föredragningslista" under "Plats: …" in the same column: the heading of the agenda, not the rest of a value.
      if (AGENDA_HEADING.test(cell) || AGENDA_TABLE_HEAD.test(cell)) {
        current = null;
        return;
      }
      if (c === 0 && current !== null && MEETING_KINDS.has(current.kind) && (READER_NOTE.test(cell) || DOCUMENT_TITLE.test(cell) || TURNOUT.test(cell))) {
        current = null;
        return;
      }
      if (c > 0 && isEdgeScrap(cell)) return;
      if (!SPECKLE_ONLY.test(cell)) take(cell);
    });
  }
  return fields;
}
