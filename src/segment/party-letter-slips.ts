// Older minutes print a member's party in small letters in brackets: "(s)", "(c)", "(fp)". OCR of a typewritten page
// reads a small s or c, the same shape in both cases, twice ("(sS)", "(cC)"), and the f of "(fp)" as a pound sign
// ("(£p)"). No party is written with a letter and its own capital, nor with a currency sign.
const DOUBLED_LETTER = /\((\p{Ll})(\p{Lu})\)/gu;
const POUND_FOR_F = /\(£(\p{Ll}{1,2})\)/gu;

/** The party brackets of a row of people with OCR's doubled small letter and pound-sign f read back. */
export function withPartyLetterSlips(row: string): string {
  return row
    .replace(DOUBLED_LETTER, (whole, small: string, capital: string) => (small.toUpperCase() === capital ? `(${small})` : whole))
    .replace(POUND_FOR_F, '(f$1)');
}
