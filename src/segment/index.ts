// Stage 5: pages or text → Minutes.
import type { DocumentType, Item, Minutes, Page, Signature } from '../domain/index.ts';
import { exceptedMembers, people, PEOPLE_KINDS, replacedMembers, teamInTitle, trailingPeople, withFunctions, withoutRepeats } from './attendee-lists.ts';
import { readHeading } from './document-kind.ts';
import { type DocumentLine, documentLine, isBlank, joinLines, linesFromText } from './document-lines.ts';
import { extractDecisions } from './decisions.ts';
import { emailHeader, withoutEmailHeader } from './email-header.ts';
import { type HeadField, parseHeadBlock, withHeadTableCells, withPeopleColumnReadLast, withRightColumnReadLast } from './head-block.ts';
import { findItemHeadings, type ItemHeading, titleContinuation, titleRowText, withoutTrailingReferenceText, withoutTrailingSpeckle, withSignColumnReadLast } from './items.ts';
import { matchLabel } from './labels.ts';
import { announcedMeeting, headerMeeting, headYear, meetingFrom, signingDate, withAgendaStart, withClosingTime, withOpeningTime, withRunningDate, yearReference } from './meeting-when-where.ts';
import { nextMeetingFrom } from './next-meeting.ts';
import { looksLikeName, splitNames, withoutHonorifics } from './person.ts';
import { findRunningLines, withoutRunningCells } from './running-lines.ts';
import { hasSignatureLayout, namesWithRoles, notesBy, parseSignatures, signatureBlockStart, signatureRoles } from './signatures.ts';
import { isStructural } from './structural-rows.ts';
import { findDates } from './swedish-dates.ts';
import { visualRows } from './visual-rows.ts';

export type SegmentInput = { pages: Page[] } | { text: string };
export interface SourceInfo {
  file: string;
  sha256?: string | null;
  pages: number;
}

function documentPages(input: SegmentInput): DocumentLine[][] {
  if ('text' in input) return linesFromText(input.text);
  return input.pages.map(visualRows);
}

/** Every page without its running headers and footers, as one run of rows. */
function bodyLines(pages: DocumentLine[][]): DocumentLine[] {
  const running = findRunningLines(pages);
  return pages.flatMap((page, p) => page.filter((_, i) => !running[p]![i]).map(withoutRunningCells));
}

/**
 * The column of a minutes table headed "Beslut" ("Punkt | Diskussion | Beslut"), when the item headings are that
 * table's rows and carry a cell there; null otherwise.
 */
function decisionColumnOf(lines: readonly DocumentLine[], headings: readonly { line: number }[]): number | null {
  if (headings.length < 2) return null;
  const header = lines.slice(Math.max(0, headings[0]!.line - 3), headings[0]!.line).reverse().find((l) => !isBlank(l));
  if (!header || header.cells.length < 3) return null;
  const column = header.cells.findIndex((c) => /^\s*beslut(?:et)?\s*$/iu.test(c));
  if (column <= 0) return null;
  return headings.filter((h) => lines[h.line]!.cells.length === header.cells.length).length * 2 >= headings.length ? column : null;
}

/** Where the closing signature block starts after the last item heading, or the end. */
function signatureStart(lines: readonly DocumentLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const label = matchLabel(line.cells[0] ?? '');
    if (label?.kind === 'signatureHeading' && !label.rest) return i;
    if (signatureRoles(line)) return signatureBlockStart(lines, i);
    // "Eva Lind, sekreterare" rows to the end of the document, with nothing but signatures after them.
    // "Utskickad 2025-08-28", "Lund 2025-08-28": a short row that dates the letter may close it below the signer.
    const datesLetter = (l: DocumentLine) => l.text.trim().split(/\s+/).length <= 4 && findDates(l.text).some((d) => d.explicitYear);
    // "________  ________" over the next pair of signers: the lines to sign on.
    const signingLines = (l: DocumentLine) => l.cells.every((c) => /^[\s._…\-–—]{3,}$/u.test(c));
    if ((namesWithRoles(line) || notesBy(line)) && lines.slice(i + 1).every((l) => isBlank(l) || namesWithRoles(l) !== null || signatureRoles(l) !== null || datesLetter(l) || signingLines(l))) return i;
  }
  return lines.length;
}

/**
 * In a document without item headings, the signature block that closes it:
 * a row of roles with only name rows (at most four) after it to the end.
 */
function closingSignatureStart(lines: readonly DocumentLine[]): number {
  let rowsAfter = 0;
  for (let i = lines.length - 1; i >= 0 && rowsAfter <= 4; i--) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (signatureRoles(line)) {
      const start = signatureBlockStart(lines, i);
      // Every row below the roles must hold names only, or this is a labelled field of prose.
      const below = lines.slice(i + 1).filter((l) => !isBlank(l));
      return below.length > 0 && below.every((l) => l.cells.every((c) => looksLikeName(c.trim()))) ? start : lines.length;
    }
    rowsAfter++;
  }
  return lines.length;
}

/**
 * "Närvarande | Vice ordförande | Anna Sjö" above "Underskrifter | Mikael Lind | Malin Strand": where the head has a
 * heading for its signatures, the rows above it list people at the meeting, not signers.
 */
function fromSignatureHeading(headLines: readonly DocumentLine[]): readonly DocumentLine[] {
  const at = headLines.findIndex((line) => line.cells.some((cell) => matchLabel(cell)?.kind === 'signatureHeading'));
  return at > 0 ? headLines.slice(at) : headLines;
}

// "Till justerare valdes …", "Till justerare tillika rösträknare valdes …", "Att justera protokollet utsågs …".
// "Att jämte ordf. justera …": the chair abbreviated as in the list of those present.
// "Till att jämte ordföranden justera protokollet valdes …": an older wording with "till" before "att".
const ADJUSTER_ROLE = String.raw`(?:till\s+(?:protokoll)?justerar(?:e|na)(?:\s+(?:tillika|och|samt)\s+rösträknare)?|(?:till\s+)?att\s+(?:jämte\s+(?:ordförande[n]?|ordf\.?)\s+)?justera(?:\s+(?:protokollet|anteckningarna|dagens\s+protokoll))?)`;
// "Till justerare från arbetstagarsidan valdes …": the side or group the adjuster comes from may stand between.
// "4 Att jämte ordföranden justera …": a figure or speck OCR put before the paragraph's first word.
const CHOSEN_ADJUSTER = new RegExp(String.raw`(?:^(?:(?:\d{1,2}|[^\p{L}\d\s]{1,3})\s+)?|[.:]\s*)${ADJUSTER_ROLE}(?:\s+(?:från|för)\s+\p{Ll}+)?\s+(?:utses|utsågs|valdes|väljs|utsåg\w*)\s+([^.]+)`, 'iu');
// "… valdes att jämte ordföranden justera dagens protokoll herrar A och B": the verb first, then the task and the names.
const CHOSEN_TO_ADJUST = new RegExp(String.raw`(?:utses|utsågs|valdes|väljs)\s+${ADJUSTER_ROLE}\s+(\p{Lu}[^.]+)`, 'u');
const ADJUSTER_CHOSEN = /([\p{Lu}][^.:]*?)\s+(?:utses|utsågs|valdes|väljs)\s+(?:till\s+(?:protokoll)?justerare|att\s+(?:jämte\s+(?:ordförande[n]?|ordf\.?)\s+)?justera)/u;
// "Till protokollförare valdes Saga Ek och till justerare Reza Ali": the verb serves both roles.
const SHARED_VERB_ADJUSTER = /\boch\s+till\s+(?:protokoll)?justerar(?:e|na)\s+((?:\p{Lu}[\p{L}-]+\s*)+(?:(?:,|och)\s*(?:\p{Lu}[\p{L}-]+\s*)+)*)/u;
/** "Beslutades att utse Anna Berg att jämte ordföranden justera …", "valde Anna Berg till justerare". */
// "utser Ingrid Fors (S) att justera": the party between the name and the clause.
const CHOOSE_ADJUSTER =
  /\b(?:utse|utser|utsåg|välja|väljer|valde)\s+((?:[\p{Lu}][\p{L}-]+\s+)+(?:\([^()]{1,12}\)\s+)?(?:(?:,|och)\s*(?:[\p{Lu}][\p{L}-]+\s+)+(?:\([^()]{1,12}\)\s+)?)*?)(?:till\s+justerare|att\s+(?:(?:jämte|tillsammans\s+med)\s+(?:ordförande[n]?|ordf\.?)\s+)?justera)/u;

function adjustersFrom(fields: HeadField[], items: Item[], signatures: Signature[]): string[] {
  const fromFields = fields.filter((f) => f.kind === 'adjusters').flatMap((f) => f.values.flatMap(splitNames));
  if (fromFields.length > 0) return [...new Set(fromFields)];
  // "§ 7. Att jämte ordf. justera dagens protokoll utsågos …": in older minutes the sentence can be the paragraph's
  // only row, which the item carries as its title.
  for (const source of [...items.map((item) => item.text), ...items.map((item) => item.title).filter((t) => /\s\p{Ll}/u.test(t))]) {
    // "ulla Aho valdes att justera …": a sentence always opens in upper case; OCR lost the capital of the name.
    // "Roland Eskilsson. valdes att …": a stop before a lower-case verb ends no sentence; it is a speck.
    // "… utsågs fru Greta Pihl.": an older style's courtesy title before the name.
    const text = withoutHonorifics(source).replace(/\s+/g, ' ').replace(/(?<=\p{Lu}\p{Ll}+)[.,]\s+(?=(?:utses|utsågs|valdes|väljs)\b)/gu, ' ').replace(/(^|[.!?:]\s+)(\p{Ll})(?=\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:utses|utsågs|valdes|väljs)\b)/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
    const m = CHOSEN_TO_ADJUST.exec(text) ?? CHOSEN_ADJUSTER.exec(text) ?? ADJUSTER_CHOSEN.exec(text) ?? CHOOSE_ADJUSTER.exec(text) ?? SHARED_VERB_ADJUSTER.exec(text);
    if (m) {
      const names = splitNames(m[1]!);
      if (names.length > 0) return names;
    }
  }
  // "§ 3 Val av justerare tillika rösträknare" / "Lena Berg och Kjell Nord valdes.": the title says what they were chosen for.
  for (const item of items) {
    if (!/\bval\s+av\s+(?:två\s+)?(?:protokoll)?justerare/iu.test(item.title)) continue;
    const m = /^\s*((?:\p{Lu}[\p{L}-]+\s+)+(?:(?:,|och)\s*(?:\p{Lu}[\p{L}-]+\s*)+)*)\s*(?:valdes|utsågs|väljs|utses)\s*\.?\s*$/u.exec(withoutHonorifics(item.text.split('\n')[0] ?? ''));
    const names = m ? splitNames(m[1]!) : [];
    if (names.length > 0) return names;
  }
  // Minutes without a named adjuster are adjusted by whoever signs "Justeras" / "Justerande".
  return signatures.filter((s) => /^juster/i.test(s.role) && s.name).map((s) => s.name!);
}

/** An agenda: the headings follow one another with at most two rows between them. */
function isAgendaList(lines: readonly DocumentLine[], headings: { line: number }[]): boolean {
  if (headings.length < 3) return false;
  let close = 0;
  for (let k = 1; k < headings.length; k++) {
    const between = lines.slice(headings[k - 1]!.line + 1, headings[k]!.line).filter((l) => !isBlank(l)).length;
    if (between <= 2) close++;
  }
  return close >= 0.8 * (headings.length - 1);
}

// A meeting announced in the present or future: "… träffas tisdag 22/4", "Välkomna till …", "… hålls i …".
const INVITES = /\b(?:träffas|möts|samlas|välkomna?\s+till|hålls|äger\s+rum|bjuder\s+(?:in|på))\b/iu;

function inferType(heading: DocumentType | null, items: { kind: string }[], fields: HeadField[]): DocumentType {
  if (heading) return heading;
  if (items.some((i) => i.kind === 'paragraph')) return 'protokoll';
  if (fields.some((f) => f.label === 'Beslutande' || f.kind === 'adjusters')) return 'protokoll';
  if (fields.some((f) => f.kind === 'attendees')) return 'minnesanteckningar';
  return 'other';
}

/**
 * Segments minutes into the Minutes structure. Fields the document does not
 * state stay null or empty; corrections and quality are left to the pipeline.
 */
// "Tekniska nämnden utser Anna Ek att justera protokollet.": a sentence, which no value of a head block is.
// A title that is a whole sentence: a capital, four words or more with lower-case ones among them, a full stop.
const RUN_IN_SENTENCE = /^\p{Lu}\S*(?:\s+\S+)*\s+\p{Ll}\S*(?:\s+\S+){2,}[.!]$/u;
const NOTES_SENTENCE = /^\p{Lu}\S*(?:\s+\S+){3,}[.!?]$/u;

/**
 * "Plats och tid | Beslutande | … | § 1 Val av justerare | <the values> | <the notes of § 1>": OCR read the label column,
 * with the first paragraph's heading printed below it in the same column, before the column of values. The labels
 * left without values say so; the rows after the heading up to its first sentence are their values, and the heading
 * goes after them. Null when the document does not read so.
 */
function withDisplacedFirstHeading(lines: readonly DocumentLine[], headings: readonly ItemHeading[]): DocumentLine[] | null {
  const first = headings[0];
  if (!first || first.title === '') return null;
  const unfilled = parseHeadBlock(lines.slice(0, first.line)).filter((f) => f.values.length === 0 && f.kind !== 'signature' && f.kind !== 'body').length;
  if (unfilled < 2) return null;
  const until = headings[1]?.line ?? lines.length;
  let end = first.line + 1;
  for (let i = first.line + 1; i < until; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    if (NOTES_SENTENCE.test(text)) break;
    end = i + 1;
  }
  if (end === first.line + 1) return null;
  return [...lines.slice(0, first.line), ...lines.slice(first.line + 1, end), lines[first.line]!, ...lines.slice(end)];
}

export function segmentMinutes(input: SegmentInput, source: SourceInfo): Minutes {
  const pages = documentPages(input);
  // A printed e-mail: its subject is the title, the day it was sent dates the letter, and neither is the meeting's.
  const email = emailHeader(pages[0] ?? []);
  const firstPage = email ? withoutEmailHeader(pages[0] ?? [], email) : (pages[0] ?? []);
  const heading = readHeading(firstPage);
  const read = withPeopleColumnReadLast(withHeadTableCells(withRightColumnReadLast(bodyLines(pages))));
  const readHeadings = findItemHeadings(read);
  const displaced = withDisplacedFirstHeading(read, readHeadings) ?? (readHeadings.every((h) => h.title === '') ? withSignColumnReadLast(read) : null);
  const lines = displaced ?? read;
  const headings = displaced ? findItemHeadings(lines) : readHeadings;
  const firstItemLine = headings[0]?.line ?? lines.length;
  const tailStart = headings.length > 0 ? signatureStart(lines, headings[headings.length - 1]!.line + 1) : closingSignatureStart(lines);
  const headLines = lines.slice(0, Math.min(firstItemLine, tailStart));
  const headFields = parseHeadBlock(headLines);
  const fields = [...headFields, ...trailingPeople(headFields, lines, headings)];

  const agenda = isAgendaList(lines, headings);
  // "§ 1 Val av justerare" / "Nämnden utser …": points with sentences under them are minutes, not a bare agenda.
  const notesUnderPoints = headings.slice(0, -1).some((h, k) => lines.slice(h.line + 1, headings[k + 1]!.line).some((l) => /\p{Ll}{2,}[.!?]\s*$/u.test(l.text)));
  // "Hej alla! Ungdomsrådet träffas tisdag 22/4 kl 17–19 …" over a bare agenda: an invitation that never says "kallelse".
  const invitation = heading.documentType === null && agenda && !notesUnderPoints && !fields.some((f) => PEOPLE_KINDS.includes(f.kind)) && headLines.some((l) => INVITES.test(l.text));
  const headingType = heading.documentType ?? (invitation ? 'kallelse' : null);
  const decisionColumn = decisionColumnOf(lines, headings);
  // "… januari 2024 -" over "Ärende 6 …": a title that seems to break off never runs into the next heading.
  const headingRows = new Set(headings.map((h) => lines[h.line]));
  const endsTitle = (line: DocumentLine) => isStructural(line) || headingRows.has(line);
  const items: Item[] = headings.map((h, k) => {
    const continuation = titleContinuation(lines, h, endsTitle);
    const printedTitle = withoutTrailingReferenceText(withoutTrailingSpeckle([withoutTrailingSpeckle(h.title), ...lines.slice(h.line + 1, h.line + 1 + continuation).map((l) => withoutTrailingSpeckle(titleRowText(l)))].filter(Boolean).join(' ')));
    // "Meddelanden.": older minutes end a title with a full stop, which is no part of it (an abbreviation's stop stays).
    const title = printedTitle.replace(/(?<=\p{L}{4}|\d{4})\.$/u, '');
    let end = k + 1 < headings.length ? headings[k + 1]!.line : tailStart;
    if (agenda && k + 1 === headings.length) {
      // The prose after an agenda list (practical notes, greetings) belongs to no point. Where the other points have
      // sentences of their own (short minutes), OCR's blank row under the last heading does not end it.
      const from = notesUnderPoints && isBlank(lines[h.line + continuation + 1] ?? documentLine(0, [])) ? h.line + continuation + 1 : h.line + continuation;
      const blank = lines.findIndex((l, i) => i > from && isBlank(l));
      if (blank !== -1 && blank < end) end = blank;
    }
    const own = lines.slice(h.line + 1 + continuation, end);
    const body = h.trailing.length > 0 ? [documentLine(lines[h.line]!.page, h.trailing), ...own] : own;
    // Notes beside the title ("2  Budget  Otto redovisade … Styrgruppen godkänner budgeten.") can hold a decision too.
    // A run-in sentence after the title's colon that wraps onto the next row ends on that row, not on the heading's.
    const notes = h.trailing.filter((cell) => /\p{Ll}{3,}.*[.!?]\s*$/u.test(cell) || (h.runIn === true && /\p{Ll}{3,}/u.test(cell)));
    // "§ 5. Beslöts att avgiften skall höjas …": in older minutes a paragraph with no heading opens with its own
    // sentence, which the heading row carries; that sentence can be the decision.
    const runInSentence = RUN_IN_SENTENCE.test(printedTitle) ? [documentLine(lines[h.line]!.page, [printedTitle])] : [];
    const decidingLines = [...runInSentence, ...(notes.length > 0 ? [documentLine(lines[h.line]!.page, [notes.join(' ')])] : []), ...own];
    const decisions = extractDecisions(decidingLines, { issuer: heading.body });
    // "Punkt | Diskussion | Beslut": the decision column's cell on the item's row is its decision, however it is worded.
    const cell = decisionColumn === null ? undefined : lines[h.line]!.cells[decisionColumn]?.trim();
    if (cell && /\p{L}{2,}/u.test(cell) && !decisions.some((d) => d.includes(cell) || cell.includes(d))) decisions.push(cell);
    return { number: h.number, title, text: joinLines(body), decisions };
  });

  const meeting = withAgendaStart(
    withClosingTime(withOpeningTime(withRunningDate(announcedMeeting(meetingFrom(fields, headerMeeting(firstPage, headYear(headLines), email?.sent ?? signingDate(lines), headingType === 'kallelse'), yearReference(headLines, lines), headYear(headLines) === null && headingType !== 'kallelse'), lines), pages), lines), lines),
    lines,
    headings,
  );
  const reference = meeting?.date ?? null;
  const documentType = inferType(headingType, headings, fields);
  // A kallelse names its chair and secretary in the head; they have not signed anything.
  const listed = people(fields, ['attendees', 'substitutes', 'others'], 'ersättare');
  const attendees = withFunctions(listed.length > 0 ? listed : teamInTitle(heading.title, firstPage), fields, documentType, hasSignatureLayout(headLines));
  // "Till att jämte ordföranden justera protokollet valdes Erkki Lantto och Britt Nutti." names those who sign
  // "Justeras" too, so their names split a row where OCR closed the gap between two signatures.
  const known = [...attendees.map((p) => p.name), ...adjustersFrom(fields, items, [])];
  const headSignatures = documentType === 'kallelse' || !hasSignatureLayout(headLines) ? [] : parseSignatures(fromSignatureHeading(headLines), known);
  const signatures = [...headSignatures, ...parseSignatures(lines.slice(tailStart), known, { closing: true })].filter(
    (s) => s.name === null || s.name === undefined || looksLikeName(s.name),
  );

  return {
    schemaVersion: '1',
    source: { file: source.file, sha256: source.sha256 ?? null, pages: source.pages },
    documentType,
    title: heading.title,
    body: heading.body ?? (fields.find((f) => f.kind === 'body')?.values[0] ?? null),
    meeting,
    attendees,
    absent: withoutRepeats([...people(fields, ['absent']), ...replacedMembers(fields), ...exceptedMembers(fields)]),
    adjusters: adjustersFrom(fields, items, signatures),
    items,
    nextMeeting: nextMeetingFrom(fields, lines, items, reference),
    signatures,
    corrections: [],
  };
}
