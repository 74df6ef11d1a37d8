import type { Signature } from '../domain/index.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { type LabelMatch, matchLabel } from './labels.ts';
import { cleanNameText, looksLikeName } from './person.ts';

/** Dotted or underscored signature lines, and the cells around them that hold no words. */
function isFiller(cell: string): boolean {
  return !/\p{L}{2,}/u.test(cell) || /^[\s._…\-–—]{3,}$/.test(cell);
}

function stripFiller(text: string): string {
  // OCR speckles between the columns of a signature row come out as lone digits and marks.
  return cleanNameText(
    text
      .replace(/[._…]{3,}/g, ' ')
      .replace(/\([^)]*\)/g, ' ')
      .replace(/(^|\s)(?:\d{1,2}|[^\p{L}\s]+)(?=\s|$)/gu, ' '),
  );
}

/** The roles a row introduces, each with a name when the same cell or row carries one. */
export function signatureRoles(line: DocumentLine): { role: string; name: string | null }[] | null {
  const roles: { role: string; name: string | null }[] = [];
  const queue = line.cells.filter((cell) => !isFiller(cell));
  while (queue.length > 0) {
    const cell = queue.shift()!;
    const label = genericRole(cell) ?? matchLabel(cell);
    if (label?.kind === 'signatureHeading') {
      if (label.rest) queue.unshift(label.rest);
      continue;
    }
    // "Justerare" is a head label, but beside other roles on a signature row it is a role too.
    const besideRoles = label?.kind === 'adjusters' && !label.rest && roles.length > 0;
    if (label?.kind === 'signature' || besideRoles) {
      const rest = stripFiller(label!.rest);
      const role = roleAsPrinted(cell, label!.rest);
      // "Vid anteckningarna Justeras" read as one cell: a second role inside the rest.
      const second = rest ? (genericRole(rest) ?? matchLabel(rest)) : null;
      if (second?.kind === 'signature') {
        roles.push({ role, name: null });
        queue.unshift(rest);
        continue;
      }
      if (rest && !isSignedName(rest)) return null;
      roles.push({ role, name: rest || null });
      continue;
    }
    if (label) break;
    if (roles.length > 0 && roles[roles.length - 1]!.name === null && isSignedName(stripFiller(cell))) {
      roles[roles.length - 1]!.name = stripFiller(cell);
      continue;
    }
    return null;
  }
  return roles.length > 0 ? roles : null;
}

/** A signed name has a first name and a surname; a lone capitalised word is more likely a role. */
function isSignedName(text: string): boolean {
  return looksLikeName(text) && text.trim().split(/\s+/).length >= 2;
}

/** Titles that sign minutes without being in the label catalogue: "Nämndsekreterare", "Vice ordförande". */
function genericRole(cell: string): LabelMatch | null {
  const m = /^\s*((?:vice\s+)?\p{L}*(?:sekreterare|ordförande))\b[\s:._…]*(.*)$/iu.exec(cell);
  if (!m) return null;
  return { kind: 'signature', label: m[1]!, rest: m[2]!.trim() };
}

function roleAsPrinted(cell: string, rest: string): string {
  const printed = (rest ? cell.slice(0, cell.lastIndexOf(rest)) : cell).replace(/[:.\s_…]+$/, '').trim();
  return printed || cell.trim();
}

/** Names written side by side without a visible gap: split the words evenly, each name keeping two or more. */
function splitNameRow(cells: string[], wanted: number): (string | null)[] {
  const names = cells.map(stripFiller).filter((c) => c.length > 0);
  if (names.length === wanted) return names.map((n) => (isSignedName(n) ? n : null));
  if (names.length === 1 && wanted === 2) {
    const words = names[0]!.split(' ');
    if (words.length >= 4) {
      const half = Math.floor(words.length / 2);
      const halves = [words.slice(0, half).join(' '), words.slice(half).join(' ')];
      if (halves.every(isSignedName)) return halves;
    }
  }
  return Array.from({ length: wanted }, (_, i) => (names[i] && isSignedName(names[i]!) ? names[i]! : null));
}

/**
 * Whether rows carry the marks of a place to sign: an "Underskrifter"
 * heading or a dotted or underscored line. Without them, "Sekreterare: Eva
 * Ek" in a head block names a function at the meeting, not a signature.
 */
export function hasSignatureLayout(lines: readonly DocumentLine[]): boolean {
  return lines.some((line) =>
    line.cells.some((cell) => /[._…]{5,}/.test(cell) || matchLabel(cell)?.kind === 'signatureHeading'),
  );
}

/** Index of the nearest non-blank row above `index`, or -1. */
function rowAbove(lines: readonly DocumentLine[], index: number): number {
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) if (!isBlank(lines[j]!) && !lines[j]!.cells.every(isFiller)) return j;
  return -1;
}

/** Names typed above their roles ("Göran Hällström   Malin Åberg" over "Ordförande   Nämndsekreterare"). */
export function namesAbove(lines: readonly DocumentLine[], index: number, count: number): string[] | null {
  const j = rowAbove(lines, index);
  if (j < 0) return null;
  if (signatureRoles(lines[j]!)) return null;
  const names = splitNameRow(lines[j]!.cells.filter((c) => !isFiller(c)), count);
  return names.every((n): n is string => n !== null) ? names : null;
}

/** Where a signature block starts: its roles row, or the names row above it. */
export function signatureBlockStart(lines: readonly DocumentLine[], rolesRow: number): number {
  const roles = signatureRoles(lines[rolesRow]!);
  if (roles && roles.every((r) => r.name === null) && namesAbove(lines, rolesRow, roles.length)) return rowAbove(lines, rolesRow);
  return rolesRow;
}

/**
 * Signature rows read top to bottom: a row of roles ("Vid anteckningarna
 * Justeras", "Sekreterare ........"), then, on the next row that holds
 * words, the names in the same order.
 */
export function parseSignatures(lines: readonly DocumentLine[]): Signature[] {
  const signatures: Signature[] = [];
  let consumed = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const roles = signatureRoles(line);
    if (!roles) continue;
    const missing = roles.filter((r) => r.name === null).length;
    const above = rowAbove(lines, i) > consumed ? namesAbove(lines, i, roles.length) : null;
    if (missing === roles.length && above) {
      roles.forEach((role, k) => (role.name = above[k] ?? null));
    } else if (missing > 0) {
      for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
        const next = lines[j]!;
        if (isBlank(next) || next.cells.every(isFiller)) continue;
        if (signatureRoles(next) || matchLabel(next.cells[0] ?? '')) break;
        const names = splitNameRow(next.cells.filter((c) => !isFiller(c)), missing);
        if (names.every((n) => n === null)) break;
        let k = 0;
        for (const role of roles) if (role.name === null) role.name = names[k++] ?? null;
        i = j;
        consumed = j;
        break;
      }
    }
    for (const role of roles) signatures.push({ role: role.role, name: role.name });
  }
  return signatures;
}
