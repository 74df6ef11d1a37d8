import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';
import { withoutTrailingSpeckle } from './item-title-tails.ts';
import { looksLikePlace } from './person-parts.ts';
import { PAST_VERB, STRONG_PAST_VERB } from './run-in-titles.ts';

// The column-header row of an agenda table: "Nr  Ärende  Föredragande", "Punkt  Rubrik  Ansvarig".
// "Punkt | Ämne | Ansvarig | Beslut/Åtgärd": minutes kept as a table name the subject and what was decided or is to be done.
const AGENDA_HEADER = /^(?:nr|nummer|punkt|ärende|ärenden|rubrik|ämne|föredragande|föredragare|handläggare|ansvarig|dnr|diarienummer|beteckning|bilaga|tid|anteckning|beslut|åtgärd|åtgärder)$/iu;
const PRESENTER_HEADER = /^(?:föredragande|föredragare|handläggare|ansvarig)$/iu;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// The columns of a table of points that hold the title, and those that can stand after it.
const TITLE_COLUMN = /^(?:punkt|ärende|rubrik|ämne)$/iu;
// "Ansvarig | Klart": who does what was agreed and by when, after the note.
const AFTER_TITLE_COLUMN = /^(?:föredragande|föredragare|handläggare|ansvarig|anteckning|anteckningar|diskussion|beslut|åtgärd|åtgärder|handling|handlingar|underlag|kommentar|kommentarer|noteringar|klart|klar|senast|status)$/iu;
const TABLE_WORD = new RegExp(`${AGENDA_HEADER.source}|${AFTER_TITLE_COLUMN.source}`, 'iu');
// Small words after which a capitalised word goes on with the title ("Detaljplan för Näsängen"), not a new column.
const JOINING_WORD = /^(?:för|i|på|av|till|om|vid|mot|från|med|och|samt|inom|kring|över|under|efter|hos|mellan|utan|genom|enligt|kl\.?)$/iu;

// A title that ends after a comma or a small word goes on on its column's next row.
const BROKEN_OFF = /(?:,|\s(?:för|av|vid|i|på|och|om|till|med|från|samt|mot|över|under|inom|efter|kring|gällande|avseende))$/iu;
// "Beslutsärenden", "Informationsärenden", "Anmälningsärenden": a heading over a group of the table's points.
const GROUP_HEADING = /^\s*\p{Lu}\p{Ll}+ärenden:?\s*$/u;

/** "Nr — Ärende | Föredragande", "Nr Punkt z Anteckning.": the table's column headings above its first point, OCR's specks aside. */
function pointTableHeader(lines: readonly DocumentLine[], first: ItemHeading): string[] | null {
  const header = pointTableHeaderLine(lines, first);
  return header ? headerWords(header) : null;
}

function pointTableHeaderLine(lines: readonly DocumentLine[], first: ItemHeading): DocumentLine | null {
  // "Ärende | Dnr | Föredragande" / "Beslutsärenden" / "1. Val av justerare": the table's first group of points has a
  // heading of its own ("Beslutsärenden", "Informationsärenden") between the column headings and the first point.
  const above = lines.slice(Math.max(0, first.line - 5), first.line).reverse().filter((line) => !isBlank(line));
  const header = above[0] && GROUP_HEADING.test(above[0].text) ? above[1] : above[0];
  const words = header ? headerWords(header) : [];
  return header && words.length >= 2 && words.every((w) => TABLE_WORD.test(w)) ? header : null;
}

/**
 * "Punkt" / "1. Inledning och" … "Anteckningar |" and on the next page "Punkt Anteckningar" / the rest of a point's notes:
 * OCR read the first page's column headings apart, one column after the other, but the table's head printed again over
 * its rows on a later page is whole. A row between the points that holds only column headings, the title's column and
 * one after it, is the same table's head.
 */
function repeatedTableHeader(lines: readonly DocumentLine[], headings: readonly ItemHeading[]): string[] | null {
  const last = headings[headings.length - 1];
  if (!last) return null;
  for (let i = headings[0]!.line + 1; i < last.line; i++) {
    const words = headerWords(lines[i]!);
    const titleAt = words.findIndex((w) => TITLE_COLUMN.test(w));
    if (words.length >= 2 && titleAt !== -1 && words.every((w) => TABLE_WORD.test(w)) && words.slice(titleAt + 1).some((w) => AFTER_TITLE_COLUMN.test(w))) return words;
  }
  return null;
}

/** A header row's words without OCR's specks; "Beslut/Åtgärd" is two column words. */
function headerWords(line: DocumentLine): string[] {
  return line.cells.flatMap((c) => c.split(/[\s/]+/)).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length >= 2);
}

/** Where the next column starts inside a title whose column gap OCR closed, or -1. */
// Columns that hold notes written as sentences: a capitalised word there opens a sentence.
const NOTE_COLUMN = /^(?:anteckning|anteckningar|diskussion|kommentar|kommentarer|noteringar)$/iu;

/** "Maria visade ett utkast": a capitalised word followed by three words in lower case opens a sentence. */
function opensSentence(words: readonly string[], at: number): boolean {
  return words.slice(at + 1, at + 4).length === 3 && words.slice(at + 1, at + 4).every((w) => /^\p{Ll}+[.,]?$/u.test(w));
}

function nextColumnAt(words: readonly string[], notes = false): number {
  // "Information från förvaltningen | Sofie Ekman", "Bidrag 2024 . Tjänsteskrivelse": OCR's speck in the gap.
  // "… skolskjutsar Å Delges på sammanträdet": a lone capital letter in the gap is a speck too (not a numeral I, V, X).
  // "Lokaler under = Tre rum …": an equals sign read in the gap as well.
  const speck = words.findIndex((w, i) => i >= 1 && (/^[|.·=]$/u.test(w) || /^(?![IVX])\p{Lu}$/u.test(w)) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
  if (speck !== -1) return speck;
  // "Nästa möte 2021-05-04 kl. 08.30": under a column of notes, a whole date after the title's words opens the note.
  // "Nästa möte 11 april 2024 …": a date written out too.
  // A title's own date follows "den", "per", "från" … ("Delårsbokslut per den 31 augusti 1988").
  const dated = notes ? words.findIndex((w, i) => i >= 1 && (/^\d{4}-\d{2}-\d{2}[,.]?$/u.test(w) || (/^\d{1,2}$/u.test(w) && MONTH.test(words[i + 1] ?? '') && !DATE_IN_TITLE.test(words[i - 1]!)))) : -1;
  // "Föregående möte Anteckningarna godkändes.", "Bygglov för flerbostadshus, Ängby 1:45 Oskar Lund": a capitalised
  // word after a word of the title that no name follows in a title (not after a comma, a small joining word, or
  // another capitalised word of a name).
  const named = words.findIndex((w, i) => {
    if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(w)) return false;
    const before = words[i - 1]!;
    // "Nya rutiner för Maria visade ett utkast …" under a column of notes: after a small word, a name opening a
    // sentence is the note's first word, where a title would name a place ("Detaljplan för Näsängen").
    if (/,$/u.test(before) || JOINING_WORD.test(before)) return notes && opensSentence(words, i);
    return i === 1 || !/^\p{Lu}/u.test(before);
  });
  return dated !== -1 && (named === -1 || dated < named) ? dated : named;
}

const DATE_IN_TITLE = /^(?:den|per|från|till|fr\.o\.m\.|t\.o\.m\.|om|efter|före|senast|inför)$/iu;
const MONTH = /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/iu;

/**
 * "1. Inledning Maja hälsade välkommen …", "2. Läsfrämjande i högstadiet Ida berättade om …": a table of points without a
 * header, its two columns run together on every row by OCR. Where most of the points' titles are long (seven words or
 * more, which a title seldom is), each title ends where the notes' first sentence or date begins, as under a header
 * that names a column of notes.
 */
export function withoutHeaderlessNotes(lines: readonly DocumentLine[], headings: ItemHeading[]): ItemHeading[] {
  const first = headings[0];
  // Only points numbered "1." (older minutes open a paragraph with its sentence), and no table head that names columns.
  // A table's titles open with a capital; a list of business in running text ("1) val av två justeringsmän; …") does not.
  if (!first || headings.some((h) => h.kind !== 'numbered' || !/^\p{Lu}/u.test(h.title)) || pointTableHeader(lines, first) || repeatedTableHeader(lines, headings)) return headings;
  const long = headings.filter((h) => lines[h.line]!.cells.length === 1 && h.title.split(/\s+/u).length >= 7);
  if (headings.length < 3 || long.length < 3 || long.length * 5 < headings.length * 3) return headings;
  return headings.map((heading) => {
    if (heading.runIn || lines[heading.line]!.cells.length !== 1) return heading;
    const words = heading.title.split(/\s+/u);
    const at = words.length >= 4 ? nextColumnAt(words, true) : -1;
    // A title of a few words, notes of a few words more.
    if (at < 1 || at > 6 || words.length - at < 3) return heading;
    const rest = words.slice(at).join(' ').replace(/^[|.·=]\s*/u, '').replace(/[\s|]+$/u, '');
    // The notes read as a sentence (a stop, or a verb in the past); a title's own place name or date does not.
    const notes = /[.!?](?:\s|$)/u.test(rest) || PAST_VERB.test(rest) || STRONG_PAST_VERB.test(rest);
    return rest && notes ? { ...heading, title: withoutTrailingSpeckle(words.slice(0, at).join(' ')), trailing: [rest, ...heading.trailing], runIn: true } : heading;
  });
}

// "MHN 2019/14": the registry's letters before the case's year.
const REGISTRY_WITH_YEAR = /(?<!\S)(\p{Lu}{2,5})\s+\d{4}\s*\//gu;

/**
 * "… januari 2019 MHN 2019/14 Controller …", "… enskilt avlopp, BMN Bygglovshandläggare Eja Sand": under a column headed
 * "Dnr", the registry's letters in capitals open the Dnr column where OCR closed the gap, when the case's year follows
 * them or the table writes the same letters before a year on another row (so that "Information om SIP" keeps its
 * acronym). The title keeps two words.
 */
function registryLettersAt(words: readonly string[], registries: ReadonlySet<string>): number {
  return words.findIndex((w, i) => i >= 2 && /^\p{Lu}{2,5}$/u.test(w) && (/^\d{4}\s*\//u.test(words[i + 1] ?? '') || (registries.has(w) && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? ''))));
}

// "Föregående", "Kommande": an adjective alone, whose noun the narrow title column wrapped onto the row below.
const LONE_PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ande|ende)$/u;

/**
 * "Nya rutiner för" / "skolan gäller från maj …": the word that finishes a title broken off in a narrow column, at
 * the start of the row below, before the note's own wrapped words; small joining words before it come along.
 */
function wrappedTitleWord(below: DocumentLine | undefined): string | null {
  if (below === undefined || isBlank(below)) return null;
  const words = below.text.trim().split(/\s+/u);
  const at = words.findIndex((w) => !JOINING_WORD.test(w));
  if (at === -1 || !/^\p{Ll}{2,}[.,]?$/u.test(words[at]!)) return null;
  return words.slice(0, at + 1).join(' ').replace(/[.,]$/u, '');
}

/**
 * Under the column headings of a table of points with a column after the title ("Punkt | Diskussion | Beslut",
 * "Nr | Ärende | Föredragande"), a heading row that OCR read as one cell runs that column into the title. The title
 * ends where the next column starts; the rest is the row's next cell.
 */
export function withoutNextColumn(lines: readonly DocumentLine[], headings: ItemHeading[]): ItemHeading[] {
  const first = headings[0];
  const header = first ? (pointTableHeader(lines, first) ?? repeatedTableHeader(lines, headings)) : null;
  const titleAt = header?.findIndex((w) => TITLE_COLUMN.test(w)) ?? -1;
  if (!header || titleAt === -1 || !header.slice(titleAt + 1).some((w) => AFTER_TITLE_COLUMN.test(w))) return headings;
  const dnrColumn = header.slice(titleAt + 1).some((w) => /^(?:dnr|diarienummer)$/iu.test(w));
  const notes = header.slice(titleAt + 1).some((w) => NOTE_COLUMN.test(w));
  const columns = first ? (pointTableHeaderLine(lines, first)?.cells.length ?? null) : null;
  const registries = new Set(headings.flatMap((h) => [...lines[h.line]!.text.matchAll(REGISTRY_WITH_YEAR)].map((m) => m[1]!)));
  return headings.map((heading) => {
    // "2 | Bemanning sommar Rekryteringen går trögt …": the number in a cell of its own, the title and the notes in one.
    const cells = lines[heading.line]!.cells;
    if (cells.length !== 1 && !(cells.length >= 2 && /^\s*\S{1,3}\s*$/u.test(cells[0]!) && cells[1]!.trim().startsWith(heading.title.trim()))) return heading;
    // "7 | Ansökan om medel: Steg framåt | Processledare | B" under "Nr | Ärende | Föredragande | B/I": a row with a cell
    // for every column of the header ran nothing together.
    if (columns !== null && cells.length >= 3 && cells.length >= columns) return heading;
    const words = heading.title.split(/\s+/);
    const registry = dnrColumn ? registryLettersAt(words, registries) : -1;
    const named = nextColumnAt(words, notes);
    const at = registry >= 1 && (named < 1 || registry < named) ? registry : named;
    if (at < 1) return heading;
    const rest = words.slice(at).join(' ').replace(/^[|.·=]\s*/u, '').replace(/[\s|]+$/u, '');
    // The row below goes on with the next column's words, not the title's (as under a run-in title), unless the title
    // broke off mid-phrase ("… av enbostadshus," / "… mot fukt och mögel i"): then its own wrapped row comes next.
    // "… av enbostadshus, 2017/418 +": the Dnr column's bare number (taken off below) and its specks do not count.
    // "Bostadsförsörjning för : Flera kommuner …": a speck in the closed gap is no part of the title.
    const title = withoutTrailingSpeckle(words.slice(0, at).join(' '));
    const brokenOff = BROKEN_OFF.test(title.replace(/\s+\d{4}\s*\/\s*\d{1,5}(?:\s+[^\p{L}\d\s]+)*$/u, ''));
    // Beside a column of notes the row below holds the note's next words too: only the title's own wrapped word is taken.
    // OCR may put a blank row between the heading's row and the one that finishes the title.
    const below = lines.slice(heading.line + 1, heading.line + 3).find((l) => !isBlank(l));
    const wrapped = rest && notes && (brokenOff || LONE_PARTICIPLE.test(title)) ? wrappedTitleWord(below) : null;
    if (wrapped) return { ...heading, title: `${title} ${wrapped}`, trailing: [rest, ...heading.trailing], runIn: true };
    // With the number in a cell of its own, the row was read with its columns: a row below in the title's column may
    // still finish the title, so the split is no run-in.
    return rest ? { ...heading, title, trailing: [rest, ...heading.trailing], ...(brokenOff || cells.length > 1 ? {} : { runIn: true }) } : { ...heading, title };
  });
}

/**
 * Under an agenda table whose header names a presenter column, a person's
 * name that ends a title ("Bidrag till föreningar 2023 Mats Öberg") is that
 * column run into the title by a lost column gap. Only two capitalised words
 * that do not name a place are taken off, and the title keeps a word.
 */
export function withoutPresenters(lines: readonly DocumentLine[], headings: ItemHeading[]): ItemHeading[] {
  const first = headings[0];
  if (!first) return headings;
  // "Tid Nr — Punkt Ansvarig": OCR's specks between the column words are none.
  const presenterHeader = (line: DocumentLine) => {
    const words = headerWords(line);
    return words.length >= 2 && words.every((w) => AGENDA_HEADER.test(w)) && words.some((w) => PRESENTER_HEADER.test(w));
  };
  const header = lines.slice(Math.max(0, first.line - 3), first.line).find(presenterHeader);
  // "Informationsärenden" / "Nr Ärende Dnr Föredragande" / "6 Insatsstatistik … Mia Sandén": a table that goes on under
  // a header of its own on the next page, where OCR read the first page's header without the presenter's column.
  const later = header ? -1 : lines.findIndex((line, i) => i > first.line && presenterHeader(line));
  if (!header && later === -1) return headings;
  return headings.map((heading) => {
    if (!header && heading.line < later) return heading;
    // "… dagens program Karin Nordlund '": OCR's speck after the name is no part of it.
    const words = withoutTrailingSpeckle(heading.title).split(/\s+/);
    const tail = words.slice(-2);
    if (words.length < 3 || !tail.every((w) => NAME_WORD.test(w)) || looksLikePlace(tail.join(' '))) return heading;
    return { ...heading, title: words.slice(0, -2).join(' '), trailing: [tail.join(' '), ...heading.trailing] };
  });
}

// "2017/418", "2017/8": a registry number without the registry's letters, as a committee's own diary writes it.
const BARE_REFERENCE_IN_TITLE = /\s+\d{4}\s*\/\s*\d{1,5}(?![\d/])/u;

/**
 * "4 Förhandsbesked för nybyggnad, 2017/418 + Sanna Vik 2-3" under "Nr | Ärende | Dnr | Handläggare | Bilaga": where
 * OCR closed the column gaps, the Dnr column's bare registry number ends the title, and what follows it is the next
 * columns. Only under a header that names the Dnr column, where a title's own "2017/18" (a school year) is not read so
 * from a title alone.
 */
export function withoutBareReferences(lines: readonly DocumentLine[], headings: ItemHeading[]): ItemHeading[] {
  const first = headings[0];
  if (!first) return headings;
  const header = lines.slice(Math.max(0, first.line - 4), first.line).find((line) => {
    const words = headerWords(line);
    return words.length >= 3 && words.every((w) => TABLE_WORD.test(w)) && words.some((w) => /^(?:dnr|diarienummer)$/iu.test(w));
  });
  if (!header) return headings;
  return headings.map((heading) => {
    const m = BARE_REFERENCE_IN_TITLE.exec(heading.title);
    if (!m || !/\p{L}{3}/u.test(heading.title.slice(0, m.index))) return heading;
    const rest = heading.title.slice(m.index).trim();
    return { ...heading, title: heading.title.slice(0, m.index).trim(), trailing: [rest, ...heading.trailing] };
  });
}
