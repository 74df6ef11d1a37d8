import type { Person } from '../domain/index.ts';
import { withoutHolding } from './share-holding.ts';
import { withPartyLetterSlips } from './party-letter-slips.ts';
import { withoutAttendanceClause } from './attendance-note-after-name.ts';
import { withoutBracketedClass } from './pupil-rows.ts';
import { ABSENCE_REASON, HONORIFIC, REMOTE_NOTE, REMOTE_NOTE_AFTER_TITLE, cleanNameText } from './name-text-cleanup.ts';
import { describeExtras, normaliseRole } from './person-extras.ts';
import { CAPITAL_TITLE, LEADING_TITLE, LOWER_CASE_PARTIES, ORGANISATION_WORDS, ROLE_WORDS, TITLE_ENDING, isInitials, looksLikeName, looksLikeParty, looksLikePlace, looksLikeRole, looksLikeTitle, namesBodyWhole } from './person-parts.ts';

export type PersonContext = 'member' | 'other';

// The parties of the Riksdag by their usual letters; alone after a name, without brackets, only these are trusted.
const BARE_PARTY_AFTER_NAME = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3})\s+(S|M|C|L|V|KD|MP|SD|FP)(?:\s*,\s*(.+))?$/u;

export const FUNCTION_AFTER_NAME = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3})\s+((?:v\.\s*|vice\s+)?ordf\.?|(?:vice\s+)?ordförande|sekr\.?|sekreterare|kassör|ledamot|led\.|suppleant|suppl\.|adj\.|adjungerad|revisor)$/u;

const PARTY_BETWEEN_COMMAS = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3})\s*,\s*(\p{L}{1,4})\s*(?:,\s*(.+))?$/u;

/**
 * A table row whose column gaps OCR closed ("Sundbybergs stad ordförande"):
 * a title in lower case after the organisation is the role column. Only a
 * word that reads as a title splits off, so "Järfälla kommun" stays whole.
 */
function withTrailingTitle(organisation: string): string[] {
  const words = organisation.split(' ');
  for (let k = 1; k < words.length; k++) {
    const role = words.slice(k).join(' ');
    const head = words.slice(0, k).join(' ');
    if (!words.slice(k).every((w) => /^\p{Ll}/u.test(w)) || ORGANISATION_WORDS.test(role)) continue;
    if ((TITLE_ENDING.test(role) || ROLE_WORDS.test(role)) && looksLikePlace(head)) return [head, role];
  }
  return [organisation];
}

// "Vice ordf. Ruth Lindgren (c)": the function abbreviated, too.
const ROLE_BEFORE_NAME = /^((?:\d:e\s+|förste\s+|andre\s+)?(?:vice\s+|v\.\s*)?(?:ordförande|ordf\.|sekreterare|sekr\.|ledamot|led\.|ersättare|ers\.|kassör|suppleant|suppl\.))\s+(?=\p{Lu})/iu;

// "S1 Personal", "S3 Ledning": a crisis staff numbers its functions with a letter and a figure before the function's name.
const STAFF_FUNCTION = /^\p{Lu}{1,2}\d{1,2}\s+\p{Lu}\p{Ll}+$/u;

// "Lars Ek kommunalråd ”": a speck OCR read at the row's end after the title.
const NAME_THEN_TITLE_WORD = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Ll}[\p{Ll}-]{3,})(?=\s*(?:,|[\s|"“”«»'`*.:;-]*$))/u;

/**
 * One attendee line: "Anna Öberg, Haninge, ordförande", "Karin Ståhl (S),
 * tjänstgörande ersättare", "Lena Holm, kommundirektör", "Per Ek   Tyresö".
 * For members, a capitalised second field is the organisation; for others
 * (Övriga närvarande) it is their title unless it names a place.
 */
export function parsePerson(text: string, context: PersonContext = 'member'): Person | null {
  // "Åsa Fröberg – Botkyrka kommun", "Anna Ek från Tyresö": a spaced dash or "från" before a capital separates like a comma.
  // "(via Teams)", "(deltog digitalt)": how someone took part says nothing about who they are.
  const cleaned = cleanNameText(
    withoutBracketedClass(withoutAttendanceClause(withPartyLetterSlips(text)))
      // "Tomas Ek (5)", "Leif Ek ($)": among members OCR reads the party letter S as the figure or the sign of the same
      // shape; no member is described by a lone figure or sign in brackets.
      .replace(/(?<=\p{Ll}\s*)\(\s*[5$]\s*\)/gu, (bracket) => (context === 'member' ? '(S)' : bracket))
      // An e-mail address or a telephone number says how to reach someone, not who they are.
      .replace(/[,;\s]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, '')
      // "sofia.bergQhuddinge.se", "johan!liljaQ botkyrka.se": OCR reads "@" as a letter; the local part has a stop
      // or the specks of one, and the address ends in a top-level domain.
      .replace(/[,;\s]*\p{Ll}+[.!,]\p{Ll}+\s?[Q@©®]\s?[\w-]+(?:\.[\w-]+)*\.(?:se|nu|com|org|net|eu|info)\b/gu, '')
      .replace(/[,;\s]*(?:tfn|tel)\.?:?\s*\+?[\d][\d\s-]{6,}\d/giu, '')
      .replace(REMOTE_NOTE_AFTER_TITLE, '')
      .replace(REMOTE_NOTE, ' ')
      .replace(ABSENCE_REASON, ' ')
      // "Per Stenlund, ekonomichef, Ks §§ 146–147": the paragraphs someone was there for, numbered with the body's
      // prefix as the minutes number them, are no organisation.
      // "Ks 88 146-147", "…, 8 54": OCR's figures for the signs, with the body's prefix or without it.
      .replace(/\s*,\s*\(?(?:\p{Lu}\p{L}{0,5}\s*(?:§{1,2}|\${1,2}|88|SS)|(?:88|\$\$|SS|8|\$)(?=\s))\s*\d{1,4}(?:\s*(?:[–—-]|,|och)\s*\d{1,4})*\)?\s*$/u, '')
      .replace(/(\p{Lu}\p{Ll}+)\s+(?:[–—-]|från)\s+(?=\p{Lu})/gu, '$1, ')
      // "Göran Ek fr polisen", "Eva Holm från socialförvaltningen": a body written in lower case after "från" or its
      // abbreviation, in the definite form that names an office or agency.
      .replace(/(\p{Lu}\p{Ll}+)\s+(?:från|fr\.?)\s+(?=(\p{Ll}[\p{Ll}-]+))/gu, (whole, name: string, body: string) =>
        namesBodyWhole(body) ? `${name}, ` : whole,
      )
      // "Nina Forsblom; rektor, …": OCR's semicolon for the comma before a title; no second person starts in lower case.
      .replace(/(?<=\p{Lu}\p{Ll}+)\s*;\s*(?=\p{Ll}[\p{Ll}-]{3,})/gu, ', ')
      // "Olle Ek; Solna, vice ordförande": before one capitalised word that a comma or the row's end closes, too; a second
      // person would have a name of two words.
      .replace(/(?<=\p{Lu}\p{Ll}+)\s*;\s*(?=\p{Lu}[\p{Ll}-]+\s*(?:,|$))/gu, ', ')
      // "Haninge kommun – Per Lund": where someone comes from, printed before the name, ends in a small letter.
      .replace(/(\p{Ll}{2,})\s+[–—]\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu, '$1, ')
      // "Anders Nilsson —--Härnösands kommun": OCR doubles the spaced dash and closes the gap after it.
      .replace(/(\p{Lu}\p{Ll}+)\s+[–—-]{2,}\s*(?=\p{Lu})/gu, '$1, ')
      // "Anna Ek/Täby": a slash between the name and where the person comes from.
      .replace(/(\p{Lu}\p{Ll}+)\s*\/\s*(?=\p{Lu})/gu, '$1, ')
      // "Anna Ek – ordförande": a spaced dash before a title.
      .replace(/(\p{Lu}\p{Ll}+)\s+[–—-]\s+(?=\p{Ll})/gu, '$1, ')
      // "Eva Ek – distriktsläkare – Norrby vårdcentral", "Bo Lind – MAS – Tuna kommun": a row of name, title and where the
      // person works, each set off by a spaced dash; the dash after a one-word title separates like a comma too.
      .replace(/^([^,]+,\s*)(\p{L}[\p{L}-]*)\s+[–—-]\s+(?=\S)/u, (whole, head: string, word: string) =>
        looksLikeTitle(word) || TITLE_ENDING.test(word) || CAPITAL_TITLE.test(word) ? `${head}${word}, ` : whole,
      )
      // "Per Ek – upphandlare – Tuna kommun": in such a row the one lower-case word between the name and a capitalised
      // organisation is the title even when no title list knows it; a unit ("socialtjänsten") reads as an organisation.
      .replace(/^([^,]+,\s*)(\p{Ll}[\p{Ll}-]*)\s+[–—-]\s+(?=\p{Lu})/u, (whole, head: string, word: string) =>
        looksLikeRole(word) && !namesBodyWhole(word) ? `${head}${word}, ` : whole,
      )
      // "Ann-Sofie Berg projektledare": a table row whose column gap OCR closed; a known title after the whole name.
      .replace(NAME_THEN_TITLE_WORD, (whole, name: string, word: string) => (looksLikeTitle(word) ? `${name}, ${whole.slice(name.length).trimStart()}` : whole))
      // "Vera Hall, ordförande i": a lone letter after a title is a speck from the page edge; no description of a
      // person ends in a one-letter word (the preposition "i" always has its place after it).
      // "Nina Sund, MAS i": after a title in capitals too.
      // "Inger Sahlin, Vallentuna ij": two letters that make no Swedish word, after where the person comes from, as well.
      .replace(/(\p{Ll}{4,}|\p{Lu}{2,})\s+(?!(?:av|på|om|en|ut|in|än|ur|åt|så|nu|ju|ty|ej)\s*$)\p{Ll}{1,2}\s*$/u, '$1')
      // "herr Bengt Ohlson", "fru Greta Pihl": an older style's courtesy title before a name is no part of it.
      .replace(HONORIFIC, '')
      // "Gunilla Marklund, sekretérare": OCR's acute accent on a title's e; Swedish titles have none, names may.
      // "Jimmy Lund (S), vicé ordförande": on "vice" before a title, too.
      .replace(/(?<=,\s*)\p{Ll}*é\p{Ll}*/gu, (word) => (TITLE_ENDING.test(word.replace(/é/gu, 'e')) || word === 'vicé' ? word.replace(/é/gu, 'e') : word)),
  );
  if (!cleaned) return null;
  // "Vallentuna kommun genom ombud Lars Wik", "Bostadsbolaget AB, representerat av Eva Ek": a shareholder or member
  // organisation and the person who spoke for it.
  const proxy = PROXY.exec(cleaned);
  if (proxy && looksLikePlace(proxy[1]!) && looksLikeName(proxy[3]!.trim())) {
    return { name: proxy[3]!.trim(), organisation: withoutHolding(proxy[1]!.trim()), role: proxy[2] ? proxy[2].trim() : null };
  }
  // "Camilla Öhrn, C, tjänstgörande ersättare för Lars Fält (C)", "Ali Hassan (S) ersätter Mona Lilja (S)": the member
  // stood in for is another person (see replacedMember), no part of this one.
  const standsIn = REPLACES.exec(cleaned);
  if (standsIn && standsIn.index > 0) {
    // "Ali Demir (S), för Helena Berg (S)", "Patrik Sjödin (SD), ersätter Karin Wästlund (SD)" among the members: one who
    // sits in for a member and says no more is serving as a substitute.
    const standIn = parsePerson(cleaned.slice(0, standsIn.index), context);
    // "…, tjänstgörande för Ali Berg": serving, said without the noun, is serving as a substitute.
    if (standIn && (!standIn.role || /^(?:tjänstgörande|tjg\.?)$/iu.test(standIn.role))) return { ...standIn, role: 'tjänstgörande ersättare' };
    // "suppleanten Ola Ek, tjänstgörande för …": the function, then "tjänstgörande" on its own before "för", says the
    // substitute serves at this meeting ("Ola Ek, ersättare för …" alone does not).
    const serving = /,\s*tjänstgörande\s*,?\s*$/u.test(cleaned.slice(0, standsIn.index));
    return standIn && serving && /^(?:suppleant|ersättare)$/u.test(standIn.role ?? '') ? { ...standIn, role: `tjänstgörande ${standIn.role}` } : standIn;
  }

  // "(M) Mattias Granlund, ordförande": some lists print the party before the name.
  const partyFirst = /^\(\s*([^()]{1,4}?)\s*\)\s*(\p{Lu}[^()]*)$/u.exec(cleaned);
  if (partyFirst && looksLikeParty(partyFirst[1]!.replace(/[.\s]/g, ''))) {
    const rest = parsePerson(partyFirst[2]!, context);
    if (rest) return { ...rest, organisation: partyFirst[1]!.replace(/[.\s]/g, '') };
  }
  // "Gunnar Blom M", "Lena Sjö KD, ordförande": a table row whose gap before the party column OCR closed.
  const bareParty = BARE_PARTY_AFTER_NAME.exec(cleaned);
  if (bareParty) return parsePerson(`${bareParty[1]} (${bareParty[2]})${bareParty[3] ? `, ${bareParty[3]}` : ''}`, context);
  // "Vilja Trosk ordf.", "Ebbe Mulm kassör": an association's quick list puts the function after the name, no comma between.
  const functionAfter = FUNCTION_AFTER_NAME.exec(cleaned);
  if (functionAfter && looksLikeName(functionAfter[1]!)) return parsePerson(`${functionAfter[1]}, ${functionAfter[2]}`, context);
  // "Sven Alm, s, ordf", "Tora Vik, KD": older protokoll set the party off with commas instead of brackets.
  const partyField = PARTY_BETWEEN_COMMAS.exec(cleaned);
  // A table row "Erik Holm, M, 1–5" (the paragraphs attended after the party) is left to the columns' reading.
  const wordsAfter = partyField?.[3] === undefined || /\p{L}{2}/u.test(partyField[3]);
  if (partyField && wordsAfter && (LOWER_CASE_PARTIES.has(partyField[2]!) || /^(?:S|M|C|L|V|KD|MP|SD|FP)$/u.test(partyField[2]!))) {
    return parsePerson(`${partyField[1]} (${partyField[2]})${partyField[3] ? `, ${partyField[3]}` : ''}`, context);
  }
  const party = /^(.*?)\s*\(\s*([^()]{1,40}?)\s*\)\s*(.*)$/u.exec(cleaned);
  // "Maria Ek (ME), förvaltningschef": the comma after the initials stays with the title, not alone between spaces.
  // "Omar Said (OS) biträdande rektor": without a comma, the initials still end the name; what follows describes the person.
  if (party && isInitials(party[2]!, cleanNameText(party[1]!))) return parsePerson(`${party[1]!.trimEnd()}${/^[,;]/u.test(party[3]!) ? '' : /^\p{L}/u.test(party[3]!) ? ', ' : ' '}${party[3]}`, context);
  // "(MAS)", "(VD)": a title written in capitals is a role, although it is as short as a party.
  const capitalTitle = party !== null && CAPITAL_TITLE.test(party[2]!.trim());
  if (party && (capitalTitle || (/^\p{Ll}/u.test(party[2]!) && !looksLikeParty(party[2]!.trim())) || (!looksLikeParty(party[2]!.replace(/[.\s]/g, '')) && !looksLikePlace(party[2]!) && looksLikeRole(party[2]!)))) {
    // "Södertälje (ordförande)": a role in brackets, not a party.
    return parsePerson(`${party[1]}, ${party[2]}${party[3] ? `, ${party[3]}` : ''}`, context);
  }
  // "Birgitta Lind, ordf. (Raseborg)": the function after the name and, last, the municipality or body in brackets.
  const roleBeforeBracket = party && !party[3]!.trim() ? /^(.+?)\s*,\s*([^,]+?)$/u.exec(party[1]!.trim()) : null;
  if (party && roleBeforeBracket && looksLikeName(cleanNameText(roleBeforeBracket[1]!)) && looksLikeRole(roleBeforeBracket[2]!)) {
    return parsePerson(`${roleBeforeBracket[1]} (${party[2]}), ${roleBeforeBracket[2]}`, context);
  }
  if (party) {
    // "1:e vice ordförande Carina Lund (S)": the function printed before the name, in a list of members.
    const before = ROLE_BEFORE_NAME.exec(party[1]!.trim());
    const name = cleanNameText(before ? party[1]!.trim().slice(before[0].length) : party[1]!);
    if (!looksLikeName(name)) return null;
    // "(S), Södertälje, ordförande": a capitalised field after the party is the member's home municipality, not a role;
    // "(M), Upplands-Bro kommun, ordförande": so is a body named in full, as a samordningsförbund lists its members.
    const fields = party[3]!.replace(/^[\s,;:–—-]+/, '').split(/\s*,\s*/).filter(Boolean);
    const home = (f: string) => /^\p{Lu}/u.test(f) && (looksLikeName(f) || looksLikePlace(f)) && !looksLikeRole(f);
    while (fields.length > 0 && home(fields[0]!)) fields.shift();
    // "(C), ordförande, Krokom": after the role too.
    while (fields.length > 1 && home(fields[fields.length - 1]!)) fields.pop();
    // "(S), ordförande, äldre- och omsorgsnämnden": the board a politician sits for, named in the definite form after the
    // party, is where the member serves, not a function; the party stays the organisation, as for every politician.
    if (looksLikeParty(party[2]!.replace(/[.\s]/g, ''))) {
      const seat = (f: string) => /^\p{Ll}[\p{Ll}-]*(?:\s+och\s+\p{Ll}+)?$/u.test(f.trim()) && namesBodyWhole(f);
      for (let k = fields.length - 1; k >= 0; k--) if (seat(fields[k]!)) fields.splice(k, 1);
    }
    // "Åsa Nordin (S) i": one letter after the bracket is the page edge read as a letter.
    const after = fields.filter((f) => !/^\p{Ll}$/u.test(f.trim())).join(', ').trim();
    // "Ordf. Karl-Erik Strand (s) '": a speck after the party is no role; the function before the name still is.
    const role = (after ? normaliseRole(after) || null : null) ?? (before ? normaliseRole(before[1]!).toLowerCase() : null);
    // "(S, Kramfors)", "(Kramfors, S)": a joint committee's member with the party and the member municipality they sit
    // for; the party is the organisation, as everywhere else a politician is listed.
    const partyAndHome = party[2]!.split(/\s*,\s*/u);
    const partyField = partyAndHome.filter((f) => looksLikeParty(f.replace(/[.\s]/g, '')));
    if (partyAndHome.length === 2 && partyField.length === 1 && partyAndHome.every((f) => partyField.includes(f) || (/^\p{Lu}\p{Ll}/u.test(f) && !looksLikeRole(f)))) {
      return { name, organisation: partyField[0]!.replace(/[.\s]/g, ''), role };
    }
    // "(Länsstyrelsen, sammankallande)", "(Norrby, ordförande)": where the person comes from and, after its comma, the
    // function in lower case; a present participle ("-ande", "-ende") names a function as a title does.
    const homeAndFunction = role === null ? /^(\p{Lu}[^,]*?)\s*,\s*(\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)$/u.exec(party[2]!.trim()) : null;
    if (homeAndFunction && !looksLikeParty(homeAndFunction[1]!.replace(/[.\s]/g, '')) && (looksLikeRole(homeAndFunction[2]!) || /(?:ande|ende)$/u.test(homeAndFunction[2]!))) {
      return { name, organisation: homeAndFunction[1]!, role: normaliseRole(homeAndFunction[2]!) };
    }
    // "(S)", "(K D)" → the party; "(Region Stockholm)" keeps its spaces.
    const squeezed = party[2]!.replace(/[.\s]/g, '');
    const organisation = looksLikeParty(squeezed) ? squeezed : party[2]!.trim();
    return { name, organisation: organisation || null, role };
  }

  const parts = cleaned
    .split(/\s*,\s*|\s+[–—-]\s+|\t/)
    .map((p) => p.trim())
    .filter(Boolean);
  // "Stabschef – Helena Gardell", "S1 Personal – Olle Rosvall", "Tyresö kommun – Per Lund": the function, or where
  // the person comes from, printed first and the name in the field after it.
  // "Region Västernorrland, Mats Edlund": a body named in capitalised words reads as a name but is a place or body.
  if (parts.length === 2 && (!looksLikeName(parts[0]!) || !parts[0]!.includes(' ') || namesBodyWhole(parts[0]!)) && parts[1]!.includes(' ') && looksLikeName(parts[1]!) && !looksLikePlace(parts[1]!)) {
    const before = parts[0]!;
    if (STAFF_FUNCTION.test(before)) return { name: parts[1]!, organisation: null, role: before };
    if (looksLikeRole(before) || LEADING_TITLE.test(before.split(/\s+/).pop()!)) {
      return { name: parts[1]!, organisation: null, role: normaliseRole(before).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) };
    }
    if (looksLikePlace(before)) return { name: parts[1]!, organisation: before, role: null };
  }
  // "Västerås – Maria Ekholm, kostchef": the municipality first, one word that is no title, then the name and the title.
  if (parts.length === 3 && /^\p{Lu}[\p{Ll}-]+$/u.test(parts[0]!) && !looksLikeRole(parts[0]!) && !LEADING_TITLE.test(parts[0]!) && parts[1]!.includes(' ') && looksLikeName(parts[1]!) && !looksLikePlace(parts[1]!)) {
    const described = describeExtras([parts[2]!], context);
    if (described.role && !described.organisation) return { name: parts[1]!, organisation: parts[0]!, role: described.role };
  }
  // "Rektor – Tyra Malm, Fjällby skola": the title first, then the name and where the person works.
  if (parts.length === 3 && !parts[0]!.includes(' ') && LEADING_TITLE.test(parts[0]!) && parts[1]!.includes(' ') && looksLikeName(parts[1]!) && !looksLikePlace(parts[1]!)) {
    const described = describeExtras([parts[2]!], context);
    if (described.organisation && !described.role) return { name: parts[1]!, organisation: described.organisation, role: normaliseRole(parts[0]!).toLowerCase() };
  }
  let name = parts[0] ?? '';
  const extras = parts.slice(1);
  // "Ledamot Susanne Fagerlund Danderyds kommun": a role column, the name and the organisation, their gaps closed by OCR.
  // The title comes off first, so that the organisation found at the end does not take the surname with it.
  let titleBefore: string | null = null;
  const titledRow = /^(\p{Lu}\p{Ll}{3,})\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+\s+\p{Lu}.*)$/u.exec(name);
  if (titledRow && LEADING_TITLE.test(titledRow[1]!) && !looksLikeName(name)) {
    name = titledRow[2]!;
    titleBefore = titledRow[1]!.toLowerCase();
  }

  // "Per Ek Tyresö", "Per Ek Tyresö kommun, ordförande", "Ebba Ek Länsstyrelsen i Stockholms län": a place after the name is the organisation.
  const words = name.split(' ');
  const bodyAfter = bodyAfterName(words);
  if (bodyAfter) {
    name = words.slice(0, bodyAfter).join(' ');
    extras.unshift(...withTrailingTitle(words.slice(bodyAfter).join(' ')));
  }
  for (let take = words.length - 2; take >= 1 && !bodyAfter; take--) {
    const tail = words.slice(-take).join(' ');
    // A long tail must itself open with a place or body, so that a middle name stays in the name.
    const fits = take <= 3 ? looksLikePlace(tail) : looksLikePlace(words[words.length - take]!.replace(/s$/, ''));
    if (fits && /^\p{Lu}/u.test(tail)) {
      name = words.slice(0, -take).join(' ');
      extras.unshift(...withTrailingTitle(tail));
      break;
    }
  }
  // "Ella Ström 4A", "Noah Berg 7B": a pupil's class after the name, as a school council lists its members.
  const schoolClass = new RegExp(String.raw`^(.+?)${SCHOOL_CLASS_AFTER_NAME.source}`, 'u').exec(name);
  if (schoolClass && looksLikeName(schoolClass[1]!)) {
    name = schoolClass[1]!;
    extras.unshift(schoolClass[2]!);
  }
  // "Mats Edvinsson Ekonomidirektör", "Pernilla Storm Hälso- och sjukvårdsdirektör": the name and title columns of a
  // table, their gap closed by OCR.
  const titleAfter = TRAILING_TITLE.exec(name);
  if (titleAfter && looksLikeName(titleAfter[1]!) && TITLE_ENDING.test(titleAfter[2]!) && !looksLikePlace(titleAfter[2]!)) {
    name = titleAfter[1]!;
    titleBefore ??= titleAfter[2]!;
  }
  // "Socialchef Maria Berg", "Controller Nils Ek": a title printed before the name.
  let leadingTitle: string | null = titleBefore;
  // "lärare Jonas Fors": in a list, the title may be written in lower case.
  // "Biträdande rektor Per Lund", "Vice ordförande …": a word that qualifies the title comes with it.
  const titled = TITLE_BEFORE_NAME.exec(name);
  if (titled && titled[2]!.includes(' ') && LEADING_TITLE.test(titled[1]!.split(/\s+/).pop()!) && looksLikeName(titled[2]!)) {
    name = titled[2]!;
    leadingTitle = titled[1]!.toLowerCase();
  }
  if (!looksLikeName(name)) return null;

  // "Karin Lund | KL | socialchef": a column of the initials people sign with is no organisation (a party's letters stay).
  const described = describeExtras(extras.filter((extra) => !isInitials(extra, name)), context);
  return { name, organisation: described.organisation, role: described.role ?? leadingTitle };
}

/**
 * "Erik Olsson Hansjö byalag", "Kerstin Ek Norrbys bygdeförening": a table's name and organisation columns whose gap OCR
 * closed, the organisation a place's name and a common noun. A capitalised word followed by one in lower case is no
 * part of a Swedish name (the particles "af", "von", "de" aside), nor is a word in capitals ("LRF Orsa"), so the
 * organisation starts at it; returns where, or
 * null. Not when a lower-case word is a title ("Per Ek Kommunal ombudsman" reads elsewhere), nor before a full name.
 */
function bodyAfterName(words: readonly string[]): number | null {
  for (let k = 2; k < words.length - 1; k++) {
    // "Anna Ek LRF Orsa": an acronym in capitals opens the organisation too; no name holds one.
    const acronym = /^\p{Lu}{2,5}$/u.test(words[k]!) && !CAPITAL_TITLE.test(words[k]!);
    if (!acronym && (!/^\p{Lu}\p{Ll}+$/u.test(words[k]!) || !/^\p{Ll}{3,}$/u.test(words[k + 1]!) || /^(?:af|von|van|de|di|la|el|der|den)$/u.test(words[k + 1]!))) continue;
    // "Eva Ek Region Ekmora län": the word that names the kind of body ("Region", "Länsstyrelsen") opens the
    // organisation before the place's name in the genitive; no surname is such a word.
    while (k > 2 && BODY_HEAD.test(words[k - 1]!)) k--;
    if (!looksLikeName(words.slice(0, k).join(' '))) return null;
    const rest = words.slice(k + 1);
    if (rest.some((w) => /^\p{Ll}/u.test(w) && (looksLikeTitle(w) || TITLE_ENDING.test(w)))) return null;
    return k;
  }
  return null;
}

const BODY_HEAD = /^(?:Region|Regionen|Länsstyrelsen|Landstinget|Polisen|Kommunförbundet|Stiftelsen|Föreningen|Förbundet)$/u;

export const SCHOOL_CLASS_AFTER_NAME = /\s+(\d{1,2}\s?[A-ZÅÄÖ]{1,2})$/u;
const TRAILING_TITLE = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\s+(\p{Lu}[\p{L}-]*(?:\s+(?:och|eller)\s+\p{Ll}+)?)$/u;

const TITLE_QUALIFIER = String.raw`(?:[Bb]iträdande|[Bb]itr\.|[Vv]ice|[Tt]\.?f\.|[Ss]tällföreträdande|[Ff]örste|[Aa]ndre)\s+`;
// "fritidsintendent. Åke Lind": OCR's speck read as a stop after the title.
// "Miljö- och byggchef Henrik Lång": two titles sharing their last part, before the name.
const SHARED_TITLE_PART = String.raw`(?:\p{L}\p{Ll}+-\s+(?:och|eller)\s+)?`;
const TITLE_BEFORE_NAME = new RegExp(String.raw`^((?:${TITLE_QUALIFIER})?${SHARED_TITLE_PART}\p{L}\p{Ll}{3,})[.,]?\s+(\p{Lu}.*)$`, 'u');
export const TITLE_BEFORE_NAME_START = new RegExp(String.raw`^((?:${TITLE_QUALIFIER})?${SHARED_TITLE_PART}\p{L}\p{Ll}{3,})[.,]?\s+(?=\p{Lu})`, 'u');

// "… tjänstgörande ersättare för Eva Berg (M)", under a label of substitutes "Nina Vall (L) för Erik Bo (L)",
// and "Ali Hassan (S) ersätter Mona Lilja (S)".
// "tjg ers för Per Ek (c)": the abbreviated function too.
// "suppleant för Ivar Sund", "Tova Ek (S), Åby, tjänstgörande för Ali Berg (SD)": an older board's substitute, and one
// listed among the substitutes who says only that she served.
// "suppleanten Ola Ek, tjänstgörande för ledamoten Per Ås": an older list's substitute, the member named by function too.
const REPLACES = /(?:(?<=\bersättare|\bers\.?|\bsuppleant|\bsuppl\.|\btjänstgörande|\btjg\.?|\))\s*,?\s*för|\s+ersätter)\s+(?:(?:ordinarie\s+)?ledamot(?:en)?\s+)?(\p{Lu}.*)$/u;

const PROXY = /^(\p{Lu}.*?),?\s+(?:genom|representerad\s+av|representerat\s+av|företrädd\s+av|företrätt\s+av)\s+(?:(\p{Ll}+)\s+)?(\p{Lu}.*)$/u;

/** The member a substitute stands in for: "tjänstgörande ersättare för Lars Ödmark (L)". */
export function replacedMember(text: string): Person | null {
  const m = REPLACES.exec(cleanNameText(text));
  // "… tjg ers för Sven Åhlin (S), Ove Granström (SJV)": in a list run on in one row, the next member after a comma
  // (a given name and a surname) is no part of the one replaced; "Lars Fält, C" keeps its party.
  return m ? parsePerson(m[1]!.split(/\s*[,;]\s*(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu})/u)[0]!) : null;
}

/** Several names in one value: "Per Lind (M) och Eva Berg (C)", "Anna Ek, Per Ek". */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|&|\boch\b|\bsamt\b|\s\/\s)\s*/)
    .map((part) => cleanNameText(part.replace(/\([^)]*\)/g, '')))
    .filter((part) => looksLikeName(part));
}
