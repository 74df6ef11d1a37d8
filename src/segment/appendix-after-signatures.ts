import { type DocumentLine, isBlank } from './document-lines.ts';

// "Bilaga 1", "Bilaga 2 till § 33", "Bilaga till § 46", "BILAGA 1. Villkor för dispensen", "Bilaga: Kollektplan",
// "Bil. 3": the heading of an appendix printed after the minutes. "Bilagor" (plural) lists them and is no heading.
const APPENDIX_HEADING = /^(?:[Bb]ilaga|BILAGA|[Bb]il\.)(?:\s*(?:[Nn]r\.?\s*)?(?:\d{1,2}|\p{Lu})(?![\p{L}\d]))?(?:\s*(?:[:.–—-]|till\b|TILL\b)\s*.*)?$/u;

/** True for a row that opens an appendix: "Bilaga 2", "Bilaga 1 till § 33 Villkor …", with no sentence of its own. */
export function isAppendixHeading(line: DocumentLine): boolean {
  // "Bilaga 2 | so": a cell of a letter or two, or of specks, beside it is the page read as text.
  const cells = line.cells.filter((cell, k) => k === 0 || !/^(?:\p{Ll}{1,2}|[^\p{L}\d]+)$/u.test(cell.trim()));
  if (cells.length === 0 || cells.length > 2) return false;
  const text = cells.join(' ').replace(/\s+[^\p{L}\d]+$/u, '').trim();
  return text.split(/\s+/).length <= 12 && !/[.!?]$/u.test(text) && APPENDIX_HEADING.test(text);
}

/**
 * Where the signature block ends: at the first appendix heading after it has begun. What an appendix holds after the
 * signatures ("Ordförande: Eva Ek" in the board it lists, a table of figures) was never signed.
 */
export function signatureTailEnd(lines: readonly DocumentLine[], tailStart: number): number {
  let begun = false;
  for (let i = tailStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (begun && isAppendixHeading(line)) return i;
    begun = true;
  }
  return lines.length;
}

/**
 * Where an appendix printed after the last item begins, in minutes that close without signatures: an appendix heading
 * after a blank row with rows of its own under it ("Bilaga 1. Tidplan" / "1. Kartläggning …" / "2. Utkast …"); `end`
 * when there is none. A lone "Bilaga 1 Tjänsteskrivelse" at the item's foot is the item's reference to it.
 */
export function appendixStart(lines: readonly DocumentLine[], from: number, end: number): number {
  for (let i = from + 1; i < end; i++) {
    if (!isBlank(lines[i - 1]!) || !isAppendixHeading(lines[i]!)) continue;
    if (lines.slice(i + 1, end).filter((line) => !isBlank(line)).length >= 2) return i;
  }
  return end;
}
