import { type DocumentLine, isBlank } from './document-lines.ts';
import { ENTRY_START, listEntries, numberedEntries } from './decision-entries.ts';
import { isDecidingVerbHeading } from './deciding-verb-heading.ts';
import { joinRows } from './line-end-hyphens.ts';
import { withoutHeadingEdgeScraps } from './heading-edge-scraps.ts';
import { withoutRecommendations } from './recommendations.ts';
import { namesIssuer, type SectionKind, sectionHeading } from './sections.ts';
import {
  AFTER_CLAUSE_DECISION,
  AFTER_PHRASE_DECISION,
  ASSIGNMENT_GIVEN,
  BODY_DECISION,
  BODY_SUBJECT,
  ENGLISH_DECISION,
  IMPERSONAL_DECISION,
  NOTED_BY_MEETING,
  PASSIVE_DECISION,
  PAST_MEETING_DECISION,
  PRESENT_DECISION,
  VOTED_DECISION,
} from './decision-sentences.ts';

// "- Beslut:": OCR reads a speckle before the label as a dash.
// "+ Beslut:", "« Beslut:": OCR's reading of a round bullet before it.
// "→ Beslut:", "=> Beslut:": an arrow marks the decision line in some minutes; OCR reads a printed arrow as ">" or "»".
// "Beslutades: att …" is the same label in the past tense.
// "Överenskommelse:" is how a network without powers to decide writes its decisions.
// "Beslut/Decision:": a bilingual template's label.
// "Beslut 1:", "Beslut 2:": several decisions in one point, each labelled with its number.
// "Styrelsens beslut: att köpa …", "Nämndens beslut: …": the body's genitive before the label, on the decision's row.
// "Beslut SG-25:11 – …", "Beslut nr 2025:14: …", "Beslut #7: …": a project's decision log numbers each decision.
// "Kommunstyrelsens beslut 2023-04-26, § 97": a whole date after the word refers to an earlier decision; no label.
const BESLUT_LABEL = /^(?:(?:[-–—•*+«|>»›]|→|⇒|=>|->)\s*)?(?:(?:\p{Lu}\p{Ll}+(?:ens|ets|ns|s)\s+)?beslut(?:et)?(?!\s+\d{2,4}[-–—\/.]\d{1,2}[-–—\/.]\d{1,4})(?:\s+\d{1,2}|\s+(?:nr\.?\s*|#\s*)?(?:\p{Lu}{1,4}-?)?\d{1,4}(?:[-:\/.]\d{1,4}){1,2})?(?:\s*\/\s*decisions?)?\s*[:.–—-]|(?:beslutades|överenskommelse|överenskommet)\s*:)\s*(.*)$/iu;
/** "Beslut: Förslaget godkändes.": a decision with its label and its wording on one row. */
export function isLabelledDecision(row: string): boolean {
  return /\p{L}{2,}/u.test(BESLUT_LABEL.exec(row.trim())?.[1] ?? '');
}
const MIXED_LABEL = /^(?:[-–—•*]\s*)?beslut\s*(?:\/|&|och)\s*(?:åtgärder|åtgärd|actions?|uppdrag|aktiviteter|att\s+göra)\s*:\s*(.*)$/iu;
// "ÅTGÄRD: Nils följer upp …": the label in capitals too.
// "Ansvarig:.IW": OCR's speck in the gap after the colon.
const LABELLED_ROW = /^\s*(?:(?:→|⇒|=>|->|[>»›])\s*)?(?:\p{Lu}\p{Ll}{2,}(?:\s\p{Ll}+)?|\p{Lu}{3,}):(?:\s+|[.,'`]\s*(?=\p{Lu}))\S/u;
const MEETING_CLOSES = /^\s*(?:mötet|sammanträdet|stämman|årsmötet)\s+(?:avslutades|avslutas|förklarades\s+avslutat|förklaras\s+avslutat)\b/iu;
// "» att fastställa …": OCR reads a bullet as a guillemet, trusted as one only before an att-clause.
const LIST_ROW = /^\s*(?:[-–—•*]|[«»]\s*(?=att\b)|att\b|\d{1,2}[.)]\s|[a-z]\)\s)/iu;
const SUB_POINT = /^\s*\p{Ll}\)\s+\p{Lu}[^.!?]*$/u;
const ABBREVIATION_END = /(?:\b(?:kl|t\.ex|bl\.a|m\.m|dnr|nr|ca|resp|s\.k|d\.v\.s|fr\.o\.m|t\.o\.m|jfr|st)\.)$/iu;

function sentenceEnd(text: string, from: number): number {
  // "… till vandringen.\n- Linn skickar …": a list row's dash before the next capital starts a sentence too.
  // "… budget.\n-Kommunfullmäktige beslutar …": OCR may glue a speck read as a dash to the next sentence's capital.
  // "… Erik Ek. ,Beslöts att …": a speck OCR read before the next sentence's capital.
  const re = /[.!?](?=\s+(?:[-–—•*]\s*|[,;'"`|»«]+)?[\p{Lu}§]|\s*$)/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!ABBREVIATION_END.test(text.slice(0, m.index + 1))) return m.index + 1;
  }
  return text.length;
}

// "Arbetsutskottet föreslår socialnämnden att …": the subject before "föreslår", and an att-clause after it.
const PROPOSES = /^((?:[\p{L}\-–]+\s+){0,3}?[\p{L}\-–]+)\s+föreslår\s+(?:[\p{L}\-]+\s+){0,3}?att\b/u;

/** The body whose minutes these are proposing to another body: in its own minutes, that proposal is its decision. */
function issuerProposes(sentence: string, issuer: string | null): boolean {
  const m = PROPOSES.exec(sentence);
  return m !== null && /^\p{Lu}/u.test(m[1]!) && namesIssuer(m[1]!.split(/\s+/).pop()!, issuer);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const OPENS_PRESENT_DECISION = /^(?:\S+\s+){0,6}?(?:beslutar|föreslår)\b/iu;

/** A row that opens a present-tense decision below a row that is finished (a full stop, a colon, or a short reference line, not wrapped prose). */
function opensDecisionRow(row: string, previous: string, issuer: string | null): boolean {
  const plain = normalise(row);
  const bodyFirst = BODY_DECIDES.test(plain) || BODY_DECISION.test(plain) || PAST_MEETING_DECISION.test(plain);
  const decides = (PRESENT_DECISION.test(plain) && OPENS_PRESENT_DECISION.test(plain)) || bodyFirst || issuerProposes(plain, issuer);
  if (!/^\p{Lu}/u.test(plain) || !decides) return false;
  const before = previous.trim();
  // "… 250 kronor för fare" / "Årsmötet beslutade …": a deciding body's name has its capital only where a sentence opens,
  // so a stop OCR lost at the end of the row above does not join the two.
  return /[.!?:]$/u.test(before) || before.length <= 45 || bodyFirst;
}

// "Styrelsen beslöt", "Nämnden beslutade att …": a board's decision told in the past tense.
const OPENS_PAST_DECISION = /^(?:\S+\s+){0,6}?(?:beslöt|beslutade)\b/iu;

/**
 * "… är det mest fördelaktiga:" / "Styrelsen beslöt" / "att godkänna …": a past-tense decision opening a row under a
 * sentence that OCR ended with a colon for its stop; no sentence runs on from one to the other.
 */
function opensPastDecisionRow(row: string, previous: string): boolean {
  const plain = normalise(row);
  return /^\p{Lu}/u.test(plain) && OPENS_PAST_DECISION.test(plain) && PRESENT_DECISION.test(plain) && /:$/u.test(previous.trim());
}

// "Årsmötet beslutade …", "Nämnden beslutar …": the deciding body first, then the verb of deciding.
const BODY_DECIDES = new RegExp(String.raw`^${BODY_SUBJECT}\s+(?:beslutar|beslutade|beslöt)\b`, 'iu');

interface Paragraph {
  rows: string[];
  /** The sub-heading this paragraph stands under. */
  section: SectionKind | null;
}

// "Dnr 2016/131", "Dnr: KS 2019/00187", "Diarienummer BUN 2016-000088": a row that is only a registry number.
const REGISTRY_ROW = /^\s*(?:dnr|diarienr|diarienummer)\.?\s*:?\s*(?:\p{Lu}{1,6}\s+)?\d[\d./:-]{2,14}\s*$/iu;

// "«Styrelsen beslutade att …", ". Expedieras till": a speck at the left margin read as a guillemet, bar or stop
// before a row's capital.
// ": Kulturnämnden beslutar …": a speck read as a colon, too.
// "\" Direktionen väljer …": a quote mark standing apart from the capital is a speck too; a quotation is glued to its word.
// "• ", and OCR's reading of a round bullet as a plus, an asterisk or a guillemet.
const BULLET_ROW = /^\s*[•·▪◦*+«»]\s+\S/u;
const ROW_START_SPECKLE = /^\s*(?:[«|~_`.,:;]+\s*|["'”“]\s+)(?=\p{Lu})/u;

// "… information till medlemmarna. | :": specks after a row's full stop would keep the next row's sentence from starting.
// "… med 600 kronor. i": a lone small letter there too; no sentence starts in lower case.
const SPECKS_AFTER_SENTENCE = /(?<=[.!?])(?:\s+(?:[|~_:;'"`\-–—]+|\p{Ll}))+\s*$/u;

// "Kommunstyrelsen beslutar . :" / "att sälja …": specks read apart after the deciding verb that ends its row; a verb
// waiting for its att-clauses ends no sentence there.
// "Efter överläggning beslöts e" / "att förelägga …": a lone small letter there too, one that is no word ("i", "å", "ö").
const SPECKS_AFTER_VERB = /(?<=\s(?:beslutar|beslöt|beslöts|beslutade|beslutades|besluta|föreslår))(?:\s+(?:[.:;|'"`,]+|(?![iåö])\p{Ll}))+\s*$/u;

// "Kommunfullmäktige: beslutar" / "att remittera …": a typewriter's speck read as a colon between the deciding body and
// its verb; no label reads so.
const SPECK_AFTER_BODY = new RegExp(String.raw`^(${BODY_SUBJECT})\s*[:;]\s+(?=(?:beslutar|beslöt|beslutade|föreslår)\b)`, 'iu');

// "B: Ledningsgruppen ska …" / "Å: Daniel sammanställer …": some minutes mark decisions and tasks with a bare initial
// (Beslut, Åtgärd). A lone "B:" is too common otherwise (alternatives, speakers), so it counts only where "Å:" rows
// show the document uses the convention.
const INITIAL_DECISION = /^\s*B\s*:\s+(\p{Lu}.*)$/u;
const INITIAL_ACTION = /^\s*Å\s*:\s+\S/u;

function paragraphs(lines: readonly DocumentLine[], issuer: string | null): Paragraph[] {
  const result: Paragraph[] = [];
  const marksWithInitials = lines.some((line) => INITIAL_ACTION.test(line.cells.join(' ')));
  let section: Paragraph['section'] = null;
  // Only the first paragraph under a "Beslut" heading is the decision by position; later ones must say so.
  let decisionPending = false;
  let current: Paragraph | null = null;
  const open = (kind: Paragraph['section']): Paragraph => {
    const paragraph: Paragraph = { rows: [], section: kind };
    result.push(paragraph);
    return paragraph;
  };
  let page: number | null = null;
  // Whether the labelled decision being read opened with a bullet.
  let labelledBullets = false;
  for (const [index, line] of lines.entries()) {
    if (isBlank(line)) {
      // "… prioriteras i" / "" / "budgetarbetet.": OCR's blank row inside a sentence that goes on in lower case.
      // "… genomförs den 1" / "" / "januari 1995.": after a figure or a comma, too.
      const next = lines.slice(index + 1).find((l) => !isBlank(l));
      const last = current?.rows[current.rows.length - 1] ?? '';
      // "… att infordra" / "" / "- anbud från två firmor, samt": a speck read before the row's first word.
      if (current && next && next.page === line.page && /[\p{Ll}\d,]\s*$/u.test(last) && /^\s*(?:[-–—'"`.,:;|]+\s*)?\p{Ll}/u.test(next.cells.join(' '))) continue;
      current = null;
      continue;
    }
    // "Beslut: … Parkstråket." at the foot of a page, the next page's header row first on the next: a sentence ended
    // before the page break ends its paragraph there, whether or not a blank row was read between.
    const newPage = page !== null && line.page !== page;
    page = line.page;
    if (newPage && current && /[.!?]\s*$/u.test(current.rows[current.rows.length - 1] ?? '')) current = null;
    // "Beslut | i": a cell of a letter or two, or of specks, beside a row's text is the page edge read as text.
    // "Beslut | Å": a speck read as a lone capital, too.
    const cells = line.cells.filter((c, k) => k === 0 || !/^(?:\p{Ll}{1,2}|\p{Lu}|[^\p{L}\d]+)$/u.test(c.trim()));
    const row = cells.join(' ').replace(ROW_START_SPECKLE, '').replace(SPECKS_AFTER_SENTENCE, '').replace(SPECK_AFTER_BODY, '$1 ').replace(SPECKS_AFTER_VERB, '');
    // "Kommunfullmäktige beslutar" / "" / "+" / "" / "att remittera …": a row of nothing but specks between OCR's blank
    // rows is no paragraph of its own, so the att-clause still follows the sentence it belongs to.
    if (!/[\p{L}\d]/u.test(row)) continue;
    // "b) Parkeringsförbud vid skolan": a sub-point heading closes the paragraph before it.
    if (SUB_POINT.test(row)) {
      current = null;
      if (section === 'decision') decisionPending = false;
      continue;
    }
    // "Beslut/Actions:", "Beslut och åtgärder:": decisions and tasks under one label; each row must state a decision itself.
    const mixed = MIXED_LABEL.exec(row);
    if (mixed) {
      current = open(null);
      if (mixed[1]) current.rows.push(mixed[1]);
      continue;
    }
    const nextRow = lines.slice(index + 1).find((l) => !isBlank(l) && /[\p{L}\d]/u.test(l.cells.join(' ')))?.cells.join(' ');
    // Only a decision's heading is read past the scraps: a proposal's or background's would end a decision read from its
    // sentences where the issuer is not known.
    const unscrapped = withoutHeadingEdgeScraps(row);
    const scrappedDecision = unscrapped !== null && sectionHeading(unscrapped, issuer) === 'decision';
    const heading = sectionHeading(row, issuer) ?? (scrappedDecision || isDecidingVerbHeading(row, nextRow) ? 'decision' : null);
    const label = heading ? null : BESLUT_LABEL.exec(row) ?? (marksWithInitials ? INITIAL_DECISION.exec(row) : null);
    if (heading || (label && !label[1])) {
      section = heading ?? 'decision';
      decisionPending = section === 'decision';
      current = null;
      continue;
    }
    if (label) {
      current = open('decision');
      current.rows.push(label[1]!);
      labelledBullets = BULLET_ROW.test(line.cells.join(' '));
      decisionPending = false;
      continue;
    }
    // "• Beslut: Gården öppnar i maj." / "• Lokalen målas om.": in a bulleted list the next bullet is the next note,
    // whatever the label on the one before decided. A sentence that opens a row of its own after the decision's stop is
    // that next bullet too, where OCR lost its mark.
    if (current && labelledBullets && current === result[result.length - 1] && current.section === 'decision' && (BULLET_ROW.test(line.cells.join(' ')) || /^\s*\p{Lu}/u.test(row)) && /[.!?]\s*$/u.test(current.rows[current.rows.length - 1] ?? '')) current = null;
    // "Direktionen beslutar att anta yttrandet." / "Dnr 2016/131": the matter's registry number printed at the foot of the
    // paragraph ends the decision above it; it reads no sentence on.
    if (current && REGISTRY_ROW.test(row)) {
      current = open(null);
      current.rows.push(row);
      continue;
    }
    // "Beslut: … personal." / "Mötet avslutades 14.40.": the chair's closing formula ends the decision above it.
    if (current && MEETING_CLOSES.test(row)) {
      current = open(null);
      current.rows.push(row);
      continue;
    }
    // "→ Åtgärd: Niklas tar fram …" below "→ Beslut: …": another labelled row, no part of the decision.
    if (current && (LABELLED_ROW.test(row) || (marksWithInitials && INITIAL_ACTION.test(row)))) current = null;
    // "Dnr TN 2023/7" or "Tjänsteskrivelse 2023-09-21" straight above "Nämnden beslutar att …": the decision opens a paragraph of its own.
    if (current && current.section !== 'decision' && (opensDecisionRow(row, current.rows[current.rows.length - 1]!, issuer) || opensPastDecisionRow(row, current.rows[current.rows.length - 1]!))) current = null;
    if (!current) {
      // "1. …" / blank / "2. …" under a "Beslut" heading: the next numbered point is a decision as well.
      const point = /^\s*(\d{1,2})[.)]\s+\p{Lu}/u.exec(row);
      const last = result[result.length - 1];
      const lastPoint = last?.section === 'decision' ? /^\s*(\d{1,2})[.)]\s/u.exec(last.rows[0] ?? '') : null;
      // "« att godkänna …" / blank / "» att föreslå …": OCR's blank row between the bulleted entries of a decision list.
      const bulletAfterBullet = ENTRY_START.test(row) && /^\s*[-–—•*«»]\s/u.test(row) && last?.section === 'decision' && /^\s*[-–—•*«»]\s/u.test(last.rows[0] ?? '');
      if (section === 'decision' && ((point && lastPoint && Number(point[1]) === Number(lastPoint[1]) + 1) || bulletAfterBullet)) {
        current = open('decision');
      } else if (section === 'decision') {
        current = open(decisionPending ? 'decision' : null);
        decisionPending = false;
      } else {
        current = open(section);
      }
    }
    current.rows.push(row);
  }
  return result;
}

/**
 * A decision sentence that ends with "att" or a colon owns the att-clauses
 * and dash-list rows that follow it, even across a blank line.
 */
function withFollowingClauses(paragraphList: Paragraph[], index: number, text: string): { text: string; consumed: number } {
  let result = text;
  let consumed = 0;
  // "…, |": OCR speckles after the last word do not end the sentence.
  const end = (t: string) => t.replace(/[\s|~_'"`]+$/u, '');
  // "Styrelsen beslutade" / "att godkänna rapporten, samt" / "att uppdra …": the past tense, and a clause ending in "samt"
  // or "och", own the next clause as well.
  // "Trafiknämnden beslutar följande." / "1. …" / "" / "2. …": every point announced, across OCR's blank rows.
  const announces = /\b(?:besluta(?:r|de)?|beslöt)\s+följande\s*[.:]?$/iu.test(end(text));
  // "Arbetsutskottet uppdrar åt förvaltningen" / "" / "- att utreda …": a sentence left open without its stop owns the
  // att-clauses that OCR's blank row parted from it.
  const attClauseNext = (text: string) => !/[.!?]$/u.test(end(text)) && /^\s*(?:[-–—•*]\s*)?att\s/u.test(paragraphList[index + 1]?.rows[0] ?? '');
  // "Direktionen beslutar." / "" / "att anta …": no sentence ends at its deciding verb; the stop is OCR's speck.
  if (/\b(?:besluta(?:r|de)?|beslöt)\s*\.$/iu.test(end(result)) && /^\s*att\s/u.test(paragraphList[index + 1]?.rows[0] ?? '')) result = end(result).replace(/\s*\.$/u, '');
  while (/(?:\batt|\bsamt|\boch|:|,)$/iu.test(end(result)) || (consumed === 0 && (/\b(?:besluta(?:r|de)?|beslöt)$/iu.test(end(result)) || attClauseNext(result))) || announces) {
    const next = paragraphList[index + 1 + consumed];
    if (!next || !LIST_ROW.test(next.rows[0] ?? '')) break;
    result = `${result}\n${next.rows.join('\n')}`;
    consumed++;
  }
  return { text: result, consumed };
}

// "…april 2023, |": a speckle at the end of an OCR row.
const ROW_END_SPECKLE = /\s+[|~_]+\s*$/u;
// "beslutar z att", "besluta : att": one letter or a speckle OCR put between the verb and its att.
const NOISE_BEFORE_ATT = /\b(beslutar|besluta|beslöt|beslutade)\s+(?:\p{L}|[^\s\p{L}\d]{1,2})\s+att\b/giu;

/**
 * Rows under "Beslut:" that are each a whole sentence of their own
 * ("Ledningsgruppen godkänner upplägget." / "Sofia samordnar bokningen.")
 * are separate decisions; prose wrapped across rows never ends every row at a full stop.
 */
function sentenceRows(rows: readonly string[]): string[] | null {
  if (rows.length < 2) return null;
  const whole = rows.every((row) => {
    const text = row.trim();
    return /^\p{Lu}/u.test(text) && /[.!?]$/u.test(text) && !ABBREVIATION_END.test(text) && sentenceEnd(text, 0) === text.length;
  });
  if (!whole) return null;
  // "Nämnden beslutar att …" / "Paragrafen förklaras omedelbart justerad.": the note that the paragraph was adjusted at
  // once, on a row of its own under the decision, says how the minutes were signed, not what was decided.
  const decided = rows.map((row) => row.trim()).filter((row) => !ADJUSTED_AT_ONCE.test(row));
  return decided.length > 0 ? decided : rows.map((row) => row.trim());
}

// "Paragrafen förklaras omedelbart justerad.", "Paragrafen justeras omedelbart.": the note of adjusting at once.
const ADJUSTED_AT_ONCE = /^(?:paragrafen|paragraferna|beslutet|protokollet|denna\s+paragraf)\s+(?:förklaras|justeras)\s+omedelbart(?:\s+justerad[e]?)?\s*\.?$/iu;

/**
 * The decisions in an item's rows: every paragraph under a "Beslut" heading
 * or after "Beslut:", and every whole sentence that states a decision
 * ("Kommunstyrelsen beslutar att …"), with the att-clauses and list rows
 * that belong to it. Background sections (Sammanfattning, Yrkanden,
 * Förslag till beslut …) are skipped.
 */
// "Beslut: Inget beslut fattades.", "Beslut: Inga beslut togs": the decision label saying that nothing was decided.
const NO_DECISION = /^(?:inget|inga|ej|icke)\s+beslut(?:et)?\b(?:\s+(?:fattades|fattas|togs|tas|fattat))?\s*(?:[.!,;:]|$)/iu;

// "Ebbe rapporterade. Beslut: Att betala fakturan.": quick notes run the decision's label on after a sentence.
const LABEL_AFTER_SENTENCE = /^(.*\p{Ll}{2,}[.!?])\s+((?:beslut|beslutades)\s*:\s*\S.*)$/iu;

/** A row that runs a "Beslut:" label on after a sentence, parted into the sentence's row and the decision's. */
function withLabelsOnRowsOfTheirOwn(lines: readonly DocumentLine[]): DocumentLine[] {
  return lines.flatMap((line) => {
    // "Beslut | Nämnden godkänner …", "Ärendet | Förvaltningen …": a paragraph laid out as a table of its sections, the
    // section's name in a label column beside its text.
    // ("Beslut | i": a letter from the page edge beside a heading is no text.)
    if (line.cells.length === 2 && sectionHeading(line.cells[0]!) !== null && /\p{L}{4,}/u.test(line.cells[1]!)) {
      const heading = { ...line, cells: [line.cells[0]!], text: line.cells[0]! };
      // "Nämndens beslut | ee Forbo. or": a few words of dust far out on a heading's row open no sentence, as the text
      // beside a label does; the heading stands alone.
      if (!/^[^\p{L}\d]*(?:\p{Lu}|att\s|\d)/u.test(line.cells[1]!) && line.cells[1]!.trim().split(/\s+/u).length <= 3) return [heading];
      return [heading, { ...line, cells: [line.cells[1]!], text: line.cells[1]! }];
    }
    const m = line.cells.length === 1 ? LABEL_AFTER_SENTENCE.exec(line.cells[0]!) : null;
    return m ? [{ ...line, cells: [m[1]!], text: m[1]! }, { ...line, cells: [m[2]!], text: m[2]! }] : [line];
  });
}

// "… vid vite av 5 000 kr. Mats Törnqvist (c) reserverar sig mot beslutet.", "… förslag. Mot beslutet reserverade sig herr
// Fredin.", "… Herr Berglund anmälde reservation mot beslutet.": a member's dissent recorded after the decision is no part of it.
const RESERVATION_AFTER = /(?<=[.!])\s+(?=[^.!?]{0,80}\b(?:reserverar|reserverade)\s+sig\b|[^.!?]{0,60}\banmäl(?:er|de|t)\s+reservation\b|Mot\s+beslutet\s+reserverade\b)\p{Lu}.*$/u;

export function extractDecisions(lines: readonly DocumentLine[], options: { issuer?: string | null } = {}): string[] {
  const issuer = options.issuer ?? null;
  const list = paragraphs(withLabelsOnRowsOfTheirOwn(lines), issuer);
  const decisions: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const paragraph = list[i]!;
    const joined = paragraph.rows.join('\n');
    if (paragraph.section === 'decision') {
      // "Beslut:" followed straight by a dash list or by capitalised "Att …" clauses: every entry is a decision of its own.
      const entries = listEntries(paragraph.rows) ?? numberedEntries(paragraph.rows) ?? sentenceRows(paragraph.rows);
      if (entries) {
        decisions.push(...entries);
        continue;
      }
      const { text, consumed } = withFollowingClauses(list, i, joined);
      // "— att köpa …" / "" / "— att uppdra …": OCR's blank rows between the entries of a dash list still make a list.
      const spread = consumed > 0 ? listEntries(text.split('\n').filter((row) => row.trim() !== '')) : null;
      if (spread) decisions.push(...spread);
      else if (/\p{L}{2,}/u.test(text)) decisions.push(text);
      i += consumed;
      continue;
    }
    if (paragraph.section === 'proposal') continue;
    // Background text reports earlier decisions; only a present-tense decision opening a paragraph is this meeting's.
    if (paragraph.section === 'background' || paragraph.section === 'motion') {
      const plain = normalise(joined);
      // Under "Yrkanden" a member's motion quotes a decision ("Åsa Ek (S) yrkar att nämnden beslutar att …"); only the body's own is one.
      const quotesMotion = paragraph.section === 'motion' && /^(?:\S+\s+){0,6}?(?:yrkar|yrkande|föreslår|instämmer|ställer)\b/iu.test(plain);
      if (!quotesMotion && PRESENT_DECISION.test(plain) && OPENS_PRESENT_DECISION.test(plain)) {
        const { text, consumed } = withFollowingClauses(list, i, joined.slice(0, sentenceEnd(joined, 0)));
        decisions.push(text);
        i += consumed;
      }
      continue;
    }
    // Sentence by sentence, because a decision can sit in the middle of a paragraph of minutes.
    const flat = paragraph.rows.join('\n');
    let start = 0;
    while (start < flat.length) {
      const end = sentenceEnd(flat, start);
      // "… Erik Ek. ,Beslöts att …": a speck OCR read before the sentence's capital is no part of the decision.
      const sentence = flat.slice(start, end).trim().replace(/^[,;:'"`|»«]+\s*(?=\p{Lu})/u, '');
      const plain = normalise(sentence);
      if (PRESENT_DECISION.test(plain) || IMPERSONAL_DECISION.test(plain) || AFTER_PHRASE_DECISION.test(plain) || AFTER_CLAUSE_DECISION.test(plain) || BODY_DECISION.test(plain) || PAST_MEETING_DECISION.test(plain) || NOTED_BY_MEETING.test(plain) || ENGLISH_DECISION.test(plain) || PASSIVE_DECISION.test(plain) || ASSIGNMENT_GIVEN.test(plain) || VOTED_DECISION.test(plain) || issuerProposes(plain, issuer)) {
        const isLast = end >= flat.length;
        const { text, consumed } = isLast ? withFollowingClauses(list, i, sentence) : { text: sentence, consumed: 0 };
        decisions.push(text);
        i += consumed;
      }
      start = end;
      while (start < flat.length && /\s/.test(flat[start]!)) start++;
    }
  }
  return withoutRecommendations(decisions.map((d) =>
    d
      .split('\n')
      // "« att godkänna …": a bullet, or OCR's guillemet for one, before an att-clause is no part of the decision's wording.
      .map((row) => row.replace(ROW_END_SPECKLE, '').replace(/^\s*[•*«»]\s+(?=att\s)/u, '').trim())
      .filter(Boolean)
      .reduce((text: string, row, index) => (index === 0 ? row : joinRows(text, row)), '')
      .replace(/\s+/g, ' ')
      .replace(NOISE_BEFORE_ATT, '$1 att')
      // "- Styrgruppen beslutar att …": a list row's dash is no part of the decision, nor are specks after it ("- . Nämnden …").
      // "» Ärendet återremitteras …": OCR's guillemet for a bullet, too.
      .replace(/^[-–—•*«»](?:\s+[.,:;|])*\s*(?=\p{Lu})/u, '')
      .replace(RESERVATION_AFTER, '')
      .trim(),
  ).filter((d) => !NO_DECISION.test(d)));
}
