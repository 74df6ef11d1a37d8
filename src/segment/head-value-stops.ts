import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';

// Rows under a head field that are no part of its value: where the agenda starts, the document's own title, a page
// number, a note to the reader.

// "Punkt  Ämne  Ansvarig  Beslut/Åtgärd": the subject's column, and two column words joined by a slash.
// "Ansvarig | Klart": who follows a point up and by when.
// "Ärenden | Dnr | Bil.": the number of each point's enclosure (bilaga), or the page where its documents begin.
const AGENDA_HEADER_WORD = /^(?:nr|punkt|ärende|ärenden|rubrik|ämne|ansvarig|föredragande|anteckning|anteckningar|dnr|beslut|åtgärd|åtgärder|tid|kommentar|kommentarer|diskussion|noteringar|status|klart|klar|senast|bil|bilaga|bilagor|sida|sid)$/iu;

/**
 * "Punkt | Ärende | Ansvarig", "Nr | Punkt | z Anteckning.": the header of the table of points, which ends a list of
 * people printed above it. A letter or speck from OCR around the words is ignored.
 */
export function isPointsTableHeader(line: DocumentLine): boolean {
  const words = line.cells
    .flatMap((c) => c.trim().split(/[\s/]+/))
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w.length > 1);
  return words.length >= 2 && words.every((w) => AGENDA_HEADER_WORD.test(w)) && words.some((w) => /^(?:punkt|ärende|ärenden|rubrik|ämne)$/iu.test(w));
}

// "Beslutsärenden", "Informationsärenden": the agenda's groups are headings of it too.
// "Program": an invitation to a network meeting or study day heads its agenda so.
// "Agenda": a Word or Teams template's heading of the points, as "Dagordning" is.
export const AGENDA_HEADING = /^\s*(?:föredragningslista|dagordning|agenda|ärendelista|\p{L}*ärenden|förslag till dagordning|program)\s*[:.]?\s*$/iu;
// ": Föredragningslista | Fa Po | PR aa": on a poor scan the heading comes with specks before it and scraps of a letter
// or two after it, which OCR reads off the dust on the page.
const AGENDA_WORD_FIRST = /^(?:föredragningslista|dagordning|ärendelista)[:.]?$/iu;
export function isAgendaHeadingAmidSpecks(text: string): boolean {
  const words = text.split(/[\s|]+/u).filter((w) => w !== '');
  const first = words.findIndex((w) => /\p{L}/u.test(w));
  if (first < 0 || first > 2 || !AGENDA_WORD_FIRST.test(words[first]!.replace(/^[^\p{L}]+/u, ''))) return false;
  return words.every((w, i) => i === first || !/\p{L}{3}/u.test(w));
}
// "Ärende  Dnr" under "Plats: …" with the column gap closed: the head of the agenda table.
// "Ärende  Tid": an agenda with each point's time.
export const AGENDA_TABLE_HEAD = /^\s*(?:nr|ärende|ärenden|punkt)\s+(?:dnr|diarienummer|föredragande|ansvarig|ärende|rubrik|tid|klockslag)\s*$/iu;

// A word of four letters or more: not an abbreviation such as "Kl: 18.30", which goes on with the date above it.
export const UNKNOWN_LABEL_ROW = /^\s*\p{Lu}\p{Ll}{3,}(?:\s+\p{Ll}+){0,4}\s*:\s+\S/u;
// A label word, or a few words the first of which is capitalised: "Distans", "Digitalt deltagande".
const LABEL_CELL = /^\s*\p{Lu}\p{Ll}{3,}(?:[\s-]+\p{Ll}+){0,3}\s*:?\s*$/u;

/**
 * "Lokal ⇥ Brandstationen, rum Glöden" / "Distans ⇥ Länk till Teams skickas separat": in a head block printed as
 * label ⇥ value, a row with a word of its own in the label column starts another field, one no catalogue knows too;
 * a row that goes on with the value above leaves that column empty.
 */
export function opensUnknownLabelColumn(line: DocumentLine): boolean {
  return line.cells.length >= 2 && LABEL_CELL.test(line.cells[0]!) && matchLabel(line.cells[0]!) === null;
}

// "1 (2)", "Sida 1 av 3", "Sida (2)": a page's number, with or without the count of pages.
export const PAGE_OF = /^\s*(?:sida|sid\.?|s\.)?\s*\d{0,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|\/)\s*\d{1,3})\s*$/iu;
// "Minnesanteckningar, ledningsgruppen för …" under "Lokal: …": the document's title printed below the meeting rows.
export const DOCUMENT_TITLE = /^\s*(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll|kallelse|sammanträdesprotokoll)\b(?!\s*(?:rum|sal)\b)/iu;
// "OBS! Gruppmöte kl. 17.00." under "Tid och plats: …": a note to the reader, not the rest of the value.
// "Cirka 25 boende deltog.": a sentence about who came, under the place where geometry gave no blank row, is no part of it.
export const TURNOUT = /^\s*\p{Lu}.*\s(?:deltog|närvarade|medverkade|kom)\b.*\.\s*$/u;
export const READER_NOTE = /^\s*(?:obs|observera|notera)\s*[!:.]/iu;
// "Rådhuset, rum Ekorren" / "(lunch serveras 12.30 i personalmatsalen)": a row wholly in brackets under a value is an
// aside to the reader, not the rest of the value.
export const BRACKETED_ASIDE = /^\s*\([^()]*\)\s*$/u;
