import { trailingNumberColumnHeadings } from './trailing-number-column.ts';
import { dashedAgendaHeadings } from './dashed-agenda.ts';
import { withoutKindColumn } from './agenda-kind-column.ts';
import { underNumberColumn, withMisreadFirstRow, withoutPageColumn } from './agenda-table-header.ts';
import { withoutContentsEntries, withoutLeaders } from './contents-list.ts';
import type { DocumentLine } from './document-lines.ts';
import { bestChain } from './heading-chains.ts';
import { misreadNumberColumn } from './misread-number-column.ts';
import type { ItemHeading } from './item-heading.ts';
import { candidateFrom, signAfterCandidate } from './item-heading-rows.ts';
import { fillNumberedGaps, repeatedLater, withBareLead, withStoppedTail, withSubHeadings } from './numbered-chain.ts';
import { isReferencedParagraph } from './referenced-lone-paragraph.ts';
import { withLoneFiguresBridged } from './lone-figures-in-number-column.ts';
import { fillParagraphGaps, pickParagraphChain, withParagraphLead, withParagraphTail } from './paragraph-chain.ts';
import { withoutBareReferences, withoutHeaderlessNotes, withoutNextColumn, withoutPresenters } from './point-table-columns.ts';
import { withRestartingSeries } from './restarting-series.ts';
import { withRunInTitle } from './run-in-titles.ts';
import { withLostNumberColumn } from './lost-number-column.ts';
import { withLookalikeTail } from './lookalike-tail-number.ts';
import { romanChainAcrossDamage } from './roman-numeral-damage.ts';
import { timedProgrammeHeadings } from './timed-programme.ts';
import { proseSectionHeadings } from './prose-section-headings.ts';

/**
 * The item headings of a document. A § protokoll's paragraphs win over
 * numbered points (which are then lists inside paragraphs); otherwise the
 * numbered agenda points are the items.
 */
export function findItemHeadings(lines: readonly DocumentLine[], from = 0): ItemHeading[] {
  const chosen = chooseItemHeadings(lines, from);
  // A programme that numbers none of its points gives them only by the times they start.
  const timed = chosen.length < 2 ? timedProgrammeHeadings(lines, from) : [];
  if (timed.length > chosen.length) return timed;
  // An agenda of dashes under its heading numbers nothing, so any numbers read elsewhere are no chain of points.
  const dashed = chosen.length < 2 ? dashedAgendaHeadings(lines, from) : [];
  if (dashed.length > chosen.length) return dashed;
  const numberedLast = trailingNumberColumnHeadings(lines, from);
  if (numberedLast.length > chosen.length) return numberedLast;
  // Notes written as a letter head their sections with words alone.
  const prose = chosen.length === 0 ? proseSectionHeadings(lines, from) : [];
  if (prose.length > 0) return prose;
  return withoutPageColumn(lines, withoutPresenters(lines, withoutBareReferences(lines, withoutHeaderlessNotes(lines, withoutNextColumn(lines, withoutKindColumn(lines, chosen)))))).map(withRunInTitle).map(withoutLeaders);
}

const GAP_READ_AS_DASH = /^\s*\d{1,2}\s+[–—-]\s+\p{Lu}/u;

function chooseItemHeadings(lines: readonly DocumentLine[], from: number): ItemHeading[] {
  const rows: ItemHeading[] = [];
  for (let i = from; i < lines.length; i++) {
    const c = candidateFrom(lines[i]!, i);
    if (c) rows.push(c);
    const signAfter = signAfterCandidate(lines[i]!, i);
    if (signAfter) rows.push(signAfter);
  }
  const candidates = withoutContentsEntries(rows);
  // "31 | Mötets laglighet" under "§ | Ärende": the column's heading holds the sign, so "31" is the number 31 and not
  // "§1" read with its sign as a figure.
  // "1 — Val av justerare" between "2 Godkännande …" rows: OCR read the gap after a bare number as a dash.
  const columnRows = candidates.filter((c) => c.kind === 'bare' || (c.kind === 'numbered' && GAP_READ_AS_DASH.test(lines[c.line]!.cells[0] ?? '')));
  const numberColumn = withLoneFiguresBridged(lines, bestChain(columnRows), columnRows);
  const rescued = withLostNumberColumn(lines, numberColumn);
  if (rescued.length >= 3 && rescued.length > numberColumn.length) return withSubHeadings(lines, fillNumberedGaps(rescued, candidates, lines));
  if (numberColumn.length >= 3 && underNumberColumn(lines, numberColumn[0]!) && !repeatedAsNumbered(numberColumn, candidates)) {
    return withSubHeadings(lines, withStoppedTail(fillNumberedGaps(withMisreadFirstRow(lines, numberColumn), candidates, lines), candidates));
  }
  const paragraphs = withParagraphTail(lines, withParagraphLead(lines, fillParagraphGaps(lines, pickParagraphChain(candidates, lines))));
  // "Mhn § 45 | Dnr 1996.123": the body's abbreviation before a printed sign, as in older protokoll.
  if (paragraphs.length >= 1 && paragraphs.some((p) => /^\s*(?:\p{Lu}\p{L}{1,5}\s+)?§/u.test(lines[p.line]!.cells[0] ?? '')) ) return paragraphs;
  if (paragraphs.length >= 2) return paragraphs;
  // "8 94 | Dnr KS 21/0412": an extract's one paragraph with its sign misread, vouched for by its case reference.
  if (paragraphs.length === 1 && isReferencedParagraph(lines, paragraphs[0]!)) return paragraphs;
  const numbered = withBareLead(bestChain(candidates.filter((c) => c.kind === 'numbered')), candidates, lines);
  // Points numbered "I.", "II." or "a)", "b)" are the document's items only as a chain of three from the first,
  // longer than any chain of Arabic numbers (otherwise they are sub-points inside items).
  for (const kind of ['roman', 'lettered'] as const) {
    const chain = (kind === 'roman' ? romanChainAcrossDamage(lines, candidates) : null) ?? bestChain(candidates.filter((c) => c.kind === kind));
    if (chain.length >= 3 && chain[0]!.order === 1 && chain.length > numbered.length) return chain;
  }
  // "6:o Fråga om …", "7:o Anmälan …" under "… följande ärenden:": OCR lost the numbers of the points above them.
  const numberedLead = numbered.length >= 2 ? withLostNumberColumn(lines, numbered) : numbered;
  if (numberedLead.length > numbered.length) return withSubHeadings(lines, numberedLead);
  if (numbered.length >= 2) return withRestartingSeries(lines, withSubHeadings(lines, withLookalikeTail(lines, repeatedLater(fillNumberedGaps(numbered, candidates, lines), candidates), candidates)), candidates);
  // Bare numbers ("2 Budgetuppföljning") are headings only as a chain of three or more starting at 1 (or under a
  // column headed "§" or "Nr" that says they are numbers, above).
  const bare = bestChain(candidates.filter((c) => c.kind === 'bare'));
  if (bare.length >= 3 && bare[0]!.number === '1' && paragraphs.length === 0) return withSubHeadings(lines, bare);
  // "Nr | Rubrik" over "i Vaccinationsläget", "2 Bemanning", "«8 Ekonomi", "4 Nästa möte": the column's figures in part misread.
  const misread = numbered.length === 0 && paragraphs.length === 0 ? misreadNumberColumn(lines, from) : null;
  if (misread) return withSubHeadings(lines, misread);
  return paragraphs.length ? paragraphs : withSubHeadings(lines, numbered);
}

/**
 * "Punkt | Ärende | Ansvarig" over "1 | Mötets öppnande | …" and then "Anteckningar" / "1. Mötets öppnande" / notes: an
 * agenda table printed before the minutes, whose points come again numbered with a stop over their notes; those are
 * the items.
 */
function repeatedAsNumbered(table: readonly ItemHeading[], candidates: readonly ItemHeading[]): boolean {
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
  const last = table[table.length - 1]!.line;
  const later = candidates.filter((c) => c.kind === 'numbered' && c.line > last);
  // The table's titles may carry the next column's words where OCR closed the gap, the notes' titles the notes; and OCR
  // may damage either, so most of the points, not all, must come again, with the same opening letters.
  const opens = (a: string, b: string) => {
    const n = Math.min(a.length, b.length, 12);
    return n >= 5 && a.slice(0, n) === b.slice(0, n);
  };
  const again = table.filter((h) => later.some((c) => c.number === h.number && opens(key(c.title), key(h.title))));
  return again.length >= 2 && again.length >= 0.6 * table.length;
}
