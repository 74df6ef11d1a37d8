import type { Signature } from '../domain/index.ts';
import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';
import { type LabelMatch, matchLabel } from './labels.ts';
import { similarity } from '../text/edit-distance.ts';
import { cleanNameText, looksLikeName, looksLikePlace, looksLikeTitle } from './person.ts';
import { withFirstNameCapital } from './people-list-rows.ts';
import { findDates } from './swedish-dates.ts';

/** Dotted or underscored signature lines, and the cells around them that hold no words. */
function isFiller(cell: string): boolean {
  return !/\p{L}{2,}/u.test(cell) || /^[\s._…\-–—]{3,}$/.test(cell);
}

// "Petra wahl", "Jon ström": OCR reads a capital whose small letter has the same shape (C, O, S, V, W, X, Z) in lower
// case. After a capitalised first name such a word is the surname; the small words of a sentence are not.
const SAME_SHAPE_SMALL = /(?<=^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)*\s)(?!(?:och|om|oss|ovan|samt|som|sin|sina|sitt|sig|ska|skall|sedan|ser|sekr|vid|var|vara|vars|via|vice|vilka|vilken|vilket|vad|vem)(?:\s|$))([cosvwxz])(?=\p{Ll}{2,}(?:[- ]\p{Lu}\p{Ll}+)*$)/u;

function withSurnameCapital(name: string): string {
  return name.replace(SAME_SHAPE_SMALL, (letter) => letter.toUpperCase());
}

function stripFiller(text: string): string {
  // OCR speckles between the columns of a signature row come out as lone digits and marks.
  return withSurnameCapital(cleanNameText(
    text
      // "Lars Olsson | Paragrafer 45-47": the paragraphs the minutes hold, beside the secretary's name on the front page.
      // "Lovisa Fager . Paragrafer §§ 8-11": the signs printed too, after a speck.
      .replace(/\s*[|.]?\s*(?:\b(?:paragrafer|paragraf)\b(?:\s*§§?)?|§§?)\s*\d[\d\s,–—-]*$/iu, ' ')
      .replace(/[._…]{3,}/g, ' ')
      .replace(/\([^)]*\)/g, ' ')
      // "Karin 'Ek": a speck read as a quote glued to a name.
      .replace(/(^|\s)['"`´]+(?=\p{L})/gu, '$1')
      .replace(/(^|\s)(?:\d{1,2}|[^\p{L}\s]+)(?=\s|$)/gu, ' '),
  ));
}

function isRoleWord(word: string): boolean {
  const label = genericRole(word) ?? matchLabel(word);
  return label !== null && !label.rest && (label.kind === 'signature' || label.kind === 'adjusters');
}

/**
 * A dotted signature line that OCR read as letters ("Ordförande sssnssnsss slå
 * JUSTErAre mossen"): the row starts with a role, another role follows, and
 * only lower-case scraps (at least a dotted line's worth) stand around them.
 * The roles become the row's cells.
 */
function rolesAmidLeaderScraps(line: DocumentLine): string[] | null {
  if (line.cells.length !== 1) return null;
  const words = line.text.trim().split(/\s+/);
  const roles = words.filter(isRoleWord);
  if (roles.length < 2 || !isRoleWord(words[0]!)) return null;
  const scraps = words.filter((w) => !isRoleWord(w));
  // "Justerare = . Justerare": specks alone between the roles are the gap OCR read, as a dotted line's scraps are.
  const specksOnly = scraps.length > 0 && scraps.every((w) => /^[^\p{L}\d]{1,2}$/u.test(w));
  // "Ordförande Justerare Justerare": nothing but roles, the gaps between them closed.
  if (scraps.some((w) => /^\p{Lu}/u.test(w)) || (scraps.join('').length < 8 && !specksOnly && scraps.length > 0)) return null;
  // OCR's mixed case inside a word ("JUSTErAre") is damage, not how it was printed.
  return roles.map((w) => (/\p{Ll}\p{Lu}/u.test(w) ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w));
}

// "Antecknat av", "Vid pennan", "Vid tangentbordet", "Antecknare": who kept the notes, who may sign with a first name.
// "Antecknat: Sanna": a workplace's notes leave out the "av".
const NOTE_TAKER = /(?:\bav|^vid\s+(?:pennan|tangentbordet|anteckningarna|datorn)|^antecknare|^antecknat|^referent|^sekreterare)[:.]?$/iu;

/** The roles a row introduces, each with a name when the same cell or row carries one. */
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

/**
 * "Sekreterare .....sssssesmrnnnn sessrrrennnnnnnnnn": the rest of a role's row where OCR read the dotted signing line
 * as letters. The dots come out as the round, narrow letters (s, e, n, r) in long runs, never as a capitalised name.
 */
function isLeaderScraps(rest: string): boolean {
  const words = rest.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) || (/^\p{Lu}+$/u.test(w) && w.length > 2))) return false;
  const letters = rest.replace(/[^\p{Ll}]/gu, '');
  if (letters.length < 12) return false;
  return /(\p{Ll})\1\1/u.test(letters) || (letters.match(/[sner]/gu)?.length ?? 0) >= letters.length * 0.6;
}

/** "sesmmsrssresressererrea Eva Holm": a signing line read as letters, then the signer's name; the name, or null. */
function nameAfterLeaderScraps(rest: string): string | null {
  const words = rest.trim().split(/\s+/);
  const first = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (first < 1 || !isLeaderScraps(words.slice(0, first).join(' '))) return null;
  const name = stripFiller(words.slice(first).join(' '));
  // "… rn n nns et N RR": capitals among the scraps are more scraps; a name has its small letters.
  return isSignedName(name) && name.split(' ').every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? name : null;
}

export function signatureRoles(input: DocumentLine): { role: string; name: string | null }[] | null {
  const line = withRolesWrittenOut(input);
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
      const rest = adjustedAt ? '' : afterScraps ?? (isLeaderScraps(label!.rest) ? '' : stripFiller(label!.rest));
      const role = roleAsPrinted(cell, label!.rest, label!.label);
      // "Protokollet justerat" states that the minutes were adjusted; without names under it, it signs nothing.
      if (adjustedAt || (label!.label === 'Protokollet justerat' && !rest)) {
        const dated = { role, name: null };
        ADJUSTED_AT.add(dated);
        roles.push(dated);
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

// "Linda Sundqvist, vid pennan": the note-taker's phrase after the name, as a role after it.
// "Emma Lindqvist, fritidsledare": a title of the one who calls the meeting, under an invitation.
// "Anna Ek, sammankallande": who convenes a network signs its notes.
const NAME_WITH_ROLE = /^\s*(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3})\s*,\s*((?:vice\s+)?\p{L}*(?:ordförande|sekreterare|justerare|protokollförare|justerande|ledare|chef|samordnare|handläggare|rektor|direktör|strateg)|vid\s+(?:pennan|protokollet|anteckningarna)|antecknare|sammankallande)\s*$/iu;

/**
 * "Eva Lind, sekreterare" or "Eva Lind, ordförande   Olle Ek, justerare": a row
 * where every cell is a signed name with its role, or null.
 */
export function namesWithRoles(line: DocumentLine): Signature[] | null {
  // "Birgit Hallén, ordförande Osman Farah, justerare": two signers in one cell where OCR closed the column gap.
  // "Lena Berg, justerare | Kjell Nord, justerare": a speck read as a bar in the gap between the two.
  const cells = line.cells
    .filter((c) => !isFiller(c))
    .flatMap((c) => c.split(/(?<=(?:ordförande|sekreterare|justerare|justerande|protokollförare))\s+(?:[|:;]+\s+)?(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu})/iu));
  if (cells.length === 0) return null;
  const signed = cells.map((c) => NAME_WITH_ROLE.exec(c));
  if (!signed.every((m) => m !== null && isSignedName(m[1]!))) return null;
  return signed.map((m) => ({ role: m![2]!, name: m![1]! }));
}

// "sammankallande": who convenes a network or working group signs its notes where there is no chair.
const SIGNER_TITLE = /^(?:vice\s+)?\p{L}*(?:ordförande|sekreterare|justerare|justerande|protokollförare|antecknare|mötesledare|sammankallande)$/iu;
// "Protokollet justerat" over names with their titles below: the heading of the adjusters' block, as "Justeras".
// "Utdraget bestyrks" / "Maria Sten" / "nämndsekreterare": the certifying heading of a protokollsutdrag, as "Rätt utdraget".
const BLOCK_HEADING = /^(?:vid\s|justeras|(?:protokollet\s+)?justerat|antecknat|rätt\s+utdraget|utdraget\s+bestyrk|utdraget?s?\s+överensstämm|underskrift)/iu;

/** "ordf." → "ordförande": a signer's title abbreviated under the name, written out; any other title as printed. */
function normaliseSignerTitle(title: string): string {
  const t = title.trim();
  return /^ordf\.?$/iu.test(t) ? 'ordförande' : /^sekr\.?$/iu.test(t) ? 'sekreterare' : /^just\.?$/iu.test(t) ? 'justerare' : t;
}

// "KH LO" under "Justerandes sign": the adjusters' initials, which a protokoll's form has them write on every page.
const INITIALS_ONLY = /^\p{Lu}{1,3}\.?(?:\s+\p{Lu}{1,3}\.?)+$/u;

/** A signed name has a first name and a surname; a lone capitalised word is more likely a role. */
function isSignedName(text: string): boolean {
  // "Justerare Justerare" reads like two capitalised names but is two roles.
  return looksLikeName(text) && text.trim().split(/\s+/).length >= 2 && !text.trim().split(/\s+/).every(isRoleWord) && !INITIALS_ONLY.test(text.trim());
}

// "Minnesanteckningar: Lina Berg", "Anteckningar: Per Ek": who kept the notes, named after the document's own word.
const NOTES_BY = /^\s*((?:minnes)?anteckningar)\s*:\s*(\p{Lu}[^,;:]*?)\s*$/iu;

/** The note-taker's row closing the notes ("Minnesanteckningar: Lina Berg"), or null. */
export function notesBy(line: DocumentLine): Signature[] | null {
  const m = line.cells.length === 1 ? NOTES_BY.exec(line.text) : null;
  return m && isSignedName(m[2]!) ? [{ role: m[1]!, name: m[2]! }] : null;
}

// "Protokollet justerat | Ekby 5.3.2025", "Justeras | Ekby den 5 mars 2025": beside the adjusters' heading, the town
// and day the minutes were adjusted, not a signer; the names stand on the row below.
const ADJUSTED_HEADING = /^(?:protokollet\s+)?juster(?:as|at)\b/iu;

// A heading that gave the town and day of the adjustment signs nothing by itself: where no names follow it (the
// adjusters signed in a row of their own above), it is no signature.
const ADJUSTED_AT = new WeakSet<object>();

function placeAndDay(text: string): boolean {
  const value = text.trim().replace(/[.\s]+$/u, '');
  const date = findDates(value)[0];
  // "Hans Blom 2023-10-18": a signer who dated the signature has a name of two words; the town is one.
  return date !== undefined && date.index + date.length >= value.length && /^(?:\p{Lu}[\p{L}-]+\s*,?\s*)?(?:den\s+)?$/u.test(value.slice(0, date.index));
}

/** Titles that sign minutes without being in the label catalogue: "Nämndsekreterare", "Vice ordförande". */
function genericRole(cell: string): LabelMatch | null {
  // "ordförande / puheenjohtaja": a bilingual (Finland-Swedish) protokoll prints the title in both languages under the name.
  const bilingual = /^\s*(\p{L}[\p{L} ]{2,40}?)\s*\/\s*\p{L}[\p{L} ]{1,40}$/u.exec(cell);
  if (bilingual) {
    const first = genericRole(bilingual[1]!);
    if (first && !first.rest) return { kind: 'signature', label: cell.trim(), rest: '' };
  }
  // "Kommunstyrelsens ordförande", "Nämndens sekreterare": the body in the genitive before the title.
  // ". nämndsekreterare": a speck at the left margin before the title.
  const m = /^\s*(?:[.,:;|'"`]+\s+)?((?:\p{L}{5,}s\s+)?(?:vice\s+)?\p{L}*(?:sekreterare|ordförande))\b[\s:._…]*(.*)$/iu.exec(cell) ?? FOR_PARTY.exec(cell);
  if (!m) {
    const officer = officerTitle(cell);
    return officer ? { kind: 'signature', label: officer, rest: '' } : null;
  }
  // "ordförande i kyrkofullmäktige", "sekreterare för valnämnden": the body after "i" or "för" belongs to the title, as
  // the genitive before it does; it is no signer's name.
  if (BODY_AFTER_TITLE.test(m[2]!)) return { kind: 'signature', label: cell.trim().replace(/^[.,:;|'"`]+\s+/u, ''), rest: '' };
  return { kind: 'signature', label: m[1]!, rest: m[2]!.trim() };
}

const BODY_AFTER_TITLE = /^(?:i|för)\s+(?:\p{Lu}[\p{L}-]+s\s+)?\p{Ll}[\p{L}-]*(?:fullmäktige|nämnd|nämnden|styrelsen|rådet|utskottet|föreningen|förbundet|stämman|kommittén|direktionen)\s*$/u;

// "Sara Lund" / "projektledare": an officer who sends out a kallelse or keeps the notes signs with their title in lower
// case, alone on its row.
// "regionbibliotekarie", "verksamhetsutvecklare", "utvecklingskonsulent": the titles of officers who run a network.
// "samordnare", "koordinator": the title may be the bare word, without a field before it.
const OFFICER_ALONE = /^\s*(\p{Ll}*(?:ledare|chef|samordnare|direktör|handläggare|strateg|bibliotekarie|utvecklare|konsulent|koordinator))()\s*$/u;

// "Samordnare, Energikontoret Sörmland" under the name that signs an invitation: the title capitalised as the row's first
// word, and the office after a comma, as an e-mail signature prints them. The office is no part of the role.
const OFFICER_WITH_OFFICE = /^\s*(\p{L}\p{Ll}{3,})(?:\s*,\s*\p{Lu}[\p{L}\d&.\s-]{1,60})?\s*$/u;

// Members' functions are no officer's title: "Ledamot" alone under a name is a list of members, not one who signs.
const ELECTED_FUNCTION = /^(?:ledamot|ersättare|suppleant|revisor|kassör|\p{L}*representant)$/iu;

// "Anna Ek" / "verkställande direktör": a company's kallelse is sent by its managing director, whose title is two words
// or their abbreviation.
const MANAGING_DIRECTOR = /^\s*(verkställande\s+direktör|vd)\s*$/iu;

/** The officer's title of a row that holds only it (and perhaps the office after a comma), or null. */
function officerTitle(cell: string): string | null {
  const director = MANAGING_DIRECTOR.exec(cell);
  if (director) return director[1]!;
  const m = OFFICER_WITH_OFFICE.exec(cell);
  // "Barnomsorgsinspektör", "Fritidsintendent": any title an officer is known by before a name signs as one, too.
  return m && (OFFICER_ALONE.test(m[1]!.toLowerCase()) || (looksLikeTitle(m[1]!) && !ELECTED_FUNCTION.test(m[1]!))) ? m[1]! : null;
}

// "För arbetsgivaren | För arbetstagarorganisationerna": the parties to a negotiation (samverkan, MBL) each sign for their side.
const FOR_PARTY = /^\s*(för\s+(?:arbetsgivar(?:en|sidan)|arbetstagar(?:na|sidan|organisationerna|organisationen)|(?:de\s+)?fackliga\s+organisationerna))\b[\s:._…]*(.*)$/iu;

function slipInsideWords(printed: string, label: string): boolean {
  const a = printed.split(/\s+/);
  const b = label.split(/\s+/);
  return printed !== label && a.length === b.length && a.every((w, k) => w.slice(-2) === b[k]!.slice(-2)) && similarity(printed, label) >= 0.8;
}

function roleAsPrinted(cell: string, rest: string, label: string | null = null): string {
  // '"Justeras': the label is found behind OCR's specks at the left (see matchLabel); the role is printed without them.
  // ". Justeras": a speck read as a stop before the role, too.
  const printed = (rest ? cell.slice(0, cell.lastIndexOf(rest)) : cell).replace(/[:.\s_…|<>]+$/, '').replace(/^(?:[\s\-–—•*|"'“”‘’»«]|[.,:;](?=\s))+/u, '').trim();
  // "Anhtecknat av": a label matched one OCR slip away inside a word is the role as the catalogue spells it.
  // A different ending ("Justerat" for "Justeras") is another form of the word, printed so.
  // "JUSTErArG": OCR's mixed case inside a word is damage, and the label matched is the role as the catalogue spells it.
  const damaged = /\p{Ll}\p{Lu}/u.test(printed) && !/\s/u.test(printed);
  const role = label && printed && (damaged || slipInsideWords(printed.toLowerCase(), label.toLowerCase())) ? label : printed || cell.trim();
  // "Ordf.:", "Sekr.:": an abbreviation keeps its own stop, which the strip of a dotted line's scraps took ("Oordf.:"
  // too, read as the catalogue's "Ordf").
  if (/^(?:ordf|sekr|v\.\s*ordf)$/iu.test(role) && cell.includes(`${printed}.`)) return `${role}.`;
  return role;
}

/** Words of a name row without OCR speckles: lower-case scraps ("kr", "i") that no name starts with. */
function nameWords(text: string): string[] | null {
  // "Lars Sund: Mia Holm": a speck read as punctuation after a name's last word.
  const words = text.split(' ').map((w) => w.replace(/(?<=\p{L})[:;|]+$/u, '')).filter(Boolean);
  const kept = words.filter((w) => /^\p{Lu}/u.test(w) || /^(?:af|von|van|de|di|la|el|der)$/.test(w));
  // A row with real lower-case words is prose ("Nästa möte den 21 september …"), not names.
  if (words.some((w) => !kept.includes(w) && w.length > 2)) return null;
  return kept;
}

/** Splits a run of words into known names where they appear in order, e.g. the attendees. */
function splitByKnown(words: string[], wanted: number, known: readonly string[]): string[] | null {
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
function splitNameRow(cells: string[], wanted: number, known: readonly string[] = []): (string | null)[] {
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

/**
 * Whether rows carry the marks of a place to sign: an "Underskrifter"
 * heading or a dotted or underscored line. Without them, "Sekreterare: Eva
 * Ek" in a head block names a function at the meeting, not a signature.
 */
/** "Sekreterare: Ylva Ek": a row of a signer's role and one name beside it. */
function namedRoleRow(line: DocumentLine): 'signature' | 'adjusters' | null {
  const cells = line.cells.filter((c) => !isFiller(c));
  const label = cells.length >= 1 && cells.length <= 2 ? matchLabel(cells[0]!) : null;
  if (!label || (label.kind !== 'signature' && label.kind !== 'adjusters')) return null;
  const name = cells.length === 2 ? cells[1]! : label.rest;
  return isSignedName(stripFiller(name)) ? label.kind : null;
}

/**
 * "Justerare: Tove Ek (M)" among the head's fields, and later "Sekreterare: Ylva Dahl" / "Ordförande: Lena Kvist" /
 * "Justerare: Tove Ek" as a block of their own: the adjuster named a second time, beside the chair and the secretary,
 * is the page's signing block, printed without lines to sign on.
 */
function repeatedSigningRun(lines: readonly DocumentLine[]): boolean {
  let adjusterBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const kind = namedRoleRow(lines[i]!);
    if (kind === null) continue;
    let end = i;
    const kinds: string[] = [];
    const labels = new Set<string>();
    while (end < lines.length && !isBlank(lines[end]!) && namedRoleRow(lines[end]!) !== null) {
      kinds.push(namedRoleRow(lines[end]!)!);
      labels.add(matchLabel(lines[end]!.cells[0]!)!.label);
      end++;
    }
    const starts = i === 0 || isBlank(lines[i - 1]!);
    if (adjusterBefore && starts && kinds.length >= 3 && kinds.includes('adjusters') && kinds.filter((k) => k === 'signature').length >= 2 && labels.size >= 3) return true;
    if (kinds.includes('adjusters')) adjusterBefore = true;
    i = end - 1;
  }
  return false;
}

export function hasSignatureLayout(lines: readonly DocumentLine[]): boolean {
  if (repeatedSigningRun(lines)) return true;
  return lines.some(
    (line) =>
      line.cells.some((cell) => /[._…]{5,}/.test(cell) || matchLabel(cell)?.kind === 'signatureHeading') ||
      // "Sekreterare   Ordförande   Justerande" with nothing else on the row: the roles of a signature row.
      // A speck cell beside one role ("ordförande | :") is no second column.
      (line.cells.filter((c) => !isFiller(c) && /\p{L}/u.test(c)).length >= 2 && (signatureRoles(line)?.every((r) => r.name === null) ?? false) && signatureRoles(line)!.length === line.cells.filter((c) => !isFiller(c)).length),
  );
}

/** Index of the nearest non-blank row above `index`, or -1. */
function rowAbove(lines: readonly DocumentLine[], index: number): number {
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) if (!isBlank(lines[j]!) && !lines[j]!.cells.every(isFiller)) return j;
  return -1;
}

// "Anna Berg och Johan Ek" over "nätverkssamordnare": two who send an invitation together sign on one row, and the
// title under it is each one's.
const JOINT_SIGNERS = /^\s*(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2})\s+(?:och|&)\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2})\s*$/u;

function jointSigners(line: DocumentLine): [string, string] | null {
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

/** Where a signature block starts: its roles row, or the names row above it. */
export function signatureBlockStart(lines: readonly DocumentLine[], rolesRow: number): number {
  const roles = signatureRoles(lines[rolesRow]!);
  const above = rowAbove(lines, rolesRow);
  if (roles && roles.every((r) => r.name === null) && (namesAbove(lines, rolesRow, roles.length) || (roles.length === 1 && above >= 0 && jointSigners(lines[above]!)))) return above;
  return rolesRow;
}

/**
 * Signature rows read top to bottom: a row of roles ("Vid anteckningarna
 * Justeras", "Sekreterare ........"), then, on the next row that holds
 * words, the names in the same order.
 */
/** "Lena Karlsson . Mats Öberg": OCR read the gap between two signers' columns as a speck; the speck parts them. */
/** "ulf Nykvist" under "Sekreterare": OCR lost the capital of the signer's first name, as in a list of those present. */
function withSignerCapital(line: DocumentLine): DocumentLine {
  const cells = line.cells.map(withFirstNameCapital);
  return cells.every((c, k) => c === line.cells[k]) ? line : { ...line, cells, text: cells.join(' ') };
}

function withSpeckGapsSplit(line: DocumentLine): DocumentLine {
  if (line.cells.length !== 1) return line;
  const parts = line.cells[0]!.split(/\s+[.,:;|'"`]+\s+(?=\p{Lu})/u).map((p) => p.trim());
  if (parts.length < 2 || !parts.every(isSignedName)) return line;
  return { ...line, cells: parts, text: parts.join(' ') };
}

/** The role of a row that holds one role and nothing else ("Sekreterare"), or null. */
function bareRole(line: DocumentLine): string | null {
  if (line.cells.length !== 1) return null;
  const roles = signatureRoles(line);
  return roles?.length === 1 && roles[0]!.name === null ? roles[0]!.role : null;
}

/**
 * "Sekreterare" / "Ordförande" / "Justerande" … "Malin Berg" / "Ulf Hedman" / "Sara Qvist": the column of roles that
 * OCR read before the column of names beside it. Two or more rows of a role each, then (past blank rows and a heading
 * in capitals, "ANSLAGSBEVIS") exactly as many rows of a name each, pair in order. Null when the rows do not read so.
 */
function rolesOverNames(lines: readonly DocumentLine[], from: number): { signatures: Signature[]; end: number } | null {
  const roles: string[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const role = bareRole(lines[i]!);
    if (role === null) break;
    roles.push(role);
  }
  if (roles.length < 2) return null;
  while (i < lines.length && (isBlank(lines[i]!) || /^\s*\p{Lu}{4,}\s*$/u.test(lines[i]!.text))) i++;
  const names: string[] = [];
  for (; i < lines.length && names.length < roles.length; i++) {
    const name = lines[i]!.cells.length === 1 ? stripFiller(lines[i]!.cells[0]!) : '';
    if (!name || !isSignedName(name)) break;
    names.push(name);
  }
  if (names.length !== roles.length || (i < lines.length && !isBlank(lines[i]!) && lines[i]!.cells.length === 1 && isSignedName(stripFiller(lines[i]!.cells[0]!)))) return null;
  return { signatures: roles.map((role, k) => ({ role, name: names[k]! })), end: i - 1 };
}

// "Namnförtydligande: Anna Ek", "Namnförtydl. Anna Ek": a form's caption for the signer's name printed under the signing
// line; the name is what follows it.
const NAME_CAPTION = /^\s*(?:namnförtydligande|namnförtydl\.?|förtydligande)\s*[:.]?\s*(?=\p{Lu})/iu;

function withoutNameCaptions(line: DocumentLine): DocumentLine {
  return line.cells.some((c) => NAME_CAPTION.test(c)) ? documentLine(line.page, line.cells.map((c) => c.replace(NAME_CAPTION, '')), line.cellX) : line;
}

export function parseSignatures(input: readonly DocumentLine[], known: readonly string[] = [], options: { closing?: boolean } = {}): Signature[] {
  const lines = input.map(withoutNameCaptions).map(withSpeckGapsSplit).map(withSignerCapital);
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
    const besideNames = line.cells.slice(1).map(stripFiller);
    const pairBelow = line.cells.length > 2 && i - lastSignatureRow <= 2 && besideNames.every(isSignedName);
    const read = !roles && signatures.length > 0 && (line.cells.length <= 2 || pairBelow) ? matchLabel(line.cells[0]!) : null;
    // "JUSTErALrE sosssorereressre…": the signing line read as letters after the role is no name on its row.
    const lone = read && read.rest && isLeaderScraps(read.rest) ? { ...read, rest: '' } : read;
    const printedRole = read && lone && read.rest !== lone.rest ? roleAsPrinted(line.cells[0]!, read.rest, read.label) : null;
    // "Ordförande | Eva Holm" / "Justerare | Jan Sund": the signing dots between role and name lost to OCR.
    if (lone?.kind === 'adjusters' && !lone.rest && besideNames.length > 0 && besideNames.every(isSignedName)) {
      signatures.push(...besideNames.map((name) => ({ role: roleAsPrinted(line.cells[0]!, ''), name })));
      consumed = i;
      lastSignatureRow = i;
      continue;
    }
    // "Justerare: Kjell Ek (signerat digitalt)" below "Ordförande: …": the name on the role's own row.
    const signedBeside = lone?.kind === 'adjusters' && lone.rest && line.cells.length === 1 ? stripFiller(lone.rest) : '';
    if (signedBeside && isSignedName(signedBeside) && i - lastSignatureRow <= 2) {
      signatures.push({ role: roleAsPrinted(line.cells[0]!, lone!.rest), name: signedBeside });
      consumed = i;
      lastSignatureRow = i;
      continue;
    }
    if (lone?.kind === 'adjusters' && !lone.rest && line.cells.length === 1) {
      const next = lines.slice(i + 1, i + 4).find((l) => !isBlank(l) && !l.cells.every(isFiller));
      const name = next && next.cells.length === 1 ? stripFiller(next.cells[0]!) : '';
      if (name && isSignedName(name)) {
        signatures.push({ role: printedRole ?? roleAsPrinted(line.cells[0]!, ''), name });
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
      lastGroupSize > 0 && straightUnder(i) && roles.length === lastGroupSize && roles.every((r) => r.name === null && SIGNER_TITLE.test(r.role.split(/\s+\/\s+/u)[0]!)) &&
      group.every((s) => s.name && BLOCK_HEADING.test(s.role))
    ) {
      group.forEach((s, k) => (s.role = roles[k]!.role));
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
        // "Justeras" over "Gunnar Åkesson Britt-Marie Lindén" (OCR closed the gap): split at known names.
        if (roles.length === 1 && cells.length === 1 && BLOCK_HEADING.test(roles[0]!.role)) {
          const words = nameWords(stripFiller(cells[0]!)) ?? [];
          const several = [3, 2].map((n) => splitByKnown(words, n, known)).find((names) => names !== null && names.every(isSignedName));
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
        const names = splitNameRow(cells, missing, known);
        if (names.every((n) => n === null)) break;
        let k = 0;
        for (const role of roles) if (role.name === null) role.name = names[k++] ?? null;
        i = j;
        consumed = j;
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
