import type { DocumentLine } from './document-lines.ts';

// "KL | Karin Lund, rektor": a people list keyed by the initials the notes use later ("Ansvarig: KL"), printed in a
// column of their own before each name. The initials are no person; only letters that spell the name after them
// count, so a short organisation or label in a first column ("KS | Kommunstyrelsen") stays.
const INITIALS = /^\p{Lu}{2,3}$/u;
// The name the initials belong to: two or three capitalised words, hyphened parts each with their own capital.
const NAME_START = /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?))(?:\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?))?(?=$|[\s,(])/u;

function initialsOf(words: readonly string[]): string[] {
  // "Anna-Lena Berg": AB or ALB; "Per Olof Ek": POE or PE.
  const firsts = words.map((w) => w.split('-').map((p) => p[0]!).join(''));
  const plain = words.map((w) => w[0]!);
  const spellings = new Set([firsts.join(''), plain.join(''), `${plain[0]}${plain[plain.length - 1]}`, `${firsts[0]}${plain[plain.length - 1]}`]);
  return [...spellings];
}

/** True when `initials` spell the person's name that opens `text`. */
export function initialsSpellName(initials: string, text: string): boolean {
  const m = NAME_START.exec(text.trim());
  if (!m || !INITIALS.test(initials)) return false;
  const words = m.slice(1).filter((w): w is string => !!w);
  return initialsOf(words).some((s) => s.toUpperCase() === initials.toUpperCase());
}

/**
 * The row without its initials: "KL | Karin Lund, rektor" and, where OCR closed the gap, "KL Karin Lund, rektor" read
 * as "Karin Lund, rektor". Any other row comes back as it was.
 */
export function withoutInitialsBeforeName(line: DocumentLine): DocumentLine {
  const first = line.cells[0]?.trim() ?? '';
  if (line.cells.length >= 2 && initialsSpellName(first, line.cells[1]!)) {
    const cells = line.cells.slice(1);
    return { ...line, cells, text: cells.join(' '), ...(line.cellX ? { cellX: line.cellX.slice(1) } : {}) };
  }
  const glued = /^\s*(\p{Lu}{2,3})\s+(?=\p{Lu}\p{Ll})/u.exec(first);
  if (glued && initialsSpellName(glued[1]!, first.slice(glued[0].length))) {
    const cells = [first.slice(glued[0].length), ...line.cells.slice(1)];
    return { ...line, cells, text: cells.join(' ') };
  }
  return line;
}
