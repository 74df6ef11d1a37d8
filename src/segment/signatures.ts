import type { Signature } from '../domain/index.ts';
import { withDamagedRoleBeforeScraps, withMisreadRoleCells } from './damaged-role-before-scraps.ts';
import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { withFirstNameCapital } from './people-list-rows.ts';
import { rolesOverNames } from './roles-over-names.ts';
import { ADJUSTED_AT, ADJUSTED_HEADING, placeAndDay, signatureRoles } from './signature-role-rows.ts';
import { NAME_WITH_ROLE, jointSigners, nameWords, namesAbove, namesWithRoles, notesBy, rowAbove, splitByKnown, splitNameRow } from './signer-name-rows.ts';
import { isFiller, isSignedName, stripFiller } from './signer-names.ts';
import { normaliseSignerTitle, roleAsPrinted } from './signer-titles.ts';
import { isLeaderScraps } from './signing-line-scraps.ts';
import { SIGNER_ROLE } from './signing-roles.ts';
import { withSpecksAmongRoles } from './specks-among-roles.ts';
import { withoutSigningStamp } from './signing-stamps.ts';
import { withSigningLabelsApart } from './signing-labels-run-together.ts';
import { withoutOnBehalfOf } from './signer-on-behalf.ts';

// "sammankallande": who convenes a network or working group signs its notes where there is no chair.
// "Protokollet justerat" over names with their titles below: the heading of the adjusters' block, as "Justeras".
// "Utdraget bestyrks" / "Maria Sten" / "nämndsekreterare": the certifying heading of a protokollsutdrag, as "Rätt utdraget".
// "Justeringsmän" over "Erik Ek Bo Ros": the plural of the adjusters heads a row of several names, as "Justeras" does.
const BLOCK_HEADING = /^(?:vid\s|justeras|justeringsm(?:än|ännen)\b|justeringspersoner|(?:protokollet\s+)?justerat|antecknat|rätt\s+utdraget|utdraget\s+bestyrk|utdraget?s?\s+överensstämm|underskrift)/iu;

/** "ulf Nykvist" under "Sekreterare": OCR lost the capital of the signer's first name, as in a list of those present. */
function withSignerCapital(line: DocumentLine): DocumentLine {
  const cells = line.cells.map(withFirstNameCapital);
  return cells.every((c, k) => c === line.cells[k]) ? line : { ...line, cells, text: cells.join(' ') };
}

/** "Lena Karlsson . Mats Öberg": OCR read the gap between two signers' columns as a speck; the speck parts them. */
function withSpeckGapsSplit(line: DocumentLine): DocumentLine {
  if (line.cells.length !== 1) return line;
  // "Åsa Rönn - - | Kent Berg": on a poor scan several specks, dashes among them (one dash alone may be a printed one).
  const parts = line.cells[0]!.split(/\s+(?:[.,:;|'"`]+|[-–—.,:;|'"`]+(?:\s+[-–—.,:;|'"`]+)+)\s+(?=\p{Lu})/u).map((p) => p.trim());
  if (parts.length < 2 || !parts.every(isSignedName)) return line;
  return { ...line, cells: parts, text: parts.join(' ') };
}

/** "Sekreterare i ”": a letter or two from the page edge, or quotes, after a role alone on its row are no signer's name. */
function withoutSpecksAfterRole(line: DocumentLine): DocumentLine {
  // "Justeras: . ö :" heads a block whose names may be split across rows; its specks are left to that reading.
  if (line.cells.length !== 1 || BLOCK_HEADING.test(line.cells[0]!.trim())) return line;
  const label = matchLabel(line.cells[0]!);
  if (!label || (label.kind !== 'signature' && label.kind !== 'adjusters') || !label.rest || !label.rest.trim().split(/\s+/).every((t) => /^(?:\p{Ll}{1,2}|[^\p{L}\d]{1,3})$/u.test(t))) return line;
  const role = line.cells[0]!.slice(0, line.cells[0]!.length - label.rest.length).replace(/[\s:]+$/u, '');
  return documentLine(line.page, [role], line.cellX);
}

// "Namnförtydligande: Anna Ek", "Namnförtydl. Anna Ek": a form's caption for the signer's name printed under the signing
// line; the name is what follows it.
const NAME_CAPTION = /^\s*(?:namnförtydligande|namnförtydl\.?|förtydligande)\s*[:.]?\s*(?=\p{Lu})/iu;

function withoutNameCaptions(line: DocumentLine): DocumentLine {
  return line.cells.some((c) => NAME_CAPTION.test(c)) ? documentLine(line.page, line.cells.map((c) => c.replace(NAME_CAPTION, '')), line.cellX) : line;
}

/** "Gun-Britt Sahl:'": specks OCR read after a signer's name on its own row; a name never ends on them. */
function withoutSpecksAfterName(line: DocumentLine): DocumentLine {
  if (line.cells.length !== 1) return line;
  const name = line.cells[0]!.replace(/(?<=\p{Ll})[\s:;'"`’,.|]+$/u, '');
  return name === line.cells[0] || matchLabel(line.cells[0]!) !== null || !isSignedName(name) ? line : documentLine(line.page, [name], line.cellX);
}

/**
 * Signature rows read top to bottom: a row of roles ("Vid anteckningarna
 * Justeras", "Sekreterare ........"), then, on the next row that holds
 * words, the names in the same order.
 */
export function parseSignatures(input: readonly DocumentLine[], known: readonly string[] = [], options: { closing?: boolean } = {}): Signature[] {
  const lines = input.map(withSigningLabelsApart).map(withoutOnBehalfOf).map(withDamagedRoleBeforeScraps).map(withMisreadRoleCells).map(withoutSigningStamp).map(withoutNameCaptions).map(withoutSpecksAfterRole).map(withSpecksAmongRoles).map(withSpeckGapsSplit).map(withSignerCapital).map(withoutSpecksAfterName);
  const signatures: Signature[] = [];
  let consumed = -1;
  // How many signatures the last roles row gave, for titles printed under their names.
  let lastGroupSize = 0;
  let lastRoleRow = -10;
  // The last row that signed, so that a labelled adjuster row counts only right below other signatures.
  let lastSignatureRow = -10;
  // "Erik Ek   Bo Sund" / "" / "Ordförande   Justerare": OCR's blank row between the names and the titles under them
  // (room to sign) leaves the titles straight under the names; under one name, "Vid protokollet" / "Eva Ek" / "" /
  // "Ordförande", the row after a blank opens the next signer.
  // "Hanna Lövgren" / "" / "Ordförande": OCR's blank row between a lone name and its title; the title still stands under
  // the name when no other name follows it.
  const noNameBelow = (row: number) => !lines.slice(row + 1).find((l) => !isBlank(l) && !l.cells.every(isFiller))?.cells.some((c) => isSignedName(stripFiller(c)));
  const straightUnder = (row: number) => row === consumed + 1 || (consumed >= 0 && rowAbove(lines, row) === consumed && (lastGroupSize >= 2 || noNameBelow(row)));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const stacked = i > consumed ? rolesOverNames(lines, i) : null;
    if (stacked) {
      signatures.push(...stacked.signatures);
      consumed = stacked.end;
      lastSignatureRow = stacked.end;
      i = stacked.end;
      continue;
    }
    const roles = signatureRoles(line);
    // "Protokollet justerat" / "Anders Sten" / "protokolljusterare": the adjusters' title straight under the names of the
    // block's heading says what they sign as, as "ordförande" does under the chair's name ("Justerare" is a head label
    // elsewhere, so it is no role of its own here).
    const titleCells = line.cells.filter((c) => !isFiller(c));
    const headed = signatures.slice(signatures.length - lastGroupSize);
    if (
      !roles && lastGroupSize > 0 && straightUnder(i) && titleCells.length === lastGroupSize &&
      titleCells.every((c) => { const title = matchLabel(c.split(/\s+\/\s+/u)[0]!); return title?.kind === 'adjusters' && !title.rest && /^\p{Ll}/u.test(c.trim()); }) &&
      headed.every((s) => s.name && BLOCK_HEADING.test(s.role))
    ) {
      headed.forEach((s, k) => (s.role = titleCells[k]!.trim()));
      lastGroupSize = 0;
      continue;
    }
    // "Justerare" alone on its row below earlier signatures, the name on the row below: a role of the block, not the head label.
    // "Justerare | Rolf Ek | Sanna Dal", "Protokolljusterare | Mats Ingo | Johan Hed" under the other signers' rows: two
    // adjusters beside the role, each signing.
    // "Justerare. | - | Omid Said": a speck or a signing line OCR read as a cell of its own between the role and the name.
    const besideNames = line.cells.slice(1).filter((c) => !isFiller(c)).map(stripFiller);
    const pairBelow = besideNames.length > 1 && i - lastSignatureRow <= 2 && besideNames.every(isSignedName);
    const read = !roles && signatures.length > 0 && (besideNames.length <= 1 || pairBelow) ? matchLabel(line.cells[0]!) : null;
    // "JUSTErALrE sosssorereressre…": the signing line read as letters after the role is no name on its row.
    // "Justerare. -": a speck after the role is no name either.
    const lone = read && read.rest && (isLeaderScraps(read.rest) || !/\p{L}/u.test(read.rest)) ? { ...read, rest: '' } : read;
    const printedRole = read && lone && read.rest !== lone.rest ? roleAsPrinted(line.cells[0]!, read.rest, read.label) : null;
    // "Ordförande | Eva Holm" / "Justerare | Jan Sund": the signing dots between role and name lost to OCR.
    if (lone?.kind === 'adjusters' && !lone.rest && besideNames.length > 0 && besideNames.every(isSignedName)) {
      signatures.push(...besideNames.map((name) => ({ role: printedRole ?? roleAsPrinted(line.cells[0]!, ''), name })));
      consumed = i;
      lastSignatureRow = i;
      continue;
    }
    // "Justerare: Kjell Ek (signerat digitalt)" below "Ordförande: …": the name on the role's own row.
    const signedBeside = lone?.kind === 'adjusters' && lone.rest && line.cells.length === 1 ? stripFiller(lone.rest) : '';
    // "Justerare Karin Ek Leif Sand": the two adjusters beside their one role, OCR closing both gaps; split as the people
    // present are named.
    const twoBeside = signedBeside.split(/\s+/u).length >= 4 && i - lastSignatureRow <= 2 ? splitByKnown(nameWords(signedBeside) ?? [], 2, known) : null;
    if (twoBeside && twoBeside.length === 2 && twoBeside.every(isSignedName)) {
      signatures.push(...twoBeside.map((signer) => ({ role: roleAsPrinted(line.cells[0]!, lone!.rest), name: signer })));
      consumed = i;
      lastSignatureRow = i;
      continue;
    }
    if (signedBeside && isSignedName(signedBeside) && i - lastSignatureRow <= 2) {
      signatures.push({ role: roleAsPrinted(line.cells[0]!, lone!.rest), name: signedBeside });
      consumed = i;
      lastSignatureRow = i;
      continue;
    }
    if (lone?.kind === 'adjusters' && !lone.rest && line.cells.length === 1) {
      const next = lines.slice(i + 1, i + 4).find((l) => !isBlank(l) && !l.cells.every(isFiller));
      const name = next && next.cells.length === 1 ? stripFiller(next.cells[0]!) : '';
      // "Justerare" / "Anna Ek Göran Sund": two of the people present under the one role, OCR closing the gap between.
      const two = name.split(/\s+/u).length >= 4 ? splitByKnown(nameWords(name) ?? [], 2, known) : null;
      if (two && two.length === 2 && two.every(isSignedName)) {
        signatures.push(...two.map((signer) => ({ role: printedRole ?? roleAsPrinted(line.cells[0]!, ''), name: signer })));
        consumed = lines.indexOf(next!);
        i = consumed;
        continue;
      }
      if (name && isSignedName(name)) {
        signatures.push({ role: printedRole ?? roleAsPrinted(line.cells[0]!, ''), name });
        consumed = lines.indexOf(next!);
        i = consumed;
        continue;
      }
      // "Justerare" / "Anna Ek | Olle Berg": two adjusters' names side by side under their one role, the signing lines
      // between lost to OCR; each name signs.
      const pair = next && next.cells.length >= 2 ? next.cells.filter((c) => !isFiller(c)).map(stripFiller) : [];
      if (pair.length >= 2 && pair.length <= 3 && pair.every(isSignedName)) {
        signatures.push(...pair.map((signer) => ({ role: printedRole ?? roleAsPrinted(line.cells[0]!, ''), name: signer })));
        consumed = lines.indexOf(next!);
        i = consumed;
        continue;
      }
      // "Anita Rehn" / "Justerare" as the last signer: the name typed above the role, as "Bo Nyström" / "Ordförande" above it.
      const above = rowAbove(lines, i) > consumed ? namesAbove(lines, i, 1) : null;
      if (!next && above) {
        signatures.push({ role: roleAsPrinted(line.cells[0]!, ''), name: above[0]! });
        consumed = i;
        continue;
      }
    }
    // In the closing block, "Eva Lind, sekreterare" needs no dotted line above it to be a signature.
    const closingRow = !roles && options.closing ? (namesWithRoles(line) ?? notesBy(line)) : null;
    if (closingRow) {
      signatures.push(...closingRow);
      continue;
    }
    if (!roles) {
      // "Ingvar Lövgren, ordförande" under a dotted line: the name and its role on one row.
      const m = NAME_WITH_ROLE.exec(line.cells.filter((c) => !isFiller(c)).join(' '));
      const above = i > 0 ? lines.slice(Math.max(0, i - 3), i).filter((l) => !isBlank(l)).pop() : undefined;
      if (m && isSignedName(m[1]!) && above && above.cells.every(isFiller)) {
        const last = signatures[signatures.length - 1];
        // The heading "Justeras:" over such rows signs nothing itself.
        if (last && !last.name && last === signatures.at(-1) && i - lastRoleRow <= 4) signatures.pop();
        signatures.push({ role: m[2]!, name: m[1]! });
      }
      continue;
    }
    // "Justeras" / "Eva Lind   Olle Ek" / "ordförande   justerare": titles printed straight under the names
    // of a block heading say what each signer is; the heading itself signs nothing. "protokolljusterare / pöytäkirjantarkastaja":
    // a bilingual title is tested by its Swedish half.
    const group = signatures.slice(signatures.length - lastGroupSize);
    if (
      lastGroupSize > 0 && straightUnder(i) && roles.length === lastGroupSize && roles.every((r) => r.name === null && SIGNER_ROLE.test(r.role.split(/\s+\/\s+/u)[0]!)) &&
      group.every((s) => s.name && BLOCK_HEADING.test(s.role))
    ) {
      group.forEach((s, k) => (s.role = roles[k]!.role));
      lastGroupSize = 0;
      continue;
    }
    // "Justeras" / "Eva Lind   Olle Ek" / "ordförande": a title under some of the block's names only marks the chair among
    // those who sign; it signs nothing of its own, and the block's heading stays what each signs as.
    if (
      lastGroupSize >= 2 && straightUnder(i) && roles.length < lastGroupSize && roles.every((r) => r.name === null && /^\p{Ll}/u.test(r.role) && SIGNER_ROLE.test(r.role)) &&
      group.every((s) => s.name && BLOCK_HEADING.test(s.role))
    ) {
      lastGroupSize = 0;
      continue;
    }
    lastRoleRow = i;
    const missing = roles.filter((r) => r.name === null).length;
    const above = rowAbove(lines, i) > consumed ? namesAbove(lines, i, roles.length) : null;
    const joint = roles.length === 1 && missing === 1 && !above && rowAbove(lines, i) > consumed ? jointSigners(lines[rowAbove(lines, i)]!) : null;
    if (missing === roles.length && above) {
      // "Bengt Ek" / "ordf.": a title in lower case under the name is the signer's own, abbreviated, and written out.
      roles.forEach((role, k) => {
        role.name = above[k] ?? null;
        if (/^\p{Ll}/u.test(role.role)) role.role = normaliseSignerTitle(role.role);
      });
    } else if (joint) {
      roles.push({ role: roles[0]!.role, name: joint[1] });
      roles[0]!.name = joint[0];
    } else if (missing > 0) {
      for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
        const next = lines[j]!;
        if (isBlank(next) || next.cells.every(isFiller)) continue;
        // "Protokollet justerat" / "Ekby den 5.3.2025" / the names: the town and day on a row of their own under the heading.
        if (roles.every((role) => role.name === null && ADJUSTED_HEADING.test(role.role)) && placeAndDay(next.text)) {
          roles.forEach((role) => ADJUSTED_AT.add(role));
          continue;
        }
        if (signatureRoles(next) || matchLabel(next.cells[0] ?? '')) break;
        const cells = next.cells.filter((c) => !isFiller(c));
        // "Justeras" over "Eva Lind, ordförande   Olle Ek, justerare": each cell names its own role; the heading signs nothing.
        // "Gunnar Wiik, ordförande Maj-Britt Sund, justerare": the same in one cell, where OCR closed the column gap.
        const withRoles = namesWithRoles(next);
        if (roles.length === 1 && roles[0]!.name === null && withRoles) {
          roles.splice(0, 1, ...withRoles.map((s) => ({ role: s.role, name: s.name as string | null })));
          i = j;
          consumed = j;
          break;
        }
        // "Justeras" over "Gustav Ekberg Ann-Sofi Lindvall" (OCR closed the gap): split at known names.
        // "Gustav Ekberg Ann-Sofi Lindvall : Ola Berg": a speck in one of two closed gaps parts the row in two cells.
        const closedGap = cells.length === 1 || (cells.length === 2 && cells.some((c) => stripFiller(c).split(/\s+/).length >= 4));
        // "Justerare" over "Anna Ek Göran Sund": the adjusters' role over two of the people present, likewise.
        if (roles.length === 1 && closedGap && (BLOCK_HEADING.test(roles[0]!.role) || /^juster(?:are|ande)$/iu.test(roles[0]!.role))) {
          const words = nameWords(cells.map(stripFiller).join(' ')) ?? [];
          const several = [3, 2].map((n) => splitByKnown(words, n, known)).find((names) => names !== null && names.every(isSignedName) && names.length >= cells.length + (cells.length > 1 ? 1 : 0));
          if (several) {
            roles.push(...several.slice(1).map(() => ({ role: roles[0]!.role, name: null as string | null })));
            several.forEach((name, k) => (roles[k]!.name = name));
            i = j;
            consumed = j;
            break;
          }
        }
        // "Justeras" over "Eva Lind, ordförande   Björn Åström": where only some cells print the signer's title, a titled
        // cell signs with its title (as when every cell has one) and the others with the heading's role.
        const titledCells = cells.map((c) => /^(.+?),\s*(\p{Ll}[\p{Ll}.\s-]{2,30})$/u.exec(stripFiller(c)));
        if (roles.length === 1 && roles[0]!.name === null && cells.length > 1 && titledCells.some(Boolean) && titledCells.every((t, k) => (t ? isSignedName(t[1]!) : isSignedName(stripFiller(cells[k]!))))) {
          const heading = roles[0]!.role;
          roles.splice(0, 1, ...cells.map((c, k) => ({ role: titledCells[k] ? normaliseSignerTitle(titledCells[k]![2]!) : heading, name: (titledCells[k]?.[1] ?? stripFiller(c)) as string | null })));
          i = j;
          consumed = j;
          break;
        }
        // "Justeras" over "Eva Lind   Björn Åström": one role signed by every name on the row.
        if (roles.length === 1 && cells.length > 1 && cells.map(stripFiller).every(isSignedName)) {
          roles.push(...cells.slice(1).map(() => ({ role: roles[0]!.role, name: null as string | null })));
          cells.forEach((c, k) => (roles[k]!.name = stripFiller(c)));
          i = j;
          consumed = j;
          break;
        }
        // "Vid protokollet   Justeras" over three names: the last heading is signed by every name left over.
        const last = roles[roles.length - 1]!;
        if (missing === roles.length && cells.length > roles.length && BLOCK_HEADING.test(last.role) && /^juster/iu.test(last.role) && cells.map(stripFiller).every(isSignedName)) {
          roles.push(...cells.slice(roles.length).map(() => ({ role: last.role, name: null as string | null })));
          cells.forEach((c, k) => (roles[k]!.name = stripFiller(c)));
          i = j;
          consumed = j;
          break;
        }
        // "Vid protokollet Justeras" over "Elsa Nord Maria Lundin Jonas Wik" (OCR closed the gaps): the names split at
        // those of the people present, and the last heading takes every name left over.
        if (missing === roles.length && cells.length === 1 && roles.length >= 2 && BLOCK_HEADING.test(last.role) && /^juster/iu.test(last.role)) {
          const words = nameWords(stripFiller(cells[0]!)) ?? [];
          const several = [roles.length + 2, roles.length + 1].map((n) => splitByKnown(words, n, known)).find((found) => found !== null && found.every(isSignedName));
          if (several) {
            roles.push(...several.slice(roles.length).map(() => ({ role: last.role, name: null as string | null })));
            several.forEach((name, k) => (roles[k]!.name = name));
            i = j;
            consumed = j;
            break;
          }
        }
        // "Vid pennan" / "Erika Lantto, Länsstyrelsen": one signer's name, then where they work or their title after a comma.
        const described = roles.length === 1 && missing === 1 && cells.length === 1 ? /^([^,]+),\s*\S/u.exec(stripFiller(cells[0]!)) : null;
        if (described && isSignedName(described[1]!.trim())) {
          roles[0]!.name = described[1]!.trim();
          i = j;
          consumed = j;
          break;
        }
        const open = roles.filter((r) => r.name === null).length;
        const names = splitNameRow(cells, open, known);
        if (names.every((n) => n === null)) break;
        let k = 0;
        for (const role of roles) if (role.name === null) role.name = names[k++] ?? null;
        i = j;
        consumed = j;
        // "Vid anteckningarna   Justeras" / "Saga Frell" / "" / "Ebbe Mulm": the names' row read as a row a name, the
        // second name on a row below the first; a row of one name goes on to the next roles left open.
        const below = lines.slice(j + 1, j + 4).find((l) => !isBlank(l) && !l.cells.every(isFiller));
        if (cells.length === 1 && roles.some((r) => r.name === null) && below?.cells.length === 1 && isSignedName(stripFiller(below.cells[0]!))) continue;
        break;
      }
    }
    for (const role of roles) {
      const signature = { role: role.role, name: role.name };
      if (ADJUSTED_AT.has(role)) ADJUSTED_AT.add(signature);
      signatures.push(signature);
    }
    lastGroupSize = roles.length;
    lastSignatureRow = i;
  }
  return signatures.filter((s) => s.name || !ADJUSTED_AT.has(s));
}
