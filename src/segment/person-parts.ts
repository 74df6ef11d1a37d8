import { knownPlacePrefixes, knownPlaces } from './known-places.ts';

// The parties written out ("Ingela Sund Moderaterna" in a table whose column gap OCR closed) are organisations too.
export const ORGANISATION_WORDS = /\b(?:kommun|kommunen|kommuner|skolan|stad|region|regionen|län|landsting|förbund|kommunförbund|förvaltning|förvaltningen|bolag|ab|länsstyrelsen|polisen|myndighet|myndigheten|storsthlm|skr|moderaterna|socialdemokraterna|centerpartiet|liberalerna|folkpartiet|kristdemokraterna|vänsterpartiet|miljöpartiet|sverigedemokraterna)\b/i;

// "MAS", "VD": titles written in capitals, as short as a party or an agency's acronym but naming a function.
export const CAPITAL_TITLE = /^(?:MAS|MAR|VD|HR|IT)$/u;

export const ROLE_WORDS = /\b(?:ordförande|ordf|sekreterare|ersättare|ledamot|vice|chef|direktör|samordnare|handläggare|strateg|controller|utvecklare|ansvarig|tjänstgörande|föredragande|adjungerad|gäst|representant|kommundirektör|stadsdirektör|nämndsekreterare|jurist|ekonom|konsult|projektledare|utredare|rektor|kansli|registrator|sakkunnig|mas|mar|vd)\b/i;

// "Polisregion Stockholm", "Trafikförvaltningen", "Räddningsverket": a compound ending in an organisation word.
// "räddningstjänsten", "stadsbyggnadskontoret", "Försäkringskassan", "Elevhälsan": the definite form of a compound whose head is a
// kind of office or agency names that body; a title is written without the article ("socialsekreterare").
const ORGANISATION_COMPOUND = /(?:^|\s)\p{L}{3,}(?:region|regionen|förvaltningen|avdelningen|sektionen|byrån|kansliet|gruppen|teamet|rådet|myndigheten|styrelsen|förbundet|nämnden|verket|inspektionen|tjänsten|kontoret|enheten|förmedlingen|kassan|bolaget|mottagningen|centralen|hälsan|skolan|gården|kyrkan|kliniken|sjukhuset|arkivet|biblioteket)(?=\s|$)/u;

/** "Region Västernorrland", "Länsstyrelsen i Stockholms län": the whole text names a place or body, not a place before a name. */
export function namesBodyWhole(text: string): boolean {
  const lower = text.toLowerCase().trim();
  return knownPlaces().has(lower) || ORGANISATION_WORDS.test(lower) || ORGANISATION_COMPOUND.test(lower);
}

export function looksLikePlace(text: string): boolean {
  const lower = text.toLowerCase().trim();
  // A place before a name ('Huddinge Anna Berg') or before its body ('Huddinge kommun').
  return knownPlaces().has(lower) || ORGANISATION_WORDS.test(lower) || ORGANISATION_COMPOUND.test(lower) || knownPlacePrefixes().some((prefix) => lower.startsWith(prefix));
}

// Titles are compounds ending in a title word: "utbildningschef", "HR-partner", "Folkhälsostrateg".
export const TITLE_ENDING = /(?:ägare|kamrer|kamrerare|intendent|notarie|aktuarie|amanuens|kanslist|assessor|ombudsman|chef|pedagog|kurator|sköterska|direktör|samordnare|strateg|partner|sekreterare|handläggare|ansvarig|ledare|utvecklare|ombud|specialist|rådgivare|assistent|controller|ekonom|jurist|rektor|planerare|arkitekt|ingenjör|inspektör|konsult|konsulent|koordinator|kommunikatör|atör|utredare|förande|kallande|ragande|tecknare|förare)$/iu;

export function looksLikeRole(text: string): boolean {
  const trimmed = text.trim();
  // "lokalpolisområde Södertörn", "hälso- och sjukvårdsförvaltningen": a unit of the organisation, not a title.
  // "enhetschef IFO": a title followed by the unit's abbreviation.
  if (/^\p{Ll}/u.test(trimmed)) return !ORGANISATION_WORDS.test(trimmed) && !ORGANISATION_COMPOUND.test(trimmed) && !/\s\p{Lu}/u.test(trimmed) || ROLE_WORDS.test(trimmed) || TITLE_ENDING.test(trimmed.split(/\s+/)[0]!);
  // "Studie- och yrkesvägledare": two titles sharing their last part, capitalised at the start of a column or after a dash.
  if (TITLE_ENDING.test(trimmed) && (trimmed.split(/\s+/).length <= 2 || /^\p{L}+-\s+(?:och|eller)\s+\p{Ll}+$/u.test(trimmed))) return true;
  return ROLE_WORDS.test(trimmed) && !looksLikePlace(trimmed);
}

// Older protokoll write the party in lower case: "(m)", "(fp)", "(kds)".
export const LOWER_CASE_PARTIES = new Set(['m', 's', 'c', 'v', 'l', 'fp', 'kd', 'kds', 'mp', 'sd', 'nyd', 'vpk', 'fi', 'spi']);

/** A party abbreviation in brackets: "S", "KD", "MP", "Fi", "SD", and the lower-case "(fp)" of older protokoll. */
export function looksLikeParty(text: string): boolean {
  if (LOWER_CASE_PARTIES.has(text)) return true;
  return /^\p{Lu}[\p{L}]{0,3}$/u.test(text) && (text.length <= 2 || text === text.toUpperCase());
}

/**
 * "Ida Sjöberg (IS)", "Kim Lund (KLu)": the initials minutes use to refer to someone later ("IS hälsade …"),
 * not a party. A bracket that spells a party ("Maria Persson (MP)") stays the party.
 */
export function isInitials(bracket: string, name: string): boolean {
  const text = bracket.trim();
  if (text.length < 2 || text.length > 4 || LOWER_CASE_PARTIES.has(text.toLowerCase())) return false;
  const words = name.trim().split(/[\s-]+/).filter(Boolean);
  if (words.length < 2) return false;
  const initials = words.map((w) => w.charAt(0)).join('');
  if (text === initials) return true;
  // "Johan Ström (IS)": OCR reads a capital J as I or l, which no party abbreviation made of the initials would explain.
  if (text.length === initials.length && [...text].every((c, k) => c === initials[k] || (initials[k] === 'J' && /[Il|]/u.test(c)))) return true;
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
  // "IT-samverkan", "EU-projektet": an acronym joined to a lower-case noun names a body or a project; a double
  // name joins two capitalised parts ("Per-Erik").
  if (words.some((w) => /^\p{Lu}{2,}-\p{Ll}/u.test(w))) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.\-]*$/u.test(w) || /^(?:af|von|van|de|di|la|el|der|den)$/.test(w));
}

/** "Mötesordförande", "Socialchef": a single word that names a function, not an organisation. */
export function looksLikeTitle(word: string): boolean {
  return !/\s/.test(word.trim()) && LEADING_TITLE.test(word.trim());
}

// Titles that come before a name: compounds of a title word, and a few titles of their own.
// "kamrer Nils Ek", "fritidsintendent Åke Lind", "stadsnotarie …": the older civic service's titles, too.
// "kyrkvärden Per Ek", "klockaren Nils Ås": a parish's lay offices, as a kyrkostämma's or kyrkoråd's protokoll names them.
// "diakonissa Anna Ek", "lärarinna Elsa Berg": the feminine forms older lists give a woman's title.
// "prefekt Eva Ek", "prodekan Per Lund": a university department's and faculty's heads.
// "vaktmästare Sten Ek", "IT-tekniker …", "analytiker …", "bibliotekarie …": a municipality's staff at a public meeting.
export const LEADING_TITLE = /^(?:\p{L}*(?:föreståndare|mästare|tekniker|analytiker|bibliotekarie|arkivarie|arkitekt|ingenjör|kamrer|kamrerare|intendent|notarie|aktuarie|amanuens|kanslist|assessor|ombudsman|chef|direktör|samordnare|strateg|sekreterare|handläggare|ansvarig|ledare|utvecklare|ombud|specialist|rådgivare|assistent|controller|ekonom|jurist|rektor|planerare|inspektör|konsult|konsulent|koordinator|kommunikatör|atör|utredare|kurator|sköterska|råd|ordförande|lärare|pedagog|herde|präst|diakon|kantor|komminister|psykolog|logoped|läkare|terapeut|diakonissa|lärarinna|föreståndarinna|barnmorska|prefekt|dekan|dekanus)|\p{L}*representant|ledamot|ersättare|suppleant|kassör|revisor|kyrkvärd|klockare)$/iu;
