import type { DocumentLine } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';

// "KS 2024/19", and "RS/2025/0412": a registry that writes its number with a slash after the letters too, or a hyphen
// ("SN-2023/412.009", its serial followed by the filing plan's code after a stop).
export const REFERENCE = /^(?:dnr\.?:?\s*)?\p{Lu}{1,5}\s*[\/-]?\s*\d{4}\s*\/\s*\d+/iu;

/** The words a row adds to a title: without the Dnr cell beside the title's last row. */
export function titleRowText(line: DocumentLine, heading?: { trailing: readonly string[]; title?: string }): string {
  if (line.cells.length === 2 && REFERENCE.test(line.cells[1]!.trim())) return line.cells[0]!;
  if (heading?.title === '' && line.cells.length > 1 && line.cells.slice(1).every(isDustBesideTitle)) return line.cells[0]!;
  // "och fritidsnämnden | ij": a letter or two from the page edge, or specks, beside a title's wrapped row are no part of it.
  if (line.cells.length > 1 && line.cells.slice(1).every((c) => SPECK_CELL.test(c))) return line.cells[0]!;
  // "aktivitetsstöd och lokalbidrag | Hellgren": beside a title that has columns after it, a row in lower case in the
  // title's column goes on with the title; the other cell is the next column's wrapped words (see titleContinuation).
  // "förskola och antagande | Jonas Hedin | 14.00": read with geometry, beside more columns too (see titleContinuation).
  if (line.cellX && line.cells.length > 2 && heading !== undefined && heading.trailing.length > 0 && /^\s*\p{Ll}/u.test(line.cells[0]!)) return line.cells[0]!;
  // "2024 års början | Lisa Ek": a year opening the row goes on with the title the same way.
  if (line.cells.length === 2 && heading !== undefined && heading.trailing.length > 0 && (/^\s*\p{Ll}/u.test(line.cells[0]!) || YEAR_FIRST.test(line.cells[0]!.trim()))) return line.cells[0]!;
  // '"ungdomsarbetslösheten?': a speck read as a quote before a wrapped row's lower-case word is no part of the title.
  return line.text.replace(/^\s*["'`‘’“”]+(?=\p{Ll})/u, '');
}

// "2024 års början", "2025": a year opening a row, no point's number (one or two figures) and no list's "2024." or "2024)".
export const YEAR_FIRST = /^\d{4}\b(?![.)])/u;

const SPECK_CELL = /^\s*(?:[^\p{L}\d]*|\p{Ll}{1,2})\s*$/u;

/**
 * "Badplatsen vid Kaggeholm | 5", "Nästa sammanträde | fös ij": beside the title printed under a paragraph sign alone on
 * its row, a lone figure or a pair of short lower-case scraps far out is the page's dust, as specks are.
 */
export function isDustBesideTitle(cell: string): boolean {
  return SPECK_CELL.test(cell) || /^\s*(?:\d|[^\p{L}\d\s]*\p{Ll}{1,3}(?:\s+\p{Ll}{1,2})?[^\p{L}\d\s]*)\s*$/u.test(cell);
}

// A case reference run into the title when the column gap was lost: "… Ösby 1:12 BN 2023/77", "… Dnr SN 2023/95".
// "Dnr SBN 23/0188": after "Dnr", a two-digit year too.
// "Detaljplan för Kvarnberget (Dnr PLAN 2022/14)": the reference in brackets after the title.
// "… fritidshus Dnr MBN 2021-000187": a case system that joins the year and the serial with a dash.
// "Budget 2014 SN-2013/412.009", "… enligt LOV 'SN-2013/389.739": letters joined to the year by a hyphen, the filing plan's
// code after a stop; a speck OCR read in the column gap (a quote, a bar) before it.
// "… Tumba bibliotek KOF/2025:64": a case system that writes the register's letters, a slash, the year and a colon before
// the serial (also before a presenter's name, below). The slash is required, so that a statute's "SFS 2018:1197" stays.
const TRAILING_REFERENCE = /\s+(?:[|'‘’`"]\s*)?(\((?:dnr\.?:?\s*)?\p{Lu}{1,6}[\s-]*\d{2,4}\s*[\/:.-]\s*\d+[^()]{0,12}\)|dnr\.?:?\s*\p{Lu}{1,5}\s*\d{4}\s*[-–]\s*\d{3,6}|\p{Lu}{2,5}\s+\d{4}-\d{5,6}|(?:dnr\.?:?\s*)?\p{Lu}{1,5}\s*[\/-]?\s*\d{4}\s*\/\s*\d+(?:[-.:]\d+)*|dnr\.?:?\s*\p{Lu}{1,5}\s*\d{2,4}\s*[\/:]\s*\d+|\p{Lu}{2,5}\/\d{4}:\d+|dnr\.?:?\s*\S+)$/iu;

const REFERENCE_BEFORE_PRESENTER = /\s+((?:dnr\.?:?\s*)?\p{Lu}{1,5}\s*\/?\s*\d{4}\s*\/\s*\d+|\p{Lu}{2,5}\/\d{4}:\d+)\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}?\p{Ll}+){0,3})\s*$/u;

// "0741/24", "Dnr 1203/2023": a registry number without the registry's letters, the only thing on a paragraph's row.
const BARE_REGISTRY_NUMBER = /^\s*(?:dnr\.?:?\s*)?\d{1,5}\s*\/\s*(?:\d{2}|\d{4})\s*$/iu;

// "1. Inledning (09.00–09.15)", "3. Budget (kl. 10.30)", "4. Fika (15 min)": the time set aside for a point is no part
// of its title.
// "(09:15-10.15) |": OCR's speck after the bracket.
const TIME_IN_BRACKETS = /\s*\(\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]\s*\d{1,2}[.:]\d{2})?\s*\)[\s|:;.,'"`]*$|\s*\(\s*(?:ca\.?\s*)?\d{1,3}\s*min(?:uter)?\.?\s*\)[\s|:;.,'"`]*$/iu;

// "Inledning och presentationsrunda 9.30", "… statsbidraget? "10.05": a programme's column of start times, run into the
// title where OCR lost the gap. Only the stop form, on the five minutes a programme is planned in: "Kolberga 3:15" is a
// property and "bilaga 2.12" a number.
const TRAILING_CLOCK = /\s+["'`‘’“”]?(?:kl\.?\s*)?((?:[01]?\d|2[0-3])\.[0-5][05])\s*$/u;

function withoutTrailingClock(given: ItemHeading): ItemHeading {
  const m = TRAILING_CLOCK.exec(given.title);
  if (!m || !/\p{L}{3}/u.test(given.title.slice(0, m.index))) return given;
  return { ...given, title: given.title.slice(0, m.index), trailing: [m[1]!, ...given.trailing] };
}

export function withoutReference(given: ItemHeading): ItemHeading {
  const timed = TIME_IN_BRACKETS.exec(given.title);
  const heading = withoutTrailingClock(timed && timed.index > 0 ? { ...given, title: given.title.slice(0, timed.index) } : given);
  // "§ 31 Dnr KFKS 2024/112" / "Val av justerare": the reference alone on the sign's row, the title on the row below,
  // where OCR read the two columns of that row as one.
  // "Dnr 94.0330 :": OCR's speck after the reference.
  const title = ` ${heading.title}`.replace(/(?<=\d)\s+[:;|.,'`]+\s*$/u, '');
  // "§ 312 0741/24" / "Val av protokollsjusterare": a city's registry writes the number alone, serial and year.
  if (BARE_REGISTRY_NUMBER.test(title)) return { ...heading, title: '', trailing: [title.trim(), ...heading.trailing] };
  // "Taxor för badhus KFN 2019/187 Fritidschef Anders Sjölund": the Dnr and the presenter's columns run into the title;
  // the reference ends the title, and the few capitalised words after it are the next column.
  const inner = REFERENCE_BEFORE_PRESENTER.exec(title);
  if (inner && inner.index > 0 && /\p{L}{3}/u.test(title.slice(0, inner.index))) {
    return { ...heading, title: title.slice(0, inner.index).trim(), trailing: [inner[1]!, inner[2]!, ...heading.trailing] };
  }
  const m = TRAILING_REFERENCE.exec(title);
  if (!m) return heading;
  // "&83 '\" Dnr BUN 2024/6": specks between the number and the reference are no title; the title is on the row below.
  const before = title.slice(0, m.index).trim();
  return { ...heading, title: /[\p{L}\d]/u.test(before) ? before : '', trailing: [m[1]!, ...heading.trailing] };
}

// "Informationsärenden :", "flerbostadshus;", "Delegationsbeslut |": OCR speckles after a title; no title ends in them.
const TRAILING_SPECKLE = /(?:\s+[:;.,|'"`‘’”_~]+|[;|_~]+)\s*$/u;
// "Val av justerare | ij", "Skyfallskartering : | i": lower-case scraps behind a speckle are the page edge read as letters.
// "Rapport från kansliet | | | >": an angle or guillemet among them, too.
// "Nästa möte . ij": a stop standing apart is a speckle as well.
// "Justering | : 5 ”": a figure alone among them, with a speck after it, is one more.
// "Föregående protokoll . "oo": and letters with a quote speck glued before them.
const SCRAPS_AFTER_SPECKLE = /\s+[:;.|_~]+(?:\s+(?:["'`‘’”]?\p{Ll}{1,2}|[:;.,|'"`‘’”_~<>«»]+|\d(?=\s+[:;.,|'"`‘’”_~<>«»])))+\s*$/u;
// "Nästa möte e": one lone letter that is no Swedish word ("i", "å" and "ö" are).
// "Avslutning Å": a capital Å, Ä or Ö alone is a speck too; no heading enumerates with them.
// "Förskolan é": an accented letter alone, which no Swedish word is either.
const LONE_LETTER = /(?<=\p{L}{3,})\s+(?:[a-hj-zäéèêëáàâíìóòúùüç]|[ÅÄÖ])\s*$/u;
// "… för kultur- och fritidsnämnden ij": two lower-case letters that make no Swedish word, after a long word, are the page
// edge read as letters too.
const TWO_LETTER_SCRAP = /(?<=\p{L}{4,})\s+(?!(?:på|av|om|åt|ut|in|en|än|så|nu|ny|ej|ek|ex|al|ås|ö)\s*$)\p{Ll}{2}\s*$/u;
// "Budget 2026 ij": one or two lower-case letters after a figure are the page edge read as letters, unless they are a
// unit the figure counts ("5 000 kr", "12 st", "3 år").
const SCRAPS_AFTER_FIGURE = /(?<=\d)\s+(?!(?:kr|st|år|km|ha|mm|cm|kg|dl|m|t|h|l)\s*$)\p{Ll}{1,2}\s*$/u;

/** "… vattenförsörjningsplan KS 2024/287": a wrapped title without the case reference its last row ran into. */
export function withoutTrailingReferenceText(title: string): string {
  const m = TRAILING_REFERENCE.exec(title);
  return m && m.index > 0 && /^(?:dnr\b|\p{Lu}{1,5}\s*[\/-]?\s*\d{4}\s*\/)/iu.test(m[1]!) ? title.slice(0, m.index).trim() : title;
}

// "Val av justerare - s", "Information från förvaltningen -": the dash that fills the next column's empty cell, read
// onto the title's row where OCR closed the gap (with the page edge's scraps after it).
const EMPTY_CELL_DASH = /(?<=\p{L}{2,}|\d)\s+[-–—]+(?:\s+(?:\p{Ll}{1,2}|[:;.,|'"`‘’”_~<>«»]+))*\s*$/u;

/**
 * A title of an agenda table without the dash of the next column's empty cell. (Only under a table's header: in a list
 * a title may end in a dash that leads into the text under it.)
 */
export function withoutEmptyCellDash(title: string): string {
  return title.replace(EMPTY_CELL_DASH, '');
}

// "Justering | oo RR og ä Ä Vr me j", "Trafiken vid skolan 5 ” ee = $ - :": on a poor scan the dust beside a heading reads
// as a run of scraps, capitals and a figure among them. Four scraps or more, three of them specks or the first a bar, are
// no title's words.
const DUST_TOKEN = /^(?:\p{L}{1,2}|\d|[^\p{L}\d]{1,3})$/u;
const SPECK_TOKEN = /^[^\p{L}\d]{1,3}$/u;
function withoutDustRun(title: string): string {
  const words = title.trim().split(/\s+/u);
  let start = words.length;
  while (start > 1 && DUST_TOKEN.test(words[start - 1]!)) start--;
  // "… kvartal 1 = . |": a figure that the specks follow may be the title's own.
  while (start < words.length && /^\d$/u.test(words[start]!)) start++;
  const run = words.slice(start);
  // "… | oo RR og": a bar, OCR's column gap, before them is speck enough.
  const specked = run.filter((w) => SPECK_TOKEN.test(w)).length >= 3 || /^\|+$/u.test(run[0] ?? '');
  if (run.length < 4 || !specked || !/\p{L}{3}/u.test(words.slice(0, start).join(' '))) return title;
  return words.slice(0, start).join(' ');
}

/** A title without the speckles OCR leaves after it. */
export function withoutTrailingSpeckle(title: string): string {
  return withoutDustRun(title).replace(SCRAPS_AFTER_SPECKLE, '').replace(TRAILING_SPECKLE, '').replace(LONE_LETTER, '').replace(TWO_LETTER_SCRAP, '').replace(SCRAPS_AFTER_FIGURE, '').trim();
}
