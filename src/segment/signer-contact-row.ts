import type { DocumentLine } from './document-lines.ts';

// "anna.ek@forbundet.se", and OCR's "anna. ekQforbundet. se": an e-mail address, its "@" read as a letter or sign and
// its stops spaced.
const EMAIL = /(?:[\w+-]+\.\s?)*[\w+-]+\s?[@Q©®]\s?[\w-]+(?:\.\s?[\w-]+)*\.\s?(?:se|nu|com|org|net|eu|info|fi)\b/u;
// "0150-48 80 12", "08-123 456 78", "070-123 45 67": a Swedish phone number with its area code.
const PHONE = /(?<!\d)0\d{1,3}\s?[-–/]\s?\d{2,3}(?:\s?\d{2,3}){1,3}(?!\d)/u;
const CONTACT_WORDS = /^(?:tel|tfn|telefon|mobil|mob|e-post|epost|mejl|mail)[.:]?$/iu;

/**
 * "Anna Ek, förbundschef" / "anna.ek@forbundet.se, 0150-48 80 12": the e-mail address and phone number under the
 * name that signs a letter, with nothing else on the row, as an e-mail signature prints them.
 */
export function isSignerContactRow(line: DocumentLine): boolean {
  const text = line.text.trim();
  if (!EMAIL.test(text) && !PHONE.test(text)) return false;
  const rest = text.replace(EMAIL, ' ').replace(PHONE, ' ').split(/[\s,;|]+/u).filter(Boolean);
  return rest.every((word) => CONTACT_WORDS.test(word));
}
