import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { isNameCommaRow, isOrganisationHeadingRow } from './people-list-rows.ts';

/**
 * "Region Dalby" / "Eva Ek, processledare" / "" / "Norrby kommun" / "Per Lind, enhetschef": a list of people grouped
 * under rows that name where they come from, with a blank row before each group. The list goes on past the blank row
 * when it opened with such a heading, its last row is a person with a title, the next row names a place or body and
 * the row after that is a person again; a row of prose or a label after the blank row still ends it.
 */
export function organisationGroupGoesOn(values: readonly string[], next: DocumentLine | undefined, afterNext: DocumentLine | undefined): boolean {
  if (values.length < 2 || next === undefined || afterNext === undefined) return false;
  if (!isOrganisationHeadingRow(values[0]!) || !isNameCommaRow(values[values.length - 1]!)) return false;
  if (next.cells.length !== 1 || matchLabel(next.cells[0]!) !== null || !isOrganisationHeadingRow(next.text)) return false;
  return afterNext.cells.length === 1 && isNameCommaRow(afterNext.text);
}
