import type { Signature } from '../domain/index.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { isSignedName } from './signer-names.ts';
import { SIGNING_LINE_WORDS_SOURCE } from './signing-roles.ts';

// "Sekreterare", "Ordförande .", "Justerare": a signing role alone on its row, OCR's specks after it aside.
const ROLE_ONLY = new RegExp(String.raw`^\s*(${SIGNING_LINE_WORDS_SOURCE})\s*[.:,;|'"\x60]*\s*$`, 'iu');

/**
 * "Sekreterare" / "Ordförande" / "Justerare" … and, after the rest of the page, "Eva Ek" / "Per Lind" / "Bo Ås": OCR read
 * the signing block's column of roles before the column of names, which then ends the document. A run of two or more
 * rows of bare roles and exactly as many rows of bare names last in the document pair up in order; null where the
 * document does not read so.
 */
export function signerNamesReadLast(lines: readonly DocumentLine[]): Signature[] | null {
  const rows = lines.filter((line) => !isBlank(line));
  let runEnd = -1;
  let run: string[] = [];
  for (const [k, row] of rows.entries()) {
    const role = row.cells.length === 1 ? ROLE_ONLY.exec(row.cells[0]!) : null;
    if (role) {
      if (runEnd !== k - 1) run = [];
      run.push(role[1]!);
      runEnd = k;
    }
  }
  if (run.length < 2) return null;
  const names = rows.slice(-run.length);
  const before = rows[rows.length - run.length - 1];
  const bare = (row: DocumentLine) => row.cells.length === 1 && isSignedName(row.cells[0]!.trim());
  if (rows.length - run.length <= runEnd || !names.every(bare) || (before !== undefined && bare(before))) return null;
  return run.map((role, k) => ({ role, name: names[k]!.cells[0]!.trim() }));
}
