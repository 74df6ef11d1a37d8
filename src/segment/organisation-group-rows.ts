import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { parsePeopleList } from './people-lists.ts';
import { parsePerson } from './person.ts';

/** A group of people named once in a list's label column, and where its name and its people stand on the row. */
export interface OrganisationGroup {
  organisation: string;
  labelX: number | null;
  valueX: number | null;
}

/**
 * "PRO Haninge | Eva Ek" read as "PRO Haninge: Eva Ek": the row that names a group beside its first person opens the
 * group; returns it, or null when the row read otherwise.
 */
export function openedGroup(line: DocumentLine, read: readonly string[]): OrganisationGroup | null {
  if (line.cells.length !== 2 || read.length !== 1) return null;
  const named = /^([^:]{2,40}):\s+\p{Lu}/u.exec(read[0]!);
  const organisation = named?.[1]!.trim();
  // "För arbetsgivaren: …": a side of a negotiation, which the list reads apart, is no body anyone sits for.
  if (!organisation || !line.cells[0]!.trim().startsWith(organisation) || /^för\s/iu.test(organisation)) return null;
  return { organisation, labelX: line.cellX?.[0] ?? null, valueX: line.cellX?.[1] ?? null };
}

/**
 * "SPF Seniorerna | Eva Ek" / "             | Bo Lind": a list that groups its members by the body they sit for prints
 * the body once, beside the first of them; a row below it in the value column, its label cell left empty, is one more
 * of that body's people. Returns the row as "SPF Seniorerna: Bo Lind", or null when it is no such row (a label, a row
 * at the margin, or someone whose own row says where they come from).
 */
export function rowInGroup(line: DocumentLine, group: OrganisationGroup | null): string | null {
  if (group === null || line.cells.length !== 1) return null;
  const cell = line.cells[0]!.trim();
  if (matchLabel(cell) !== null) return null;
  const x = line.cellX?.[0];
  const indented =
    (line.tabStops?.[0] ?? 0) >= 1 ||
    (x !== undefined && group.labelX !== null && group.valueX !== null && group.valueX > group.labelX && Math.abs(x - group.valueX) < Math.abs(x - group.labelX));
  if (!indented) return null;
  const people = parsePeopleList(cell) ?? [parsePerson(cell)];
  if (people.length === 0 || !people.every((p) => p !== null && p.name.includes(' ') && p.organisation === null)) return null;
  return `${group.organisation}: ${cell}`;
}
