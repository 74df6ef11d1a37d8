import { type DocumentLine, documentLine } from './document-lines.ts';
import { editDistance, similarity } from '../text/edit-distance.ts';
import { isLeaderScraps } from './signing-line-scraps.ts';

// The words a signing row opens with. Only long ones: a short word misread two letters over could be anything.
const SIGNING_ROLES = ['Sekreterare', 'Ordförande', 'Justerare', 'Justerande', 'Protokollförare', 'Mötesordförande'];

function plainLetters(word: string): string {
  return word.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
}

/**
 * "Öekteteräré ooo meressensonnnrnnnn": a signing row's role damaged past reading, the dotted signing line after it read
 * as letters. Beside such scraps the first word can only be a role, so the role it is nearest to (two letters off at
 * most) is taken as printed. Any other row is returned as it is.
 */
export function withDamagedRoleBeforeScraps(line: DocumentLine): DocumentLine {
  if (line.cells.length !== 1) return line;
  const m = /^\s*[^\p{L}]*(\p{L}{8,}\.?)\s+(.+)$/u.exec(line.cells[0]!);
  if (!m || !isLeaderScraps(m[2]!)) return line;
  const word = plainLetters(m[1]!);
  if (SIGNING_ROLES.some((r) => plainLetters(r) === word)) return line;
  const scored = SIGNING_ROLES.map((r) => ({ r, s: similarity(plainLetters(r), word) })).sort((a, b) => b.s - a.s);
  const role = scored[0]!.s >= 0.8 ? scored[0]!.r : null;
  return role ? documentLine(line.page, [`${role} ${m[2]!}`], line.cellX) : line;
}

// "Oråförande.", "J usterande '": one role word, OCR's specks after it, its capital perhaps set apart by a gap.
const ROLE_CELL = /^[^\p{L}]*(\p{Lu})(\s?)(\p{Ll}{7,})[\s.'"`’,:;|]*$/u;
const SPECK_CELL = /^\s*(?:[^\p{L}]*|\p{Ll}{1,2})\s*$/u;

/**
 * "Oråförande. | J usterande '": a row of the signing block's roles, each misread by a letter or split after its capital,
 * with specks after it. Where every cell that holds words is one word a letter from a role, the row is those roles as
 * printed, for the names under it to sign as. Any other row is returned as it is.
 */
export function withMisreadRoleCells(line: DocumentLine): DocumentLine {
  const words = line.cells.filter((c) => !SPECK_CELL.test(c));
  if (words.length === 0) return line;
  const roles = words.map((cell) => {
    const m = ROLE_CELL.exec(cell);
    if (!m) return null;
    const word = plainLetters(`${m[1]}${m[3]}`);
    const near = SIGNING_ROLES.filter((r) => editDistance(plainLetters(r), word) <= 1);
    return near.length === 1 ? near[0]! : (SIGNING_ROLES.find((r) => plainLetters(r) === word) ?? null);
  });
  if (roles.some((r) => r === null) || roles.every((r, k) => words[k]!.trim() === r)) return line;
  return documentLine(line.page, roles as string[], undefined);
}
