import { type LabelKind, matchLabel } from './labels.ts';
import { findDates } from './swedish-dates.ts';

// How well a run of rows reads as the value of a head label, judged by what the rows look like alone: a clock or a date
// for the meeting's time, a place without a person for its place, one person a row for a list, a span of paragraph
// numbers for "Paragrafer". Used where OCR read a label column before its values and only the order pairs them.

/** What one value row looks like, worked out once. */
export interface ValueRow {
  text: string;
  /** A blank row stood before it. */
  afterBlank: boolean;
}

const CLOCK = /\d{1,2}[.:]\d{2}/u;
const WEEKDAY_DATE = /\b(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+den\s+\d{1,2}\b/iu;
// "Maria Lindholm", "Hanna Lind (S), ordförande", "Tom Ek, kommundirektör", "Kommundirektör Jonas Frid, …": a capitalised
// first name and surname (or a title before them), a party in brackets, a title after a comma.
// Older minutes print the party in lower case: "Arne Ek (s)", "Bo Lind (fp)", "Eva Ström (vpk)"; OCR may double or
// misread a letter of it ("(sS)", "(£p)").
const PARTY_MARK = String.raw`\((?:\p{Lu}{1,3}|\p{Ll}{1,3}|[\p{L}£]{2,4})\)`;
const NAME = String.raw`\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+`;
const PERSON_ROW = new RegExp(String.raw`^${NAME}\s*(?:${PARTY_MARK})?\s*(?:,.*)?$`, 'u');
const PARTY = new RegExp(PARTY_MARK, 'u');
// "Arne Ek (s)   Berit Sand (m)": a typewritten list of members in two columns, read as one row (a speck may stand in the gap).
const MEMBERS_SIDE_BY_SIDE = new RegExp(String.raw`^${NAME}\s*${PARTY_MARK}\s+(?:[:;|.,'"]\s+)?${NAME}\s*${PARTY_MARK}$`, 'u');
// "Lars Nore (s) för Ester Vik (s)": a substitute and the member whose seat they took, as a list of substitutes prints them.
const IN_PLACE_OF = new RegExp(String.raw`^${NAME}\s*(?:${PARTY_MARK})?\s+för\s+${NAME}\s*(?:${PARTY_MARK})?$`, 'u');
// "…, vice ordförande", "…, ersättare för Per Ek": a member's role in the body, not a title of its staff.
const MEMBER_ROLE = /,\s*(?:(?:I{1,3}|[12]:e|förste|andre|tjänstgörande)\s+)?(?:vice\s+)?(?:ordförande|ledamot|ersättare|suppleant)\b/u;
const PRESENT_FOR = /,\s*(?:närvarande|tjänstgörande)\s+(?:§|88|8\s)/u;
// "Tiina Ek, ersättare för Stefan Lind": the member a substitute stood in for was not there.
const STOOD_IN_FOR = /\bersättare\s+för\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+)/u;
const LOWER_TITLE_AFTER_NAME = /^[^,]+,\s*\p{Ll}{4,}/u;
// "Anders Ek och Maria Sten", "Rolf Berg (S) och Sanna Ek (KD)", "Eva Ek, Bo Lind": one or two people on one row.
const TWO_PEOPLE = /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+\s*(?:\(\p{Lu}{1,3}\))?\s*(?:(?:,|och|samt|&)\s*\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+\s*(?:\(\p{Lu}{1,3}\))?)?$/u;
// "Se bilaga 1", "enligt bifogad närvarolista": a list given elsewhere, the whole value of its label.
const LIST_ELSEWHERE = /\b(?:bilaga|närvarolista|förteckning|bifogad)\b/iu;
// "§§ 120–124", "88 87-91", "$$ 18-23", "21-24": the paragraphs the protokoll holds, the sign as OCR reads it.
const PARAGRAPH_SPAN = /^(?:§§?|\$\$?|88|8|S)?\s*\d{1,4}\s*[-–—]+\s*\d{1,4}$|^(?:§§?|\$\$?|88)\s*\d{1,4}(?:\s*[-–—,]+\s*\d{1,4})*$/u;

/** Trailing specks OCR reads after a value: a stop, a colon, a bar, a dash. */
export function withoutTrailingSpecks(text: string): string {
  return text.replace(/[\s.:;|'"`’”\-–—]+$/u, '').replace(/^[\s.:;|'"`‘“\-–—]+/u, '');
}

export function isPersonRow(text: string): boolean {
  const t = withoutTrailingSpecks(text);
  return PERSON_ROW.test(t) && !/\d{4}/u.test(t.split(',')[0]!);
}

function hasDate(text: string): boolean {
  return findDates(text).length > 0;
}

function hasClock(text: string): boolean {
  return CLOCK.test(text);
}

/** A row with no letters of a place in it: nothing but figures and signs. */
function figuresOnly(text: string): boolean {
  return !/\p{L}{2,}/u.test(text);
}

const PEOPLE_KINDS: ReadonlySet<LabelKind> = new Set(['attendees', 'substitutes', 'others', 'absent']);

function peopleFit(kind: LabelKind, rows: readonly ValueRow[]): number {
  if (rows.length === 0) return -2;
  // A list read apart from its label starts after a blank row as a rule; one starting right under another list's row
  // is a slight misfit.
  let score = rows[0]!.afterBlank ? 0 : -0.3;
  const replaced = new Set(rows.map((r) => STOOD_IN_FOR.exec(r.text)?.[1]).filter((name) => name !== undefined));
  for (const [k, row] of rows.entries()) {
    if (kind !== 'absent' && replaced.has(withoutTrailingSpecks(row.text))) return -99;
    const text = withoutTrailingSpecks(row.text);
    const previous = k > 0 ? rows[k - 1]!.text.trim() : '';
    const label = matchLabel(text);
    // "… se bilaga 1 /" / "närvarolista": a list given elsewhere, its reference wrapped onto a row that alone reads as a label.
    const wrappedReference = k > 0 && /^\p{Ll}/u.test(text) && LIST_ELSEWHERE.test(previous) && LIST_ELSEWHERE.test(text);
    if (label?.rest === '' && !wrappedReference) return -99;
    // "Namn": the heading of the table's name column holds no one.
    if (k === 0 && /^namn$/iu.test(text)) continue;
    // "Ordförande Mikael Ek", "Medlemmar Johan Ny": a list grouped by role, the role before each group's first name.
    const person = isPersonRow(text) || (label !== null && isPersonRow(label.rest.replace(/^\p{Lu}\s+/u, ''))) || MEMBERS_SIDE_BY_SIDE.test(text) || IN_PLACE_OF.test(text);
    if (person) {
      score += 1.5;
      // Members are listed with their party, staff with their title: a slight pull towards the right list.
      if (PARTY.test(text) && (kind === 'attendees' || kind === 'substitutes')) score += 0.3;
      // "Lena Ek, närvarande §§ 87–89": a member present for some paragraphs.
      const member = MEMBER_ROLE.test(text) || PRESENT_FOR.test(text);
      // Staff are listed with their titles; a bare name is a member's, present or away.
      if (kind === 'others' && !text.includes(',')) score -= 0.2;
      if (member && (kind === 'attendees' || kind === 'substitutes')) score += 0.3;
      if (!PARTY.test(text) && !member && LOWER_TITLE_AFTER_NAME.test(text) && kind === 'others') score += 0.3;
      // Of two lists of the same shape, the members' list is the longer one.
      if (kind === 'attendees') score += 0.05;
    } else if (/^\p{Ll}/u.test(text) && /[,;]$|\boch$/u.test(previous)) {
      // "Kommundirektör Jonas Frid, kommunsekreterare Anna Ek," / "ekonomichef Pia Lund": a list wrapped in prose.
      score += 0.5;
    } else if (LIST_ELSEWHERE.test(text) && !hasDate(text)) {
      score += k === 0 ? 1 : 0.3;
    } else {
      score -= 3;
    }
  }
  return score;
}

// "Mikael Ek Malin Strand" / "ordförande protokollförare": a signature block's row of names, or of roles in lower case.
const NAMES_ROW = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+){1,5}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

function isSigningRow(text: string): boolean {
  const t = withoutTrailingSpecks(text);
  if (NAMES_ROW.test(t)) return true;
  const first = matchLabel(t.split(/\s+/u)[0]!);
  return /^\p{Ll}+(?:[\s/|]+\p{Ll}+){0,5}$/u.test(t) && (first?.kind === 'signature' || first?.kind === 'adjusters');
}

/** "Borgnäs 8.3.2024" under "Protokollets justering", and maybe the adjusters' signatures printed beside it. */
function adjustingFit(rows: readonly ValueRow[]): number {
  if (rows.length === 0 || !hasDate(rows[0]!.text) || isPersonRow(rows[0]!.text) || matchLabel(rows[0]!.text) !== null) return -3;
  return 3 + rows.slice(1).reduce((sum, r) => sum + (isSigningRow(r.text) ? 0.5 : -3), 0);
}

function meetingFit(kind: LabelKind, rows: readonly ValueRow[]): number {
  if (rows.length === 0) return -5;
  if (rows.length > 3) return -2 * rows.length;
  // "Anna Ek (S) ordf, Bo Lind (C), …": members with their parties are never a meeting's time or place.
  // "Kommunhuset Skärhamn, sammanträdesrum Pilane, onsdagen den 4": a place with a weekday's date after it reads like a
  // name and a title, but no person's title is a day.
  if (rows.some((r) => (isPersonRow(r.text) && !WEEKDAY_DATE.test(r.text)) || matchLabel(r.text) !== null || PARTY.test(r.text))) return -5;
  const texts = rows.map((r) => r.text);
  const dated = texts.some(hasDate);
  const clocked = texts.some(hasClock);
  let score: number;
  if (kind === 'time') score = clocked ? 3 : dated ? 1.5 : -3;
  else if (kind === 'date') score = dated ? 3 : -3;
  // "Plats och tid" names a place: a bare clock is only the end of its value, the rest read elsewhere.
  else if (kind === 'placeTime') score = (dated || clocked) && texts.some((t) => /\p{L}{3,}/u.test(t.replace(/\bkl\b/giu, ''))) ? 3 : -1;
  else score = figuresOnly(texts[0]!) || (findDates(texts[0]!)[0]?.index === 0 && !/,/u.test(texts[0]!)) ? -3 : 2;
  // "2024-06-24" / "Fjällhuset, kl. 13.00–16.20": the day and the clock together are the whole of a meeting's time.
  if ((kind === 'time' || kind === 'placeTime') && dated && clocked) score += 0.7;
  // A value wraps onto a second row where the first one breaks off ("…, tisdagen den" / "10 december 2024 kl. 08.30"),
  // or inside its date ("…, onsdagen den 4" / "september 2024 kl. 08.30").
  for (let k = 1; k < rows.length; k++) {
    const wraps = !rows[k]!.afterBlank || /(?:,|\bden|\boch|\bkl\.?|\bden\s+\d{1,2})$/u.test(texts[k - 1]!.trim());
    score += wraps ? -0.5 : -2;
    if (kind === 'place' && hasDate(texts[k]!)) score -= 2;
    // A clock or a date goes on with figures; a row without them under it is the place's.
    if ((kind === 'time' || kind === 'date') && !/\d/u.test(texts[k]!)) score -= 3;
  }
  return score;
}

/** How well the rows (maybe none) read as the value of a label of this kind; higher is better, below zero a misfit. */
export function valueFit(kind: LabelKind, rows: readonly ValueRow[], options: { signingLeftInColumn?: boolean } = {}): number {
  if (PEOPLE_KINDS.has(kind)) return peopleFit(kind, rows);
  if (kind === 'time' || kind === 'date' || kind === 'place' || kind === 'placeTime') return meetingFit(kind, rows);
  if (kind === 'adjustPlaceTime') return adjustingFit(rows);
  if (kind === 'adjusters') {
    if (rows.length === 0) return -2;
    if (rows.length > 2) return -2 * rows.length;
    const texts = rows.map((r) => withoutTrailingSpecks(r.text));
    if (texts.every((t) => TWO_PEOPLE.test(t))) return rows.length === 1 ? 2.5 : 2;
    return texts.every(isPersonRow) ? 0.5 : -3;
  }
  if (kind === 'paragraphs') {
    if (rows.length === 0) return -1;
    return rows.length === 1 && PARAGRAPH_SPAN.test(withoutTrailingSpecks(rows[0]!.text)) ? 3 : -3 - rows.length;
  }
  if (kind === 'signatureHeading') {
    // "Underskrifter" heads the signature rows below it, each with a role of its own, or nothing OCR put here.
    if (rows.length === 0) return 0;
    // The signature block's left half still in the label column: its right half comes after the values, not under the heading.
    if (options.signingLeftInColumn) return -99;
    // "Justerande" / "Ingrid Ek (S)": the name signed under a role, with the party it is printed with.
    return rows.every((r) => matchLabel(r.text)?.kind === 'signature' || isSigningRow(r.text) || isPersonRow(r.text)) ? rows.length : -3;
  }
  if (kind === 'signature') {
    if (rows.length === 0) return -0.5;
    // "Protokollet justerat  Ås 5.3.2025": where and when the signing label's signatures were made.
    if (rows.length === 1 && hasDate(rows[0]!.text) && !isPersonRow(rows[0]!.text)) return 2;
    return rows.length === 1 && TWO_PEOPLE.test(withoutTrailingSpecks(rows[0]!.text)) ? 2 : -3;
  }
  if (rows.length === 0) return -1;
  // "Protokollet framlagt  Kommungården 17.11.2025": a row of its own, no person's and no signature's, most often dated.
  if (rows.length !== 1 || isPersonRow(rows[0]!.text) || isSigningRow(rows[0]!.text)) return -3 - rows.length;
  return hasDate(rows[0]!.text) ? 1 : 0.5;
}
