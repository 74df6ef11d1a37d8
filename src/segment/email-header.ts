import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';
import { findDates } from './swedish-dates.ts';

/**
 * A kallelse or minutes sent by e-mail and printed before scanning opens with the mail program's header:
 * "Från: Karin Lind" / "Skickat: den 20 november 2025 10:14" / "Till: …" / "Ämne: Kallelse till nätverksträff".
 * The subject names the document; the day it was sent dates the letter, not the meeting.
 */
export interface EmailHeader {
  /** Indices of the header's rows on the first page. */
  rows: number[];
  subject: string | null;
  /** YYYY-MM-DD the mail was sent. */
  sent: string | null;
}

// "Från:", "Skickat:", "Till:", "Kopia:", "Ämne:", as Swedish mail programs print them; "Från/From", "Ämne/Subject".
// OCR may put a speck before a row's label ('"Datum: 27 januari …').
const HEADER_ROW = /^\s*(?:[^\p{L}\d\s]{1,2}\s*)?(från|from|skickat|sent|datum|date|till|to|kopia|cc|ämne|subject|bifogade\s+filer)\s*:\s*(.*)$/iu;

// "SV: Minnesanteckningar …", "VB: Fw: Anteckningar …": a reply's or a forward's marks before the subject name nothing.
const REPLY_PREFIX = /^\s*(?:(?:sv|vb|re|fw|fwd|vs|aw|wg)\s*:\s*)+/iu;

function withoutReplyPrefix(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').trim();
}

export function emailHeader(firstPage: readonly DocumentLine[]): EmailHeader | null {
  const rows: number[] = [];
  const fields = new Map<string, string>();
  for (const [index, line] of firstPage.entries()) {
    // OCR may put a blank row between the header's rows.
    if (isBlank(line)) continue;
    const m = HEADER_ROW.exec(line.text);
    if (!m) break;
    rows.push(index);
    fields.set(m[1]!.toLowerCase().replace(/\s+/g, ' '), m[2]!.trim());
  }
  const has = (...keys: string[]) => keys.some((k) => fields.has(k));
  // The sender and the subject (or the day sent) together; a minutes head never labels "Från:" and "Ämne:".
  if (rows.length < 3 || !has('från', 'from') || !has('ämne', 'subject', 'skickat', 'sent')) return null;
  const sentText = fields.get('skickat') ?? fields.get('sent') ?? fields.get('datum') ?? fields.get('date') ?? '';
  const sent = findDates(sentText).find((d) => d.explicitYear)?.iso ?? null;
  const subject = fields.get('ämne') ?? fields.get('subject') ?? null;
  return { rows, subject: subject === null ? null : withoutReplyPrefix(subject) || null, sent };
}

/** The first page without the mail header, its subject standing where a document's title would. */
export function withoutEmailHeader(firstPage: readonly DocumentLine[], header: EmailHeader): DocumentLine[] {
  const page = firstPage.map((line, index) => (header.rows.includes(index) ? documentLine(line.page, []) : line));
  return header.subject ? [documentLine(firstPage[0]?.page ?? 1, [header.subject]), ...page] : page;
}

/**
 * The pages with the mail header's rows left blank: "Datum: 27 januari 2025 09:14" there is when the mail was sent, so
 * the head must not read it as the meeting's day and hour.
 */
export function withEmailHeaderBlanked(pages: readonly DocumentLine[][], header: EmailHeader): DocumentLine[][] {
  return pages.map((page, p) => (p === 0 ? page.map((line, index) => (header.rows.includes(index) ? documentLine(line.page, []) : line)) : [...page]));
}
