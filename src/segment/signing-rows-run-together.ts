import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';
import { SIGNER_ROLE_SOURCE } from './signing-roles.ts';

// One signing role as a word of its own ("vice" before the chair is read apart), or "Justeras".
const ROLE_WORD = new RegExp(`^(?:${SIGNER_ROLE_SOURCE}|justeras)$`, 'iu');
// What OCR leaves in the gap between two printed columns: a stop, a colon, a bar, a dash.
// '">': a quote and an angle, a speck read as two.
const GAP_SPECK = /^[.:,;|'"`~\-—–_<>«»]+$/u;
// A word of a name: a capital, then letters (a hyphen or an apostrophe inside).
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/** "Sekreterare Ordförande : Justerande" as its roles, or null where the row is anything else. */
function rolesRunTogether(line: DocumentLine): string[] | null {
  if (line.cells.length !== 1) return null;
  const words = line.cells[0]!.split(/\s+/).filter((w) => w.length > 0 && !GAP_SPECK.test(w));
  const roles: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (/^vice$/iu.test(word) && /^ordförande$/iu.test(words[k + 1] ?? '')) {
      roles.push(`${word} ${words[++k]}`);
    } else if (ROLE_WORD.test(word)) roles.push(word);
    else return null;
  }
  return roles.length >= 2 ? roles : null;
}

/** "Eva Ek Per Lind Bo Ås" as `count` two-word names, or null where the row does not read so. */
function namesRunTogether(line: DocumentLine | undefined, count: number): string[] | null {
  if (!line || line.cells.length !== 1) return null;
  const words = line.cells[0]!.split(/\s+/).filter((w) => w.length > 0 && !GAP_SPECK.test(w));
  if (words.length !== 2 * count || !words.every((w) => NAME_WORD.test(w))) return null;
  return Array.from({ length: count }, (_, k) => `${words[2 * k]} ${words[2 * k + 1]}`);
}

/** The nearest row above or below `index`, over one blank row at most. */
function neighbour(lines: readonly DocumentLine[], index: number, step: 1 | -1): number {
  const next = index + step;
  return lines[next] && isBlank(lines[next]!) ? next + step : next;
}

/**
 * "Sekreterare Ordförande Justerande" over "Eva Ek Per Lind Bo Ås": OCR closed the gaps between the columns of a signing
 * table, so each row came out as one cell. A row of two or more signing roles and nothing else, beside a row of exactly
 * two capitalised words per role (above or below it, over one blank row at most), are parted into their columns again.
 */
export function withSigningRowsParted(lines: readonly DocumentLine[]): DocumentLine[] {
  const out = [...lines];
  for (const [k, line] of lines.entries()) {
    const roles = rolesRunTogether(line);
    if (!roles) continue;
    for (const step of [1, -1] as const) {
      const at = neighbour(lines, k, step);
      const names = namesRunTogether(out[at], roles.length);
      if (!names) continue;
      out[k] = documentLine(line.page, roles);
      out[at] = documentLine(out[at]!.page, names);
      break;
    }
  }
  return out;
}
