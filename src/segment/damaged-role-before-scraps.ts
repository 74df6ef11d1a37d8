import { type DocumentLine, documentLine } from './document-lines.ts';
import { similarity } from '../text/edit-distance.ts';
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
