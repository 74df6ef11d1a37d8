import type { PersonContext } from './person.ts';
import { CAPITAL_TITLE, LEADING_TITLE, ORGANISATION_WORDS, TITLE_ENDING, looksLikePlace, looksLikeRole } from './person-parts.ts';

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
  // "Per Ek | S | tjg", "Eva Lund | M | ej tjg": a substitute's column that marks only whether they served.
  [/^(?:ej|icke)\s+tj(?:g|änstg(?:örande)?)\.?$/iu, 'ersättare'],
  [/^tjg\.?$/iu, 'tjänstgörande ersättare'],
  // "Per-Erik Sandberg, tjg suppl.": a serving substitute as older minutes and associations name one.
  [/^tj(?:g|änstg)?\.?\s*supp?l(?:\.|eant)?$/iu, 'tjänstgörande suppleant'],
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

export function normaliseRole(role: string): string {
  const abbreviation = ROLE_ABBREVIATIONS.find(([pattern]) => pattern.test(role.trim()));
  if (abbreviation) return abbreviation[1];
  // "tjänstgörande ersättare för Eva Berg (M)": the replaced member is not the role.
  return role
    // "'1:e vice ordförande": a speck OCR read before the title, glued to it.
    .replace(/^[^\p{L}\d§$(]+(?=[\p{L}\d])/u, '')
    // "som tjänstgörande ersättare": the function as a phrase.
    .replace(/^som\s+/iu, '')
    // "i trygghetssamordnare": a letter alone before a title is a speck OCR read in the column gap; no title opens with one.
    .replace(/^\p{Ll}\s+(?=\p{Ll}{4,}(?:\s|$))/u, (speck, at: number, whole: string) => (TITLE_ENDING.test(whole.slice(speck.length).split(/\s/u)[0]!) ? '' : speck))
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
    // "projektsekreterare-": OCR's speck glued to the title's last letter; a title's own hyphen ("kultur- och …") has a
    // word after it.
    .replace(/(?<=\p{Ll}{3})[-–—]+$/u, '')
    .trim();
}

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
    if (context === 'other' && organisation === null && /^\p{Lu}{2,6}$/u.test(extra.trim()) && !CAPITAL_TITLE.test(extra.trim())) {
      organisation = extra.trim();
      continue;
    }
    // "Britt Lövgren, Svenska kyrkan", "Amir Haddad, Psykiatri Södra": several capitalised words that hold no title are
    // where a guest comes from, even when they name no place.
    const namesBody = /^\p{Lu}\p{Ll}*\s+\p{L}/u.test(extra.trim()) && !looksLikeRole(extra) && !LEADING_TITLE.test(extra.trim().split(/\s+/)[0]!);
    // "landstingets kansli", "kommunens ekonomikontor": a body's unit in the genitive, where someone works; its last word
    // is no title, though "kansli" is among the words that mark one ("planeringssekreterare, landstingets kansli").
    const unitOfBody = /^\p{Ll}{4,}(?:ets|ens|ans)\s+\p{Ll}{4,}$/u.test(extra.trim()) && !TITLE_ENDING.test(extra.trim()) && !LEADING_TITLE.test(extra.trim().split(/\s+/).pop()!);
    const isRole = unitOfBody ? false : context === 'other' ? !namesBody && (!looksLikePlace(extra) || looksLikeRole(extra) && /^\p{Ll}/u.test(extra)) : looksLikeRole(extra);
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
