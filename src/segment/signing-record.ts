import type { DocumentLine } from './document-lines.ts';

// "Verifikat" / "Transaktion 09222115557501234567" / "Signerade 2025-09-19 09:14:40 CEST": the record an e-signature
// service appends after the signed document. It repeats the signers with their e-mail addresses and times, and says
// nothing of the meeting.
const RECORD_HEADING = /^\s*(?:verifikat|verifikation|signeringsintyg|signeringsbevis|transaktion\s+\d{8,})\s*$/iu;
const SIGNED_AT = /^\s*(?:signerade|signerat|undertecknade|skickat|färdigställt|startades)\b.*\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}/iu;

/** A page that is an e-signature service's record: its heading near the top, and two or more signing times. */
export function isSigningRecord(page: readonly DocumentLine[]): boolean {
  const rows = page.filter((line) => line.cells.length > 0);
  return rows.slice(0, 4).some((line) => RECORD_HEADING.test(line.text)) && rows.filter((line) => SIGNED_AT.test(line.text)).length >= 2;
}
