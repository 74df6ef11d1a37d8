import type { DocumentLine } from './document-lines.ts';

// "Aktieägare | Ombud | Antal aktier": the table of shareholders at a company's general meeting, with their votes.
// "Ledamot  Organisation": the column of names headed by what the people are.
// "Namn | Anslöt | Lämnade | Varaktighet", "Första anslutning": the attendance report a video meeting exports.
export const TABLE_HEADER = /^(?:namn|ledamot|efternamn|förnamn|organisation|funktion|roll|titel|befattning|uppdrag|kommun|parti|representerar|förvaltning|verksamhet|e-post|telefon|aktieägare|ägare|medlem|ombud|företrädare|antal|aktier|röster|andel|initialer|signatur|kortnamn|anslöt|lämnade|varaktighet|första|senaste|anslutning|frånkoppling)$/iu;
// "Namn | Initialer | Funktion": the initials a person signs actions with say nothing more about who they are.
export const INITIALS_HEADER = /^\s*(?:initialer|signatur|kortnamn)\s*$/iu;
// A column headed by a function ("Ombud") holds the names, and the heading is what those people were there as.
export const NAME_HEADER = /^\s*(?:namn|ombud|företrädare)\s*$/iu;
export const ROLE_HEADER = /^\s*(?:ombud|företrädare)\s*$/iu;
// "60 000", "1 250", "25 %": a column of figures (shares, votes) says nothing about who someone is.
export const FIGURES_ONLY = /^\s*[\d\s.,%]+\s*$/u;

// The columns of a people table that hold what someone does, and those that hold where they come from.
export const ROLE_COLUMN = /^(?:roll|funktion|titel|befattning|uppdrag)$/u;
export const PLACE_COLUMN = /^(?:organisation|kommun|förvaltning|verksamhet|representerar|parti)$/u;

/** "Namn  Organisation  Funktion", also when OCR closed the column gaps into one cell. */
export function isTableHeader(line: DocumentLine): boolean {
  // "Kommun/Organisation" is two header words in one column.
  // 'Namn: | "> Organisation': OCR's specks around the header words.
  // "Namn i Funktion": a letter alone in the gap is a speck.
  const words = line.cells.flatMap((c) => c.trim().split(/\s+|\//)).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w && !/^\p{Ll}$/u.test(w));
  if (words.length >= 2 && words.every((w) => TABLE_HEADER.test(w))) return true;
  // "Namn | Parti | Medlemskommun", "Namn | Parti | Närvarande/Tjänstgörande ersättare": beside a column of names, a
  // column of the member municipality or of presence and who served instead heads a table too ("Närvarande ersättare"
  // alone is a label).
  // "Ledamot | Parti | Närvarande | Tjänstgörande ersättare": a council's members headed by their function.
  return words.length >= 3 && words.some((w) => /^(?:namn|ledamot)$/iu.test(w)) && words.every((w) => TABLE_HEADER.test(w) || PRESENCE_HEADER.test(w));
}

// "Namn | Parti | Funktion | Deltar" over "… | på plats", "… | på distans": how each took part, a column of its own too.
const PRESENCE_HEADER = /^(?:medlemskommun|hemkommun|närvarande|närvaro|frånvarande|tjänstgörande|tjg|ersättare|ersätter|ledamöter|deltar|deltog|deltagande|deltagarform|mötesform|närvarosätt)$/iu;

/**
 * "Namn | Organisation | Roll" with no label above it: a template's table of those at the meeting, headed only by its
 * columns. The first column must be the names, so that a header of figures or functions alone opens nothing.
 */
export function opensNamedPeopleTable(line: DocumentLine): boolean {
  return /^\s*namn\b/iu.test(line.cells[0] ?? '') && isTableHeader(line);
}
