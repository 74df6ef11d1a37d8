// Stage 5: pages or text → Minutes.
import type { Item, Minutes, Page } from '../domain/index.ts';
import { adjustersFrom } from './adjusters.ts';
import { appendixStart, signatureTailEnd } from './appendix-after-signatures.ts';
import { exceptedMembers, people, PEOPLE_KINDS, replacedMembers, teamInTitle, trailingPeople, withAbsenceMarks, withFunctions, withoutRepeats, withRepeatsMerged } from './attendee-lists.ts';
import { withDisplacedFirstHeading } from './displaced-first-heading.ts';
import { readHeading } from './document-kind.ts';
import { type DocumentLine, documentLine, isBlank, joinLines, linesFromText } from './document-lines.ts';
import { extractDecisions } from './decisions.ts';
import { withInlineAgendaPoints } from './inline-agenda-points.ts';
import { emailHeader, withEmailHeaderBlanked, withoutEmailHeader } from './email-header.ts';
import { parseHeadBlock } from './head-block.ts';
import { withAgendaColumnsReadApart } from './agenda-columns-read-apart.ts';
import { withAgendaColumnsReadLast } from './agenda-columns-read-last.ts';
import { withDamagedNumberColumn } from './damaged-number-column.ts';
import { withHeadTableCells, withPeopleColumnReadLast, withRightColumnReadLast } from './head-columns-read-apart.ts';
import { withPeopleColumnReadAfter } from './people-column-read-after.ts';
import { withLabelColumnReadFirst } from './label-column-read-first.ts';
import { withParagraphLabelColumn } from './paragraph-label-column.ts';
import { inferType, INVITES, isAgendaList } from './inferred-document-type.ts';
import { withProgrammeStart } from './timed-programme.ts';
import { withAgendaSideBySide } from './agenda-side-by-side.ts';
import { titleRowText, withoutEmptyCellDash, withoutTrailingReferenceText, withoutTrailingSpeckle } from './item-title-tails.ts';
import { underNumberColumn } from './agenda-table-header.ts';
import { findItemHeadings } from './items.ts';
import { withMarginalHeadings } from './marginal-headings.ts';
import { headerMeeting, signingDate } from './meeting-in-header.ts';
import { meetingTableAfterAgenda } from './meeting-table-after-agenda.ts';
import { beforeGroupHeadings } from './restarting-series.ts';
import { findDates } from './swedish-dates.ts';
import { announcedMeeting, headYear, meetingFrom, withAgendaStart, withAnnouncedPlace, withClosingTime, withOpeningTime, withRunningDate, yearReference } from './meeting-when-where.ts';
import { nextMeetingFrom, nextMeetingOtherThan } from './next-meeting.ts';
import { joinPages } from './page-seams.ts';
import { looksLikeName } from './person-parts.ts';
import { findRunningLines, withoutRunningCells } from './running-lines.ts';
import { withAttendanceKept } from './running-attendance.ts';
import { withSignColumnReadLast } from './sign-column-read-last.ts';
import { closingSignatureStart, fromSignatureHeading, signatureStart } from './signature-block-start.ts';
import { hasSignatureLayout } from './signature-layout.ts';
import { parseSignatures } from './signatures.ts';
import { signedByTable } from './signed-by-table.ts';
import { signerNamesReadLast } from './signer-names-read-last.ts';
import { withoutBareSignOff, withoutSigningHeading } from './signing-heading.ts';
import { isSigningRecord } from './signing-record.ts';
import { isStructural } from './structural-rows.ts';
import { titleContinuation } from './title-continuation.ts';
import { fileNameDate } from './file-name-date.ts';
import { visualRows } from './visual-rows.ts';
import { withWrappedBracketCells } from './wrapped-bracket-cells.ts';
import { withSigningRowsParted } from './signing-rows-run-together.ts';
import { withScheduleSpan } from './schedule-span.ts';
import { withWriterAttending } from './writer-among-attendees.ts';
import { decisionCell, decisionColumnOf } from './decision-column.ts';
import { decidesNothing } from './undecided-cells.ts';

export type SegmentInput = { pages: Page[] } | { text: string };
export interface SourceInfo {
  file: string;
  sha256?: string | null;
  pages: number;
}

function documentPages(input: SegmentInput): DocumentLine[][] {
  const pages = 'text' in input ? linesFromText(input.text) : input.pages.map(visualRows);
  // The e-signature record after a digitally signed protokoll is no part of the minutes.
  return pages.filter((page, k) => k === 0 || !isSigningRecord(page));
}

/** Every page without its running headers and footers, as one run of rows. */
function bodyLines(pages: DocumentLine[][]): DocumentLine[] {
  const running = withAttendanceKept(pages, findRunningLines(pages));
  return joinPages(pages.map((page, p) => page.filter((_, i) => !running[p]![i]).map(withoutRunningCells)));
}

/**
 * The body's rows put back in reading order, in this order: each step mends one way OCR (or a plain-text layout) reads
 * a printed table or column out of place, and leaves rows it does not recognise as they are.
 */
const READING_ORDER_REPAIRS: ReadonlyArray<(lines: DocumentLine[]) => DocumentLine[]> = [
  withSigningRowsParted,
  withWrappedBracketCells,
  withInlineAgendaPoints,
  withAgendaSideBySide,
  withAgendaColumnsReadApart,
  withDamagedNumberColumn,
  withAgendaColumnsReadLast,
  withLabelColumnReadFirst,
  withParagraphLabelColumn,
  withRightColumnReadLast,
  withHeadTableCells,
  withPeopleColumnReadAfter,
  withPeopleColumnReadLast,
  withMarginalHeadings,
];

// A title that is a whole sentence: a capital, four words or more with lower-case ones among them, a full stop.
const RUN_IN_SENTENCE = /^\p{Lu}\S*(?:\s+\S+)*\s+\p{Ll}\S*(?:\s+\S+){2,}[.!]$/u;

/**
 * Segments minutes into the Minutes structure. Fields the document does not
 * state stay null or empty; corrections and quality are left to the pipeline.
 */
export function segmentMinutes(input: SegmentInput, source: SourceInfo): Minutes {
  const pages = documentPages(input);
  // A printed e-mail: its subject is the title, the day it was sent dates the letter, and neither is the meeting's.
  const email = emailHeader(pages[0] ?? []);
  const firstPage = email ? withoutEmailHeader(pages[0] ?? [], email) : (pages[0] ?? []);
  const heading = readHeading(firstPage);
  const read = READING_ORDER_REPAIRS.reduce((rows, repair) => repair(rows), bodyLines(email ? withEmailHeaderBlanked(pages, email) : pages));
  const readHeadings = findItemHeadings(read);
  const displaced = withDisplacedFirstHeading(read, readHeadings) ?? (readHeadings.every((h) => h.title === '') ? withSignColumnReadLast(read) : null);
  const lines = displaced ?? read;
  const headings = displaced ? findItemHeadings(lines) : readHeadings;
  const firstItemLine = headings[0]?.line ?? lines.length;
  const tailStart = headings.length > 0 ? signatureStart(lines, headings[headings.length - 1]!.line + 1) : closingSignatureStart(lines);
  const headLines = lines.slice(0, Math.min(firstItemLine, tailStart));
  const headFields = parseHeadBlock(headLines);
  // A head that names no day leaves the meeting to a date, time and place table after the agenda, if there is one.
  const lastHeading = headings[headings.length - 1];
  const meetingTable = lastHeading && !headLines.some((l) => findDates(l.text).length > 0) ? meetingTableAfterAgenda(lines, lastHeading.line + 1, tailStart, heading.documentType === 'kallelse') : null;
  const fields = [...headFields, ...(meetingTable?.fields ?? []), ...trailingPeople(headFields, lines, headings)];

  // "… januari 2024 -" over "Ärende 6 …": a title that seems to break off never runs into the next heading.
  const headingRows = new Set(headings.map((h) => lines[h.line]));
  const endsTitle = (line: DocumentLine) => isStructural(line) || headingRows.has(line);
  const agenda = isAgendaList(lines, headings);
  // "§ 1 Val av justerare" / "Nämnden utser …": points with sentences under them are minutes, not a bare agenda.
  // "a) Hotell Ekbacken, utvidgad serveringstid." under a point: an older agenda's lettered sub-points end with a stop
  // too, but they are entries of the list, not notes; so does an older title wrapped onto the row below.
  const notesUnderPoints = headings.slice(0, -1).some((h, k) => lines.slice(h.line + 1 + titleContinuation(lines, h, endsTitle), headings[k + 1]!.line).some((l) => /\p{Ll}{2,}[.!?]\s*$/u.test(l.text) && !/^\s*\p{Ll}\)\.?\s/u.test(l.text)));
  // "Hej alla! Ungdomsrådet träffas tisdag 22/4 kl 17–19 …" over a bare agenda: an invitation that never says "kallelse".
  const invitation = heading.documentType === null && agenda && !notesUnderPoints && !fields.some((f) => PEOPLE_KINDS.includes(f.kind)) && (headLines.some((l) => INVITES.test(l.text)) || headings.some((h) => h.kind === 'timed'));
  const headingType = heading.documentType ?? (invitation ? 'kallelse' : null);
  const decisionColumn = decisionColumnOf(lines, headings);
  // "Reparation av skolans tak.": where the titles end with a full stop as a rule, a short last word's stop goes too.
  const printedTitles = headings.map((h) => {
    const continuation = titleContinuation(lines, h, endsTitle);
    return { continuation, printed: withoutTrailingReferenceText(withoutTrailingSpeckle([withoutTrailingSpeckle(h.title), ...lines.slice(h.line + 1, h.line + 1 + continuation).map((l) => withoutTrailingSpeckle(titleRowText(l, h)))].filter(Boolean).join(' '))) };
  });
  // "Punkt | Ärende | Handlingar" over "1 Val av justerare - s": under a table's header a dash apart at a title's end is the
  // next column's empty cell.
  if (headings[0] && underNumberColumn(lines, headings[0])) for (const t of printedTitles) t.printed = withoutEmptyCellDash(t.printed);
  const stoppedTitles = printedTitles.filter((t) => /\p{L}{4}\.$/u.test(t.printed)).length;
  const titlesEndInStops = stoppedTitles >= 3 && stoppedTitles * 2 >= headings.length;
  const items: Item[] = headings.map((h, k) => {
    const { continuation, printed: printedTitle } = printedTitles[k]!;
    // "Meddelanden.": older minutes end a title with a full stop, which is no part of it (an abbreviation's stop stays).
    // ". Riktlinje för …" under a bare sign: a speck before the title's capital is no part of it either.
    // "SN$74 = Individärenden": a speck read as an equals sign or tilde, too.
    // "§ 6" / "- Anmälan av …": the speck at the margin that titleContinuation let through before a bare sign's title.
    const title = (h.title === '' && continuation > 0 ? printedTitle.replace(/^[-–—]\s+(?=\p{Lu})/u, '') : printedTitle).replace(titlesEndInStops ? /(?<=(?:^|\s)(?!(?:kl|ang|enl|avd|kap|nr|st|ca|jfr|dnr|resp|tfn|fr|ex|mfl|mm|osv|bl|jmf|inkl|exkl)\.$)\p{Ll}{2,3}|\p{L}{4}|\d{4})\.$/u : /(?<=\p{L}{4}|\d{4})\.$/u, '').replace(/^[.,:;'"`|=~]+\s+(?=\p{Lu})|^["'“”„`](?=\p{Lu})/u, '');
    let end = k + 1 < headings.length ? headings[k + 1]!.line : Math.min(appendixStart(lines, h.line, tailStart), meetingTable?.start ?? lines.length);
    if (agenda && k + 1 === headings.length) {
      // The prose after an agenda list (practical notes, greetings) belongs to no point. Where the other points have
      // sentences of their own (short minutes), OCR's blank row under the last heading does not end it.
      const from = notesUnderPoints && isBlank(lines[h.line + continuation + 1] ?? documentLine(0, [])) ? h.line + continuation + 1 : h.line + continuation;
      const blank = lines.findIndex((l, i) => i > from && isBlank(l));
      if (blank !== -1 && blank < end) end = blank;
    }
    // "Informationsärenden" under the last row of a point: the next group's heading, not the point's.
    if (agenda) end = Math.max(h.line + 1 + continuation, beforeGroupHeadings(lines, h.line + 1 + continuation, end));
    // "skolplattform | klar vecka 9. Gruppen beslutade …": beside a wrapped title's rows, the next columns' words go on
    // with the point's notes.
    const besideTitle = lines.slice(h.line + 1, h.line + 1 + continuation).flatMap((l) => (l.cells.length > 1 && titleRowText(l, h) === l.cells[0] ? [documentLine(l.page, l.cells.slice(1), l.cellX?.slice(1))] : []));
    const own = [...besideTitle, ...lines.slice(h.line + 1 + continuation, end)];
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
    const cell = decisionColumn === null ? undefined : decisionCell(lines, h.line, end, decisionColumn);
    const nothing = cell !== undefined && decidesNothing(cell);
    if (cell && !nothing && /\p{L}{2,}/u.test(cell) && !decisions.some((d) => d.includes(cell) || cell.includes(d))) decisions.push(cell);
    return { number: h.number, title, text: joinLines(body), decisions };
  });

  // A head that gives the day without its year ("APT – tisdag 11 februari") takes it from the file name in the footer.
  const fileDay = fileNameDate(lines);
  const givenYear = headYear(headLines) ?? (fileDay === null ? null : Number(fileDay.slice(0, 4)));
  const meeting = withProgrammeStart(withAnnouncedPlace(
    withAgendaStart(
      withScheduleSpan(
        withClosingTime(withOpeningTime(withRunningDate(announcedMeeting(meetingFrom(fields, headerMeeting(firstPage, givenYear, email?.sent ?? signingDate(lines), headingType === 'kallelse'), yearReference(headLines, lines), headYear(headLines) === null && headingType !== 'kallelse'), lines, headingType === 'kallelse'), pages), lines), lines),
        lines,
        headings,
      ),
      lines,
      headings,
    ),
    headLines,
  ), lines, headings);
  const reference = meeting?.date ?? null;
  const documentType = inferType(headingType, headings, fields);
  // A kallelse names its chair and secretary in the head; they have not signed anything.
  const marked = withAbsenceMarks(people(fields, ['attendees', 'substitutes', 'others'], 'ersättare'));
  const listed = marked.present;
  const attendees = withRepeatsMerged(withFunctions(listed.length > 0 ? listed : teamInTitle(heading.title, firstPage), fields, documentType, hasSignatureLayout(headLines)));
  // "Till att jämte ordföranden justera protokollet valdes Erkki Lantto och Britt Nutti." names those who sign
  // "Justeras" too, so their names split a row where OCR closed the gap between two signatures.
  const known = [...attendees.map((p) => p.name), ...adjustersFrom(fields, items, [])];
  const headSignatures = documentType === 'kallelse' || !hasSignatureLayout(headLines) ? [] : parseSignatures(fromSignatureHeading(headLines), known);
  const tail = lines.slice(tailStart, signatureTailEnd(lines, tailStart));
  const signed = withoutSigningHeading(
    withoutBareSignOff([...headSignatures, ...parseSignatures(tail, known, { closing: true })].filter((s) => s.name === null || s.name === undefined || looksLikeName(s.name))),
  );
  // "Detta dokument har signerats elektroniskt" over a table of signers: the minutes' only signatures.
  const afterLastHeading = lines.slice(headings[headings.length - 1]?.line ?? 0);
  // Roles whose names OCR read only at the end of the document.
  const namesLast = signed.signatures.every((s) => !s.name) ? signerNamesReadLast(afterLastHeading) : null;
  const signatures = namesLast ?? (signed.signatures.length > 0 ? signed.signatures : signedByTable(afterLastHeading));

  return {
    schemaVersion: '1',
    source: { file: source.file, sha256: source.sha256 ?? null, pages: source.pages },
    documentType,
    title: heading.title,
    body: heading.body ?? (fields.find((f) => f.kind === 'body')?.values[0] ?? null),
    meeting,
    attendees: withWriterAttending(attendees, headLines, signatures, tail),
    absent: withoutRepeats([...people(fields, ['absent']), ...marked.away, ...replacedMembers(fields), ...exceptedMembers(fields)]),
    adjusters: adjustersFrom(fields, items, [...signatures, ...signed.adjusting.map((name) => ({ role: 'Justeras', name }))], tail.map((l) => l.text)),
    items,
    nextMeeting: nextMeetingOtherThan(nextMeetingFrom(fields, lines, items, reference), meeting),
    signatures,
    corrections: [],
  };
}
