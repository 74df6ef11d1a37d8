import type { Person } from '../domain/index.ts';
import { knownPlacePrefixes, knownPlaces } from './known-places.ts';

// The parties written out ("Ingela Sund Moderaterna" in a table whose column gap OCR closed) are organisations too.
const ORGANISATION_WORDS = /\b(?:kommun|kommunen|kommuner|skolan|stad|region|regionen|län|landsting|förbund|kommunförbund|förvaltning|förvaltningen|bolag|ab|länsstyrelsen|polisen|myndighet|myndigheten|storsthlm|skr|moderaterna|socialdemokraterna|centerpartiet|liberalerna|folkpartiet|kristdemokraterna|vänsterpartiet|miljöpartiet|sverigedemokraterna)\b/i;

const ROLE_WORDS = /\b(?:ordförande|ordf|sekreterare|ersättare|ledamot|vice|chef|direktör|samordnare|handläggare|strateg|controller|utvecklare|ansvarig|tjänstgörande|föredragande|adjungerad|gäst|representant|kommundirektör|stadsdirektör|nämndsekreterare|jurist|ekonom|konsult|projektledare|utredare|rektor|kansli|registrator|sakkunnig|mas|mar|vd)\b/i;

export type PersonContext = 'member' | 'other';

// "(punkt 2)", "(§ 3–4)", "(ärende 5)": which points someone came for says nothing about who they are.
// "(från kl. 14.30)", "(ej punkt 4)", "(t.o.m. kl. 15)": the part of the meeting someone was there for.
// "(på plats)", "(fysiskt)": taking part in the room, as against "(digitalt)"; "(se även bilaga 1)": a reference.
const REMOTE_NOTE = /\s*\((?:via|deltog|deltar|digitalt|fysiskt|på\s+plats|se|tel\.?|telefon|teams|zoom|skype|på\s+distans|distans|per\s+telefon|på\s+länk|del\s+av\s+mötet|delvis|(?:punkt|punkterna|ärende|p\.)\s*\d|(?:från|till|fr\.\s*o\.\s*m\.|t\.\s*o\.\s*m\.)\s*kl|ej\s+(?:punkt|punkterna|p\.|ärende|§))\b[^)]*\)/giu;
// "(sjuk)", "(föräldraledig)", "(semester)": why someone was away says nothing about who they are.
const ABSENCE_REASON = /\s*\((?:sjuk|sjukskriven|föräldraledig|tjänstledig|ledig|semester|vab|kurs|utbildning|annat\s+uppdrag|förhinder)\b[^)]*\)/giu;
// "(rektor, del av mötet)": the same note after a title in the brackets.
const REMOTE_NOTE_AFTER_TITLE = /,\s*(?:via\s+\p{L}+|digitalt|på\s+distans|del\s+av\s+mötet|delvis)\s*(?=\))/giu;

// "Polisregion Stockholm", "Trafikförvaltningen", "Räddningsverket": a compound ending in an organisation word.
// "räddningstjänsten", "stadsbyggnadskontoret", "Försäkringskassan", "Elevhälsan": the definite form of a compound whose head is a
// kind of office or agency names that body; a title is written without the article ("socialsekreterare").
const ORGANISATION_COMPOUND = /(?:^|\s)\p{L}{3,}(?:region|regionen|förvaltningen|avdelningen|sektionen|byrån|kansliet|gruppen|teamet|rådet|myndigheten|styrelsen|förbundet|nämnden|verket|inspektionen|tjänsten|kontoret|enheten|förmedlingen|kassan|bolaget|mottagningen|centralen|hälsan|skolan|gården|kyrkan)(?=\s|$)/u;

/** "Region Västernorrland", "Länsstyrelsen i Stockholms län": the whole text names a place or body, not a place before a name. */
function namesBodyWhole(text: string): boolean {
  const lower = text.toLowerCase().trim();
  return knownPlaces().has(lower) || ORGANISATION_WORDS.test(lower) || ORGANISATION_COMPOUND.test(lower);
}

export function looksLikePlace(text: string): boolean {
  const lower = text.toLowerCase().trim();
  // A place before a name ('Huddinge Anna Berg') or before its body ('Huddinge kommun').
  return knownPlaces().has(lower) || ORGANISATION_WORDS.test(lower) || ORGANISATION_COMPOUND.test(lower) || knownPlacePrefixes().some((prefix) => lower.startsWith(prefix));
}

// Titles are compounds ending in a title word: "utbildningschef", "HR-partner", "Folkhälsostrateg".
const TITLE_ENDING = /(?:ägare|kamrer|kamrerare|intendent|notarie|aktuarie|amanuens|kanslist|assessor|ombudsman|chef|pedagog|kurator|sköterska|direktör|samordnare|strateg|partner|sekreterare|handläggare|ansvarig|ledare|utvecklare|ombud|specialist|rådgivare|assistent|controller|ekonom|jurist|rektor|planerare|arkitekt|ingenjör|inspektör|konsult|konsulent|koordinator|kommunikatör|atör|utredare|förande|kallande|ragande)$/iu;

function looksLikeRole(text: string): boolean {
  const trimmed = text.trim();
  // "lokalpolisområde Södertörn", "hälso- och sjukvårdsförvaltningen": a unit of the organisation, not a title.
  // "enhetschef IFO": a title followed by the unit's abbreviation.
  if (/^\p{Ll}/u.test(trimmed)) return !ORGANISATION_WORDS.test(trimmed) && !ORGANISATION_COMPOUND.test(trimmed) && !/\s\p{Lu}/u.test(trimmed) || ROLE_WORDS.test(trimmed) || TITLE_ENDING.test(trimmed.split(/\s+/)[0]!);
  // "Studie- och yrkesvägledare": two titles sharing their last part, capitalised at the start of a column or after a dash.
  if (TITLE_ENDING.test(trimmed) && (trimmed.split(/\s+/).length <= 2 || /^\p{L}+-\s+(?:och|eller)\s+\p{Ll}+$/u.test(trimmed))) return true;
  return ROLE_WORDS.test(trimmed) && !looksLikePlace(trimmed);
}

// The parties of the Riksdag by their usual letters; alone after a name, without brackets, only these are trusted.
const BARE_PARTY_AFTER_NAME = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3})\s+(S|M|C|L|V|KD|MP|SD|FP)(?:\s*,\s*(.+))?$/u;

const FUNCTION_AFTER_NAME = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3})\s+((?:v\.\s*|vice\s+)?ordf\.?|(?:vice\s+)?ordförande|sekr\.?|sekreterare|kassör|ledamot|led\.|suppleant|suppl\.|adj\.|adjungerad|revisor)$/u;
const PARTY_BETWEEN_COMMAS = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3})\s*,\s*(\p{L}{1,4})\s*(?:,\s*(.+))?$/u;
// Older protokoll write the party in lower case: "(m)", "(fp)", "(kds)".
const LOWER_CASE_PARTIES = new Set(['m', 's', 'c', 'v', 'l', 'fp', 'kd', 'kds', 'mp', 'sd', 'nyd', 'vpk', 'fi', 'spi']);

/** A party abbreviation in brackets: "S", "KD", "MP", "Fi", "SD", and the lower-case "(fp)" of older protokoll. */
function looksLikeParty(text: string): boolean {
  if (LOWER_CASE_PARTIES.has(text)) return true;
  return /^\p{Lu}[\p{L}]{0,3}$/u.test(text) && (text.length <= 2 || text === text.toUpperCase());
}

/**
 * "Ida Sjöberg (IS)", "Kim Lund (KLu)": the initials minutes use to refer to someone later ("IS hälsade …"),
 * not a party. A bracket that spells a party ("Maria Persson (MP)") stays the party.
 */
function isInitials(bracket: string, name: string): boolean {
  const text = bracket.trim();
  if (text.length < 2 || text.length > 4 || LOWER_CASE_PARTIES.has(text.toLowerCase())) return false;
  const words = name.trim().split(/[\s-]+/).filter(Boolean);
  if (words.length < 2) return false;
  const initials = words.map((w) => w.charAt(0)).join('');
  if (text === initials) return true;
  // "KLu": the surname's first letters tell two people with the same initials apart.
  const head = words.slice(0, -1).map((w) => w.charAt(0)).join('');
  const surname = words[words.length - 1]!;
  const rest = text.slice(head.length);
  return text.startsWith(head) && rest.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(rest) && surname.startsWith(rest);
}

/** A person's name: one to five words, at least two letters, starting with a capital, no digits. */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 5) return false;
  if (/\d/.test(text)) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.\-]*$/u.test(w) || /^(?:af|von|van|de|di|la|el|der|den)$/.test(w));
}

/** OCR speckles around names: stray "=", "|", quotes, leading dashes and bullets. */
export function cleanNameText(text: string): string {
  return text
    // '"> Nils Berg': a speck read as an angle bracket, too.
    .replace(/[|=_"“”«»~*•<>]+/g, ' ')
    .replace(/(^|\s)[-–—'.;:,]+(?=\s|$)/g, ' ')
    // "+ Per Holm": OCR reads a list's bullet as a plus too.
    .replace(/^\s*[-–—•*+]\s*/, '')
    // "1) Karin Holm": a numbered list of people.
    .replace(/^\s*\d{1,2}[.)]\s+(?=\p{Lu})/u, '')
    // "/Bo Lind": a slash before the name signs a typed note, as in an e-mail.
    .replace(/^\s*\/\s*(?=\p{Lu})/u, '')
    // One or two lower-case letters before a name are a speckle read as "i", "l" or "et"; "af", "de" … are particles.
    .replace(/^\s*(?!(?:af|de|di|la|el)\s)\p{Ll}{1,2}\s+(?=\p{Lu})/u, '')
    // "Petra Kvist i": one lower-case letter after a surname is the page edge read as a letter.
    .replace(/(?<=\p{Lu}\p{Ll}+)\s+\p{Ll}$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '')
    .trim();
}

// "ordf.", "v. ordf.", "sekr.": the abbreviations minutes use for the functions at a meeting.
const ROLE_ABBREVIATIONS: [RegExp, string][] = [
  // "v.-.ordf.": OCR's specks between the two abbreviations.
  [/^(?:v\.?[\s.\-–]*|vice\s+)ordf\.?$/iu, 'vice ordförande'],
  [/^ordf\.?$/iu, 'ordförande'],
  [/^vice\s+ordföranden$/iu, 'vice ordförande'],
  [/^ordföranden$/iu, 'ordförande'],
  [/^sekr\.?$/iu, 'sekreterare'],
  [/^ers\.?$/iu, 'ersättare'],
  // "(c) tjg ers för Per Ek (c)": the serving substitute, abbreviated.
  // "tjg ersättare", "tjänstg. ersättare": the first word abbreviated, the second written out.
  [/^tj(?:g|änstg)?\.?\s*ers(?:\.|ättare)?$/iu, 'tjänstgörande ersättare'],
  // "Led.", "Supp.": the shortest forms, in a column of functions beside the names.
  [/^led(?:am)?\.?$/iu, 'ledamot'],
  // "(adj.)": taking part without being a member; "suppl.": an association's substitute.
  [/^adj\.?$/iu, 'adjungerad'],
  [/^supp?l?\.?$/iu, 'suppleant'],
];

/** "Ordf.", "Led.", "Kassör": a function as a column of a people table prints it, or null. */
export function functionWord(cell: string): string | null {
  const text = cell.trim();
  const abbreviation = ROLE_ABBREVIATIONS.find(([pattern]) => pattern.test(text));
  if (abbreviation) return abbreviation[1];
  return /^\p{Lu}\p{Ll}{3,}$/u.test(text) && LEADING_TITLE.test(text) ? text.toLowerCase() : null;
}

function normaliseRole(role: string): string {
  const abbreviation = ROLE_ABBREVIATIONS.find(([pattern]) => pattern.test(role.trim()));
  if (abbreviation) return abbreviation[1];
  // "tjänstgörande ersättare för Eva Berg (M)": the replaced member is not the role.
  return role
    // "som tjänstgörande ersättare": the function as a phrase.
    .replace(/^som\s+/iu, '')
    .replace(/(?:^|\s+)för\s+\p{Lu}.*$/u, '')
    // OCR speckles between the words of a title: "tjänstgörande € ersättare".
    .replace(/(^|\s)[^\p{L}\d\s§$]+(?=\s|$)/gu, ' ')
    .replace(/\s+/g, ' ')
    // "§ 3", "§§ 49–51", "från § 52", "t.o.m. § 50": the paragraphs someone was there for.
    // "närvarande §§ 87–89", "ej § 88": the same note with the word for being there or not.
    .replace(/[,\s]*\(?\s*(?:(?:från|fr\.\s*o\.\s*m\.|till|t\.\s*o\.\s*m\.|under|närvarande|närv\.?|ej|utom|ej\s+närvarande)\s*)?(?:§|\$)+\s*\d[\d\s,–—\-och]*\)?\s*$/u, '')
    // OCR's "från 8 52" and "88 49–51": the sign read as a figure, trusted after "från"/"till" or before a range.
    .replace(/[,\s]*\(?\s*(?:från|fr\.\s*o\.\s*m\.|till|t\.\s*o\.\s*m\.)\s*[8S3]\s+\d{1,3}\)?\s*$/u, '')
    .replace(/[,\s]*\(?\s*(?:88|SS|S8|8S|33)\s*\d{1,3}\s*[–—-]\s*\d{1,3}\)?\s*$/u, '')
    .replace(/[.,;:]+$/, '')
    .trim();
}

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

/**
 * One attendee line: "Anna Öberg, Haninge, ordförande", "Karin Ståhl (S),
 * tjänstgörande ersättare", "Lena Holm, kommundirektör", "Per Ek   Tyresö".
 * For members, a capitalised second field is the organisation; for others
 * (Övriga närvarande) it is their title unless it names a place.
 */
// "Vice ordf. Ruth Lindgren (c)": the function abbreviated, too.
const ROLE_BEFORE_NAME = /^((?:\d:e\s+|förste\s+|andre\s+)?(?:vice\s+|v\.\s*)?(?:ordförande|ordf\.|sekreterare|sekr\.|ledamot|led\.|ersättare|ers\.|kassör|suppleant|suppl\.))\s+(?=\p{Lu})/iu;

// "S1 Personal", "S3 Ledning": a crisis staff numbers its functions with a letter and a figure before the function's name.
const STAFF_FUNCTION = /^\p{Lu}{1,2}\d{1,2}\s+\p{Lu}\p{Ll}+$/u;

// "herrar Albin Persson och Ivar Granström": the plural before several names.
const HONORIFIC = /(?<=^|[\s,;:(])(?:herr|herrar|herrarna|hr\.|fru|fruarna|fr\.|fröken|frk\.)\s+(?=\p{Lu})/giu;

/** "herr Bengt Ohlson, ordf., fru Greta Pihl": the names of a list without the courtesy titles before them. */
export function withoutHonorifics(text: string): string {
  // "… samt undertecknad sekreterare Dan Öst": the writer naming themself as the undersigned.
  return text.replace(HONORIFIC, '').replace(/(?<=^|[\s,;:(])undertecknad(?:e)?\s+(?=\p{L})/giu, '');
}

/** "Fia (sjuk)", "Bo (via Teams)": a name without the note on why or how someone was absent or took part. */
export function withoutAttendanceNotes(text: string): string {
  return text.replace(REMOTE_NOTE, ' ').replace(ABSENCE_REASON, ' ').replace(/\s+/gu, ' ').trim();
}

const NAME_THEN_TITLE_WORD = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Ll}[\p{Ll}-]{3,})(?=\s*(?:,|$))/u;

export function parsePerson(text: string, context: PersonContext = 'member'): Person | null {
  // "Åsa Fröberg – Botkyrka kommun", "Anna Ek från Tyresö": a spaced dash or "från" before a capital separates like a comma.
  // "(via Teams)", "(deltog digitalt)": how someone took part says nothing about who they are.
  const cleaned = cleanNameText(
    text
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
      // "Haninge kommun – Per Lund": where someone comes from, printed before the name, ends in a small letter.
      .replace(/(\p{Ll}{2,})\s+[–—]\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu, '$1, ')
      // "Anders Nilsson —--Härnösands kommun": OCR doubles the spaced dash and closes the gap after it.
      .replace(/(\p{Lu}\p{Ll}+)\s+[–—-]{2,}\s*(?=\p{Lu})/gu, '$1, ')
      // "Anna Ek/Täby": a slash between the name and where the person comes from.
      .replace(/(\p{Lu}\p{Ll}+)\s*\/\s*(?=\p{Lu})/gu, '$1, ')
      // "Anna Ek – ordförande": a spaced dash before a title.
      .replace(/(\p{Lu}\p{Ll}+)\s+[–—-]\s+(?=\p{Ll})/gu, '$1, ')
      // "Ann-Sofie Berg projektledare": a table row whose column gap OCR closed; a known title after the whole name.
      .replace(NAME_THEN_TITLE_WORD, (whole, name: string, word: string) => (looksLikeTitle(word) ? `${name}, ${whole.slice(name.length).trimStart()}` : whole))
      // "Vera Hall, ordförande i": a lone letter after a title is a speck from the page edge; no description of a
      // person ends in a one-letter word (the preposition "i" always has its place after it).
      // "Nina Sund, MAS i": after a title in capitals too.
      .replace(/(\p{Ll}{4,}|\p{Lu}{2,})\s+\p{Ll}\s*$/u, '$1')
      // "herr Bengt Ohlson", "fru Greta Pihl": an older style's courtesy title before a name is no part of it.
      .replace(HONORIFIC, ''),
  );
  if (!cleaned) return null;
  // "Vallentuna kommun genom ombud Lars Wik", "Bostadsbolaget AB, representerat av Eva Ek": a shareholder or member
  // organisation and the person who spoke for it.
  const proxy = PROXY.exec(cleaned);
  if (proxy && looksLikePlace(proxy[1]!) && looksLikeName(proxy[3]!.trim())) {
    return { name: proxy[3]!.trim(), organisation: proxy[1]!.trim(), role: proxy[2] ? proxy[2].trim() : null };
  }
  // "Camilla Öhrn, C, tjänstgörande ersättare för Lars Fält (C)", "Ali Hassan (S) ersätter Mona Lilja (S)": the member
  // stood in for is another person (see replacedMember), no part of this one.
  const standsIn = REPLACES.exec(cleaned);
  if (standsIn && standsIn.index > 0) {
    // "Ali Demir (S), för Helena Berg (S)", "Patrik Sjödin (SD), ersätter Karin Wästlund (SD)" among the members: one who
    // sits in for a member and says no more is serving as a substitute.
    const standIn = parsePerson(cleaned.slice(0, standsIn.index), context);
    return standIn && !standIn.role ? { ...standIn, role: 'tjänstgörande ersättare' } : standIn;
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
  const capitalTitle = party !== null && /^(?:MAS|MAR|VD|HR|IT)$/u.test(party[2]!.trim());
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
    // "(S), Södertälje, ordförande": a capitalised field after the party is the member's home municipality, not a role.
    const fields = party[3]!.replace(/^[\s,;:–—-]+/, '').split(/\s*,\s*/).filter(Boolean);
    while (fields.length > 0 && /^\p{Lu}/u.test(fields[0]!) && looksLikeName(fields[0]!) && !looksLikeRole(fields[0]!)) fields.shift();
    // "(C), ordförande, Krokom": after the role too.
    while (fields.length > 1 && /^\p{Lu}/u.test(fields[fields.length - 1]!) && looksLikeName(fields[fields.length - 1]!) && !looksLikeRole(fields[fields.length - 1]!)) fields.pop();
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
  for (let take = words.length - 2; take >= 1; take--) {
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

const SCHOOL_CLASS_AFTER_NAME = /\s+(\d{1,2}\s?[A-ZÅÄÖ]{1,2})$/u;
const TRAILING_TITLE = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\s+(\p{Lu}[\p{L}-]*(?:\s+(?:och|eller)\s+\p{Ll}+)?)$/u;

/** "Mötesordförande", "Socialchef": a single word that names a function, not an organisation. */
const TITLE_QUALIFIER = String.raw`(?:[Bb]iträdande|[Bb]itr\.|[Vv]ice|[Tt]\.?f\.|[Ss]tällföreträdande|[Ff]örste|[Aa]ndre)\s+`;
// "fritidsintendent. Åke Lind": OCR's speck read as a stop after the title.
// "Miljö- och byggchef Henrik Lång": two titles sharing their last part, before the name.
const SHARED_TITLE_PART = String.raw`(?:\p{L}\p{Ll}+-\s+(?:och|eller)\s+)?`;
const TITLE_BEFORE_NAME = new RegExp(String.raw`^((?:${TITLE_QUALIFIER})?${SHARED_TITLE_PART}\p{L}\p{Ll}{3,})[.,]?\s+(\p{Lu}.*)$`, 'u');
const TITLE_BEFORE_NAME_START = new RegExp(String.raw`^((?:${TITLE_QUALIFIER})?${SHARED_TITLE_PART}\p{L}\p{Ll}{3,})[.,]?\s+(?=\p{Lu})`, 'u');

export function looksLikeTitle(word: string): boolean {
  return !/\s/.test(word.trim()) && LEADING_TITLE.test(word.trim());
}

// Titles that come before a name: compounds of a title word, and a few titles of their own.
// "kamrer Nils Ek", "fritidsintendent Åke Lind", "stadsnotarie …": the older civic service's titles, too.
// "kyrkvärden Per Ek", "klockaren Nils Ås": a parish's lay offices, as a kyrkostämma's or kyrkoråd's protokoll names them.
// "diakonissa Anna Ek", "lärarinna Elsa Berg": the feminine forms older lists give a woman's title.
const LEADING_TITLE = /^(?:\p{L}*(?:föreståndare|arkitekt|ingenjör|kamrer|kamrerare|intendent|notarie|aktuarie|amanuens|kanslist|assessor|ombudsman|chef|direktör|samordnare|strateg|sekreterare|handläggare|ansvarig|ledare|utvecklare|ombud|specialist|rådgivare|assistent|controller|ekonom|jurist|rektor|planerare|inspektör|konsult|konsulent|koordinator|kommunikatör|atör|utredare|kurator|sköterska|råd|ordförande|lärare|pedagog|herde|präst|diakon|kantor|komminister|psykolog|logoped|läkare|terapeut|diakonissa|lärarinna|föreståndarinna|barnmorska)|\p{L}*representant|ledamot|ersättare|suppleant|kassör|revisor|kyrkvärd|klockare)$/iu;

/**
 * The parts after a name ("Huddinge kommun", "sammankallande", "Polisen",
 * "lokalpolisområde Södertörn") as organisation and role.
 */
export function describeExtras(given: readonly string[], context: PersonContext = 'member'): { organisation: string | null; role: string | null } {
  let organisation: string | null = null;
  let role: string | null = null;
  // "C tjänstgörande ersättare": a party column and a role column whose gap OCR closed.
  // "Vv": OCR's doubled letter for a one-letter party in its column.
  const extras = given
    // "+ SD": a speck before a column's value.
    .map((extra) => extra.replace(/^[+*#~|]+\s+(?=\p{L})/u, ''))
    .flatMap((extra) => {
      const glued = /^([SMCVL]|KD|MP|SD)\s+(\p{Ll}.*)$/u.exec(extra.trim());
      return glued ? [glued[1]!, glued[2]!] : [extra];
    })
    .map((extra) => (/^([SMCVL])\1$/iu.test(extra.trim()) && /^\p{Lu}\p{Ll}$/u.test(extra.trim()) ? extra.trim().charAt(0) : extra));
  for (const extra of extras) {
    if (!normaliseRole(extra)) continue;
    // "tjänsteperson" in a column of parties says what kind of participant, not which title; a real title follows.
    if (/^(?:tjänsteperson|tjänsteman|förtroendevald|politiker)$/iu.test(extra.trim()) && extras.length > 1) continue;
    // "Gustav Ring, auktoriserad revisor, EY": after a civil servant's or adviser's title, a capitalised part is where they work.
    if (context === 'other' && role !== null && organisation === null && /^\p{Lu}/u.test(extra.trim()) && !looksLikeRole(extra)) {
      organisation = extra.trim();
      continue;
    }
    // "Jonas Berg, SL", "Ola Ek, SKR": an acronym beside a guest or civil servant names where they work (not "MAS", "VD").
    if (context === 'other' && organisation === null && /^\p{Lu}{2,6}$/u.test(extra.trim()) && !/^(?:MAS|MAR|VD|HR|IT)$/u.test(extra.trim())) {
      organisation = extra.trim();
      continue;
    }
    // "Britt Lövgren, Svenska kyrkan", "Amir Haddad, Psykiatri Södra": several capitalised words that hold no title are
    // where a guest comes from, even when they name no place.
    const namesBody = /^\p{Lu}\p{Ll}*\s+\p{L}/u.test(extra.trim()) && !looksLikeRole(extra) && !LEADING_TITLE.test(extra.trim().split(/\s+/)[0]!);
    const isRole = context === 'other' ? !namesBody && (!looksLikePlace(extra) || looksLikeRole(extra) && /^\p{Ll}/u.test(extra)) : looksLikeRole(extra);
    if (isRole && role === null) role = normaliseRole(extra);
    else if (!isRole && organisation === null) organisation = extra;
    // "äldreomsorgschef (ordförande)": the title stays the role; a function added after it in brackets does not join it.
    else if (isRole && role !== null) continue;
    // "Polisen, lokalpolisområde Södertörn": a second organisation part narrows the first.
    // "Region Stockholm, BUP Södertörn": a unit known by its acronym narrows it too.
    else if (!isRole && role === null && (/^\p{Ll}/u.test(extra) || ORGANISATION_WORDS.test(extra) || /^\p{Lu}{2,5}(?:\s+\p{Lu}\p{Ll}+)+$/u.test(extra.trim()))) organisation = `${organisation}, ${extra}`;
  }
  return { organisation, role };
}

/**
 * Several people on one row, comma separated: "Cecilia Hammarström,
 * Södertälje (ordförande), Mikael Bergström, Salem". A part with two or more
 * capitalised words starts a new person; the parts after it describe them.
 */
/** "Nils Bo (kassör, del av kvällen), Ida Ek": commas and semicolons that separate people, not those inside a bracket. */
function listParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function parsePeopleList(text: string, context: PersonContext = 'member'): Person[] | null {
  // "Amir Haddad, Psykiatri Södra; Britt Lövgren, Svenska kyrkan": where semicolons part the people, the commas only
  // part a person from where they come from, however much that reads like a name.
  const bySemicolon = semicolonPeople(text, context);
  if (bySemicolon) return bySemicolon;
  const parts = listParts(text);
  const starts = parts.filter((part) => {
    // "Vilja Trosk ordf.": the function after the name, no comma between, is no part of the name.
    const p = FUNCTION_AFTER_NAME.exec(part.trim())?.[1] ?? part;
    // "Helena Ruud – Sundbybergs stad", "Anna Ek från Tyresö": the organisation after a dash or "från" is not part of the name.
    // "Eva Ek (M) ordf": what follows the party bracket is no part of the name.
    const name = cleanNameText((/^[^(]+\(/.test(p) ? p.slice(0, p.indexOf('(')) : p).replace(/\([^)]*\)/g, '').split(/\s+[–—-]\s+|\s+från\s+(?=\p{Lu})|\s*\/\s*(?=\p{Lu})/u)[0]!)
      // "lärare Jonas Fors": a title in lower case before the name still opens a person.
      // "Rektor Anna Ek", "Biträdande rektor Per Lund": capitalised as the first word of a list's entry, too.
      .replace(TITLE_BEFORE_NAME_START, (m, title: string) => (LEADING_TITLE.test(title.split(/\s+/).pop()!) ? '' : m))
      // "Noah Berg 4B": a pupil's class after the name.
      .replace(SCHOOL_CLASS_AFTER_NAME, '');
    // "PRO Jakobsberg", "SPF Seniorerna": an acronym opens an organisation, not a name.
    return looksLikeName(name) && name.split(' ').length >= 2 && !looksLikePlace(name) && !/(?:^|\s)\p{Lu}{2,}(?=\s|$)/u.test(name);
  });
  if (starts.length < 2) return firstNamesOnly(parts, context);
  const groups: string[][] = [];
  for (const part of parts) {
    if (starts.includes(part) || groups.length === 0) groups.push([part]);
    else groups[groups.length - 1]!.push(part);
  }
  const people = groups.map((g) => parsePerson(g.join(', '), context));
  return people.every((p): p is Person => p !== null) ? people : null;
}

/**
 * "Lena, Mohammed, Sara, Jenny (förskolechef)": a workplace meeting names colleagues by first name alone. Only a list of
 * three or more single capitalised words reads so, where no word names a place, since "Anna Ek, Tyresö" parts a
 * person from where she comes from.
 */
function firstNamesOnly(parts: readonly string[], context: PersonContext): Person[] | null {
  if (parts.length < 3) return null;
  const names = parts.map((p) => p.replace(/\([^)]*\)/g, '').trim());
  // "Eva-Lena": a double given name is one first name.
  if (!names.every((n) => /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?$/u.test(n) && !looksLikePlace(n))) return null;
  const people = parts.map((p) => parsePerson(p, context));
  return people.every((p): p is Person => p !== null) ? people : null;
}

// "… tjänstgörande ersättare för Eva Berg (M)", under a label of substitutes "Nina Vall (L) för Erik Bo (L)",
// and "Ali Hassan (S) ersätter Mona Lilja (S)".
// "tjg ers för Per Ek (c)": the abbreviated function too.
const REPLACES = /(?:(?<=\bersättare|\bers\.?|\))\s*,?\s*för|\s+ersätter)\s+(\p{Lu}.*)$/u;

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

const PROSE_NAME = String.raw`\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}`;

// "Gunilla Ek och Omar Said (båda Vaxholms stad)", "A, B och C (samtliga från Tyresö)": one bracket after the last of
// several names, which says it holds for each of them.
const SHARED_BRACKET = new RegExp(
  String.raw`(${PROSE_NAME}(?:\s*,\s*${PROSE_NAME})*\s+(?:och|samt)\s+${PROSE_NAME})\s*\(\s*(?:båda|bägge|alla|samtliga)(?:\s+(?:två|tre|fyra))?\s+(?:från\s+)?([^()]+?)\s*\)`,
  'gu',
);

/** Gives every name before a shared bracket its own copy: "A och B (båda X)" → "A (X) och B (X)". */
export function distributeSharedBracket(text: string): string {
  return text.replace(SHARED_BRACKET, (_whole, names: string, bracket: string) =>
    names.replace(new RegExp(`(${PROSE_NAME})(?=\\s*(?:,|\\s(?:och|samt)\\s|$))`, 'gu'), `$1 (${bracket})`),
  );
}

// "ordf. Gösta Lind, kassör Berit Ahl, sekr. Rune Falk": in a sentence of prose the function comes before the name,
// in lower case and often abbreviated. Not before a party bracket, which a list of members reads on its own.
// "vd Maria Ek", "vice vd Per Ås": a company's managing director, abbreviated as it is everywhere.
// "ordföranden herr Oskar Lundberg": an older list names the function in the definite form before the name.
// "tjänstgörande ersättaren Mio Tran (S) för …": a council's serving substitute, named in the definite form too.
const PROSE_ROLE = String.raw`(?:vice\s+vd|vvd|vd|v\.[\s.\-–]*ordf\.|vice\s+ordf\.|vice\s+ordföranden|vice\s+ordförande|ordf\.|ordföranden|ordförande|sekr\.|sekreterare|kassör|led\.|ledamot|suppl\.|suppleant|adj\.|adjungerad|ers\.|tjänstgörande\s+ersättaren?|ersättaren?|revisor)`;
// "ordföranden Vilja Trosk (S)", "ledamöterna Saga Frell (S) och …": a council's members keep their party after the name.
const PARTY_AFTER_NAME = String.raw`(?:\s*\((?:S|M|C|L|V|KD|MP|SD|FP|s|m|c|v|l|fp|kd|mp|sd)\))`;
// "rektor Lena Sand", "enhetschef Per Ek": a title compound in lower case before a name reads the same way.
// "… ersättaren Mio Tran (S) för Siri Vall (S)": whom a substitute served for follows the name.
// "Miljö- och byggchef Henrik Lång": "och" after a hyphen joins two titles sharing their last part, no two people.
const ROLE_THEN_NAME = new RegExp(String.raw`(^|[,;:]\s*|(?<!-)\s(?:och|samt)\s+)(${PROSE_ROLE}|\p{Ll}{4,})\s+(${PROSE_NAME})(${PARTY_AFTER_NAME})?(?!\s*\()(?=\s*(?:[,;.]|\s(?:och|samt)(?:\s|$)|\sför\s|$))`, 'gu');
// "ledamöterna Inga Sten och Kurt Dahl", "fritidspedagogerna A, B och C": a plural function names a group of people
// after it; the irregular plurals of an association's functions are listed.
const PLURAL_ROLES: Record<string, string> = { ledamöterna: 'ledamot', suppleanterna: 'suppleant', ersättarna: 'ersättare', revisorerna: 'revisor' };
// "lärarna Ali Nur och Kim Sand": a stem of three letters too.
const PLURAL_THEN_NAMES = new RegExp(
  String.raw`(^|[,;:]\s*|\s(?:och|samt)\s+)(\p{Ll}{3,}(?:erna|arna|orna))\s+(${PROSE_NAME}${PARTY_AFTER_NAME}?(?:\s*,\s*${PROSE_NAME}${PARTY_AFTER_NAME}?)*\s+(?:och|samt)\s+${PROSE_NAME}${PARTY_AFTER_NAME}?)(?!\s*\()`,
  'gu',
);

// "kyrkoherden Einar Ek såsom ordförande", "Rut Berg som sekreterare": the function the person served in at this meeting,
// stated after the name, is their role; a title before the name (their office) gives way to it.
const NAME_AS_ROLE = new RegExp(String.raw`(^|[,;:]\s*|\s(?:och|samt)\s+)(?:\p{Ll}{4,}\s+)?(${PROSE_NAME})(${PARTY_AFTER_NAME})?\s+(?:såsom|som)\s+(${PROSE_ROLE}|\p{Ll}{4,})(?=\s*(?:[,;.]|\s(?:och|samt)\s|$))`, 'gu');
const MEETING_FUNCTION_AFTER = /^\s*,\s*(?:(?:vice\s+)?ordförande|ordf\.|sekreterare|sekr\.|justerare|mötesordförande)(?=\s*(?:[,;.]|\s(?:och|samt)\s|$))/u;

/** Puts a function written before a name after it, where a list of people reads it: "ordf. Gösta Lind" → "Gösta Lind, ordf.". */
export function rolesAfterNames(text: string): string {
  return text
    .replace(NAME_AS_ROLE, (whole, lead: string, name: string, party: string | undefined, role: string) =>
      new RegExp(`^${PROSE_ROLE}$`, 'u').test(role) || LEADING_TITLE.test(role) ? `${lead}${name}${party ?? ''}, ${role}` : whole,
    )
    // "Ordf. Anna Ek, v. ordf. Bo Lind, led. Cia Berg": an abbreviated function capitalised at the start of the list.
    .replace(/(^|[,;:]\s*)(Ordf\.|Sekr\.|Led\.|Ers\.|Suppl\.|Adj\.|V\.\s*ordf\.|Vice\s+ordf\.)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu, (_whole, lead: string, role: string) => `${lead}${role.toLowerCase()} `)
    .replace(PLURAL_THEN_NAMES, (_whole, lead: string, plural: string, names: string) => {
      const role = singularTitle(plural);
      const named = names.split(/\s*,\s*|\s+(?:och|samt)\s+/u);
      // "…, Sven Nordin, lärare, samt föräldrarna Kerstin Wallin, Lars-Åke Nyström och Mona Eriksson": a group that is
      // no title still names the people after it, each a person of their own, not a description of the one before.
      if (role === null) return /^\s(?:och|samt)\s/u.test(lead) ? `, ${named.join(', ')}` : `${lead}${named.join(', ')}`;
      return `${lead}${named.map((name) => `${name}, ${role}`).join(', ')}`;
    })
    .replace(ROLE_THEN_NAME, (whole, lead: string, role: string, name: string, party: string | undefined, offset: number, text: string) => {
      // Before a party bracket only a function in the definite form ("ordföranden", "ersättaren") is prose that names the
      // person after it: "Ivar Ek (M), ordförande Greta Hed (M)" gives the first person's function, in a list's own order.
      if (party && !/n$/u.test(role)) return whole;
      const named = `${name}${party ?? ''}`;
      // "ersättaren", "tjänstgörande ersättaren": the definite form of a function the list names in the indefinite.
      if (new RegExp(`^${PROSE_ROLE}$`, 'u').test(role)) return `${lead}${named}, ${role.replace(/(?<=ersättare)n$/u, '')}`;
      // "kyrkoherde Per Lund, ordförande": the function the person had at the meeting, after the name, is the role the
      // list gives; the title before the name is how the person is addressed.
      if (MEETING_FUNCTION_AFTER.test(text.slice(offset + whole.length)) && (LEADING_TITLE.test(role) || /n$/u.test(role))) return `${lead}${named}`;
      if (LEADING_TITLE.test(role)) return `${lead}${named}, ${role}`;
      // "fritidsledaren Jessica Holm", "rektorn Anna Ek": the title in the definite form, as prose names one person.
      // "kyrkoherden", "kyrkvärden": a title ending in -e takes only -n, one ending in a consonant -en.
      // "diakonissan Anna Holm", "barnmorskan …": a title ending in "-a" takes "-n".
      const indefinite = role.replace(/(?<=are|ör|or|chef|log|ist|värd)en$|(?<=are|or|de|issa|inna|ska)n$/u, '');
      return indefinite !== role && LEADING_TITLE.test(indefinite) ? `${lead}${named}, ${indefinite}` : whole;
    });
}

/**
 * "fritidspedagogerna" → "fritidspedagog", "handläggarna" → "handläggare", "undersköterskorna" → "undersköterska":
 * the singular of a title in the definite plural, when it is a title.
 */
function singularTitle(plural: string): string | null {
  if (PLURAL_ROLES[plural]) return PLURAL_ROLES[plural]!;
  // "kyrkvärdarna" → "kyrkvärd": a stem that takes -ar in the plural.
  const candidates = [plural.replace(/erna$/u, ''), plural.replace(/arna$/u, 'are'), plural.replace(/arna$/u, ''), plural.replace(/orna$/u, 'a')].filter((c) => c !== plural);
  return candidates.find((c) => LEADING_TITLE.test(c) || TITLE_ENDING.test(c)) ?? null;
}

function semicolonPeople(listed: string, context: PersonContext): Person[] | null {
  // "Eva Ek (rektor),; Bo Al (…), …": a semicolon beside a comma is OCR's speck at the comma, not the list's separator.
  const text = listed.replace(/,\s*;|;\s*,/gu, ',');
  if (!/;/.test(text.replace(/\([^)]*\)/g, ''))) return null;
  const groups = text.split(/\s*;\s*/).map((g) => g.trim()).filter(Boolean);
  if (groups.length < 2 || !groups.every((g) => /,/.test(g))) return null;
  const people = groups.map((g) => parsePerson(g, context));
  return people.every((p): p is Person => p !== null && p.name.includes(' ')) ? people : null;
}
