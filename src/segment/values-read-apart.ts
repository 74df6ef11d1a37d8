import { type DocumentLine, isBlank } from './document-lines.ts';
import { type HeadField, LIST_KINDS, MEETING_KINDS } from './head-field.ts';
import { DOCUMENT_TITLE } from './head-value-stops.ts';
import { matchLabel } from './labels.ts';
import { findDates, monthNumber } from './swedish-dates.ts';

// Readings of a protokoll head whose label column OCR read before its values, with blank rows between the values' rows:
// which value row goes on across a blank row, which starts the next waiting label's value, and which belongs to no label.

const BARE_DATE = /^\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{Ll}+\s+\d{4})\s*$/u;

/**
 * "PROTOKOLL" / "2019-03-12" / "" / "Tisdagen den 12 mars 2019 …": rows of a bare date right under the document's name
 * (the header's right-hand column, read among the values) whose next value row gives the day itself.
 */
export function headerDateRows(lines: readonly DocumentLine[]): Set<DocumentLine> {
  const found = new Set<DocumentLine>();
  lines.forEach((line, i) => {
    if (line.cells.length !== 1 || !BARE_DATE.test(line.text)) return;
    const above = lines.slice(0, i).reverse().find((l) => !isBlank(l));
    const below = lines.slice(i + 1).find((l) => !isBlank(l));
    if (above && DOCUMENT_TITLE.test(above.text) && below && findDates(below.text).some((d) => d.explicitYear) && !BARE_DATE.test(below.text)) found.add(line);
  });
  return found;
}

// "(S)", and "(s)", "(fp)" as older minutes write the party, in lower case; "(POSK)", a church election's nominating
// group, has four letters.
const PARTY = /\((?:\p{Lu}{1,4}|\p{Ll}{1,3})\)/u;
// "Agneta Ek (POSK), tjänstgörande ersättare för Tord": a member with a party, whatever the rest of the row holds.
const MEMBER_WITH_PARTY = /^\s*\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+\s*\((?:\p{Lu}{1,4}|\p{Ll}{1,3})\)/u;

/**
 * "Peter Ek (C)" / "" / "Malin Berg (L)": members with their parties, where OCR put blank rows inside a list whose label
 * waits in a column read before the values; the blank row does not hand the rest to the next label.
 */
export function memberRowGoesOn(current: HeadField | null, lastValue: string, next: DocumentLine | undefined, nextIsPerson: boolean, waiting: readonly HeadField[]): boolean {
  return (
    current !== null && LIST_KINDS.has(current.kind) && waiting.length > 0 && next !== undefined && matchLabel(next.cells[0] ?? '') === null &&
    PARTY.test(lastValue) && PARTY.test(next.text) && (nextIsPerson || MEMBER_WITH_PARTY.test(next.text))
  );
}

/**
 * "… tisdagen den 10" / "" / "oktober 2023 kl. 17.30": a date value wrapped across a blank row goes on, however many
 * labels read first wait for their values. "Plats: Förvaltningskontoret, Storgatan 28," / "" / "sammanträdesrum 3": a
 * place (or place and time) that ends on a comma goes on where no label waits.
 */
export function valueGoesOnAfterBlank(current: HeadField | null, lastValue: string, next: DocumentLine | undefined, waiting: readonly HeadField[]): boolean {
  if (current === null || !MEETING_KINDS.has(current.kind) || next === undefined || matchLabel(next.cells[0] ?? '') !== null) return false;
  const monthFollows = /\d\s*$/.test(lastValue) && monthNumber(next.text.trim().split(/\s+/)[0] ?? '') !== null;
  return monthFollows || (waiting.length === 0 && (current.kind === 'place' || current.kind === 'placeTime') && /,\s*$/.test(lastValue));
}

// "Tisdagen den 12 mars 2019 klockan 17.00-19.40": a weekday, a date and the hours, and nothing else.
const DAY_AND_HOURS_ONLY = /^\s*(?:\p{L}+dag(?:en)?\s+)?(?:den\s+)?\d{1,2}\s+\p{L}+\s+\d{4}\s*,?\s*(?:kl\.?|klockan)?\s*\d{1,2}[.:]\d{2}\s*[-–—]+\s*\d{1,2}[.:]\d{2}\s*$/iu;
const PERSON_WITH_PARTY = /^\s*\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+\s*\(\p{L}{1,3}\)/u;
// "Lena Holmqvist, kommunchef": a person and a title in lower case.
const NAME_WITH_TITLE = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*,\s*\p{Ll}{4,}/u;

/**
 * "Tid och plats" … "Tisdagen den 12 mars 2019 klockan 17.00-19.40" / "" / "Kommunhuset Kinna, sal Viskan": the day and
 * the hours alone under a label of time and place; the place follows past OCR's blank row, a row without figures that
 * names no member.
 */
export function placeAfterDayAndHours(current: HeadField | null, next: DocumentLine | undefined, waiting: readonly HeadField[]): boolean {
  return (
    current !== null && current.kind === 'placeTime' && current.values.length === 1 && DAY_AND_HOURS_ONLY.test(current.values[0]!) && next !== undefined &&
    next.cells.length === 1 && matchLabel(next.cells[0]!) === null && !/\d/u.test(next.text) && !PERSON_WITH_PARTY.test(next.text) && /\p{L}{3,}/u.test(next.text) &&
    // "Kommunhuset Kinna, sammanträdesrum Viskan" reads as "name, title"; only a list of staff waiting next takes one.
    (waiting[0]?.kind !== 'others' || !NAME_WITH_TITLE.test(next.text))
  );
}

// "… ersätter Mikael Ek (S)", "…, tjänstgörande ersättare för Lars Ek (m)", "tjg ers för Per Ek": a member stood in for.
const REPLACES_MEMBER = /\b(?:ersätter|ersättare\s+för|ers\.?\s+för)\s+\p{Lu}/u;
// "Tjänstgörande ersättare", not "Ej tjänstgörande ersättare".
const SERVING_LABEL = /(?<!(?:ej|icke)\s)tjänstgörande/iu;

/**
 * "Jan Ek (kd), tjänstgörande ersättare för Lars Åkesson (m)" / "" / "Ewa Berg (s)" with "Ersättare" waiting: a member
 * stood in for closes the list of those deciding, and the substitutes' list is the next label's. "… ersätter Mikael Ek
 * (S)" after a blank row opens the serving substitutes' list waiting next, too.
 */
export function substitutesTakeOver(current: HeadField | null, lastValue: string, next: DocumentLine | undefined, waiting: readonly HeadField[]): boolean {
  return (
    current !== null && LIST_KINDS.has(current.kind) && current.values.length > 0 && waiting[0]?.kind === 'substitutes' && next !== undefined &&
    (REPLACES_MEMBER.test(lastValue) || (SERVING_LABEL.test(waiting[0]!.label) && REPLACES_MEMBER.test(next.text)))
  );
}
