import { withoutKindColumn } from './agenda-kind-column.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { looksLikePlace } from './person.ts';

export interface ItemHeading {
  /** Index of the heading row in the document's lines. */
  line: number;
  number: string;
  /** The title as it stands on the heading row. */
  title: string;
  /** Cells after the title on the heading row ("Dnr KS 2023/123"). */
  trailing: string[];
  kind: 'paragraph' | 'numbered' | 'bare' | 'glued' | 'spaced' | 'signAfter' | 'roman' | 'lettered';
  /** Where a heading numbered with letters or Roman numerals stands in its sequence (a = 1, IV = 4). */
  order?: number;
  /** The notes start on the heading's own row ("2. Ekonomi: Kassören …"), so the row below goes on with them, not the title. */
  runIn?: boolean;
  /** A glued "81. Justering" read from a numbered row with its title, which needs another misread sign beside it. */
  titled?: boolean;
}

// "§ 112 Title", and OCR's "$ 112", "8 112", "3 112", "5 112", "s 112", "§112". Not "§§ 112–121".
// OCR reads the sign as "&" too ("& 1 Mötets öppnande").
// "§ 1 - Mötets öppnande": a dash between the number and the title is no part of the title.
// "§ 41/2023 Mötets öppnande": an association numbering its paragraphs by year.
const PARAGRAPH = /^\s*(?:§|\$|S|&)\s*(\d{1,4})(?:\/(?:\d{4}|\d{2})(?!\d))?\b[.:]?\s*(?:[–—-]\s+)?(.*)$/u;
// "1 § Mötets öppnande": the number before the sign, as some associations write it.
const NUMBER_BEFORE_SIGN = /^\s*(\d{1,3})\s*§\s+(\p{Lu}.*)$/u;
// "1 8 Mötets öppnande", "2 $ Val av justerare": "1 § …" with the sign read as a figure or letter. "3 8 …" reads as
// "§ 8 …" too, so this is a second reading of the row, trusted only as a chain of three (see pickParagraphChain).
const NUMBER_BEFORE_DAMAGED_SIGN = /^\s*(\d{1,3})\s+[8$S3s]\s+(\p{Lu}.*)$/u;
const DAMAGED_PARAGRAPH = /^\s*[358s]\s+(\d{2,4})(?:\/(?:\d{4}|\d{2})(?!\d))?\b[.:]?\s*(?=\p{Lu}|$)(.*)$/u;
// "§41" read as "841" or "341": the sign glued to the number. Only trusted as a chain (see findItemHeadings).
// Alone on its row ("856"), the title follows on the row below as after "§ 56".
const GLUED_PARAGRAPH = /^\s*[38]([1-9]\d{1,2})[.:]?(?:\s+(?=\p{Lu})(.*)|\s*)$/u;
// "8 1 Val av justerare", "$ 2 val av …": § read as a figure or letter before a one-digit number, the title's
// capital sometimes lost too. Only trusted as a chain of three or more (see pickParagraphChain).
// "8 1- Mötets öppnande", "8 2 - Val av justerare": the dash after the number as in "§ 1 - …".
const SPACED_SMALL_PARAGRAPH = /^\s*[358sS$]\s+([1-9])(?:[.:]|\s*[–—-])?\s+(\p{L}.*)$/u;
// "1. Välkommen", "7.Övriga frågor", "3) Ekonomi"; not "13.00 Lunch".
// "1 – Välkommen": a spaced dash after the number serves as the stop.
// "1: Inledning": a colon after the number, with a space, serves as well.
// "4, Detaljplan för …": OCR's comma for the stop, before a capital.
// "1.. Mötets öppnande": OCR may double the stop.
const NUMBERED = /^\s*(\d{1,2})(?:\s*[.)]\.?\s*|\s+[–—-]\s+|:\s+|,\s+(?=\p{Lu}))(?!\d)(\p{L}.*)$/u;
// "Punkt 1 Föregående anteckningar", "Ärende 3: Budget", "P. 4 Övrigt".
// "Pkt 3 Budget", "P3 Budget": the word abbreviated, as quick notes write it.
// "Ad 1. Turlistor", "Ad p. 2 Ersättning": older notes refer to each point of the agenda with the Latin "ad".
const NAMED_POINT = /^\s*(?:punkt|pkt\.?|ärende|paragraf|p\.|ad(?:\s+(?:punkt|p\.))?(?=\s*\d)|P(?=\d))\s*(\d{1,2})\s*[.:)–—-]?\s*(\p{L}.*)$/iu;
// "1.0 Inledning", "2.0 Budget": a template numbers its main points with a decimal nought.
const POINT_NOUGHT = /^\s*(\d{1,2})\.0\s+(\p{Lu}.*)$/u;
const SIGN_CELL = /^\s*§\s*\d{1,4}\s*$/u;
const GLUED_SIGN_CELL = /^\s*[38]([1-9]\d{1,2})\s*$/u;
const SIGN_AT_END = /^(.+?)\s+(§\s*\d{1,4})\s*$/u;
// A title: capitalised, short, no sentence stop, and not a sentence citing a paragraph ("… enligt § 12").
const TITLE_BEFORE_SIGN = /^(?!.*\s(?:enligt|se|jfr|i|från|till|under|av|med|kap\.?)$)\p{Lu}[^.!?§]{2,80}$/u;
const NAMED_POINT_ALONE = /^\s*(?:punkt|ärende)\s+(\d{1,2})\s*[.:]?\s*$/iu;
// OCR's "KS 8 112": the sign read as a figure or letter, as DAMAGED_PARAGRAPH reads it without the abbreviation.
// "AU 861 Motion om …": the sign glued to the number after the body's abbreviation (see GLUED_PARAGRAPH).
// "Au § 201", "Ks § 45", "Bun § 7": older protokoll write the abbreviation in mixed case; not a short word citing a
// paragraph ("Se § 4", "Enl. § 12").
const BODY_BEFORE_SIGN = /^\s*(?:\p{Lu}{2,6}(?:[-\s]\p{Lu}{1,4})?|(?!(?:Se|Jfr|Enl|Och|Av|Om|På|Med|Vid|Ca|Nr|Vi|Ej)(?!\p{L}))\p{Lu}\p{Ll}{1,2})\s+(?=§\s*\d|[$358Ss]\s+\d{2,4}\b|[38][1-9]\d{1,2}\s+\p{Lu})/u;
// "1 Inledning", or a table row "3 | Ekonomisk uppföljning | Elin Ek": a number without a stop, only trusted in a chain.
// "2Nya insatser": OCR may lose the gap after the number; a capitalised word glued to it still opens the title.
const BARE_NUMBER = /^\s*(\d{1,2})(?:\s+|(?=\p{Lu}\p{Ll}{2}))(\p{Lu}.*)$/u;

// "13.00 1. Mötets öppnande", "kl. 13.10–13.40 2. Information …": a scheduled time before an agenda point.
const CLOCK_BEFORE_POINT = /^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]\s*\d{1,2}[.:]\d{2})?\s+(?=\d{1,2}\s*[.)]\s*\p{L})/iu;
const CLOCK_CELL = /^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]\s*\d{1,2}[.:]\d{2})?\s*$/iu;

function withoutClock(cells: readonly string[]): readonly string[] {
  if (cells.length > 1 && CLOCK_CELL.test(cells[0]!) && /^\s*\d{1,2}\s*[.)]\s*\p{L}/u.test(cells[1]!)) return cells.slice(1);
  if (cells.length > 0 && CLOCK_BEFORE_POINT.test(cells[0]!)) return [cells[0]!.replace(CLOCK_BEFORE_POINT, ''), ...cells.slice(1)];
  return cells;
}

// "II. Val av mötesordförande", "IV) Ekonomi": Roman numerals up to L, always with a stop and a capitalised title.
const ROMAN_POINT = /^\s*([IVXL]{1,7})\s*[.)]\s+(\p{Lu}.*)$/u;
// "a) Inledning", "B. Rapporter": one letter with a stop and a capitalised title.
const LETTERED_POINT = /^\s*(\p{L})\s*[.)]\s+(\p{Lu}.*)$/u;

function romanValue(numeral: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]!]!;
    const next = values[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  // Only the canonical spelling: "IIII" or "VX" is no numeral.
  const canonical = (n: number): string =>
    n >= 50 ? `L${canonical(n - 50)}` : n >= 40 ? `XL${canonical(n - 40)}` : n >= 10 ? `X${canonical(n - 10)}` : n >= 9 ? `IX${canonical(n - 9)}` :
    n >= 5 ? `V${canonical(n - 5)}` : n >= 4 ? `IV${canonical(n - 4)}` : 'I'.repeat(n);
  return total > 0 && canonical(total) === numeral ? total : null;
}

/** "Karin Holm, Huddinge kommun": a numbered row that names a person and where they come from is a list of people. */
function namesPerson(title: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3})\s*,\s*(\S.*)$/u.exec(title);
  return m !== null && !looksLikePlace(m[1]!) && m[2]!.split(/\s+/).length <= 4 && !/[.!?]$/.test(m[2]!);
}

/** A lettered or Roman-numbered point reads as a heading only when short and not a sentence. */
function headingTitle(title: string): boolean {
  // "I. Mötets öppnande :": a spaced speck after the title is no sentence end.
  const plain = withoutTrailingSpeckle(title);
  return plain.length > 0 && plain.length <= 80 && !/[.!?:]$/.test(plain);
}

function signAfterCandidate(line: DocumentLine, index: number): ItemHeading | null {
  const [raw, ...rest] = line.cells;
  const m = NUMBER_BEFORE_DAMAGED_SIGN.exec(raw ?? '');
  if (!m || !headingTitle(m[2]!)) return null;
  return withoutReference({ line: index, number: m[1]!, title: m[2]!.trim(), trailing: rest, kind: 'signAfter' });
}

function candidateFrom(line: DocumentLine, index: number): ItemHeading | null {
  const [raw, ...rest] = withoutClock(line.cells);
  if (raw === undefined) return null;
  // A speckle before the number: "'$ 65 Månadsrapport", "\"3. Ekonomi".
  // ".6. Sammanträdesplan": a speck read as a full stop before the number, too; ".&6 Nästa möte" before OCR's "&" for §.
  // "-1. Dagordningen …": a speck read as a dash before the number.
  // "KS § 112 Val av justerare", "BUN § 4": the body's abbreviation before the sign is no part of the heading.
  // "£82 Tillsynsplan": OCR's pound sign for a speck before the sign it misread as a figure.
  let first = raw.replace(BODY_BEFORE_SIGN, '').replace(/^[\s'"`‘’“”,:;|«».£]+(?=[§$S&\d])/u, '').replace(/^\s*[-–—](?=\d{1,2}\s*[.)]\s*\p{Lu})/u, '');
  if (/^\s*[§$]{2}/.test(first)) return null;
  // "829 | Verksamhetsplan …", "82 | . Lägesbild …": OCR's specks in the gap between the number and the title.
  first = first.replace(/^(\s*[§$S&]?\s*\d{1,4})(?:\s+[|.:;]+)+\s+(?=\p{Lu})/u, '$1 ');
  // "Val av justerare | § 61": the paragraph's number printed in a right-hand column after its title; OCR may join the cells.
  const signRight = rest.length > 0 && SIGN_CELL.test(rest[rest.length - 1]!) ? [first, rest[rest.length - 1]!] : rest.length === 0 ? SIGN_AT_END.exec(first)?.slice(1) : undefined;
  if (signRight && TITLE_BEFORE_SIGN.test(signRight[0]!.trim())) {
    return { line: index, number: signRight[1]!.replace(/\D/g, ''), title: signRight[0]!.trim(), trailing: rest.slice(0, -1), kind: 'paragraph' };
  }
  // "Ansökan om bistånd | 862": the right-hand column's "§62" read with the sign as a figure glued to the number, trusted
  // only in a chain as any glued sign is.
  const gluedRight = rest.length > 0 ? GLUED_SIGN_CELL.exec(rest[rest.length - 1]!) : null;
  if (gluedRight && TITLE_BEFORE_SIGN.test(first.trim())) {
    return { line: index, number: gluedRight[1]!, title: first.trim(), trailing: rest.slice(0, -1), kind: 'glued' };
  }
  let m = PARAGRAPH.exec(first) ?? NUMBER_BEFORE_SIGN.exec(first) ?? DAMAGED_PARAGRAPH.exec(first);
  const spaced = m ? null : SPACED_SMALL_PARAGRAPH.exec(first);
  // "8 2 Val av justerare: Till justerare valdes …": the title before a run-in sentence is what must read as a heading.
  // "8 2. Butikschefen hade inkommit med …": with the stop after the number, as "§ 2." prints it, a whole sentence
  // after it is a run-in paragraph of old minutes, as after a sign that OCR read right.
  const stoppedSentence = spaced !== null && /^\s*\S\s+\d\./u.test(first) && /^\p{Lu}/u.test(spaced[2]!);
  if (spaced && (stoppedSentence || headingTitle(runInAfterColon(spaced[2]!.trim())?.[1] ?? spaced[2]!))) return withoutReference({ line: index, number: spaced[1]!, title: spaced[2]!.trim(), trailing: rest, kind: 'spaced' });
  const glued = m ? null : GLUED_PARAGRAPH.exec(first);
  if (glued) return withoutReference({ line: index, number: glued[1]!, title: (glued[2] ?? '').trim(), trailing: rest, kind: 'glued' });
  // "S1 Personal – Olle Rosvall", "S3 Ledning – Mattias Klintberg": a crisis staff's numbered function and the person
  // who holds it, not "§1" read with the sign as S.
  if (m && /^\s*S\d/u.test(first) && STAFF_ROW.test(m[2]!)) return null;
  if (m) {
    let title = m[2]!.trim();
    let trailing = rest;
    if (!title && rest.length > 0 && !/^dnr\b/i.test(rest[0]!)) [title, ...trailing] = [rest[0]!, ...rest.slice(1)];
    // "§ 90 Val av justerare: Lena Vik (S) utses.": a run-in title, the paragraph's text after its colon.
    const runIn = runInAfterColon(title);
    if (runIn) return { line: index, number: m[1]!, title: runIn[1]!.trim(), trailing: [runIn[2]!, ...trailing], kind: 'paragraph', runIn: true };
    return withoutReference({ line: index, number: m[1]!, title, trailing, kind: 'paragraph' });
  }
  // "3." alone, its title wrapped onto the rows below in a narrow column beside a Dnr column.
  // "83. .": OCR's speck after the stop.
  if (/^\s*\d{1,2}\s*\.(?:\s+[.,:;|'`]+)?\s*$/.test(first) && (rest.length === 0 || REFERENCE.test(rest[0]!))) {
    return { line: index, number: first.replace(/\D/g, ''), title: '', trailing: rest, kind: 'numbered' };
  }
  // "3. | KFN 2023/12": the same, with the column gap read as a speckle and the Dnr on the row.
  const besideReference = /^\s*(\d{1,2})\s*\.\s*[|:;]?\s*(\S.*)$/u.exec(first);
  if (besideReference && REFERENCE.test(besideReference[2]!.trim())) {
    return { line: index, number: besideReference[1]!, title: '', trailing: [besideReference[2]!.trim(), ...rest], kind: 'numbered' };
  }
  // "Ärende 2" alone on its row, the title on the row below.
  const namedAlone = NAMED_POINT_ALONE.exec(first);
  if (namedAlone && rest.length === 0) return { line: index, number: namedAlone[1]!, title: '', trailing: [], kind: 'numbered' };
  m = NUMBERED.exec(first) ?? NAMED_POINT.exec(first) ?? POINT_NOUGHT.exec(first);
  if (m && namesPerson(m[2]!.trim())) return null;
  if (m) {
    // "2. Ekonomi: Kassören redovisade …": a run-in title, the notes after its colon on the same row.
    const runIn = runInAfterColon(m[2]!.trim());
    if (runIn) return { line: index, number: m[1]!, title: runIn[1]!.trim(), trailing: [runIn[2]!, ...rest], kind: 'numbered', runIn: true };
    // "1. Mötets öppnande. Ordföranden hälsade alla välkomna.": a run-in title ended by a full stop, a sentence after it.
    const stopped = RUN_IN_AFTER_STOP.exec(m[2]!.trim());
    if (stopped && stopped[1]!.split(/\s+/).length <= 6 && stopped[2]!.trim().length >= 4) {
      return { line: index, number: m[1]!, title: stopped[1]!.trim(), trailing: [stopped[2]!, ...rest], kind: 'numbered', runIn: true };
    }
    return withoutReference({ line: index, number: m[1]!, title: m[2]!.trim(), trailing: rest, kind: 'numbered' });
  }
  m = BARE_NUMBER.exec(first);
  if (m) return withoutReference({ line: index, number: m[1]!, title: m[2]!.trim(), trailing: rest, kind: 'bare' });
  m = ROMAN_POINT.exec(first);
  const roman = m ? romanValue(m[1]!) : null;
  if (m && roman !== null && headingTitle(m[2]!)) return withoutReference({ line: index, number: m[1]!, title: m[2]!.trim(), trailing: rest, kind: 'roman', order: roman });
  m = LETTERED_POINT.exec(first);
  if (m && headingTitle(m[2]!)) {
    const order = m[1]!.toLowerCase().charCodeAt(0) - 96;
    if (order >= 1 && order <= 26) return withoutReference({ line: index, number: m[1]!, title: m[2]!.trim(), trailing: rest, kind: 'lettered', order });
  }
  if (/^\s*\d{1,2}\s*$/.test(first) && rest.length > 0 && /^\p{Lu}/u.test(rest[0]!)) {
    return withoutReference({ line: index, number: first.trim(), title: rest[0]!.trim(), trailing: rest.slice(1), kind: 'bare' });
  }
  // "1.  Föregående anteckningar", "2.<tab>Anslag": a typewriter's tab stop between the number and its title.
  const tabbed = /^\s*(\d{1,2})\s*[.)]\s*$/u.exec(first);
  if (tabbed && rest.length > 0 && /^\p{Lu}/u.test(rest[0]!) && !namesPerson(rest[0]!.trim())) {
    return withoutReference({ line: index, number: tabbed[1]!, title: rest[0]!.trim(), trailing: rest.slice(1), kind: 'numbered' });
  }
  return null;
}

const STAFF_ROW = /^\p{Lu}\p{Ll}+\s+[–—-]\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

// "1) Budget: ok.", "2) Fest: 17/5 kl 18.": quick notes put a short sentence of any kind after the colon.
const RUN_IN_AFTER_COLON = /^([^:.!?]{2,60}?):\s+((?:\p{Lu}|\p{Ll}{2,}\s*[.!]?$|\p{Ll}+\s|\d).*[.!?])$/u;
// "§ 2 Val av mötesordförande: Till mötesordförande valdes Britt Lund" / "och till …": the sentence after the colon
// wrapped at the margin, so it has no stop on the heading's row; a verb in the past says it is a sentence, not the
// rest of a title ("Motion: Fler cykelbanor i centrum").
const RUN_IN_AFTER_COLON_WRAPPED = /^([^:.!?]{2,60}?):\s+(\p{Lu}\S*(?:\s+\S+){3,})$/u;
const PAST_VERB = /(?<!\p{L})\p{L}{2,}(?:de|te|des|tes|ts|gs|os|ogs)(?<!nde|ndes)(?!\p{L})/u;
// "beslöt", "föreslog", "gick", "var": the strong verbs of minutes, whose past takes no ending PAST_VERB knows.
const STRONG_PAST_VERB = /(?<!\p{L})(?:\p{L}*(?:beslöt|beslot|slog|drog|tog|gav|fick|gick|kom|blev|höll|bjöd|lät|stod|såg|skrev|sköt|låg)s?|var|voro|blevo|sade)(?!\p{L})/iu;

function runInAfterColon(title: string): RegExpExecArray | null {
  const whole = RUN_IN_AFTER_COLON.exec(title);
  if (whole) return whole;
  const wrapped = RUN_IN_AFTER_COLON_WRAPPED.exec(title);
  return wrapped && PAST_VERB.test(wrapped[2]!) ? wrapped : null;
}
// The title's last word has three letters or more and no stop of its own, so "kl." or "t.ex." never ends it.
// The sentence may wrap onto the next row, and OCR may double the stop without a space ("småföretag..KL berättade").
const RUN_IN_AFTER_STOP = /^(\p{Lu}[^.:!?]{1,58}?\p{L}{3})(?:\.\s+|\.\.\s*)(\p{Lu}.*(?:[.!?]|\s\p{L}+))$/u;

// "KS 2024/19", and "RS/2025/0412": a registry that writes its number with a slash after the letters too.
const REFERENCE = /^(?:dnr\.?:?\s*)?\p{Lu}{1,5}\s*\/?\s*\d{4}\s*\/\s*\d+/iu;

/** The words a row adds to a title: without the Dnr cell beside the title's last row. */
export function titleRowText(line: DocumentLine): string {
  return line.cells.length === 2 && REFERENCE.test(line.cells[1]!.trim()) ? line.cells[0]! : line.text;
}

// A case reference run into the title when the column gap was lost: "… Ösby 1:12 BN 2023/77", "… Dnr SN 2023/95".
// "Dnr SBN 23/0188": after "Dnr", a two-digit year too.
// "Detaljplan för Kvarnberget (Dnr PLAN 2022/14)": the reference in brackets after the title.
const TRAILING_REFERENCE = /\s+(\((?:dnr\.?:?\s*)?\p{Lu}{1,6}[\s-]*\d{2,4}\s*[\/:.-]\s*\d+[^()]{0,12}\)|(?:dnr\.?:?\s*)?\p{Lu}{1,5}\s*\/?\s*\d{4}\s*\/\s*\d+(?:[-.:]\d+)*|dnr\.?:?\s*\p{Lu}{1,5}\s*\d{2,4}\s*[\/:]\s*\d+|dnr\.?:?\s*\S+)$/iu;

// "1. Inledning (09.00–09.15)", "3. Budget (kl. 10.30)", "4. Fika (15 min)": the time set aside for a point is no part
// of its title.
// "(09:15-10.15) |": OCR's speck after the bracket.
const TIME_IN_BRACKETS = /\s*\(\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]\s*\d{1,2}[.:]\d{2})?\s*\)[\s|:;.,'"`]*$|\s*\(\s*(?:ca\.?\s*)?\d{1,3}\s*min(?:uter)?\.?\s*\)[\s|:;.,'"`]*$/iu;

function withoutReference(given: ItemHeading): ItemHeading {
  const timed = TIME_IN_BRACKETS.exec(given.title);
  const heading = timed && timed.index > 0 ? { ...given, title: given.title.slice(0, timed.index) } : given;
  // "§ 31 Dnr KFKS 2024/112" / "Val av justerare": the reference alone on the sign's row, the title on the row below,
  // where OCR read the two columns of that row as one.
  // "Dnr 94.0330 :": OCR's speck after the reference.
  const title = ` ${heading.title}`.replace(/(?<=\d)\s+[:;|.,'`]+\s*$/u, '');
  const m = TRAILING_REFERENCE.exec(title);
  if (!m) return heading;
  return { ...heading, title: title.slice(0, m.index).trim(), trailing: [m[1]!, ...heading.trailing] };
}

/** A heading usually is short, starts with a capital and does not end like a sentence. */
function headingLikeness(heading: ItemHeading): number {
  let score = 1;
  if (heading.title.length <= 80) score += 0.3;
  if (/^\p{Lu}/u.test(heading.title)) score += 0.3;
  if (!/[.!?]$/.test(heading.title)) score += 0.3;
  return score;
}

function ordinal(heading: ItemHeading): number {
  return heading.order ?? Number(heading.number);
}

/**
 * The best chain of consecutively numbered headings: every next number is
 * one or two more than the previous one. Numbered lists inside an item lose to
 * the document's own numbering because the chain that covers more
 * heading-like rows wins.
 */
function bestChain(candidates: ItemHeading[]): ItemHeading[] {
  const n = candidates.length;
  const score: number[] = candidates.map(headingLikeness);
  const previous: number[] = candidates.map(() => -1);
  for (let i = 0; i < n; i++) {
    const own = headingLikeness(candidates[i]!);
    for (let j = 0; j < i; j++) {
      const step = ordinal(candidates[i]!) - ordinal(candidates[j]!);
      if (step < 1 || step > 2) continue;
      const total = score[j]! + own - (step - 1) * 0.5;
      if (total > score[i]!) {
        score[i] = total;
        previous[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end === -1 || score[i]! > score[end]!) end = i;
  const chain: ItemHeading[] = [];
  for (let i = end; i !== -1; i = previous[i]!) chain.unshift(candidates[i]!);
  return chain;
}

/**
 * The item headings of a document. A § protokoll's paragraphs win over
 * numbered points (which are then lists inside paragraphs); otherwise the
 * numbered agenda points are the items.
 */
export function findItemHeadings(lines: readonly DocumentLine[], from = 0): ItemHeading[] {
  return withoutPresenters(lines, withoutNextColumn(lines, withoutKindColumn(lines, chooseItemHeadings(lines, from)))).map(withRunInTitle);
}

/**
 * "81 Mötets öppnande: Klubbens ordförande … öppnade mötet kl. 18.00.": a heading found past the usual patterns (a sign
 * glued to its number, a gap filled in a chain) keeps its run-in notes after the colon as every other heading does.
 */
function withRunInTitle(heading: ItemHeading): ItemHeading {
  if (heading.runIn) return heading;
  const runIn = runInAfterColon(heading.title);
  return runIn ? { ...heading, title: runIn[1]!.trim(), trailing: [runIn[2]!, ...heading.trailing], runIn: true } : heading;
}

// The column-header row of an agenda table: "Nr  Ärende  Föredragande", "Punkt  Rubrik  Ansvarig".
const AGENDA_HEADER = /^(?:nr|nummer|punkt|ärende|ärenden|rubrik|föredragande|föredragare|handläggare|ansvarig|dnr|diarienummer|beteckning|bilaga|tid|anteckning)$/iu;
const PRESENTER_HEADER = /^(?:föredragande|föredragare|handläggare|ansvarig)$/iu;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// The columns of a table of points that hold the title, and those that can stand after it.
const TITLE_COLUMN = /^(?:punkt|ärende|rubrik)$/iu;
const AFTER_TITLE_COLUMN = /^(?:föredragande|föredragare|handläggare|ansvarig|anteckning|anteckningar|diskussion|beslut|handling|handlingar|underlag|kommentar|kommentarer|noteringar)$/iu;
const TABLE_WORD = new RegExp(`${AGENDA_HEADER.source}|${AFTER_TITLE_COLUMN.source}`, 'iu');
// Small words after which a capitalised word goes on with the title ("Detaljplan för Näsängen"), not a new column.
const JOINING_WORD = /^(?:för|i|på|av|till|om|vid|mot|från|med|och|samt|inom|kring|över|under|efter|hos|mellan|utan|genom|enligt|kl\.?)$/iu;

/** "Nr — Ärende | Föredragande", "Nr Punkt z Anteckning.": the table's column headings above its first point, OCR's specks aside. */
function pointTableHeader(lines: readonly DocumentLine[], first: ItemHeading): string[] | null {
  const header = lines.slice(Math.max(0, first.line - 3), first.line).reverse().find((line) => !isBlank(line));
  const words = header?.cells.flatMap((c) => c.split(/\s+/)).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length >= 2) ?? [];
  return words.length >= 2 && words.every((w) => TABLE_WORD.test(w)) ? words : null;
}

/** Where the next column starts inside a title whose column gap OCR closed, or -1. */
function nextColumnAt(words: readonly string[]): number {
  // "Information från förvaltningen | Sofie Ekman", "Bidrag 2024 . Tjänsteskrivelse": OCR's speck in the gap.
  // "… skolskjutsar Å Delges på sammanträdet": a lone capital letter in the gap is a speck too (not a numeral I, V, X).
  const speck = words.findIndex((w, i) => i >= 1 && (/^[|.·]$/u.test(w) || /^(?![IVX])\p{Lu}$/u.test(w)) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
  if (speck !== -1) return speck;
  // "Föregående möte Anteckningarna godkändes.", "Bygglov för flerbostadshus, Ängby 1:45 Oskar Lund": a capitalised
  // word after a word of the title that no name follows in a title (not after a comma, a small joining word, or
  // another capitalised word of a name).
  return words.findIndex((w, i) => {
    if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(w)) return false;
    const before = words[i - 1]!;
    if (/,$/u.test(before) || JOINING_WORD.test(before)) return false;
    return i === 1 || !/^\p{Lu}/u.test(before);
  });
}

/**
 * Under the column headings of a table of points with a column after the title ("Punkt | Diskussion | Beslut",
 * "Nr | Ärende | Föredragande"), a heading row that OCR read as one cell runs that column into the title. The title
 * ends where the next column starts; the rest is the row's next cell.
 */
function withoutNextColumn(lines: readonly DocumentLine[], headings: ItemHeading[]): ItemHeading[] {
  const first = headings[0];
  const header = first ? pointTableHeader(lines, first) : null;
  const titleAt = header?.findIndex((w) => TITLE_COLUMN.test(w)) ?? -1;
  if (!header || titleAt === -1 || !header.slice(titleAt + 1).some((w) => AFTER_TITLE_COLUMN.test(w))) return headings;
  return headings.map((heading) => {
    if (lines[heading.line]!.cells.length !== 1) return heading;
    const words = heading.title.split(/\s+/);
    const at = nextColumnAt(words);
    if (at < 1) return heading;
    const rest = words.slice(at).join(' ').replace(/^[|.·]\s*/u, '').replace(/[\s|]+$/u, '');
    // The row below goes on with the next column's words, not the title's (as under a run-in title).
    return rest ? { ...heading, title: words.slice(0, at).join(' '), trailing: [rest, ...heading.trailing], runIn: true } : { ...heading, title: words.slice(0, at).join(' ') };
  });
}

/**
 * Under an agenda table whose header names a presenter column, a person's
 * name that ends a title ("Bidrag till föreningar 2023 Mats Öberg") is that
 * column run into the title by a lost column gap. Only two capitalised words
 * that do not name a place are taken off, and the title keeps a word.
 */
function withoutPresenters(lines: readonly DocumentLine[], headings: ItemHeading[]): ItemHeading[] {
  const first = headings[0];
  if (!first) return headings;
  const header = lines.slice(Math.max(0, first.line - 3), first.line).find((line) => {
    const words = line.cells.flatMap((c) => c.trim().split(/\s+/));
    return words.length >= 2 && words.every((w) => AGENDA_HEADER.test(w)) && words.some((w) => PRESENTER_HEADER.test(w));
  });
  if (!header) return headings;
  return headings.map((heading) => {
    const words = heading.title.split(/\s+/);
    const tail = words.slice(-2);
    if (words.length < 3 || !tail.every((w) => NAME_WORD.test(w)) || looksLikePlace(tail.join(' '))) return heading;
    return { ...heading, title: words.slice(0, -2).join(' '), trailing: [tail.join(' '), ...heading.trailing] };
  });
}

/**
 * "Dagordning" / "1. Inledning" / "2. Budget" … and then "1. Inledning" with its notes: an agenda printed
 * before the minutes repeats the headings. When every heading of the chosen chain comes again, in order,
 * after it, the later headings are the items.
 */
function repeatedLater(chain: ItemHeading[], candidates: readonly ItemHeading[]): ItemHeading[] {
  if (chain.length < 2) return chain;
  const later: ItemHeading[] = [];
  let after = chain[chain.length - 1]!.line;
  for (const heading of chain) {
    // "2. Etableringen 2024 :" in the agenda: OCR's speckle after a title does not make it another title.
    // "Informationssäkerhet - incidentrapport Q3" and OCR's "Informationssäkerhet incidentrapport Q3": the same title
    // with a dash or stop lost; only letters and digits are compared.
    const key = (t: string) => withoutTrailingSpeckle(t).toLowerCase().replace(/[^\p{L}\d]+/gu, '');
    const title = key(heading.title);
    const again = candidates.find((c) => c.line > after && c.kind === heading.kind && c.number === heading.number && key(c.title) === title);
    if (!again) return chain;
    later.push(again);
    after = again.line;
  }
  return later;
}

function chooseItemHeadings(lines: readonly DocumentLine[], from: number): ItemHeading[] {
  const candidates: ItemHeading[] = [];
  for (let i = from; i < lines.length; i++) {
    const c = candidateFrom(lines[i]!, i);
    if (c) candidates.push(c);
    const signAfter = signAfterCandidate(lines[i]!, i);
    if (signAfter) candidates.push(signAfter);
  }
  const paragraphs = withParagraphTail(lines, withParagraphLead(lines, fillParagraphGaps(lines, pickParagraphChain(candidates, lines))));
  if (paragraphs.length >= 1 && paragraphs.some((p) => /^\s*§/.test(lines[p.line]!.cells[0] ?? '')) ) return paragraphs;
  if (paragraphs.length >= 2) return paragraphs;
  const numbered = withBareLead(bestChain(candidates.filter((c) => c.kind === 'numbered')), candidates);
  // Points numbered "I.", "II." or "a)", "b)" are the document's items only as a chain of three from the first,
  // longer than any chain of Arabic numbers (otherwise they are sub-points inside items).
  for (const kind of ['roman', 'lettered'] as const) {
    const chain = bestChain(candidates.filter((c) => c.kind === kind));
    if (chain.length >= 3 && chain[0]!.order === 1 && chain.length > numbered.length) return chain;
  }
  if (numbered.length >= 2) return withSubHeadings(lines, repeatedLater(fillNumberedGaps(numbered, candidates), candidates));
  // Bare numbers ("2 Budgetuppföljning") are headings only as a chain of three or more starting at 1.
  const bare = bestChain(candidates.filter((c) => c.kind === 'bare'));
  if (bare.length >= 3 && bare[0]!.number === '1' && paragraphs.length === 0) return withSubHeadings(lines, bare);
  return paragraphs.length ? paragraphs : withSubHeadings(lines, numbered);
}

/**
 * "1 Välkommen", "2 Trygghet", "3 – Skolgården", "4 – Övrigt": OCR lost the stop or dash after the first
 * numbers. Bare-numbered rows that count up from 1 to just before a numbered chain, in order above it, lead it.
 */
function withBareLead(chain: ItemHeading[], candidates: readonly ItemHeading[]): ItemHeading[] {
  const first = chain[0];
  if (!first || Number(first.number) <= 1 || Number(first.number) > 4) return chain;
  const lead: ItemHeading[] = [];
  let before = first.line;
  for (let n = Number(first.number) - 1; n >= 1; n--) {
    const found = candidates.filter((c) => c.kind === 'bare' && Number(c.number) === n && c.line < before && headingTitle(c.title)).pop();
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
function fillNumberedGaps(chain: ItemHeading[], candidates: readonly ItemHeading[]): ItemHeading[] {
  return fillOneNumberGaps(chain, (heading, next, missing) => {
    const found = candidates.filter((c) => c.kind === 'bare' && c.number === missing && c.line > heading.line && c.line < next.line && headingTitle(c.title));
    return found.length === 1 ? { ...found[0]!, kind: heading.kind } : null;
  });
}

/** Walks a chain of headings and, where exactly one number is missing between two, asks `find` for it. */
function fillOneNumberGaps(
  chain: ItemHeading[],
  find: (heading: ItemHeading, next: ItemHeading, missing: string) => ItemHeading | null,
): ItemHeading[] {
  const result: ItemHeading[] = [];
  chain.forEach((heading, k) => {
    result.push(heading);
    const next = chain[k + 1];
    if (!next || Number(next.number) - Number(heading.number) !== 2) return;
    const found = find(heading, next, String(Number(heading.number) + 1));
    if (found) result.push(found);
  });
  return result;
}

/**
 * "81. Mötets öppnande" above "8 2. Val …", "§ 3. …": the first paragraphs of a chain with the sign glued
 * or misread. Rows above the chain's first heading that open with a sign-like character and exactly the
 * missing numbers, counting down to 1, lead it.
 */
function withParagraphLead(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  const first = chain[0];
  if (!first || chain.length < 2 || Number(first.number) < 2 || Number(first.number) > 3) return chain;
  const lead: ItemHeading[] = [];
  let before = first.line;
  for (let n = Number(first.number) - 1; n >= 1; n--) {
    let found: ItemHeading | null = null;
    for (let i = before - 1; i >= Math.max(0, before - 12) && !found; i--) {
      const [cell, ...rest] = lines[i]!.cells;
      // "$ I Öppnande" before "§ 2 …": OCR reads the figure 1 as a capital I or l, too.
      const m = /^\s*[§$S358s]\s*(\d|[Il|](?=\s))[.:]?\s+(\p{Lu}[^.!?]{0,78})$/u.exec(cell ?? '');
      if (m && Number(m[1]!.replace(/[Il|]/u, '1')) === n) found = withoutReference({ line: i, number: String(n), title: m[2]!.trim(), trailing: rest, kind: 'paragraph' });
    }
    if (!found) return chain;
    lead.unshift(found);
    before = found.line;
  }
  return [...lead, ...chain];
}

/**
 * "84 Avslutning" or "859" after "§ 1" … "§ 3" or "§ 56" … "§ 58": the last paragraph with its sign glued or
 * misread. The first row after the chain that opens with a sign-like character and the next number is it.
 */
function withParagraphTail(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  const last = chain[chain.length - 1];
  if (!last || chain.length < 2 || !/^\d+$/.test(last.number)) return chain;
  const next = String(Number(last.number) + 1);
  for (let i = last.line + 1; i < lines.length; i++) {
    const [cell, ...rest] = lines[i]!.cells;
    // ". 836 Sammanträdesplan": a speck before the sign, as before any heading.
    const m = /^\s*(?:[.,'`|:;]\s*)?[§$S38s]\s*(\d{1,4})[.:]?(?:\s+(\p{Lu}[^.!?]{0,78}))?$/u.exec(cell ?? '');
    if (m && m[1] === next) return [...chain, withoutReference({ line: i, number: next, title: (m[2] ?? '').trim(), trailing: rest, kind: 'paragraph' })];
  }
  return chain;
}

/**
 * One number missing between two § headings ("§ 1", "§ 3") whose row OCR
 * damaged past the heading patterns ("8 2 val av justerare": the sign read as
 * a figure, the capital lost): a row between them that opens with a sign-like
 * character and exactly the missing number is that heading.
 */
function fillParagraphGaps(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  return fillOneNumberGaps(chain, (heading, next, missing) => {
    const found: ItemHeading[] = [];
    for (let i = heading.line + 1; i < next.line; i++) {
      const [first, ...rest] = lines[i]!.cells;
      // ". 84 Budget 2024": a speck before the sign, as before any heading.
      const m = /^\s*(?:[.,'`|:;]\s*)?[§$S358s]\s*(\d{1,4})[.:]?\s+(\p{L}[^.!?]{0,78})$/u.exec(first ?? '');
      if (m && m[1] === missing) found.push(withoutReference({ line: i, number: missing, title: m[2]!.trim(), trailing: rest, kind: 'paragraph' }));
    }
    if (found.length === 1) return found[0]!;
    // "§ 8 Midsommarfesten" between "2 § …" and "4 § …": the sign read, its number misread. The only row between
    // that opens with a real sign and a number before a short capitalised title stands where the missing one must.
    const misread: ItemHeading[] = [];
    for (let i = heading.line + 1; i < next.line; i++) {
      const [first, ...rest] = lines[i]!.cells;
      const m = /^\s*(?:§\s*\d{1,4}|\d{1,3}\s*§)[.:]?\s+(\p{Lu}[^.!?]{0,78})$/u.exec(first ?? '');
      if (m) misread.push(withoutReference({ line: i, number: missing, title: m[1]!.trim(), trailing: rest, kind: 'paragraph' }));
    }
    return found.length === 0 && misread.length === 1 ? misread[0]! : null;
  });
}

/**
 * The § chain. Headings whose sign was glued to the number ("841 Val av
 * justerare") join it only when the chain also holds two or more of them, so
 * that a lone figure opening a row ("300 Elever …") never becomes a paragraph.
 */
// The items a protokoll opens with, whatever the body: the opening, the roll call, choosing who adjusts the minutes.
// "Öppnande och val av justerare": the opening and the choice of adjusters in one point, as short minutes write it.
const OPENING_ITEM = /^(?:val\s+av\s+(?:protokoll)?justerare?|(?:(?:mötets|sammanträdets)\s+)?öppnande(?:\s+och\s+val\s+av\s+(?:protokoll)?justerare?)?|upprop(?:\s+och\s+val\s+av\s+justerare)?|justering)$/iu;

// "Dnr 2024/12", "Dnr: KS 2023/301": the case reference a protokoll prints under a paragraph's title.
const CASE_REFERENCE_ROW = /^\s*dnr\b/iu;

/** The first row with text after the heading's is a case reference, as under a § paragraph's title. */
function referenceBelow(lines: readonly DocumentLine[], heading: ItemHeading): boolean {
  const next = lines.slice(heading.line + 1, heading.line + 4).find((line) => !isBlank(line));
  return next !== undefined && CASE_REFERENCE_ROW.test(next.cells[0] ?? '');
}

function pickParagraphChain(candidates: ItemHeading[], lines: readonly DocumentLine[]): ItemHeading[] {
  const plain = bestChain(candidates.filter((c) => c.kind === 'paragraph'));
  const mixed = bestChain(candidates.filter((c) => c.kind === 'paragraph' || c.kind === 'glued'));
  const gluedCount = mixed.filter((c) => c.kind === 'glued').length;
  let chain = gluedCount >= 2 && mixed.length > plain.length ? mixed : plain;
  // "8 1 …", "8 2 …", "8 3 …": a one-digit number after a damaged sign is a heading only among three or more such rows.
  const withSpaced = bestChain(candidates.filter((c) => c.kind === 'paragraph' || c.kind === 'spaced'));
  const spacedCount = withSpaced.filter((c) => c.kind === 'spaced').length;
  // "8 5 Val av justerare" / "8 6 Förslag …": two such rows do, when the first is the item every protokoll opens with.
  const opensMinutes = spacedCount === 2 && OPENING_ITEM.test(withoutTrailingSpeckle(withSpaced.find((c) => c.kind === 'spaced')!.title));
  // "8 9 Tillsynsplan" / "8 10 Yttrande …": one such row in a chain with a sign-and-number heading the pattern trusts
  // ("8 10", two digits) counts on from it, so the two stand or fall together.
  const besideTrusted = spacedCount >= 1 && withSpaced.length - spacedCount >= 1 && withSpaced.length >= 2;
  // "8 7 ÅRSREDOVISNING 2023" / "Dnr 2024/12" … "8 8 INVESTERINGSPLAN" / "Dnr 2024/19": two such rows do, when each
  // has the case reference a paragraph carries under its title.
  const referenced = spacedCount === 2 && withSpaced.every((c) => c.kind !== 'spaced' || referenceBelow(lines, c));
  if ((spacedCount >= 3 || opensMinutes || besideTrusted || referenced) && withSpaced.length > chain.length) chain = withSpaced;
  // "1 8 …", "2 8 …", "4 8 …": the number before a damaged sign, likewise only among three or more such rows.
  const withSignAfter = bestChain(candidates.filter((c) => c.kind === 'paragraph' || c.kind === 'signAfter'));
  if (withSignAfter.filter((c) => c.kind === 'signAfter').length >= 3 && withSignAfter.length > chain.length) chain = withSignAfter;
  // "81 Öppnande", "82 Föregående protokoll": "§1" read with the sign as a figure glued to a one-digit number.
  // A bare two-digit number cannot tell, so only a chain from 1 of three or more such rows is trusted.
  // "81. Justering", "\"83. Skolskjutsarna": with its stop and title too, where no point is numbered below ten, which
  // a list that goes on to 31 or 81 would have.
  const lowNumbered = candidates.some((c) => c.kind === 'numbered' && Number(c.number) < 10);
  const gluedSmall = candidates
    // "81." alone on its row, the title below it, is "§1." read the same way.
    .filter((c) => (c.kind === 'bare' || (c.kind === 'numbered' && (c.title === '' || !lowNumbered))) && /^[38][1-9]$/.test(c.number) && (c.title === '' || /^\p{Lu}/u.test(c.title)))
    .map((c): ItemHeading => ({ ...c, number: c.number.slice(1), kind: 'glued', titled: c.kind === 'numbered' && c.title !== '' }));
  if (gluedSmall.length >= 1) {
    // "81 …", "8 2 …", "83 …", "8 4 …": glued and spaced misreadings of one document's signs mix.
    const signed = candidates.filter((c) => (c.kind === 'paragraph' || c.kind === 'spaced') && Number(c.number) <= 9);
    const found = bestChain([...signed, ...gluedSmall].sort((a, b) => a.line - b.line));
    const lead = found[0]?.number === '2' ? bareFirstSignAbove(lines, found[0]) : null;
    const small = lead ? [lead, ...found] : found;
    const reread = small.filter((c) => c.kind === 'glued').length;
    // "8 1 Val av justerare" / "82 Hyresförhandlingar": two rows do, when the first is the item every protokoll opens with.
    const opens = small.length >= 2 && OPENING_ITEM.test(withoutTrailingSpeckle(small[0]!.title));
    // A titled "81. Justering" is trusted only beside a row that shows the sign some other way ("8 2. …", "§ 3 …"): a
    // list numbered 81, 82, 83 reads the same.
    const trusted = !small.some((c) => c.titled) || small.some((c) => c.kind === 'paragraph' || c.kind === 'spaced');
    if (((small.length >= 3 && reread >= 2) || opens) && small[0]!.number === '1' && small.length > chain.length && trusted) chain = small;
  }
  return chain.map((c) => (c.kind === 'glued' || c.kind === 'spaced' || c.kind === 'signAfter' ? { ...c, kind: 'paragraph' } : c));
}

/**
 * "si." above "82.", "83.", "84.": old minutes' "§ 1." alone on its row, the sign and the figure both misread (the figure
 * as a letter I, l or i), which leads a chain of glued signs that starts at 2. Only such a row, with nothing after the
 * stop, within the twelve rows above.
 */
function bareFirstSignAbove(lines: readonly DocumentLine[], second: ItemHeading): ItemHeading | null {
  for (let i = second.line - 1; i >= Math.max(0, second.line - 12); i--) {
    const [cell, ...rest] = lines[i]!.cells;
    if (rest.length === 0 && /^\s*[§$S358s]\s*[1Iil|][.:]?\s*$/u.test(cell ?? '')) return { line: i, number: '1', title: '', trailing: [], kind: 'glued' };
  }
  return null;
}

// "2.1 Hemtjänsten i Vilunda": a sub-point of point 2.
const SUB_NUMBERED = /^\s*(\d{1,2})\.(\d{1,2})\.?\s+(\p{Lu}.*)$/u;
const SUB_LETTERED = /^\s*(?:(?:[Pp]unkt|[Ää]rende|[Pp]\.)\s*)?(\d{1,2})\s?([a-h])[.:)]?\s+(\p{Lu}.*)$/u;

/**
 * Sub-points numbered under a point ("1.1", "1.2" under "1 Formalia") are
 * items of their own, but only when the first number is the point they stand
 * under and the second counts 1, 2, 3 … without gaps, and the row reads like a
 * heading: a figure such as "2.4 miljoner" opening a row does not qualify.
 */
function withSubHeadings(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  const result: ItemHeading[] = [];
  chain.forEach((heading, k) => {
    result.push(heading);
    const end = chain[k + 1]?.line ?? lines.length;
    let expected = 1;
    for (let i = heading.line + 1; i < end; i++) {
      const [first, ...rest] = lines[i]!.cells;
      // "2a. Tidig kontakt", "Punkt 2b. Samverkan": sub-points lettered a, b, c … under their number.
      const lettered = SUB_LETTERED.exec(first ?? '');
      if (lettered && lettered[1] === heading.number && lettered[2]!.charCodeAt(0) - 96 === expected) {
        const title = lettered[3]!.trim();
        if (title.length > 80 || /[.!?:]$/.test(title)) continue;
        result.push(withoutReference({ line: i, number: `${lettered[1]}${lettered[2]}`, title, trailing: rest, kind: heading.kind }));
        expected++;
        continue;
      }
      const m = SUB_NUMBERED.exec(first ?? '');
      if (!m || m[1] !== heading.number || Number(m[2]) !== expected) continue;
      const title = m[3]!.trim();
      if (title.length > 80 || /[.!?:]$/.test(title)) continue;
      result.push(withoutReference({ line: i, number: `${m[1]}.${m[2]}`, title, trailing: rest, kind: heading.kind }));
      expected++;
    }
  });
  return result;
}

// "Informationsärenden :", "flerbostadshus;", "Delegationsbeslut |": OCR speckles after a title; no title ends in them.
const TRAILING_SPECKLE = /(?:\s+[:;.,|'"`‘’”_~]+|[;|_~]+)\s*$/u;
// "Val av justerare | ij", "Skyfallskartering : | i": lower-case scraps behind a speckle are the page edge read as letters.
const SCRAPS_AFTER_SPECKLE = /\s+[:;|_~]+(?:\s+(?:\p{Ll}{1,2}|[:;.,|'"`‘’”_~]+))+\s*$/u;
// "Nästa möte e": one lone letter that is no Swedish word ("i", "å" and "ö" are).
// "Avslutning Å": a capital Å, Ä or Ö alone is a speck too; no heading enumerates with them.
const LONE_LETTER = /(?<=\p{L}{3,})\s+(?:[a-hj-z]|[ÅÄÖ])\s*$/u;
// "Budget 2026 ij": one or two lower-case letters after a figure are the page edge read as letters, unless they are a
// unit the figure counts ("5 000 kr", "12 st", "3 år").
const SCRAPS_AFTER_FIGURE = /(?<=\d)\s+(?!(?:kr|st|år|km|ha|mm|cm|kg|dl|m|t|h|l)\s*$)\p{Ll}{1,2}\s*$/u;

/** "… vattenförsörjningsplan KS 2024/287": a wrapped title without the case reference its last row ran into. */
export function withoutTrailingReferenceText(title: string): string {
  const m = TRAILING_REFERENCE.exec(title);
  return m && m.index > 0 && /^(?:dnr\b|\p{Lu}{1,5}\s*\/?\s*\d{4}\s*\/)/iu.test(m[1]!) ? title.slice(0, m.index).trim() : title;
}

/** A title without the speckles OCR leaves after it. */
export function withoutTrailingSpeckle(title: string): string {
  return title.replace(SCRAPS_AFTER_SPECKLE, '').replace(TRAILING_SPECKLE, '').replace(LONE_LETTER, '').replace(SCRAPS_AFTER_FIGURE, '').trim();
}

// "Ordf. hälsade de närvarande välkomna och förklarade", "Att jämte ordf. justera dagens protokoll utsågs Hilding": a
// heading row that is the start of a sentence in prose, six words or more with a verb in the past among them (not a
// participle in -nde, as "ordförande", "fastställande" in a heading's noun phrase).
// "Förelåg anbud från …", "Fanns inget att …": the strong past of older minutes has no weak ending.
const PROSE_START = /^(?=(?:\S+\s+){5,}\S)(?=.*(?<!\p{L})(?:\p{L}{3,}(?:de|te|des|tes|ts|gs|os|ogs)(?<!nde|ndes)|förelåg|förelågo|förekom|fanns|hölls|blev|beslöt|gick|kom|tog)(?!\p{L})).*[^.!?:\s]$/iu;

/**
 * "S 5. Beslöts att avgiften … höjas till 250" / "kr. fr.o.m. den 1 juli.": in older minutes a paragraph has no
 * heading, and its row opens the first sentence, which OCR wrapped at the margin. The rows up to the full stop (two at
 * most) finish the sentence that stands for the title.
 */
function sentenceContinuation(lines: readonly DocumentLine[], heading: ItemHeading, isStructural: (line: DocumentLine) => boolean): number {
  const title = withoutTrailingSpeckle(heading.title);
  if (heading.trailing.length > 0 || !PROSE_START.test(title)) return 0;
  for (let count = 1; count <= 2; count++) {
    const next = lines[heading.line + count];
    // A lower-case row goes on with the sentence, however much its first word looks like a label ("sammanträdet öppnat.").
    if (!next || isBlank(next) || next.cells.length > 1 || (isStructural(next) && !/^\p{Ll}/u.test(next.text.trim()))) return 0;
    // "utefter linjen mot Bäckviken. |": OCR's speck after the stop does not keep the sentence open.
    const text = withoutTrailingSpeckle(next.text.trim());
    if (/^[-–—•*§]/u.test(text) || /^\d{1,2}[.)]\s/u.test(text) || text.length > 90) return 0;
    // "… till handlingarna. Kassören redogjorde …": the row ends the sentence and opens another; it is the notes.
    if (/[\p{Ll}\d][.!?]\s+\p{Lu}/u.test(text)) return 0;
    if (/[.!?]$/u.test(text)) return count;
  }
  return 0;
}

const CONTINUATION_END = /\b(?:och|samt|för|av|i|till|om|med|på|inom|från|över|inför|kring|mellan|vid|gällande|avseende)$|[-–,]$/iu;

/**
 * How many rows after the heading continue its title: a following row that
 * starts in lower case, or any row after a title that ends mid-phrase.
 */
export function titleContinuation(lines: readonly DocumentLine[], heading: ItemHeading, isStructural: (line: DocumentLine) => boolean): number {
  if (heading.runIn) return 0;
  const sentence = sentenceContinuation(lines, heading, isStructural);
  if (sentence > 0) return sentence;
  let count = 0;
  // "flerbostadshus;" over "Svinninge 3:114": OCR's semicolon for the comma of a wrapped title.
  const endsInComma = /[,;]\s*$/.test(heading.title);
  let title = withoutTrailingSpeckle(heading.title);
  // A title beside a right-hand column (Dnr) wraps in a narrow column, so a short row may go on with a figure.
  const narrow = heading.trailing.length > 0;
  const limit = title === '' ? 3 : 2;
  let blanks = 0;
  while (count - blanks < limit) {
    let next = lines[heading.line + 1 + count];
    // OCR of a wrapped title can put a blank row inside it ("Ändrad taxa för" / "" / "bygglov …"): one is
    // skipped when the title breaks off mid-phrase and the row after goes on in lower case.
    const after = lines[heading.line + 2 + count];
    const wrapsAfterBlank =
      (count === 0 && CONTINUATION_END.test(title)) ||
      // In a narrow column beside a Dnr, OCR can put a blank row anywhere inside the wrapped title.
      (narrow && title !== '' && blanks === 0 && !/[.!?:]$/.test(title));
    if (next && isBlank(next) && wrapsAfterBlank && after && !isBlank(after) && /^\p{Ll}/u.test(after.text.trim()) && after.text.trim().length <= 60) {
      blanks++;
      count++;
      next = after;
    }
    // "§ 57" / "" / "Detaljplan för …": a heading row without its title, the title after a blank row.
    if (next && isBlank(next) && title === '' && count === 0 && after && after.cells.length === 1 && /^\p{Lu}/u.test(after.text.trim()) && after.text.trim().length <= 60 && !isStructural(after)) {
      blanks++;
      count++;
      next = after;
    }
    // "Informationsärenden | :": a cell of specks beside the title's row is no column.
    if (next && next.cells.length > 1 && next.cells.slice(1).every((c) => /^[^\p{L}\d]*$/u.test(c))) next = { ...next, cells: [next.cells[0]!], text: next.cells[0]! };
    // "vattenförsörjningsplan   KS 2024/287": the last row of a wrapped title beside its Dnr cell.
    const besideReference = next !== undefined && next.cells.length === 2 && REFERENCE.test(next.cells[1]!.trim());
    // "§ 21." / "Justering.": under a bare paragraph sign, a lone word that could label a field is the title.
    const titleAlone = title === '' && count === 0 && next !== undefined && next.cells.length === 1 && !/:/.test(next.text) && matchLabel(next.cells[0]!)?.rest === '';
    if (!next || isBlank(next) || (isStructural(next) && !titleAlone) || (next.cells.length > 1 && !besideReference)) break;
    const text = besideReference ? next.cells[0]!.trim() : next.text.trim();
    const wrappedFigure = narrow && title.length <= 30 && text.length <= 40 && /^\d{4}\b(?![.)])/.test(text);
    // "a) Resultat per april": a sub-point, not the rest of the title.
    if (/^[-–—•*]/.test(text) || (/^\d/.test(text) && !wrappedFigure) || /^\p{Ll}\)\s/u.test(text)) break;
    // "§ 4." / "Frågan om byte av taket diskuterades.": under a bare sign, a whole sentence of five words or more with a verb
    // in the past is the paragraph's notes, which older minutes wrote without a heading.
    const sentenceUnderSign = title === '' && /[.!?]$/u.test(text) && text.split(/\s+/).length >= 5 && (PAST_VERB.test(text) || STRONG_PAST_VERB.test(text));
    const continues =
      title === '' ? /^\p{Lu}/u.test(text) && text.length <= 60 && !sentenceUnderSign :
      (/^\p{Ll}/u.test(text) && !/[.!?:]$/.test(title)) || CONTINUATION_END.test(title) || wrappedFigure || (endsInComma && count === 0);
    // "8 1. Öppnande i" / "Ordf. hälsade de närvarande välkomna och …": a lone letter at the title's end is a speck at the page
    // edge, not the preposition "i", when a long row opening with a capital follows; a place after "i" is a few words.
    if (/\s\p{Ll}$/u.test(title) && /^\p{Lu}/u.test(text) && text.split(/\s+/).length >= 6) break;
    // "§ 31 Val av justerare -" / "Nämnden beslutar att utse … att justera protokollet.": after a spaced dash, which a speck
    // at the margin can be, a whole sentence of six words or more is the notes, not the rest of the title.
    if (/\s[-–—]$/u.test(title) && /^\p{Lu}/u.test(text) && /[.!?]$/.test(text) && text.split(/\s+/).length >= 6) break;
    // "Haninge planerar för 420 platser. Regionen kan …": a row holding two sentences is the notes, not a title's last words.
    if (!continues || text.length > 90 || /[\p{Ll}\d][.!?]\s+\p{Lu}/u.test(text)) break;
    // "ulla Aho valdes att justera protokollet.": a sentence whose capital OCR lost is the notes, not a title
    // that had not broken off mid-phrase.
    if (/^\p{Ll}/u.test(text) && !CONTINUATION_END.test(title) && /[.!?]$/.test(text) && text.split(/\s+/).length >= 4) break;
    title = withoutTrailingSpeckle(`${title} ${text}`);
    count++;
  }
  return count;
}
