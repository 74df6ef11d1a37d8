import { type DocumentLine, isBlank } from './document-lines.ts';
import { fillOneNumberGaps } from './heading-chains.ts';
import type { ItemHeading } from './item-heading.ts';
import { headingTitle } from './item-heading-rows.ts';
import { withoutReference, withoutTrailingSpeckle } from './item-title-tails.ts';

/**
 * "1 Välkommen", "2 Trygghet", "3 – Skolgården", "4 – Övrigt": OCR lost the stop or dash after the first
 * numbers. Bare-numbered rows that count up from 1 to just before a numbered chain, in order above it, lead it.
 */
export function withBareLead(chain: ItemHeading[], candidates: readonly ItemHeading[], lines: readonly DocumentLine[] = []): ItemHeading[] {
  const first = chain[0];
  if (!first || Number(first.number) <= 1 || Number(first.number) > 4) return chain;
  const lead: ItemHeading[] = [];
  let before = first.line;
  for (let n = Number(first.number) - 1; n >= 1; n--) {
    const found = candidates.filter((c) => c.kind === 'bare' && Number(c.number) === n && c.line < before && headingTitle(c.title)).pop() ?? misreadLead(lines, before, String(n), first.kind);
    if (!found) return chain;
    lead.unshift(found);
    before = found.line;
  }
  return [...lead, ...chain];
}

/**
 * "1. Val av justerare", "2 Yttrande över …", "3. Övriga frågor": one number missing between two numbered
 * points, its stop lost to OCR. The only bare-numbered row with that number between them is the point.
 */
export function fillNumberedGaps(chain: ItemHeading[], candidates: readonly ItemHeading[], lines: readonly DocumentLine[] = []): ItemHeading[] {
  return fillOneNumberGaps(chain, (heading, next, missing) => {
    const found = candidates.filter((c) => c.kind === 'bare' && c.number === missing && c.line > heading.line && c.line < next.line && headingTitle(c.title));
    return found.length === 1 ? { ...found[0]!, kind: heading.kind } : misreadGap(lines, heading, next, missing);
  });
}

// "Je Svar på interpellation …", "T. Val av ledamot …", "LS Ändring av …": a typed number that OCR read as one or two
// letters, or lost, before a capitalised title.
const MISREAD_NUMBER = /^\s*(?:([\p{L}\d]{1,2}[.:,]?)\s+)?(\p{Lu}\p{Ll}.*)$/u;
// Words that open a sentence before a capitalised word ("I Stockholm …", "Vi Gröna …"), which are no misread number.
const OPENING_WORD = /^(?:i|en|ett|vi|av|om|på|de|du|ni|och|att|som|när|men|så|då|nu|ja|nej|är|var|ur|vid|med)[.:,]?$/iu;

const LONE_LETTER_BEFORE_CAPITAL = /^\s*(\p{Ll})[.:,]?\s+\p{Lu}\p{Ll}/u;
const PRESENTER_ROW = /^\s*(?:föredragande|handläggare|ansvarig)\s*:/iu;
const DIARY_ROW = /^\s*(?:dnr|diarienr|diarienummer)\.?\s*:?\s*\p{Lu}*\s*\d/iu;

const NAMING_WORD = /^\s*(?:punkt|ärende|pkt\.?)\s+(?=[\p{L}\d]{1,2}[.:,]?\s+\p{Lu})/iu;

const CLOCK_AFTER_MISREAD = /^(\s*[\p{L}\d]{1,2}[.:,]?)\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s+(?=\p{Lu}\p{Ll})/u;

function misreadRow(line: DocumentLine, index: number, number: string, kind: ItemHeading['kind'], prefixed: boolean): ItemHeading | null {
  // "TT. | Val av ledamot …": the misread number alone in the number column.
  // "Ärende I | Mötets öppnande": after the word that names the points, in a column of their own.
  const apart = line.cells.length > 1 && /^\s*(?:(?:punkt|ärende|pkt\.?)\s+)?[\p{L}\d]{1,2}[.:,]?\s*$/iu.test(line.cells[0]!);
  const [read, ...rest] = apart ? [`${line.cells[0]!.trim()} ${line.cells[1]!.trim()}`, ...line.cells.slice(2)] : line.cells;
  // "Ärende I Mötets öppnande" over "Ärende 2 …": the word that names the points stands before the misread number too.
  const joined = read?.replace(NAMING_WORD, '');
  // After the naming word no sentence opens, so "I" there is the figure 1, not the pronoun.
  const named = joined !== read;
  // "på 17.35 Godkännande av …": in an agenda table with a clock column, the misread number stands before the clock,
  // where no sentence's opening word stands.
  const clocked = CLOCK_AFTER_MISREAD.test(joined ?? '');
  const first = clocked ? joined!.replace(CLOCK_AFTER_MISREAD, '$1 ') : joined;
  const m = MISREAD_NUMBER.exec(first ?? '');
  // "i. Val av justerare …": a lone "i" or "l" with the stop after it is the figure 1 misread, no sentence's opening word.
  const misreadOne = m?.[1] !== undefined && /^[il]\.$/u.test(m[1]) && number === '1';
  if (!m || (m[1] !== undefined && OPENING_WORD.test(m[1]) && !clocked && !misreadOne && !named) || (prefixed && m[1] === undefined) || !headingTitle(m[2]!)) return null;
  return withoutReference({ line: index, number, title: m[2]!.trim(), trailing: rest, kind });
}

/**
 * "2. Anmälan av motioner" / "Je Svar på interpellation …" / "skolskjutsarna i Ramsjö" / "4. Delårsrapport": one number
 * missing in an agenda whose points are rows of titles, where OCR misread or lost the number. The only row between the
 * two that does not go on in lower case (a wrapped title) is the point.
 */
function misreadGap(lines: readonly DocumentLine[], heading: ItemHeading, next: ItemHeading, missing: string): ItemHeading | null {
  const rows: number[] = [];
  for (let i = heading.line + 1; i < next.line; i++) if (!isBlank(lines[i]!)) rows.push(i);
  // "2. | val av justerare": the very number that is missing, its title's capital lost to OCR ("v" for "V").
  const own = new RegExp(String.raw`^\s*${missing}\s*[.):]\s*$`, 'u');
  const exact = rows.filter((i) => lines[i]!.cells.length > 1 && own.test(lines[i]!.cells[0]!) && /^\s*\p{Ll}{2,}\s+\p{L}/u.test(lines[i]!.cells[1]!));
  if (exact.length === 1) {
    const row = lines[exact[0]!]!;
    return withoutReference({ line: exact[0]!, number: missing, title: row.cells[1]!.trim(), trailing: row.cells.slice(2), kind: heading.kind });
  }
  // '"ungdomsarbetslösheten?': a speck OCR read as a quote before a wrapped row's lower-case word does not make it open a point.
  // "ö Kontrollplan för …": a lone small letter before a capitalised word is the number misread, not a wrapped row.
  // "Föredragande: controller Eva Ek": the presenter's row under a title opens no point.
  // "Dnr GHN 2024/09": nor does the diary number printed under a title.
  const opening = rows.filter((i) => {
    const text = lines[i]!.text;
    if (PRESENTER_ROW.test(text) || DIARY_ROW.test(text)) return false;
    const letter = LONE_LETTER_BEFORE_CAPITAL.exec(text);
    return !/^\s*["'`‘’“”|]?\p{Ll}/u.test(text) || CLOCK_AFTER_MISREAD.test(text) || (letter !== null && !OPENING_WORD.test(letter[1]!));
  });
  return opening.length === 1 ? misreadRow(lines[opening[0]!]!, opening[0]!, missing, heading.kind, false) : null;
}

/** "ue Val av justerare" right above "2: Anmälan …": the first point, its number misread as letters. */
function misreadLead(lines: readonly DocumentLine[], before: number, number: string, kind: ItemHeading['kind']): ItemHeading | null {
  let i = before - 1;
  while (i >= 0 && isBlank(lines[i]!)) i--;
  return i >= 0 ? misreadRow(lines[i]!, i, number, kind, true) : null;
}

/**
 * "Dagordning" / "1. Inledning" / "2. Budget" … and then "1. Inledning" with its notes: an agenda printed
 * before the minutes repeats the headings. When every heading of the chosen chain comes again, in order,
 * after it, the later headings are the items.
 */
export function repeatedLater(chain: ItemHeading[], candidates: readonly ItemHeading[]): ItemHeading[] {
  if (chain.length < 2) return chain;
  const later: ItemHeading[] = [];
  let after = chain[chain.length - 1]!.line;
  for (const heading of chain) {
    // "2. Etableringen 2024 :" in the agenda: OCR's speckle after a title does not make it another title.
    // "Informationssäkerhet - incidentrapport Q3" and OCR's "Informationssäkerhet incidentrapport Q3": the same title
    // with a dash or stop lost; only letters and digits are compared.
    const key = (t: string) => withoutTrailingSpeckle(t).toLowerCase().replace(/[^\p{L}\d]+/gu, '');
    const title = key(heading.title);
    const again = candidates.find((c) => c.line > after && c.kind === heading.kind && c.number === heading.number && (key(c.title) === title || notesAfter(c.title, heading.title) !== null));
    if (!again) return chain;
    // "1. Föregående minnesanteckningar – godkändes.": the point's notes run on after its title and a dash or colon.
    const notes = key(again.title) === title ? null : notesAfter(again.title, heading.title);
    later.push(notes === null ? again : { ...again, title: again.title.slice(0, again.title.length - notes.length).replace(/[\s–—:.-]+$/u, ''), trailing: [notes, ...again.trailing], runIn: true });
    after = again.line;
  }
  return later;
}

/** The notes after an agenda point's title where the minutes repeat it with them on the row ("Budget – Ali redogjorde …"). */
function notesAfter(repeated: string, title: string): string | null {
  if (!repeated.toLowerCase().startsWith(title.trim().toLowerCase())) return null;
  const m = /^\s*(?:[–—:-]|\.)\s+(\p{L}.*)$/u.exec(repeated.slice(title.trim().length));
  return m ? m[1]! : null;
}

// "2.1 Hemtjänsten i Vilunda": a sub-point of point 2.
// ": 4.2 — Paviljonger", "7.1 . Förskolan": OCR's specks before the number and the gap after it read as a dash or stop.
const SUB_NUMBERED = /^[\s:;.,'|]*(\d{1,2})\.(\d{1,2})\.?(?:\s+[–—.:;|-]+)?\s+(\p{Lu}.*)$/u;
const SUB_LETTERED = /^\s*(?:(?:[Pp]unkt|[Ää]rende|[Pp]\.)\s*)?(\d{1,2})\s?([a-h])[.:)]?\s+(\p{Lu}.*)$/u;

// "3.1" alone in its cell: a typewriter's tab or double space after the sub-point's number.
const SUB_NUMBER_ALONE = /^\s*\d{1,2}\.\d{1,2}\.?\s*$/u;

/** "3.1 | Tjänst i Bergby | …": the number's cell and the title's read as one, as when a single space parts them. */
function subNumberCells(cells: readonly string[]): string[] {
  const [first, next, ...rest] = cells;
  return first !== undefined && next !== undefined && SUB_NUMBER_ALONE.test(first) ? [`${first.trim()} ${next.trim()}`, ...rest] : [...cells];
}

/**
 * Sub-points numbered under a point ("1.1", "1.2" under "1 Formalia") are
 * items of their own, but only when the first number is the point they stand
 * under and the second counts 1, 2, 3 … without gaps, and the row reads like a
 * heading: a figure such as "2.4 miljoner" opening a row does not qualify.
 */
// "2.2 Ekonomi ." : a speck after the title, apart from its last word, is no full stop that would make the row a sentence.
function withoutLoneSpeck(title: string): string {
  return title.trim().replace(/\s+[.,:;'`|]+$/u, '');
}

export function withSubHeadings(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  const result: ItemHeading[] = [];
  chain.forEach((heading, k) => {
    result.push(heading);
    const end = chain[k + 1]?.line ?? lines.length;
    let expected = 1;
    for (let i = heading.line + 1; i < end; i++) {
      const [first, ...rest] = subNumberCells(lines[i]!.cells);
      // "2a. Tidig kontakt", "Punkt 2b. Samverkan": sub-points lettered a, b, c … under their number.
      const lettered = SUB_LETTERED.exec(first ?? '');
      if (lettered && lettered[1] === heading.number && lettered[2]!.charCodeAt(0) - 96 === expected) {
        const title = withoutLoneSpeck(lettered[3]!);
        if (title.length > 80 || /[.!?:]$/.test(title)) continue;
        result.push(withoutReference({ line: i, number: `${lettered[1]}${lettered[2]}`, title, trailing: rest, kind: heading.kind }));
        expected++;
        continue;
      }
      const m = SUB_NUMBERED.exec(first ?? '');
      if (!m || m[1] !== heading.number || Number(m[2]) !== expected) continue;
      const title = withoutLoneSpeck(m[3]!);
      if (title.length > 80 || /[.!?:]$/.test(title)) continue;
      result.push(withoutReference({ line: i, number: `${m[1]}.${m[2]}`, title, trailing: rest, kind: heading.kind }));
      expected++;
    }
  });
  return result;
}

/**
 * "9 | Meddelanden" / "10. Förvaltningschefen informerar": a column of bare numbers whose last number, wider than the
 * rest, OCR read with a stop after it. The next number right after the chain's last point, with nothing numbered
 * between, goes on with the chain.
 */
export function withStoppedTail(chain: ItemHeading[], candidates: readonly ItemHeading[]): ItemHeading[] {
  const out = [...chain];
  for (;;) {
    const last = out[out.length - 1];
    if (!last) return out;
    const after = candidates.filter((c) => c.line > last.line);
    const next = after[0];
    if (!next || next.kind !== 'numbered' || Number(next.number) !== Number(last.number) + 1 || !headingTitle(next.title)) return out;
    out.push({ ...next, kind: last.kind });
  }
}
