import type { DocumentType } from '../domain/index.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { editDistance } from '../text/edit-distance.ts';
import { matchLabel } from './labels.ts';
import { isRunningCell } from './running-lines.ts';
import { genitiveBody } from './genitive-body.ts';
import { headerKindReadApart } from './header-kind-read-apart.ts';

const KINDS: { type: DocumentType; words: string[] }[] = [
  // "Inbjudan till nätverksträff …": a network's invitation with its programme calls a meeting as a kallelse does.
  // "Tillkännagivande": the announcement of a fullmäktige's meeting, as a kungörelse is.
  { type: 'kallelse', words: ['kallelse', 'föredragningslista', 'dagordning', 'kungörelse', 'tillkännagivande', 'inbjudan'] },
  { type: 'minnesanteckningar', words: ['minnesanteckningar', 'minnesanteckning', 'mötesanteckningar', 'anteckningar', 'mötesprotokoll från nätverket'] },
  { type: 'protokoll', words: ['protokoll', 'sammanträdesprotokoll', 'justerat protokoll', 'protokollsutdrag', 'utdrag ur protokoll'] },
];

// "Välkommen till nätverksträff", "Välkomna till årsmöte": an invitation's heading bids the reader to a meeting still to
// come, which calls it as a kallelse does; notes and protokoll name what they record instead.
const WELCOME_HEADING = /^\s*(?:hjärtligt\s+|varmt\s+)?välkom(?:men|na)\s+till\s+(?:\p{L}+\s+){0,3}?\p{L}*(?:träff|träffen|möte|mötet|sammanträde|stämma|konferens|seminarium|workshop)\b[^.!]*$/iu;

/** The document type a heading's first word names, tolerating one OCR slip in words of eight letters or more. */
export function documentTypeOfHeading(text: string): DocumentType | null {
  if (WELCOME_HEADING.test(text)) return 'kallelse';
  // "KALLELSE/FÖREDRAGNINGSLISTA": a slash joins two document words as a space would.
  // "K A L L E L S E": a typewriter's letter-spaced heading is one word.
  const spaced = /^\s*(?:\p{L} ){4,}\p{L}(?=\s{2,}|\s*$)/u.exec(text);
  const first = (spaced ? spaced[0].replace(/\s+/g, '') : text.trim().split(/[\s:,–/-]+/)[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (first.length < 5) return null;
  for (const kind of KINDS) {
    for (const word of kind.words) {
      if (word.includes(' ')) continue;
      if (first === word || (word.length >= 8 && editDistance(first, word) <= 1)) return kind.type;
    }
  }
  // "Styrelseprotokoll", "Årsmötesprotokoll", "Stämmoprotokoll": a Swedish compound names its kind by its last part.
  const compound = /^\p{L}{3,}(protokoll|kallelse)$/u.exec(first);
  return compound ? (compound[1] === 'protokoll' ? 'protokoll' : 'kallelse') : null;
}

const GROUP_WORDS = /(?:nätverk|grupp|nämnd|styrelse|utskott|fullmäktige|råd\b|rådet|beredning|forum|samråd|kommitté|presidium|direktion|delegation|arbetsgrupp|ledningsgrupp|styrgrupp|referensgrupp|kollegium|konferens|förening(?:en|ar|arna)?\b|förbund(?:et)?\b|sällskap(?:et)?\b)/iu;

export interface Heading {
  documentType: DocumentType | null;
  title: string | null;
  body: string | null;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/** "Minnesanteckningar från nätverket för kulturchefer" → "Nätverket för kulturchefer". */
function bodyFromTitle(title: string): string | null {
  // "Protokoll fört vid sammanträde med styrelsen för …": the older formula with "fört" before the preposition.
  const m = /^\S+\s+(?:fört\s+)?(?:\d{4}-\d{2}-\d{2}\s+)?(?:från|för|vid|med|i|till)\s+(?:(?:mötet|möte|sammanträde|sammanträdet|träff|träffen)\s+(?:med|i|för)\s+)?(.+)$/iu.exec(title.trim());
  if (!m) return null;
  const body = genitiveBody(m[1]!) ?? m[1]!.replace(/\s+(?:den\s+)?\d.*$/u, '').replace(/[,.:;]+$/, '').trim();
  return GROUP_WORDS.test(body) ? capitalise(body) : null;
}

function isGroupLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return GROUP_WORDS.test(text) && words.length <= 7 && !/\d/.test(text) && /^\p{Lu}/u.test(text) && !/[.!?]$/.test(text);
}

// "Sida 1(2)", "Sida 2 av 3", "1 (2)", and OCR's "12)" for "1 (2)": a page number after a document word in capitals.
// "Norrby kommun Kulturnämnden Kallelse 1 (3)": the document word may be capitalised only, the page mark after it says
// where the header's column starts.
const PAGE_MARK_AFTER_KIND = /^(.*\s\p{Lu}(?:\p{Lu}{4,}|\p{Ll}{4,}))\s+((?:[Ss]ida\s+)?\d{1,2}\s*(?:\(\s*\d{1,2}\s*\)|av\s+\d{1,2})|\d{2}\))$/u;
const CAPITALISED_KIND_LAST = /^(.*\S)\s+(\p{Lu}\p{Ll}{4,})$/u;

/**
 * "Gymnasie- och vuxenutbildningsnämnden KALLELSE": the document word in capitals, printed in the header's right-hand
 * column, after the body in mixed case where OCR closed the gap between them; it is a cell of its own.
 */
function withTrailingCapitalKind(given: string): string[] {
  // "NORRVIKS KOMMUN FÖREDRAGNINGSLISTA Sida 1(2)", "… KUNGÖRELSE 12)": the header's page number, in a column of its own
  // that OCR closed up, stands after the document word; it is a cell of its own too.
  const page = PAGE_MARK_AFTER_KIND.exec(given.trim());
  if (page) {
    const before = withTrailingCapitalKind(page[1]!);
    const kind = before.length === 1 ? CAPITALISED_KIND_LAST.exec(page[1]!.trim()) : null;
    return kind && documentTypeOfHeading(kind[2]!) ? [kind[1]!, kind[2]!, page[2]!] : [...before, page[2]!];
  }
  const cell = given;
  const m = /^(.*\p{Ll}.*?)\s+(\p{Lu}{5,})$/u.exec(cell.trim());
  if (m && documentTypeOfHeading(m[2]!)) return [m[1]!, m[2]!];
  // "REGION VÄRMLAND TILLKÄNNAGIVANDE": a body in capitals too; the last word must be a document word of its own and
  // the words before it no document word, so that "KALLELSE TILL SAMMANTRÄDE" stays one title.
  const capitals = /^(\p{Lu}[\p{Lu}\s-]*?)\s+(\p{Lu}{5,})$/u.exec(cell.trim());
  return capitals && documentTypeOfHeading(capitals[2]!) && !documentTypeOfHeading(capitals[1]!) ? [capitals[1]!, capitals[2]!] : [cell];
}

const DATE_COLUMN_AFTER = /(?<=\p{Ll})\s+(?:(?:sammanträdes)?datum|sammanträdesdag)?:?\s*(?:19|20)?\d{2}-\d{2}-\d{2}\s*$/iu;

/**
 * Title, body and type from the top of the first page: the title is the cell
 * that starts with a document word (Minnesanteckningar, Protokoll, Kallelse …),
 * joined with a following lower-case row that continues it; the body is named
 * in the title or on its own short row ("Kommunstyrelsens arbetsutskott").
 */
export function readHeading(firstPage: readonly DocumentLine[]): Heading {
  const top: DocumentLine[] = [];
  // In OCR text a lost column gap often leaves a speckle ("," "|" "ä") between header cells.
  const rows = firstPage.map((line) => {
    const cells = line.cells.flatMap((cell) => cell.split(/\s+(?:(?:[^\p{L}\d\s]+|\p{Ll})\s+)+/u)).filter(Boolean).flatMap(withTrailingCapitalKind);
    return cells.length === line.cells.length ? line : { ...line, cells, text: cells.join(' ') };
  });
  for (const line of rows) {
    if (top.length >= 14) break;
    if (isBlank(line)) continue;
    const label = matchLabel(line.cells[0] ?? '');
    if (label && label.kind !== 'ignored' && label.kind !== 'date' && label.kind !== 'body') break;
    // "18.30-20.30 i Hembygdsgården": a clock time wrapped from the sentence above is no numbered point.
    if (/^\s*(?:§|\d{1,2}\s*[.)](?!\d{2}))\s*\S/u.test(line.text) && top.length > 0) break;
    top.push(line);
  }

  let title: string | null = null;
  let documentType: DocumentType | null = null;
  let body: string | null = null;
  // A heading row of its own ending in a document word: "Barn- och utbildningsnämndens protokoll".
  for (let i = 0; i < top.length && title === null; i++) {
    const line = top[i]!;
    // "i. Godkännande av föregående protokoll": a point of the list (its figure misread) is no heading, whatever it ends in.
    if (line.cells.length !== 1 || /^\s*\p{L}?\d{0,2}\s*[.)]\s/u.test(line.text)) continue;
    const words = line.text.trim().split(/\s+/);
    const last = words[words.length - 1] ?? '';
    const type = words.length >= 2 && words.length <= 6 && /s$/u.test(words[words.length - 2] ?? '') ? documentTypeOfHeading(last) : null;
    if (type) {
      documentType = type;
      title = line.text.trim();
    }
  }
  for (let i = 0; i < top.length && title === null; i++) {
    for (const cell of top[i]!.cells) {
      const type = documentTypeOfHeading(cell);
      if (!type) continue;
      documentType = type;
      title = cell.trim();
      const next = top[i + 1];
      if (next && next.cells.length === 1 && /^\p{Ll}/u.test(next.text.trim()) && !/[.!?]$/.test(title)) {
        title = `${title} ${next.text.trim()}`;
      }
      break;
    }
  }
  // Only where plain OCR text gives rows without geometry: on a page read with it, the header's columns stand side by side.
  const apart = title === null && !firstPage.some((line) => line.cellX !== undefined) ? headerKindReadApart(firstPage) : null;
  if (apart) ({ documentType, title } = apart);
  if (title && title === title.toLocaleUpperCase('sv') && /\p{L}{4}/u.test(title)) {
    title = capitalise(title.toLocaleLowerCase('sv'));
  }
  if (title) body = bodyFromTitle(title);
  if (!body) {
    for (const line of top) {
      for (const cell of line.cells) {
        if (cell.trim() === title || isRunningCell(cell) || documentTypeOfHeading(cell)) continue;
        const label = matchLabel(cell);
        if (label?.kind === 'body' && label.rest) {
          body = label.rest;
          break;
        }
        // ". Kulturnämnden i Norrby": a speck OCR read before the body's name, standing apart from it.
        // "Kommunstyrelsens arbetsutskott Datum 23-03-16": plain OCR text closes the gap to the header's date column.
        const unspecked = cell.replace(/^\s*[.,:;|'"`‘’~]+\s+(?=\p{Lu})/u, '').replace(DATE_COLUMN_AFTER, '');
        if (!label && isGroupLine(unspecked)) {
          body = unspecked.trim();
          break;
        }
      }
      if (body) break;
    }
  }
  return { documentType, title, body };
}
