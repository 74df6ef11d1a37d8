import type { DocumentLine } from './document-lines.ts';
import { withLatinOrdinal } from './latin-ordinals.ts';
import type { ItemHeading } from './item-heading.ts';
import { REFERENCE, withoutReference, withoutTrailingSpeckle } from './item-title-tails.ts';
import { looksLikePlace } from './person-parts.ts';
import { RUN_IN_AFTER_STOP, runInAfterColon } from './run-in-titles.ts';

// "§ 112 Title", and OCR's "$ 112", "8 112", "3 112", "5 112", "s 112", "§112". Not "§§ 112–121".
// OCR reads the sign as "&" too ("& 1 Mötets öppnande").
// "§ 1 - Mötets öppnande": a dash between the number and the title is no part of the title.
// "§ 41/2023 Mötets öppnande": an association numbering its paragraphs by year.
// "$'5 Nästa …", "$:19 | Nästa …": a speck between a sign read as a symbol and its number.
const PARAGRAPH = /^\s*(?:(?:§|\$|&)(?:\s*['’`:](?=\s*\d))?|S)\s*(\d{1,4})(?:\/(?:\d{4}|\d{2})(?!\d))?\b[.:]?\s*(?:[–—-]\s+)?(.*)$/u;
// "1 § Mötets öppnande": the number before the sign, as some associations write it.
// "56 § | Mötets laglighet …": alone in a column of its own, as Finland-Swedish föredragningslistor print it.
const NUMBER_BEFORE_SIGN = /^\s*(\d{1,3})\s*§(?:\s+(\p{Lu}.*)|\s*$)/u;
// "1 8 Mötets öppnande", "2 $ Val av justerare": "1 § …" with the sign read as a figure or letter. "3 8 …" reads as
// "§ 8 …" too, so this is a second reading of the row, trusted only as a chain of three (see pickParagraphChain).
const NUMBER_BEFORE_DAMAGED_SIGN = /^\s*(\d{1,3})\s+[8$S3s]\s+(\p{Lu}.*)$/u;
// "8 312 0741/24": a city's bare registry number after the damaged sign, the title on the row below.
// "sg 112 Dnr …": a typewriter's tall sign read as two letters, as SPACED_SMALL_ALONE reads it. "g 201. Justering.": the
// sign's lower loop read as a "g".
const DAMAGED_PARAGRAPH = /^\s*(?:[358sg]|[sS][g8])\s+(\d{2,4})(?:\/(?:\d{4}|\d{2})(?!\d))?\b[.:]?\s*(?=\p{Lu}|$|\d{1,5}\s*\/\s*(?:\d{4}|\d{2})\s*$)(.*)$/u;
// "§41" read as "841" or "341": the sign glued to the number. Only trusted as a chain (see findItemHeadings).
// Alone on its row ("856"), the title follows on the row below as after "§ 56".
// "Ks 8145": a three-digit paragraph after the body's prefix, glued the same way.
// "841 =Valav justerare": a speck in the gap, glued to the title's first word.
// "858\" Tillsynsplan …": a speck read as a quote against the number.
const GLUED_PARAGRAPH = /^\s*[38]([1-9]\d{1,3})(?:[.:]|["'`’”](?=\s))?(?:\s+(?:[=|'"`»]+\s*)?(?=\p{Lu})(.*)|\s*)$/u;
// "8 1 Val av justerare", "$ 2 val av …": § read as a figure or letter before a one-digit number, the title's
// capital sometimes lost too. Only trusted as a chain of three or more (see pickParagraphChain).
// "8 1- Mötets öppnande", "8 2 - Val av justerare": the dash after the number as in "§ 1 - …".
// "s4 Byggnadsplan för …": a typewriter's sign read as a small "s" glued to the number (a figure glued to it reads as a
// number of its own, "84").
const SPACED_SMALL_PARAGRAPH = /^\s*(?:[358sS$]\s+|s(?=\d))([1-9])(?:[.:]|\s*[–—-])?\s+(\p{L}.*)$/u;
// "8 1." / "sg 2." / "5 3.": "§ 1." alone on its row over the paragraph's sentence (old minutes have no titles), the sign
// read as one or two figures or letters. Trusted only as a chain of three or more, as the row above.
// "sg 2. -", "s 3. j : | ;": a typewritten page's dust read after it as marks or lone letters, never a word or figure.
const SPACED_SMALL_ALONE = /^\s*[358sSg$&§]{1,2}\s+([1-9])\.\s*[:;.,]?(?:\s+(?!\p{L}{2})(?!\d)\S{1,3})*\s*$/u;
// "1. Välkommen", "7.Övriga frågor", "3) Ekonomi"; not "13.00 Lunch".
// "1 – Välkommen": a spaced dash after the number serves as the stop.
// "1: Inledning": a colon after the number, with a space, serves as well.
// "4, Detaljplan för …": OCR's comma for the stop, before a capital.
// "1.. Mötets öppnande": OCR may double the stop.
// "2; Godkännande av …": OCR's semicolon for the stop, before a capital, as its comma.
// "3/ Bidrag till föreningarna": a typewriter's slash after the number serves as the stop, before a capital.
// "7... Anmälan av …", "1. . Upprop …": specks beside the stop read as more stops.
const NUMBERED = /^\s*(\d{1,2})(?:\s*[.)](?:\s?\.){0,2}\s*|\s+[–—-]\s+|:\s+|[,;]\s+(?=\p{Lu})|\s?\/\s+(?=\p{Lu}))(?!\d)(\p{L}.*)$/u;
// "Punkt 1 Föregående anteckningar", "Ärende 3: Budget", "P. 4 Övrigt".
// "Pkt 3 Budget", "P3 Budget": the word abbreviated, as quick notes write it.
// "Ad 1. Turlistor", "Ad p. 2 Ersättning": older notes refer to each point of the agenda with the Latin "ad".
// "Ärende 4 —- Bygglovstaxa …": OCR may double the dash after the number.
// "Punkt 7' Investeringar": a speck after the number, as after any stop.
const NAMED_POINT = /^\s*(?:punkt|pkt\.?|ärende|paragraf|p\.|ad(?:\s+(?:punkt|p\.))?(?=\s*\d)|P(?=\d))\s*(\d{1,2})\s*(?:[.:)]|[–—-]{1,2}|['`’"|])?\s*(\p{L}.*)$/iu;
// "1.0 Inledning", "2.0 Budget": a template numbers its main points with a decimal nought.
const POINT_NOUGHT = /^\s*(\d{1,2})\.0\s+(\p{Lu}.*)$/u;
const SIGN_READ_AS_LETTER_ALONE = /^\s*(?:[sS8$]\.\s*|s(?=\d{2})|8s\s+)(\d{2,4})[.:]?\s*$/u;
// "se", "pr", ". ,": a letter or two, or specks, read from the dust at a page's edge.
const DUST_CELL = /^(?:[^\p{L}\d]*|[^\p{L}\d]*\p{Ll}{1,2}[^\p{L}\d]*)$/u;
const SIGN_CELL = /^\s*§\s*\d{1,4}\s*$/u;
const GLUED_SIGN_CELL = /^\s*[38]([1-9]\d{1,2})\s*$/u;
const SIGN_AT_END = /^(.+?)\s+(§\s*\d{1,4})\s*$/u;
// A title: capitalised, short, no sentence stop, and not a sentence citing a paragraph ("… enligt § 12").
// Nor a row left with a comma before the sign: "Eva Ek, socialchef, § 3" names someone present for one paragraph.
const TITLE_BEFORE_SIGN = /^(?!.*\s(?:enligt|se|jfr|i|från|till|under|av|med|kap\.?)$)(?!.*,$)\p{Lu}[^.!?§]{2,80}$/u;
const NAMED_POINT_ALONE = /^\s*(?:punkt|ärende)\s+(\d{1,2})\s*[.:]?\s*$/iu;
// OCR's "KS 8 112": the sign read as a figure or letter, as DAMAGED_PARAGRAPH reads it without the abbreviation.
// "AU 861 Motion om …": the sign glued to the number after the body's abbreviation (see GLUED_PARAGRAPH).
// "Au § 201", "Ks § 45", "Bun § 7": older protokoll write the abbreviation in mixed case; not a short word citing a
// paragraph ("Se § 4", "Enl. § 12").
// "Ks 8145", "Ks8149": OCR's sign glued to a three-digit number, and the prefix glued to the sign, too.
// "SN $72 Budgetuppföljning": the sign read as a dollar glued to the number after the prefix.
// "KFN 819 : Dnr …": a speck after the glued number, before the case reference.
const BODY_BEFORE_SIGN = /^\s*(?:\p{Lu}{2,6}(?:[-\s]\p{Lu}{1,4})?|(?!(?:Se|Jfr|Enl|Och|Av|Om|På|Med|Vid|Ca|Nr|Vi|Ej)(?!\p{L}))\p{Lu}\p{Ll}{1,2})(?:\s+(?=[§$]\s*\d|[$358Ss]\s+\d{2,4}\b|[38][1-9]\d{1,3}(?:(?:\s+[|.:;'"`’]+)*\s+\p{Lu}|\s*$))|(?=[§$]\s*\d{2,4}\b|[38][1-9]\d{2,3}(?:\s+\p{Lu}|\s*$)))/u;
// "1 Inledning", or a table row "3 | Ekonomisk uppföljning | Elin Ek": a number without a stop, only trusted in a chain.
// "2Nya insatser": OCR may lose the gap after the number; a capitalised word glued to it still opens the title.
// "2\" Godkännande …", "«9 Delegationsbeslut", "- 5; Budget": on a poor scan a speck read as a quote or a guillemet beside the number.
const BARE_NUMBER = /^\s*(?:[-–—«»"'`’”]\s*)?(\d{1,2})(?:["'`’”;,]+(?=\s))?(?:\s+|(?=\p{Lu}\p{Ll}{2}))(\p{Lu}.*)$/u;

// "13.00 1. Mötets öppnande", "kl. 13.10–13.40 2. Information …": a scheduled time before an agenda point.
const CLOCK_BEFORE_POINT = /^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]\s*\d{1,2}[.:]\d{2})?\s+(?=\d{1,2}\s*[.)]\s*\p{L})/iu;
const CLOCK_CELL = /^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]\s*\d{1,2}[.:]\d{2})?\s*$/iu;

// "8 20.15 Kulturstipendium", "7-.-19.45 Biblioteksplan": an agenda table's number and clock columns read as one cell,
// OCR's specks in the gap between them.
const NUMBER_THEN_CLOCK = /^(\s*\d{1,2})(?:\s+|\s*[-–—.,:;|]+\s*)(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–—-]\s*\d{1,2}[.:]\d{2})?\s+(?=\p{Lu})/iu;

// A programme's time column: "09.45–10.30", and as OCR reads it, "09.45-10.30:" or "11.15—-12.:00".
const SCHEDULE_CLOCK = String.raw`\d{1,2}[.:]{1,2}\d{2}`;
const SCHEDULE_CLOCK_CELL = new RegExp(String.raw`^\s*(?:kl\.?\s*)?${SCHEDULE_CLOCK}(?:\s*[–—-]+\s*${SCHEDULE_CLOCK})?\s*[:.,;]?\s*$`, 'iu');
const SCHEDULE_SPAN_BEFORE_NUMBER = new RegExp(String.raw`^\s*${SCHEDULE_CLOCK}\s*[–—-]+\s*${SCHEDULE_CLOCK}[:.,;]?\s+(?=\d{1,2}\s+\p{Lu})`, 'u');

function withoutClock(cells: readonly string[]): readonly string[] {
  if (cells.length > 1 && CLOCK_CELL.test(cells[0]!) && /^\s*\d{1,2}\s*[.)]\s*\p{L}/u.test(cells[1]!)) return cells.slice(1);
  // "3 | 17.40 | Delårsrapport … | KFN 2019/211": the time each point is planned for, in a column between the agenda
  // table's number and its title, is no part of either.
  if (cells.length > 2 && /^\s*\d{1,2}\s*$/u.test(cells[0]!) && CLOCK_CELL.test(cells[1]!) && /^\s*\p{Lu}/u.test(cells[2]!)) return [cells[0]!, ...cells.slice(2)];
  // "09.30–09.45 | 2 | Uppföljning av … | Eva Ek": a day's programme with the time first and the points numbered in a
  // column of their own; the breaks between them ("12.00–13.00 | Lunch") have no number and stay no point.
  if (cells.length > 2 && SCHEDULE_CLOCK_CELL.test(cells[0]!) && /^\s*\d{1,2}\s*[.)]?\s*$/u.test(cells[1]!) && /^\s*\p{Lu}/u.test(cells[2]!)) return cells.slice(1);
  // "15.00–15.30 7 Övriga frågor": the same row with OCR's column gaps closed; a span of time, not a lone clock, so
  // "kl. 13.00 2 ledamöter …" stays prose.
  if (cells.length > 0 && SCHEDULE_SPAN_BEFORE_NUMBER.test(cells[0]!)) return [cells[0]!.replace(SCHEDULE_SPAN_BEFORE_NUMBER, ''), ...cells.slice(1)];
  // "11 20.45 | Förvaltningschefen informerar": the two columns in one cell, the title in its own.
  const numberAndClock = cells.length > 1 && /^\s*\p{Lu}/u.test(cells[1]!) ? NUMBER_THEN_CLOCK.exec(`${cells[0]!} ${cells[1]!}`) : null;
  if (numberAndClock && numberAndClock[0].trim().length >= cells[0]!.trim().length) return [numberAndClock[1]!.trim(), ...cells.slice(1)];
  if (cells.length > 0 && NUMBER_THEN_CLOCK.test(cells[0]!)) return [cells[0]!.replace(NUMBER_THEN_CLOCK, '$1 '), ...cells.slice(1)];
  if (cells.length > 0 && CLOCK_BEFORE_POINT.test(cells[0]!)) return [cells[0]!.replace(CLOCK_BEFORE_POINT, ''), ...cells.slice(1)];
  return cells;
}

// "II. Val av mötesordförande", "IV) Ekonomi": Roman numerals up to L, always with a stop and a capitalised title.
const ROMAN_POINT = /^\s*([IVXL]{1,7})\s*[.)]\s+(\p{Lu}.*)$/u;
const ROMAN_ALONE = /^\s*([IVXL]{1,7})\s*[.)]\s*$/u;
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
  // "Språkvän Kronoberg, Amina Nur berättar": a speaker and what they do, after the subject, is an agenda point.
  const speaker = m !== null && /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Ll}{3,}(?:ar|er)$/u.test(m[2]!);
  return m !== null && !speaker && !looksLikePlace(m[1]!) && m[2]!.split(/\s+/).length <= 4 && !/[.!?]$/.test(m[2]!);
}

/** A lettered or Roman-numbered point reads as a heading only when short and not a sentence. */
export function headingTitle(title: string): boolean {
  // "I. Mötets öppnande :": a spaced speck after the title is no sentence end.
  const plain = withoutTrailingSpeckle(title);
  return plain.length > 0 && plain.length <= 80 && !/[.!?:]$/.test(plain);
}

// "56 8 | Mötets laglighet …", "608 | Motion om …": "56 §" alone in its column with the sign read as a figure or letter,
// apart from the number or glued to it; the title in the next column. Trusted only as a chain, as the rows above.
const DAMAGED_SIGN_AFTER_CELL = /^\s*(\d{1,3})\s*[8$S3s]\s*$/u;

export function signAfterCandidate(line: DocumentLine, index: number): ItemHeading | null {
  const [raw, ...rest] = line.cells;
  const alone = rest.length > 0 ? DAMAGED_SIGN_AFTER_CELL.exec(raw ?? '') : null;
  if (alone && headingTitle(rest[0]!)) return withoutReference({ line: index, number: alone[1]!, title: rest[0]!.trim(), trailing: rest.slice(1), kind: 'signAfter' });
  const m = NUMBER_BEFORE_DAMAGED_SIGN.exec(raw ?? '');
  if (!m || !headingTitle(m[2]!)) return null;
  return withoutReference({ line: index, number: m[1]!, title: m[2]!.trim(), trailing: rest, kind: 'signAfter' });
}

// "BUN 8& 61 Bidrag …", "BUN 8.63 Övriga frågor", "8& 4 Budget": OCR read the sign as an 8 with a speck after it, an "&"
// (its loop) or a stop; after the body's abbreviation, or with the "&" that no numbering has, the sign is read back.
// "5& 23 Trafiken …": a typewriter's sign read as a 5 with the "&" just as well.
const SIGN_READ_WITH_SPECK = /^(\s*(?:\p{Lu}{2,6}\s+)?)[85]\s*&\s*(?=\d{1,4}\s+\p{Lu})|^(\s*\p{Lu}{2,6}\s+)8\s*\.\s*(?=\d{2,4}\s+\p{Lu})/u;

// "Ärenden: | 1. Val av justeringsman.": a typed agenda's first point on the row of its label, the others under it.
const AGENDA_LABEL_CELL = /^\s*(?:ärenden|dagordning|föredragningslista)\s*:\s*$/iu;

// "Ärenden: 1. Val av justeringsman.": the same where OCR closed the tab between them.
const AGENDA_LABEL_BEFORE_POINT = /^\s*(?:ärenden|dagordning|föredragningslista)\s*:\s+(?=\d{1,2}\s*[.)]\s*\p{Lu})/iu;

function withoutAgendaLabel(cells: readonly string[]): readonly string[] {
  if (cells.length > 1 && AGENDA_LABEL_CELL.test(cells[0]!)) return cells.slice(1);
  return cells.length > 0 && AGENDA_LABEL_BEFORE_POINT.test(cells[0]!) ? [cells[0]!.replace(AGENDA_LABEL_BEFORE_POINT, ''), ...cells.slice(1)] : cells;
}

export function candidateFrom(line: DocumentLine, index: number): ItemHeading | null {
  const [raw, ...rest] = withoutClock(withoutAgendaLabel(line.cells));
  if (raw === undefined) return null;
  // A speckle before the number: "'$ 65 Månadsrapport", "\"3. Ekonomi".
  // ".6. Sammanträdesplan": a speck read as a full stop before the number, too; ".&6 Nästa möte" before OCR's "&" for §.
  // "-1. Dagordningen …": a speck read as a dash before the number.
  // "KS § 112 Val av justerare", "BUN § 4": the body's abbreviation before the sign is no part of the heading.
  // "£82 Tillsynsplan": OCR's pound sign for a speck before the sign it misread as a figure.
  // "\"> §23 – Snöröjning": specks in the left margin read as a quote and an angle bracket.
  // "+ 2. val av justerare": a speck read as a plus sign, too.
  // "£4 Information …": a pound sign right against one figure is the paragraph sign misread, not a speck before it; before
  // two ("£82 …") it may be a speck before the sign read as an 8.
  let first = raw.replace(/^\s*£(?=\s?\d\s+\p{Lu})/u, '§').replace(SIGN_READ_WITH_SPECK, (_, abbreviation?: string, prefix?: string) => `${abbreviation ?? prefix ?? ''}§ `).replace(BODY_BEFORE_SIGN, '').replace(/^[\s'"`‘’“”,:;|«».£<>+]+(?=[§$S&\d]|(?:punkt|ärende)\s*\d)/iu, '').replace(/^\s*[-–—](?=\d{1,2}\s*[.)]\s*\p{Lu})/u, '');
  // "-$59 Yttrande …": a speck read as a dash before the sign OCR read as a dollar.
  first = first.replace(/^\s*[-–—]+\s*(?=[§$]\s*\d{1,4}\s+\p{Lu})/u, '');
  if (/^\s*[§$]{2}/.test(first)) return null;
  first = withLatinOrdinal(first);
  // "829 | Verksamhetsplan …", "82 | . Lägesbild …": OCR's specks in the gap between the number and the title.
  // "8 130 : Dnr KS 2024/0401": after a sign read as a figure apart from the number, too; "8134 :' Dnr …": a quote as well.
  // "8 20 . a Dnr 84/27": a letter from a speck after the stop-like one. "885 = Årsredovisning": an equals sign too.
  // "5 21 > Justering": a speck read as an angle bracket, on a poor scan of a typewritten page.
  // "847 . . | \"Dnr BUN …": and a quote against the next word's capital.
  // "$17 -: Arvoden …": a dash with another speck against it (a lone dash is the printed "1 – Titel" and stays).
  first = first.replace(/^(\s*(?:[§$S&]|(?:[358s]|[sS][g8])(?=\s))?\s*\d{1,4})(?:\s+(?:[|.:;'"`’=~<>]+|[-–—][|.:;'"`’=~<>]+))+(?:\s+\p{Ll})?\s+["'`’”]?(?=\p{Lu})/u, '$1 ');
  // "S 5 =:Anmälan av …": specks glued to the title's capital.
  first = first.replace(/^(\s*(?:[§$S&]|(?:[358s]|[sS][g8])(?=\s))?\s*\d{1,4})\s+[|:;'"`’=~]{1,3}(?=\p{Lu}\p{Ll})/u, '$1 ');
  // "81 —- Krisledningen …", "84 «Stängning …": a doubled dash, or a guillemet against the title's capital, read in the gap
  // (a single dash is the printed "1 – Titel" and stays).
  first = first.replace(/^(\s*\d{1,4})(?:\s+[–—-]{2,}\s+|\s+[«»]+(?=\p{Lu}))/u, '$1 ');
  // "814 .": a speck after a number alone on its row, its title on the row below.
  // "s 20 . . | Dnr 84/27": after a typewriter's sign read as a letter or figure apart from the number, too.
  first = first.replace(/^(\s*(?:[§$S&]|(?:[358s]|[sS][g8])(?=\s))?\s*\d{2,4})(?:\s+[|.:;,'"]+)+\s*$/u, '$1');
  // "8 24 t": a small letter alone after a sign and its number, the title on the row below, is the page's dust (an a or
  // b may letter a sub-paragraph, "§ 24 a", and stays).
  first = first.replace(/^(\s*(?:[§$&]|(?:[358s]|[sS][g8])(?=\s))\s*\d{2,4})\s+[c-z](?:\s+[|.:;,'"]+)*\s*$/u, '$1');
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
  // "S. 33.", "s35", "8s 38:": a typewriter's paragraph sign that OCR read as a letter with a stop, glued to the number,
  // or as a figure and a letter, alone on its row with nothing but dust beside it; the title is on the row below.
  if (rest.every((c) => DUST_CELL.test(c.trim()))) first = first.replace(SIGN_READ_AS_LETTER_ALONE, '§ $1');
  let m = PARAGRAPH.exec(first) ?? NUMBER_BEFORE_SIGN.exec(first) ?? DAMAGED_PARAGRAPH.exec(first);
  const spacedAlone = m || rest.length > 0 ? null : SPACED_SMALL_ALONE.exec(first);
  if (spacedAlone) return { line: index, number: spacedAlone[1]!, title: '', trailing: [], kind: 'spaced' };
  // "s 6 | Skolskjutsar i …": read with geometry, the damaged sign and its figure in a cell of their own, the title in the
  // next, as a typewriter's tab set them apart.
  const signCell = !m && rest.length > 0 && /^\s*(?:[358sS$]\s+|s(?=\d))[1-9][.:]?\s*$/u.test(first);
  const spaced = m ? null : SPACED_SMALL_PARAGRAPH.exec(signCell ? `${first.trim()} ${rest[0]!.trim()}` : first);
  // "8 2 Val av justerare: Till justerare valdes …": the title before a run-in sentence is what must read as a heading.
  // "8 2. Butikschefen hade inkommit med …": with the stop after the number, as "§ 2." prints it, a whole sentence
  // after it is a run-in paragraph of old minutes, as after a sign that OCR read right.
  const stoppedSentence = spaced !== null && /^\s*\S\s+\d\./u.test(first) && /^\p{Lu}/u.test(spaced[2]!);
  if (spaced && (stoppedSentence || headingTitle(runInAfterColon(spaced[2]!.trim())?.[1] ?? spaced[2]!))) return withoutReference({ line: index, number: spaced[1]!, title: spaced[2]!.trim(), trailing: signCell ? rest.slice(1) : rest, kind: 'spaced' });
  const glued = m ? null : GLUED_PARAGRAPH.exec(first);
  // "851 | Val av justerare": alone in its cell, the title in the next one, as after "§ 51".
  const gluedTitle = (glued?.[2] ?? '').trim();
  if (glued && !gluedTitle && rest.length > 0 && !/^dnr\b/iu.test(rest[0]!) && headingTitle(rest[0]!)) {
    return withoutReference({ line: index, number: glued[1]!, title: rest[0]!.trim(), trailing: rest.slice(1), kind: 'glued' });
  }
  if (glued) return withoutReference({ line: index, number: glued[1]!, title: gluedTitle, trailing: rest, kind: 'glued' });
  // "S1 Personal – Olle Rosvall", "S3 Ledning – Mattias Klintberg": a crisis staff's numbered function and the person
  // who holds it, not "§1" read with the sign as S.
  if (m && /^\s*S\d/u.test(first) && STAFF_ROW.test(m[2]!)) return null;
  if (m) {
    let title = (m[2] ?? '').trim();
    let trailing = rest;
    // "s 32 | se": dust from the page edge beside a number alone on its row is no title; the title is on the row below.
    if (!title && rest.length > 0 && rest.every((c) => DUST_CELL.test(c.trim()))) trailing = [];
    else if (!title && rest.length > 0 && !/^dnr\b/i.test(rest[0]!)) [title, ...trailing] = [rest[0]!, ...rest.slice(1)];
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
  // "Ärende 2" alone on its row, the title on the row below; ". Punkt 1": a speck before it is stripped above.
  const namedAlone = NAMED_POINT_ALONE.exec(first);
  if (namedAlone && rest.length === 0) return { line: index, number: namedAlone[1]!, title: '', trailing: [], kind: 'numbered' };
  // "Punkt 3 | Budget 2026": the word and number in a column of their own, the title in the next one.
  if (namedAlone && /^\s*\p{Lu}/u.test(rest[0]!) && !namesPerson(rest[0]!.trim())) {
    return withoutReference({ line: index, number: namedAlone[1]!, title: rest[0]!.trim(), trailing: rest.slice(1), kind: 'numbered' });
  }
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
  // "IV.<tab>Budgetuppföljning": the numeral in a column of its own, the title in the next one.
  const romanAlone = rest.length > 0 ? ROMAN_ALONE.exec(first) : null;
  m = ROMAN_POINT.exec(romanAlone ? `${romanAlone[1]!}. ${rest[0]!.trim()}` : first);
  const roman = m ? romanValue(m[1]!) : null;
  const romanRest = romanAlone ? rest.slice(1) : rest;
  if (m && roman !== null && headingTitle(m[2]!)) return withoutReference({ line: index, number: m[1]!, title: m[2]!.trim(), trailing: romanRest, kind: 'roman', order: roman });
  m = LETTERED_POINT.exec(first);
  if (m && headingTitle(m[2]!)) {
    const order = m[1]!.toLowerCase().charCodeAt(0) - 96;
    if (order >= 1 && order <= 26) return withoutReference({ line: index, number: m[1]!, title: m[2]!.trim(), trailing: rest, kind: 'lettered', order });
  }
  // "81" / "Anmälan av protokollsjusterare …": "§ 1" alone on its row, the sign read as a figure glued to the number;
  // only a chain of such rows from 1 reads so (see pickParagraphChain).
  // "81 so": a letter or two from the page edge after it, too.
  const gluedAlone = /^\s*([38][1-9])(?:\s+(?:\p{Ll}{1,2}|[^\p{L}\d\s]+))*\s*$/u.exec(first);
  if (gluedAlone && rest.every((c) => /^[^\p{L}\d]*$/u.test(c))) return { line: index, number: gluedAlone[1]!, title: '', trailing: [], kind: 'bare' };
  if (/^\s*\d{1,2}\s*$/.test(first) && rest.length > 0 && /^\p{Lu}/u.test(rest[0]!)) {
    return withoutReference({ line: index, number: first.trim(), title: rest[0]!.trim(), trailing: rest.slice(1), kind: 'bare' });
  }
  // "1.  Föregående anteckningar", "2.<tab>Anslag": a typewriter's tab stop between the number and its title.
  // "2; | Godkännande …", "7: | Budget": OCR's semicolon or colon for the stop, as in NUMBERED.
  const tabbed = /^\s*(\d{1,2})\s*[.);:]\s*$/u.exec(first);
  if (tabbed && rest.length > 0 && /^\p{Lu}/u.test(rest[0]!) && !namesPerson(rest[0]!.trim())) {
    return withoutReference({ line: index, number: tabbed[1]!, title: rest[0]!.trim(), trailing: rest.slice(1), kind: 'numbered' });
  }
  return null;
}

const STAFF_ROW = /^\p{Lu}\p{Ll}+\s+[–—-]\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
