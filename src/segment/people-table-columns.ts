import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { FIGURES_ONLY, INITIALS_HEADER, NAME_HEADER, PLACE_COLUMN, ROLE_COLUMN, ROLE_HEADER } from './people-table-header.ts';

/** Where a people table's header put its columns, while the table's rows go on. */
export interface PeopleTableColumns {
  // Where the names stand in a people table whose header puts another column first.
  nameColumn: { at: number; width: number; role: string | null } | null;
  // Where a column of initials stands in a people table.
  initialsColumn: { at: number; width: number } | null;
  // Where the surname and the first name stand in a people table that splits them.
  nameParts: { surname: number; given: number } | null;
  // The column headings of a people table that OCR read as one cell ("Namn Roll Organisation"), while its rows go on.
  closedHeader: string[] | null;
  // How many columns the header of the people table above named ("Namn | Organisation": two).
  headerWidth: number | null;
}

/** The columns a people table's header row names. */
export function peopleTableHeader(line: DocumentLine): PeopleTableColumns {
  const headerWidth = line.cells.length >= 2 ? line.cells.length : null;
  const initialsAt = line.cells.findIndex((c) => INITIALS_HEADER.test(c));
  const initialsColumn = initialsAt >= 0 ? { at: initialsAt, width: line.cells.length } : null;
  const nameAt = line.cells.findIndex((c) => NAME_HEADER.test(c));
  const nameColumn = nameAt > 0 ? { at: nameAt, width: line.cells.length, role: ROLE_HEADER.test(line.cells[nameAt]!) ? line.cells[nameAt]!.trim().toLowerCase() : null } : null;
  // "Efternamn  Förnamn  Parti": the name in two columns, surname first.
  // With the header's gaps closed by OCR ("Efternamn Förnamn Parti Funktion"), each word is a column.
  const headerCells = line.cells.length === 1 ? line.cells[0]!.trim().split(/\s+/) : line.cells;
  const surnameAt = headerCells.findIndex((c) => /^\s*efternamn\s*$/iu.test(c));
  const givenAt = headerCells.findIndex((c) => /^\s*förnamn\s*$/iu.test(c));
  const nameParts = surnameAt >= 0 && givenAt >= 0 ? { surname: surnameAt, given: givenAt } : null;
  const closedWords = headerCells.map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w && !/^\p{Ll}$/u.test(w)).map((w) => w.toLowerCase());
  // "Kommun Namn", "Organisation Namn Funktion": where people come from first, then the names.
  const placeFirst = PLACE_COLUMN.test(closedWords[0] ?? '') && closedWords[1] === 'namn' && (closedWords.length === 2 || (closedWords.length === 3 && ROLE_COLUMN.test(closedWords[2]!)));
  const surnameFirst = closedWords[0] === 'efternamn' && closedWords[1] === 'förnamn';
  const closedHeader = line.cells.length === 1 && (closedWords[0] === 'namn' || placeFirst || surnameFirst) ? closedWords : null;
  return { headerWidth, initialsColumn, nameColumn, nameParts, closedHeader };
}

/** A row of the people table with the name in its first cell; columns the row no longer fits are forgotten. */
export function rowWithNameFirst(line: DocumentLine, table: PeopleTableColumns): DocumentLine {
  if (table.nameColumn !== null && line.cells.length !== table.nameColumn.width) table.nameColumn = null;
  if (table.initialsColumn !== null && line.cells.length !== table.initialsColumn.width) table.initialsColumn = null;
  const parts = table.nameParts;
  const fitsNameParts =
    parts !== null && line.cells.length > Math.max(parts.surname, parts.given) &&
    [line.cells[parts.surname]!, line.cells[parts.given]!].every((c) => /^\s*\p{Lu}[\p{Ll}-]+\s*$/u.test(c)) && matchLabel(line.cells[0]!) === null;
  // A label row ("Övriga närvarande") opens another list printed in the same table columns.
  if (parts !== null && !fitsNameParts && matchLabel(line.cells[0] ?? '') === null) table.nameParts = null;
  // "Kommun  Namn" / "Botkyrka  Linnea Ek": the name column moved first, as in every other people table.
  const initialsAt = table.initialsColumn?.at ?? -1;
  return fitsNameParts
    ? { ...line, cells: [`${line.cells[parts!.given]!.trim()} ${line.cells[parts!.surname]!.trim()}`, ...line.cells.filter((_, k) => k !== parts!.given && k !== parts!.surname)] }
    : table.nameColumn === null
      ? initialsAt >= 0 ? { ...line, cells: line.cells.filter((_, k) => k !== initialsAt) } : line
      : {
          ...line,
          cells: [
            line.cells[table.nameColumn.at]!,
            ...line.cells.filter((c, k) => k !== table.nameColumn!.at && k !== initialsAt && !FIGURES_ONLY.test(c)),
            ...(table.nameColumn.role ? [table.nameColumn.role] : []),
          ],
        };
}
