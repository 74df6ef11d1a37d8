import { LEADING_TITLE, TITLE_ENDING } from './person-parts.ts';

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
// "vd Maria Ek", "vice vd Per Ås": a company's managing director, abbreviated as it is everywhere ("VD Per Ås" too).
// "ordföranden herr Oskar Lundberg": an older list names the function in the definite form before the name.
// "tjänstgörande ersättaren Mio Tran (S) för …": a council's serving substitute, named in the definite form too.
// "Frånvarande: ledamoten Olof Kjellin": one member, named by function in the definite singular.
const PROSE_ROLE = String.raw`(?:vice\s+vd|vice\s+VD|vvd|vd|VD|v\.[\s.\-–]*ordf\.|vice\s+ordf\.|vice\s+ordföranden|vice\s+ordförande|ordf\.|ordföranden|ordförande|sekr\.|sekreterare|kassör|led\.|ledamoten|ledamot|suppl\.|suppleanten?|adj\.|adjungerad|ers\.|tjänstgörande\s+ersättaren?|ersättaren?|revisor)`;
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
// "ledamöterna Tora Vinge, ordförande, Ebbe Malm och Ida Ros": one of them with a function of their own after the name.
// "ledamöterna Åke Ek (s), ordf., Bo Lind (m), …": the function abbreviated, as older minutes write it.
const NAME_IN_GROUP = String.raw`${PROSE_NAME}${PARTY_AFTER_NAME}?(?:\s*,\s*(?:(?:vice\s+|v\.\s*)?(?:\p{Ll}{4,}|ordf\.|sekr\.))(?=\s*,))?`;
// "ledamöterna Åke Ek (s), Bo Lind (m), Eva Sund (fp) samt suppleanten …": a group of three or more may end without its
// own "och", where the next group's function follows, or the sentence ends.
const PLURAL_THEN_NAMES = new RegExp(
  String.raw`(^|[,;:]\s*|\s(?:och|samt)\s+)(\p{Ll}{3,}(?:erna|arna|orna))\s+(${NAME_IN_GROUP}(?:\s*,\s*${NAME_IN_GROUP})*\s+(?:och|samt)\s+${PROSE_NAME}${PARTY_AFTER_NAME}?|${NAME_IN_GROUP}(?:\s*,\s*${NAME_IN_GROUP}){2,}(?=\s+(?:och|samt)\s+\p{Ll}{4,}\s+\p{Lu}|\s*[.;]?\s*$))(?!\s*\()`,
  'gu',
);

// "kyrkoherden Einar Ek såsom ordförande", "Rut Berg som sekreterare": the function the person served in at this meeting,
// stated after the name, is their role; a title before the name (their office) gives way to it.
const NAME_AS_ROLE = new RegExp(String.raw`(^|[,;:]\s*|\s(?:och|samt)\s+)(?:\p{Ll}{4,}\s+)?(${PROSE_NAME})(${PARTY_AFTER_NAME})?\s+(?:såsom|som)\s+(${PROSE_ROLE}|\p{Ll}{4,})(?=\s*(?:[,;.]|\s(?:och|samt)\s|$))`, 'gu');
const MEETING_FUNCTION_AFTER = /^\s*,\s*(?:(?:vice\s+)?ordförande|ordf\.|sekreterare|sekr\.|justerare|mötesordförande)(?=\s*(?:[,;.]|\s(?:och|samt)\s|$))/u;

// "… och Ture Ek, den sistnämnde såsom suppleant för ledamoten Ivar Sund, som anmält förhinder": an older list says after
// the last name that this person stood in for an absent member; the function and the member replaced are that person's.
const LAST_NAMED_STOOD_IN = new RegExp(
  String.raw`(${PROSE_NAME})(${PARTY_AFTER_NAME})?(?:\s*,\s*\p{Ll}+)?\s*,\s*den\s+(?:sistnämnde|sistnämnda|senare|sistnämnd)\s+(?:såsom|som)\s+(${PROSE_ROLE}|\p{Ll}{4,})\s+för\s+(?:\p{Ll}{4,}\s+)?(${PROSE_NAME}${PARTY_AFTER_NAME}?)(?:\s*,\s*som\s+(?:anmält|hade\s+anmält|har\s+anmält)\s+förhinder)?`,
  'gu',
);

// "… suppleanterna Hilding Åström och Signe Kullberg, de båda sistnämnda i stället för ledamöterna Folke Lind och Arvid
// Moberg, vilka anmält förhinder": the members that the last named stood in for, named after them as a group.
const GROUP_STOOD_IN = new RegExp(
  String.raw`\s*,\s*(?:den|de)\s+(?:båda\s+|bägge\s+|två\s+|tre\s+)?(?:sistnämnde|sistnämnda|senare)\s+(?:i\s+stället|istället|i\s+ställe)\s+för\s+(?:\p{Ll}{4,}\s+)?(${PROSE_NAME}${PARTY_AFTER_NAME}?(?:\s*,\s*${PROSE_NAME}${PARTY_AFTER_NAME}?)*(?:\s+(?:och|samt)\s+${PROSE_NAME}${PARTY_AFTER_NAME}?)?)(?:\s*,\s*(?:som|vilka|vilken)\s+(?:hade\s+|har\s+)?anmält\s+förhinder)?`,
  'gu',
);

/** Puts a function written before a name after it, where a list of people reads it: "ordf. Gösta Lind" → "Gösta Lind, ordf.". */
export function rolesAfterNames(text: string): string {
  return text
    // The members stood in for are read apart (membersStoodInForInProse), as absent members.
    .replace(GROUP_STOOD_IN, '')
    .replace(NAME_AS_ROLE, (whole, lead: string, name: string, party: string | undefined, role: string) =>
      new RegExp(`^${PROSE_ROLE}$`, 'u').test(role) || LEADING_TITLE.test(role) ? `${lead}${name}${party ?? ''}, ${role}` : whole,
    )
    // "Ordf. Anna Ek, v. ordf. Bo Lind, led. Cia Berg": an abbreviated function capitalised at the start of the list.
    .replace(/(^|[,;:]\s*)(Ordf\.|Sekr\.|Led\.|Ers\.|Suppl\.|Adj\.|V\.\s*ordf\.|Vice\s+ordf\.)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu, (_whole, lead: string, role: string) => `${lead}${role.toLowerCase()} `)
    .replace(PLURAL_THEN_NAMES, (_whole, lead: string, plural: string, names: string) => {
      const role = singularTitle(plural);
      const parts = names.split(/\s*,\s*|\s+(?:och|samt)\s+/u);
      // A part in lower case is the function of the name before it, which it keeps instead of the group's.
      const named = parts.filter((part) => !/^\p{Ll}/u.test(part));
      const own = new Map(parts.flatMap((part, k) => (/^\p{Ll}/u.test(part) && k > 0 ? [[parts[k - 1]!, part] as const] : [])));
      // "…, Sven Nordin, lärare, samt föräldrarna Kerstin Wallin, Lars-Åke Nyström och Mona Eriksson": a group that is
      // no title still names the people after it, each a person of their own, not a description of the one before.
      if (role === null) return /^\s(?:och|samt)\s/u.test(lead) ? `, ${named.join(', ')}` : `${lead}${named.join(', ')}`;
      return `${lead}${named.map((name) => `${name}, ${own.get(name) ?? role}`).join(', ')}`;
    })
    .replace(ROLE_THEN_NAME, (whole, lead: string, role: string, name: string, party: string | undefined, offset: number, text: string) => {
      // Before a party bracket only a function in the definite form ("ordföranden", "ersättaren") is prose that names the
      // person after it: "Ivar Ek (M), ordförande Greta Hed (M)" gives the first person's function, in a list's own order.
      if (party && !/n$/u.test(role)) return whole;
      const named = `${name}${party ?? ''}`;
      // "… och Lennart Backman, ledamot samt suppleanten Ingrid Forsberg": once the function follows the name, the
      // conjunction before it parts two entries of the list, as a comma does.
      if (/^\s(?:och|samt)\s/u.test(lead) && /(?:^|[\s,])\p{Ll}[\p{Ll}.]*$/u.test(text.slice(0, offset))) lead = ', ';
      // "ersättaren", "tjänstgörande ersättaren", "ledamoten": the definite form of a function the list names in the indefinite.
      if (new RegExp(`^${PROSE_ROLE}$`, 'u').test(role)) return `${lead}${named}, ${role.replace(/(?<=ersättare|suppleant|ledamot)(?:n|en)$/u, '')}`;
      // "kyrkoherde Per Lund, ordförande": the function the person had at the meeting, after the name, is the role the
      // list gives; the title before the name is how the person is addressed.
      if (MEETING_FUNCTION_AFTER.test(text.slice(offset + whole.length)) && (LEADING_TITLE.test(role) || /n$/u.test(role))) return `${lead}${named}`;
      if (LEADING_TITLE.test(role)) return `${lead}${named}, ${role}`;
      // "fritidsledaren Jessica Holm", "rektorn Anna Ek": the title in the definite form, as prose names one person.
      // "kyrkoherden", "kyrkvärden": a title ending in -e takes only -n, one ending in a consonant -en.
      // "diakonissan Anna Holm", "barnmorskan …": a title ending in "-a" takes "-n".
      // "kamreraren", "kommunalkamreraren": "kamrer" takes "-aren" in the definite form.
      const indefinite = role.replace(/(?<=kamrer)aren$|(?<=are|ör|or|chef|log|ist|värd)en$|(?<=are|or|de|issa|inna|ska)n$/u, '');
      if (indefinite !== role && LEADING_TITLE.test(indefinite)) return `${lead}${named}, ${indefinite}`;
      // "drdförande Gustav Ek": a meeting's function one letter off, as OCR damages a typewritten word.
      const damaged = damagedFunction(role);
      return damaged ? `${lead}${named}, ${damaged}` : whole;
    })
    // After the plural's function was given to every name, the stand-in's own function replaces it; the member stood in
    // for is read apart (membersStoodInForInProse), as an absent member.
    .replace(LAST_NAMED_STOOD_IN, (_whole, name: string, party: string | undefined, role: string) => `${name}${party ?? ''}, ${role}`);
}

// The functions a roll call names before people, long enough that one letter off still tells them apart.
const MEETING_FUNCTIONS = ['ordförande', 'ordföranden', 'sekreterare', 'sekreteraren', 'suppleanten', 'ersättaren'];

/** "drdförande" → "ordförande": a function one letter off, or null. */
function damagedFunction(word: string): string | null {
  const found = MEETING_FUNCTIONS.find((f) => f.length === word.length && [...f].filter((ch, k) => ch !== word[k]).length === 1);
  return found ? found.replace(/(?<=are|or|de)n$|(?<=ättare|suppleant)en$/u, '') : null;
}

/** The members that prose says the last named person stood in for: "…, den sistnämnde såsom suppleant för ledamoten Ivar Sund". */
export function membersStoodInForInProse(text: string): string[] {
  return [
    ...[...text.matchAll(LAST_NAMED_STOOD_IN)].map((m) => m[4]!),
    ...[...text.matchAll(GROUP_STOOD_IN)].flatMap((m) => m[1]!.split(/\s*,\s*|\s+(?:och|samt)\s+/u)),
  ];
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
