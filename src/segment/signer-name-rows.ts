import type { Signature } from '../domain/index.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { similarity } from '../text/edit-distance.ts';
import { signatureRoles } from './signature-role-rows.ts';
import { isFiller, isSignedName, stripFiller } from './signer-names.ts';
import { NOTE_KEEPING_PHRASE_SOURCE, SIGNER_ROLE_SOURCE } from './signing-roles.ts';

// "Linda Sundqvist, vid pennan": the note-taker's phrase after the name, as a role after it.
// "Emma Lindqvist, fritidsledare": a title of the one who calls the meeting, under an invitation.
// "Anna Ek, sammankallande": who convenes a network signs its notes.
// "Eva Lind; sekreterare": OCR reads the comma between the name and the title as a semicolon.
export const NAME_WITH_ROLE = new RegExp(String.raw`^\s*(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3})\s*[,;]\s*(${SIGNER_ROLE_SOURCE}|(?:vice\s+)?\p{L}*(?:ledare|chef|samordnare|handläggare|rektor|direktör|strateg)|${NOTE_KEEPING_PHRASE_SOURCE})\s*$`, 'iu');

// "Birgit Hallén, ordförande Osman Farah, justerare": where a role ends and the next signer's name begins.
const SIGNERS_CLOSED_UP = new RegExp(String.raw`(?<=${SIGNER_ROLE_SOURCE})\s+(?:[|:;]+\s+)?(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu})`, 'iu');

/**
 * "Eva Lind, sekreterare" or "Eva Lind, ordförande   Olle Ek, justerare": a row
 * where every cell is a signed name with its role, or null.
 */
export function namesWithRoles(line: DocumentLine): Signature[] | null {
  // "Birgit Hallén, ordförande Osman Farah, justerare": two signers in one cell where OCR closed the column gap.
  // "Lena Berg, justerare | Kjell Nord, justerare": a speck read as a bar in the gap between the two.
  const cells = line.cells
    .filter((c) => !isFiller(c))
    .flatMap((c) => c.split(SIGNERS_CLOSED_UP));
  if (cells.length === 0) return null;
  const signed = cells.map((c) => NAME_WITH_ROLE.exec(c));
  if (!signed.every((m) => m !== null && isSignedName(m[1]!))) return null;
  return signed.map((m) => ({ role: m![2]!, name: m![1]! }));
}

// "Minnesanteckningar: Lina Berg", "Anteckningar: Per Ek": who kept the notes, named after the document's own word.
const NOTES_BY = /^\s*((?:minnes)?anteckningar)\s*:\s*(\p{Lu}[^,;:]*?)\s*$/iu;

/** The note-taker's row closing the notes ("Minnesanteckningar: Lina Berg"), or null. */
export function notesBy(line: DocumentLine): Signature[] | null {
  const m = line.cells.length === 1 ? NOTES_BY.exec(line.text) : null;
  return m && isSignedName(m[2]!) ? [{ role: m[1]!, name: m[2]! }] : null;
}

/** Words of a name row without OCR speckles: lower-case scraps ("kr", "i") that no name starts with. */
export function nameWords(text: string): string[] | null {
  // "Lars Sund: Mia Holm": a speck read as punctuation after a name's last word.
  const words = text.split(' ').map((w) => w.replace(/(?<=\p{L})[:;|]+$/u, '')).filter(Boolean);
  const kept = words.filter((w) => /^\p{Lu}/u.test(w) || /^(?:af|von|van|de|di|la|el|der)$/.test(w));
  // A row with real lower-case words is prose ("Nästa möte den 21 september …"), not names.
  if (words.some((w) => !kept.includes(w) && w.length > 2)) return null;
  return kept;
}

/** Splits a run of words into known names where they appear in order, e.g. the attendees. */
export function splitByKnown(words: string[], wanted: number, known: readonly string[]): string[] | null {
  const names: string[] = [];
  let at = 0;
  while (at < words.length && names.length < wanted) {
    const match = known
      .map((name) => name.split(' ').length)
      .filter((length) => at + length <= words.length)
      .find((length) => known.some((name) => similarity(name.toLowerCase(), words.slice(at, at + length).join(' ').toLowerCase()) >= 0.85));
    if (match === undefined) return null;
    names.push(words.slice(at, at + match).join(' '));
    at += match;
  }
  return names.length === wanted && at === words.length ? names : null;
}

/**
 * "Åke-Tornberg . Rut Olander": OCR can read the space inside a name as a hyphen. Where the row splits into known
 * names only with such hyphens as spaces, each name is given as the list of those present spells it.
 */
function knownAcrossSpeckHyphens(words: string[], wanted: number, known: readonly string[]): string[] | null {
  const spaced = words.flatMap((w) => w.split(/(?<=\p{Ll})-(?=\p{Lu})/u));
  if (spaced.length === words.length) return null;
  const names = splitByKnown(spaced, wanted, known);
  if (!names) return null;
  return names.map((name) => known.find((k) => similarity(k.toLowerCase(), name.toLowerCase()) >= 0.85) ?? name);
}


/**
 * Names written side by side without a visible gap: split at known names,
 * or into equal runs of words, each name keeping two or more.
 */
export function splitNameRow(cells: string[], wanted: number, known: readonly string[] = []): (string | null)[] {
  // A cell of one or two lower-case letters between names is a speckle ("es").
  const names = cells.map(stripFiller).filter((c) => c.length > 0 && !/^\p{Ll}{1,2}$/u.test(c));
  if (names.length === wanted) return names.map((n) => (isSignedName(n) ? n : null));
  if (names.length < wanted && wanted >= 2) {
    const words = nameWords(names.join(' ')) ?? [];
    const byKnown = splitByKnown(words, wanted, known) ?? knownAcrossSpeckHyphens(words, wanted, known);
    if (byKnown && byKnown.every(isSignedName)) return byKnown;
    if (words.length >= 2 * wanted && words.length % wanted === 0) {
      const size = words.length / wanted;
      const runs = Array.from({ length: wanted }, (_, i) => words.slice(i * size, (i + 1) * size).join(' '));
      if (runs.every(isSignedName)) return runs;
    }
  }
  return Array.from({ length: wanted }, (_, i) => (names[i] && isSignedName(names[i]!) ? names[i]! : null));
}

/** Index of the nearest non-blank row above `index`, or -1. */
export function rowAbove(lines: readonly DocumentLine[], index: number): number {
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) if (!isBlank(lines[j]!) && !lines[j]!.cells.every(isFiller)) return j;
  return -1;
}

// "Anna Berg och Johan Ek" over "nätverkssamordnare": two who send an invitation together sign on one row, and the
// title under it is each one's.
const JOINT_SIGNERS = /^\s*(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2})\s+(?:och|&)\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2})\s*$/u;

export function jointSigners(line: DocumentLine): [string, string] | null {
  const m = line.cells.length === 1 ? JOINT_SIGNERS.exec(line.cells[0]!) : null;
  return m && isSignedName(m[1]!) && isSignedName(m[2]!) ? [m[1]!, m[2]!] : null;
}

/** Names typed above their roles ("Göran Hällström   Malin Åberg" over "Ordförande   Nämndsekreterare"). */
export function namesAbove(lines: readonly DocumentLine[], index: number, count: number): string[] | null {
  const j = rowAbove(lines, index);
  if (j < 0) return null;
  if (signatureRoles(lines[j]!)) return null;
  // "Underskrifter | Mikael Lind | Malin Strand" over "ordförande | protokollförare": the heading in the label column
  // signs nothing; the names stand beside it.
  const cells = lines[j]!.cells.filter((c, k) => !isFiller(c) && !(k === 0 && matchLabel(c)?.kind === 'signatureHeading' && !matchLabel(c)!.rest));
  const names = splitNameRow(cells, count);
  return names.every((n): n is string => n !== null) ? names : null;
}
