import type { Person, Signature } from '../domain/index.ts';
import type { DocumentLine } from './document-lines.ts';

// "Med på mötet var Eva Ek (Björkskolan), Per Ås och jag själv.": the letter's writer counts herself among those who
// took part, by the pronoun only.
const WRITER_COUNTED_IN = /(?:^|[.!?]\s+)(?:[Mm]ed\s+på|[Vv]id|[Pp]å|I)\s+(?:mötet|träffen|sammanträdet)\s+(?:var|deltog|närvarade)\s+[^.!?]*\s(?:och|samt)\s+(?:jag|mig|undertecknad)(?:\s+själv)?\s*[.!]/u;

/**
 * The attendees with the writer of a letter-shaped minutes added, where the sentence that names who took part ends
 * "… och jag själv": the writer is the one who signs the letter. A title printed under the name in lower case
 * ("samordnare för elevhälsan") is her role; a signing label ("Vid anteckningarna") is none.
 */
export function withWriterAttending(attendees: Person[], headLines: readonly DocumentLine[], signatures: readonly Signature[]): Person[] {
  const head = headLines.map((l) => l.text.trim()).join(' ');
  if (attendees.length === 0 || !WRITER_COUNTED_IN.test(head)) return attendees;
  const signers = signatures.filter((s) => s.name);
  if (signers.length !== 1) return attendees;
  const writer = signers[0]!;
  if (attendees.some((p) => p.name.toLowerCase() === writer.name!.toLowerCase())) return attendees;
  return [...attendees, { name: writer.name!, organisation: null, role: /^\p{Ll}/u.test(writer.role) ? writer.role : null }];
}
