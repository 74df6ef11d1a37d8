import { adjustingForParty, adjustingRolesParted } from './adjusting-for-a-party.ts';
import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { looksLikePlace } from './person-parts.ts';
import { isFiller, isSignedName, stripFiller } from './signer-names.ts';
import { genericRole, isRoleWord, officerTitle, roleAsPrinted } from './signer-titles.ts';
import { isLeaderScraps, nameAfterLeaderScraps, rolesAmidLeaderScraps } from './signing-line-scraps.ts';
import { findDates } from './swedish-dates.ts';

// "Antecknat av", "Vid pennan", "Vid tangentbordet", "Antecknare": who kept the notes, who may sign with a first name.
// "Antecknat: Sanna": a workplace's notes leave out the "av".
const NOTE_TAKER = /(?:\bav|^vid\s+(?:pennan|tangentbordet|anteckningarna|datorn)|^antecknare|^antecknat|^referent|^sekreterare)[:.]?$/iu;

// "Ordf.   Sekr.   Just.": the roles of a signature row abbreviated, as the roles are written out.
const ROLE_ABBREVIATIONS: [RegExp, string][] = [
  [/^\s*v(?:ice|\.)\s*ordf\.?\s*$/iu, 'Vice ordförande'],
  [/^\s*ordf\.?\s*$/iu, 'Ordförande'],
  [/^\s*sekr\.?\s*$/iu, 'Sekreterare'],
  [/^\s*just\.?\s*$/iu, 'Justerare'],
];

function withRolesWrittenOut(input: DocumentLine): DocumentLine {
  const officer = input.cells.length === 1 ? officerTitle(input.cells[0]!) : null;
  if (officer) return { ...input, cells: [officer], text: officer };
  // "Ordf. Sekr. Just.": the abbreviated roles' gaps closed by OCR into one cell.
  const words = input.cells.length === 1 ? input.text.trim().split(/\s+/) : [];
  const line = words.length >= 2 && words.every((w) => ROLE_ABBREVIATIONS.some(([pattern]) => pattern.test(w))) ? { ...input, cells: words } : input;
  if (line.cells.length < 2) return line;
  const cells = line.cells.map((cell) => ROLE_ABBREVIATIONS.find(([pattern]) => pattern.test(cell))?.[1] ?? cell);
  return cells.every((c, k) => c === line.cells[k]) ? line : { ...line, cells, text: cells.join(' ') };
}

function withPartiesRolesParted(line: DocumentLine): DocumentLine {
  const cells = line.cells.flatMap(adjustingRolesParted);
  return cells.length === line.cells.length ? line : { ...line, cells, text: cells.join(' '), cellX: undefined };
}

/** The roles a row introduces, each with a name when the same cell or row carries one. */
// Only the letter alone: "Justeras: . ö :" has marks too, and heads a block whose names OCR split across rows.
const LONE_SMALL_LETTER = /^\s*\p{Ll}\s*$/u;

export function signatureRoles(input: DocumentLine): { role: string; name: string | null }[] | null {
  const line = withRolesWrittenOut(withPartiesRolesParted(input));
  const roles: { role: string; name: string | null }[] = [];
  const amidScraps = rolesAmidLeaderScraps(line);
  const queue = (amidScraps ?? line.cells).filter((cell) => !isFiller(cell));
  // "Underskrift justerare | Johan Lidén": after the word for signing, the adjusters' label is the role signed as.
  let afterHeading = false;
  while (queue.length > 0) {
    const cell = queue.shift()!;
    const label = genericRole(cell) ?? matchLabel(cell);
    const headed = afterHeading;
    afterHeading = false;
    if (label?.kind === 'signatureHeading') {
      if (label.rest) queue.unshift(label.rest);
      afterHeading = label.rest !== '';
      continue;
    }
    // "Justerare" is a head label, but beside other roles on a signature row it is a role too,
    // and so is a row of nothing but such labels ("Justerare   Justerare").
    const roleCells = line.cells.filter((c) => !isFiller(c));
    const rowOfRoles = amidScraps !== null || (roleCells.length >= 2 && roleCells.every(isRoleWord));
    // "Justerare ______": a signing line after the label is no value, nor are the letters OCR read it as.
    const bare = label !== null && (!stripFiller(label.rest) || isLeaderScraps(label.rest));
    // "Justerare ........ Jan Sund": the signing line with the name after it.
    // "Justerare sosossessesser rer Jan Sund": the signing line read as letters, then the name.
    const afterScraps = label ? nameAfterLeaderScraps(label.rest) : null;
    const signedOnLine = label?.kind === 'adjusters' && ((/[._…]{5,}/.test(cell) && isSignedName(stripFiller(label.rest))) || afterScraps !== null);
    // "Ordförande: Åke Berg | Justerare: Peder Lind": beside another signer on the row, the adjuster signs with a name too.
    const namedBeside = label?.kind === 'adjusters' && roles.length > 0 && roles.every((r) => r.name !== null) && isSignedName(stripFiller(label.rest));
    const besideRoles = label?.kind === 'adjusters' && (signedOnLine || namedBeside || (bare && (headed || roles.length > 0 || rowOfRoles || line.cells.some((c) => /[._…]{5,}/.test(c)))));
    if (label?.kind === 'signature' || besideRoles) {
      const adjustedAt = ADJUSTED_HEADING.test(label!.label) && placeAndDay(label!.rest);
      // "Vid protokollet ö": a speck at the end of the role's row that OCR read as one small letter is no name.
      const rest = adjustedAt ? '' : afterScraps ?? (isLeaderScraps(label!.rest) || LONE_SMALL_LETTER.test(label!.rest) ? '' : stripFiller(label!.rest));
      const role = roleAsPrinted(cell, label!.rest, label!.label);
      // "Protokollet justerat" states that the minutes were adjusted; without names under it, it signs nothing.
      if (adjustedAt || (label!.label === 'Protokollet justerat' && !rest)) {
        const dated = { role, name: null };
        ADJUSTED_AT.add(dated);
        roles.push(dated);
        continue;
      }
      const forParty = adjustingForParty(role, rest);
      if (forParty) {
        roles.push({ role: forParty, name: null });
        continue;
      }
      // "Vid anteckningarna Justeras" read as one cell: a second role inside the rest.
      const second = rest ? (genericRole(rest) ?? matchLabel(rest)) : null;
      // "Ordförande | Justerare": beside a role, the adjusters' label is a role too.
      if (second?.kind === 'signature' || (second?.kind === 'adjusters' && (!second.rest || isSignedName(stripFiller(second.rest))))) {
        roles.push({ role, name: null });
        queue.unshift(rest);
        continue;
      }
      // "Justeras: Göte Lind / Roland Björk": two signers of one role on the role's row.
      // "Justeras: Anita Ek, Gustav Lund": a comma between them, where each side is a whole name.
      const several = rest ? label!.rest.split(/\s+\/\s+|\s+och\s+|\s*,\s*(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu})/u).map(stripFiller) : [];
      if (several.length >= 2 && several.every(isSignedName)) {
        roles.push(...several.map((name) => ({ role, name })));
        continue;
      }
      // "Antecknat av Bo Lind, sekreterare": the signer's own title after the name is no part of it.
      const titled = rest && !isSignedName(rest) ? /^(.+?),\s*\p{Ll}[\p{Ll} -]{2,30}$/u.exec(rest) : null;
      if (titled && isSignedName(titled[1]!)) {
        roles.push({ role, name: titled[1]! });
        continue;
      }
      // "Antecknat av Sara": among colleagues the note-taker may sign with a first name alone, after "av" on the role's row.
      // "Vid tangentbordet: Petra", "Vid pennan: Sara": the note-taker's other phrases too.
      const byFirstName = rest && NOTE_TAKER.test(role.trim()) && /^\p{Lu}\p{Ll}{2,}$/u.test(rest) && !isRoleWord(rest) && !looksLikePlace(rest);
      if (rest && !isSignedName(rest) && !byFirstName) return null;
      roles.push({ role, name: rest || null });
      continue;
    }
    if (label) break;
    const last = roles[roles.length - 1];
    if (last && last.name === null && ADJUSTED_HEADING.test(last.role) && placeAndDay(cell)) {
      ADJUSTED_AT.add(last);
      continue;
    }
    if (roles.length > 0 && roles[roles.length - 1]!.name === null && isSignedName(stripFiller(cell))) {
      roles[roles.length - 1]!.name = stripFiller(cell);
      continue;
    }
    return null;
  }
  return roles.length > 0 ? roles : null;
}

// "Protokollet justerat | Ekby 5.3.2025", "Justeras | Ekby den 5 mars 2025": beside the adjusters' heading, the town
// and day the minutes were adjusted, not a signer; the names stand on the row below.
export const ADJUSTED_HEADING = /^(?:protokollet\s+)?juster(?:as|at)\b/iu;

// A heading that gave the town and day of the adjustment signs nothing by itself: where no names follow it (the
// adjusters signed in a row of their own above), it is no signature.
export const ADJUSTED_AT = new WeakSet<object>();

export function placeAndDay(text: string): boolean {
  const value = text.trim().replace(/[.\s]+$/u, '');
  const date = findDates(value)[0];
  // "Hans Blom 2023-10-18": a signer who dated the signature has a name of two words; the town is one.
  return date !== undefined && date.index + date.length >= value.length && /^(?:\p{Lu}[\p{L}-]+\s*,?\s*)?(?:den\s+)?$/u.test(value.slice(0, date.index));
}
