import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';
import { isDustBesideTitle, REFERENCE, YEAR_FIRST, withoutTrailingSpeckle } from './item-title-tails.ts';
import { matchLabel } from './labels.ts';
import { isYearSpanAlone } from './year-span-row.ts';
import { PAST_VERB, STRONG_PAST_VERB } from './run-in-titles.ts';
import { startsInTitleColumn, titleColumnOf } from './title-column.ts';

// "Ordf. hälsade de närvarande välkomna och förklarade", "Att jämte ordf. justera dagens protokoll utsågs Hilding": a
// heading row that is the start of a sentence in prose, six words or more with a verb in the past among them (not a
// participle in -nde, as "ordförande", "fastställande" in a heading's noun phrase).
// "Förelåg anbud från …", "Fanns inget att …": the strong past of older minutes has no weak ending.
const PROSE_START = /^(?=(?:\S+\s+){5,}\S)(?=.*(?<!\p{L})(?:\p{L}{3,}(?:de|te|des|tes|ts|gs|os|ogs)(?<!nde|ndes)|förelåg|förelågo|förekom|fanns|hölls|blev|beslöt|gick|kom|tog)(?!\p{L})).*[^.!?:\s]$/iu;

// "Sedan …,", "När …,", "Att jämte ordföranden justera …": what opens a sentence of prose and never a title's noun phrase.
const WRAPPED_PROSE_OPENING = /^(?:Sedan|Då|När|Enär|Emedan|Efter\s+att|Till\s+att|Att)\s+\p{L}/u;
// "utsågos", "upplästes", "föredrogs", "anmäldes": the past passive of older minutes' verbs (not "-ts" or "-gs", which
// end genitives as "bolagets" too, nor a bare "-os", which ends nouns as "prognos").
const PAST_PASSIVE = /(?<!\p{L})\p{L}{3,}(?:des|tes|ogs|gos|tos)(?!\p{L})/u;

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

/**
 * "§ 315" / "Interpellation av Pontus Lind (V) till kommunstyrelsens ordförande angående hyresnivåer …": a title under a
 * bare sign can be long (a motion's or interpellation's names its author and subject); a row of notes is a sentence, with
 * its full stop or a verb in the past, which a title's noun phrase has neither of.
 */
function longTitleUnderSign(text: string): boolean {
  return text.length <= 160 && !/[.!?:;]$/u.test(text) && !PAST_VERB.test(text) && !STRONG_PAST_VERB.test(text);
}

// "… avloppsanläggning på fastigheten" / "Lindholmen 1:22": a property in its definite form waits for its designation.
// "Ansökan om tillstånd att" / "inreda kiosk i …": an infinitive's marker, and older prepositions ("angående"), wait too.
// "… angående inrättande av en" / "fritidsgård för …": an indefinite article waits for its noun.
const CONTINUATION_END = /\b(?:och|samt|för|av|i|till|om|med|på|inom|från|över|inför|kring|mellan|vid|gällande|avseende|angående|beträffande|rörande|att|en|ett|fastigheten|fastigheterna|kvarteret)$|[-–,]$/iu;

// "och elevhälsan", "för andra halvåret 2024": the rest of a noun phrase, eight words at most and without a full stop.
const PHRASE_TAIL = /^(?:och|samt|för|av|till|om|med|på|inom|från|över|inför|kring|mellan|vid|gällande|avseende)\s+(?:\S+\s+){0,6}\S*[^\s.!?:]$/u;
// "… helårsprognos för", "… bostäder vid": a preposition that a place's or body's name can follow.
const PREPOSITION_END = /\b(?:för|av|i|till|om|med|på|inom|från|över|inför|vid)$/iu;

const SCRAP_BEFORE_CAPITAL = /^(?!(?:på|av|om|åt|ut|in|en|än|så|nu|ny|ej|i|å|ö)\s)\p{Ll}{1,2}\s+\p{Lu}\p{Ll}/u;

const QUOTE_BEFORE_LOWER = /^["'`‘’“”]+(?=\p{Ll})/u;

const AWAITS_DESIGNATION = /\b(?:fastigheten|fastigheterna|kvarteret)$/iu;
// "Lindholmen 1:22", "Norra Ekeby 3:7": a property designation, a name and its block and unit numbers.
const DESIGNATION = /^\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s+\d{1,4}:\d{1,4}\b/u;

// "Detaljplan för Kristineberg 2:14" / "– beslut om granskning": what the matter has come to, after a spaced dash and in
// lower case, ends a title printed over two rows; a list row under a heading opens in capitals or with "att".
const DASHED_TAIL = /^[–—-]\s+(?!att\b)\p{Ll}[^.!?:]*$/u;

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
  const endsInComma = /(?<=\S)[,;]\s*$/.test(heading.title);
  // "… vad säger forskningen? -": a dash after a question's or exclamation's mark is OCR's speck, not a word broken off.
  let title = withoutTrailingSpeckle(heading.title).replace(/(?<=[?!])\s+[-–—]$/u, '');
  // A title beside a right-hand column (Dnr) wraps in a narrow column, so a short row may go on with a figure.
  const narrow = heading.trailing.length > 0;
  const limit = title === '' ? 3 : 2;
  // On a row read with its geometry, where the title's column is: a wrapped row of the title starts there.
  const column = narrow ? titleColumnOf(lines[heading.line]!, heading.title) : null;
  let blanks = 0;
  // The blank row OCR read between a bare sign and its title, which the title's own rows do not count.
  let signBlanks = 0;
  while (count - blanks < limit) {
    let next = lines[heading.line + 1 + count];
    // OCR of a wrapped title can put a blank row inside it ("Ändrad taxa för" / "" / "bygglov …"): one is
    // skipped when the title breaks off mid-phrase and the row after goes on in lower case.
    const after = lines[heading.line + 2 + count];
    // "8131 | Dnr …" / "" / "Delårsrapport … för" / "" / "Norrviks kommun": under a bare sign, the first blank row inside
    // the title's own rows is as the first after a titled heading.
    const titleBlanks = blanks - signBlanks;
    const wrapsAfterBlank =
      ((count === 0 || titleBlanks === 0) && CONTINUATION_END.test(title)) ||
      // "Detaljplan för Ekeby" / "" / "- beslut om samråd": OCR's blank row before the title's dashed tail.
      (count === 0 && after !== undefined && DASHED_TAIL.test(after.text.trim())) ||
      // In a narrow column beside a Dnr, OCR can put a blank row anywhere inside the wrapped title.
      (narrow && title !== '' && titleBlanks === 0 && !/[.!?:]$/.test(title)) ||
      // "… om ungdomsmottagningen" / "" / "och elevhälsan": a bold title's second row, set apart by OCR, that opens with a
      // conjunction or preposition in lower case and is a short phrase, no sentence.
      (count === 0 && title !== '' && !/[.!?:]$/.test(title) && after !== undefined && PHRASE_TAIL.test(withoutTrailingSpeckle(after.text.trim())));
    // "… med helårsprognos för" / "" / "Norrviks kommun": after a preposition the title goes on with a name too, a few
    // capitalised words without a stop.
    const nameAfterPreposition = (row: string) =>
      PREPOSITION_END.test(title) && /^\p{Lu}\p{Ll}+(?:\s+[\p{L}\d:-]+){0,3}$/u.test(row) && after !== undefined && !isStructural(after);
    const goesOn = (row: string) => /^\p{Ll}/u.test(row) || (count === 0 && DASHED_TAIL.test(row)) || (AWAITS_DESIGNATION.test(title) && DESIGNATION.test(row)) || nameAfterPreposition(row);
    // '"ungdomsarbetslösheten?': a speck OCR read as a quote before the wrapped row's first word.
    const unquoted = after && after.cells.length === 1 ? after.text.trim().replace(QUOTE_BEFORE_LOWER, '') : after?.text.trim();
    if (next && isBlank(next) && wrapsAfterBlank && after && unquoted && !isBlank(after) && goesOn(unquoted) && unquoted.length <= 60) {
      blanks++;
      count++;
      next = unquoted === after.text.trim() ? after : { ...after, cells: [unquoted], text: unquoted };
    }
    // "§ 57" / "" / "Detaljplan för …": a heading row without its title, the title after a blank row.
    // '"Detaljplan för …': a speck OCR read as a quote mark before the title's capital.
    if (next && isBlank(next) && title === '' && count === 0 && after && after.cells.length === 1 && /^(?:["'“”„`]|[.,:;|]\s)?\s*\p{Lu}/u.test(after.text.trim()) && (after.text.trim().length <= 60 || longTitleUnderSign(after.text.trim())) && (!isStructural(after) || labelAsTitle(after))) {
      blanks++;
      signBlanks++;
      count++;
      next = after;
    }
    // "Informationsärenden | :": a cell of specks beside the title's row is no column.
    // "Anmälan av inkomna motioner | s": nor is a letter or two from the page edge.
    // "Badplatsen vid Kaggeholm | 5", "Nästa sammanträde | fös ij": under a sign alone on its row, a lone figure or a pair of
    // short lower-case scraps far out beside the title is the page's dust too.
    const dust = (c: string) => /^\s*(?:[^\p{L}\d]*|\p{Ll}{1,2})\s*$/u.test(c) || (heading.title === '' && count === 0 && isDustBesideTitle(c));
    if (next && next.cells.length > 1 && next.cells.slice(1).every(dust)) next = { ...next, cells: [next.cells[0]!], text: next.cells[0]! };
    // "vattenförsörjningsplan   KS 2024/287": the last row of a wrapped title beside its Dnr cell.
    // "Föreningsbidrag 2020, fördelning av" / "aktivitetsstöd och lokalbidrag | Hellgren": a title that broke off mid-phrase
    // in a narrow column goes on in lower case beside the next column's wrapped words.
    // "Föreskrifter om avfall från" / "2024 års början | Lisa Ek": after a title that broke off at a preposition, a year
    // opening the next row is the phrase going on (a point's number is one or two figures).
    // "Status för upphandlingen av ny" / "skolplattform | klar vecka 9 …": where the geometry shows the row's first cell in
    // the title's column, a row in lower case goes on with a title that has no stop, wherever the title broke off; a row
    // that starts in the next column ("lärare ska delta …") is that column's wrapped words, not the title's.
    const inColumn = next !== undefined ? startsInTitleColumn(next, column) : null;
    if (inColumn === false) break;
    // "förskola, granskning och antagande | Jonas Hedin | 14.00": in the title's column by the geometry, a row in lower case
    // goes on with the title beside any number of the next columns' cells.
    const besideColumns = inColumn === true && next!.cells.length > 2 && /^\p{Ll}/u.test(next!.cells[0]!.trim()) && !/[.!?:]$/u.test(title);
    const besideReference = besideColumns || next !== undefined && next.cells.length === 2 && (REFERENCE.test(next.cells[1]!.trim()) || (narrow && (CONTINUATION_END.test(title) || (inColumn === true && !/[.!?:]$/u.test(title))) && (/^\p{Ll}/u.test(next.cells[0]!.trim()) || YEAR_FIRST.test(next.cells[0]!.trim()))));
    const titleAlone = title === '' && count - blanks === 0 && next !== undefined && labelAsTitle(next);
    // "Budget 2026, skattesats och" / "övriga ekonomiska ramar": a row in lower case after a title that broke off
    // mid-phrase goes on with it, however much its first word looks like a label ("Övriga: …").
    // "Interpellation från Bo Ek (M) till nämndens" / "ordförande om skolskjutsar": a lone row in lower case without a
    // colon is no label either (a label is capitalised, or has its colon), after any title that has no stop; it opens
    // with a word, not with a sign OCR read as a letter ("s 3." for "§ 3.").
    const midPhrase =
      title !== '' && next !== undefined && /^\p{Ll}/u.test(next.text.trim()) &&
      (CONTINUATION_END.test(title) || (next.cells.length === 1 && /^\p{Ll}{3,}/u.test(next.text.trim()) && !/:/u.test(next.text) && !/[.!?:]$/u.test(title)));
    if (!next || isBlank(next) || (isStructural(next) && !titleAlone && !midPhrase) || (next.cells.length > 1 && !besideReference)) break;
    // "815" / ". Riktlinje för hyrpersonal": under a bare sign, a speck before the title's capital is no part of it.
    const printed = besideReference ? next.cells[0]!.trim() : next.text.trim();
    // "för andra halvåret 2024 .": OCR's speck after a wrapped title's last word is no full stop.
    const read = blanks > 0 && PHRASE_TAIL.test(withoutTrailingSpeckle(printed)) ? withoutTrailingSpeckle(printed) : printed;
    // "§ 6" / "- Anmälan av delegationsbeslut" / "KUN 2024/3": a dash before the title's capital on the first row under a
    // bare sign is OCR's speck at the margin when no dashed row follows it; a list of dashes goes on with another.
    const lonelyDash = title === '' && count - blanks === 0 && /^[-–—]\s+\p{Lu}/u.test(read) && !/^\s*[-–—•*]/u.test(lines[heading.line + 2 + count]?.text ?? '');
    const text = title === '' ? read.replace(lonelyDash ? /^[-–—]\s+(?=\p{Lu})/u : /^[.,:;'"`|]+\s+(?=\p{Lu})|^["'“”„`](?=\p{Lu})/u, '') : read;
    // "Handlingsprogram för skydd mot olyckor" / "2027–2030, remissversion": a span of years opens no point and no notes,
    // so after a title of any length it is the title wrapped.
    const wrappedFigure = narrow && text.length <= 40 && (title.length <= 30 || CONTINUATION_END.test(title) ? YEAR_FIRST.test(text) : /^\d{4}\s*[–—-]\s*\d{2,4}\b/u.test(text));
    // "Val av ledamöter i kyrkorådet för tiden" / "1969-1972.": a typed title wrapped at the margin before the span of
    // years it ends with; the row is that span alone, which no point and no sentence of notes would be.
    const wrappedSpan = !narrow && isYearSpanAlone(text) && /\p{Ll}$/u.test(title);
    // "a) Resultat per april": a sub-point, not the rest of the title.
    const dashedTail = title !== '' && count - blanks === 0 && !/[.!?:]$/.test(title) && DASHED_TAIL.test(text) && text.split(/\s+/).length <= 8;
    if ((/^[-–—•*]/.test(text) && !dashedTail) || (/^\d/.test(text) && !wrappedFigure && !wrappedSpan) || /^\p{Ll}\)\s/u.test(text)) break;
    // "§ 4." / "Frågan om byte av taket diskuterades.": under a bare sign, a whole sentence of five words or more with a verb
    // in the past is the paragraph's notes, which older minutes wrote without a heading.
    // "§ 6." / "Sedan herr Sigurd Lind avsagt sig uppdraget som ledamot av" / "hälsovårdsnämnden, utsågs …": a row of six words
    // or more that opens with a subordinating conjunction or the older infinitive formula ("Att jämte ordföranden justera
    // …"), or holds a verb in the past passive ("utsågos", "upplästes"), starts a sentence that wraps at the margin; a
    // title is a noun phrase.
    const words = text.split(/\s+/).length;
    const sentenceUnderSign = title === '' && words >= 5 && (
      (/[.!?]$/u.test(text) && (PAST_VERB.test(text) || STRONG_PAST_VERB.test(text))) ||
      (words >= 6 && (WRAPPED_PROSE_OPENING.test(text) || PAST_PASSIVE.test(text))));
    const continues =
      title === '' ? /^\p{Lu}/u.test(text) && (text.length <= 60 || longTitleUnderSign(text)) && !sentenceUnderSign :
      (/^\p{Ll}/u.test(text) && !/[.!?:]$/.test(title)) || CONTINUATION_END.test(title) || wrappedFigure || wrappedSpan || dashedTail || (endsInComma && count === 0);
    // "VD-rapport" / "eo Drift, personal och projekt": a letter or two that make no Swedish word, before a capital, are a
    // speck at the margin; the row opens with its capital, a line of notes, not the title going on in lower case.
    if (title !== '' && SCRAP_BEFORE_CAPITAL.test(text) && !CONTINUATION_END.test(title)) break;
    // "8 1. Öppnande i" / "Ordf. hälsade de närvarande välkomna och …": a lone letter at the title's end is a speck at the page
    // edge, not the preposition "i", when a long row opening with a capital follows; a place after "i" is a few words.
    if (/\s\p{Ll}$/u.test(title) && /^\p{Lu}/u.test(text) && text.split(/\s+/).length >= 6) break;
    // "§ 31 Val av justerare -" / "Nämnden beslutar att utse … att justera protokollet.": after a spaced dash, which a speck
    // at the margin can be, a whole sentence of six words or more is the notes, not the rest of the title.
    if (/\s[-–—]$/u.test(title) && /^\p{Lu}/u.test(text) && /[.!?]$/.test(text) && text.split(/\s+/).length >= 6) break;
    // "Haninge planerar för 420 platser. Regionen kan …": a row holding two sentences is the notes, not a title's last words.
    if (!continues || (text.length > 90 && !(title === '' && longTitleUnderSign(text))) || /[\p{Ll}\d][.!?]\s+\p{Lu}/u.test(text)) break;
    // "ulla Aho valdes att justera protokollet.": a sentence whose capital OCR lost is the notes, not a title
    // that had not broken off mid-phrase.
    // "Framställning från föreningen för pensionärer" / "i Ekby om färdtjänst.": a title that filled its row and goes on
    // with a phrase in lower case, no verb in the past among it, is a typed title wrapped at the margin, stop and all.
    const wrappedAtMargin = title.length >= 30 && !PAST_VERB.test(text) && !STRONG_PAST_VERB.test(text);
    if (/^\p{Ll}/u.test(text) && !CONTINUATION_END.test(title) && /[.!?]$/.test(text) && text.split(/\s+/).length >= 4 && !wrappedAtMargin) break;
    title = withoutTrailingSpeckle(`${title} ${text}`);
    count++;
  }
  return count;
}

/**
 * "§ 21." / "Justering.": under a bare paragraph sign, a lone word that could label a field is the title. "§ 67" /
 * "Nästa sammanträde och avslutning": so are a label's words joined by "och" to another point of business; a label's
 * value is never a conjunction and a noun.
 */
function labelAsTitle(line: DocumentLine): boolean {
  // "Justering | : 5 ”": a typed title under its sign with specks after it; a colon among them opens no value.
  const text = withoutTrailingSpeckle(line.text);
  if (line.cells.length !== 1 || /:/.test(text)) return false;
  const rest = matchLabel(text)?.rest;
  return rest !== undefined && (rest === '' || /^(?:och|samt)\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}$/u.test(rest));
}
