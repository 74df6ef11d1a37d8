import type { Person, Signature } from '../domain/index.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';

// "Med på mötet var Eva Ek (Björkskolan), Per Ås och jag själv.": the letter's writer counts herself among those who
// took part, by the pronoun only.
const WRITER_COUNTED_IN = /(?:^|[.!?]\s+)(?:[Mm]ed\s+på|[Vv]id|[Pp]å|I)\s+(?:mötet|träffen|sammanträdet)\s+(?:var|deltog|närvarade)\s+[^.!?]*\s(?:och|samt)\s+(?:jag|mig|undertecknad)(?:\s+själv)?\s*[.!]/u;

/**
 * The attendees with the writer of a letter-shaped minutes added, where the sentence that names who took part ends
 * "… och jag själv": the writer is the one who signs the letter. A title printed under the name in lower case
 * ("samordnare för elevhälsan") is her role, and the office on the row under it her organisation; a signing label
 * ("Vid anteckningarna") is no role.
 */
export function withWriterAttending(attendees: Person[], headLines: readonly DocumentLine[], signatures: readonly Signature[], tail: readonly DocumentLine[] = []): Person[] {
  const head = headLines.map((l) => l.text.trim()).join(' ');
  if (attendees.length === 0 || !WRITER_COUNTED_IN.test(head)) return attendees;
  const signers = signatures.filter((s) => s.name);
  if (signers.length !== 1) return attendees;
  const writer = signers[0]!;
  if (attendees.some((p) => p.name.toLowerCase() === writer.name!.toLowerCase())) return attendees;
  const role = /^\p{Ll}/u.test(writer.role) ? writer.role : null;
  return [...attendees, { name: writer.name!, organisation: role === null ? null : officeUnderTitle(tail, role), role }];
}

// "Barn- och utbildningskontoret, Sollentuna kommun": a mail signature's office, a capitalised row of words with no
// figure or address in it (a telephone number or an e-mail address is no office).
const OFFICE_ROW = /^\s*\p{Lu}[^\d@]{2,80}$/u;

/** The row right under the writer's title in the signature, when it names an office. */
function officeUnderTitle(tail: readonly DocumentLine[], title: string): string | null {
  // "samordnare för elevhälsan s": OCR's speck may trail the title's row.
  const at = tail.findIndex((l) => l.text.trim().startsWith(title));
  const below = at < 0 ? undefined : tail.slice(at + 1).find((l) => !isBlank(l));
  return below && below.cells.length === 1 && OFFICE_ROW.test(below.text) ? below.text.trim() : null;
}
