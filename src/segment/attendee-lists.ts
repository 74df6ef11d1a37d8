import type { DocumentType, Person } from '../domain/index.ts';
import { withoutAttendanceTimes } from './attendance-report.ts';
import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';
import { parseHeadBlock } from './head-block.ts';
import type { HeadField } from './head-field.ts';
import { matchLabel } from './labels.ts';
import { titledPairsPerRow, withoutGroupHeadingRows } from './side-by-side-people-rows.ts';
import { withPartyColumnInBrackets } from './party-column-in-row.ts';
import { partyPairsPerRow } from './party-pairs-per-row.ts';
import { withPartyLetterSlips } from './party-letter-slips.ts';
import { pupilWithSchool, withoutBracketedClass } from './pupil-rows.ts';
import { mixedTeam } from './mixed-first-name-lists.ts';
import { isFirstName, joinWrappedValues, namesOrganisation, NO_ONE, splitAtBars, splitGluedColumns, twoNamesPerRow, withFirstNameCapital, withGivenNameFirst, withListConnectorsAsCommas, withOrganisationBeforeDash, withOrganisationHeaders, withoutParticipantKinds } from './people-list-rows.ts';
import { withoutAttendanceNotes, withoutHonorifics } from './name-text-cleanup.ts';
import { distributeSharedBracket, membersStoodInForInProse, rolesAfterNames } from './people-in-prose.ts';
import { parsePeopleList } from './people-lists.ts';
import { parsePerson, replacedMember, splitNames } from './person.ts';
import { describeExtras } from './person-extras.ts';
import { looksLikeName, looksLikePlace, looksLikeTitle } from './person-parts.ts';

// "Ledamöter Gustav Ekberg (m), … Ersättare Håkan Berg (s) och …": groups named inside one sentence of prose.
const PROSE_GROUP = /(?:^|(?<=[.;]\s*))(ordinarie ledamöter|ledamöter|tjänstgörande ersättare|ersättare)\s*:?\s+(?=\p{Lu})/giu;

function splitProseGroups(value: string): { text: string; groupRole: string | null }[] {
  const starts = [...value.matchAll(PROSE_GROUP)];
  if (starts.length === 0) return [{ text: value, groupRole: null }];
  const result: { text: string; groupRole: string | null }[] = [];
  const before = value.slice(0, starts[0]!.index).replace(/[.;\s]+$/, '');
  if (before) result.push({ text: before, groupRole: null });
  starts.forEach((match, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index : value.length;
    const text = value.slice(match.index + match[0].length, end).replace(/[.;\s]+$/, '');
    const group = match[1]!.toLowerCase();
    if (text) result.push({ text, groupRole: group.endsWith('ersättare') ? group : null });
  });
  return result;
}

// "Arbetsgivarsidan:", "Arbetstagarsidan:": the two sides of a negotiation (samverkan, MBL) group people as well.
// "Brukarrepresentanter:", "Anhöriga:": the kind of participant, not where they come from.
// "För arbetsgivaren:", "För arbetstagarna:": the side a person sits on in a negotiation (samverkan), not an organisation.
const OWN_GROUP = /^(?:för\s+arbets(?:givar|tagar)\p{L}*|\p{L}*representanter(?:na)?|brukar(?:e|na)|anhöriga|boende|arbetsgivar(?:e|sidan|en|företrädare|representant)|arbetstagar(?:e|sidan|na|företrädare|representant)|fackliga\s+företrädare|styrelsen|personal(?:en)?|ledamöter(?:na)?|ledamot|tjänstepersoner(?:na)?|tjänstemän(?:nen)?|förvaltningen|kansliet|ledningen|presidiet|medlemmar(?:na)?|gäster(?:na)?|övriga|föräldrar(?:na)?|elever(?:na)?|nämnden|utskottet|gruppen|ledning(?:en)?|stab(?:en)?|adjungerade|förtroendevalda|politiker(?:na)?|medarbetare)$/iu;

// ". Sofia Ek …": a stop after a word (not after an initial) and a first name and surname open the next sentence.
// Not after an abbreviated function: "vice ordf. Ruth Lindgren (c)" is one person.
const PROSE_SENTENCE_START = /(?<=\p{Ll}{2}|\))(?<!\b(?:ordf|sekr|led|ers|suppl|adj|tjg))\.\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll})/u;
// "Sofia Ek deltog som adjungerad", "Per Öst närvarade i egenskap av sekreterare": the function someone took part in,
// written as a clause, is their role.
const TAKES_PART_AS = /\s+(?:deltog|deltar|närvarade|närvarar|medverkade|var\s+med|var\s+närvarande)\s+(?:som|i\s+egenskap\s+av)\s+(\p{Ll}[\p{Ll} -]*?)\s*(?=[.,;]|$)/u;

// "14 medarbetare", "ca 15 boende", "ett tiotal föräldrar": the count may be an estimate.
const UNNAMED_COUNT_AFTER = /(?:\s*,|\s+(?:och|samt))\s+(?:(?:ca\.?|cirka|ytterligare)\s+)?(?:\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några|flera)\s+\p{Ll}{3,}(?:\s+\p{Ll}+)*(?:\s+\p{L}+)*\.?\s*$/u;
const FROM_AUTHORITY_OFFICER = /^\s*från\s+(polisen|regionen|länsstyrelsen|räddningstjänsten|försäkringskassan|arbetsförmedlingen)\s+(\p{Ll}{4,}\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2})\.?\s*$/u;
// "23 röstberättigade medlemmar enligt bifogad närvarolista samt …": where the list of those counted is, before "samt".
const UNNAMED_COUNT = /^\s*(?:(?:(?:ca\.?|cirka|drygt|knappt|omkring|ungefär)\s+)?\d{1,3}|ett\s+\p{Ll}+tal)\s+\p{Ll}+(?:\s+\p{Ll}+)?(?:\s+enligt(?:\s+\p{Ll}+){1,3})?\s*(?:,|samt|och)\s+(?=\p{L})/u;

/** "Arbetstagarrepresentant: Per Ek, Kommunal": a label that names the function of those it lists, in the singular. */
function representativeRole(field: HeadField): string | null {
  const m = /^((?:arbetstagar|personal|facklig\s+|fackliga\s+)representant)(?:er)?$/iu.exec(field.label);
  return field.kind === 'others' && m ? m[1]!.toLowerCase().replace(/^fackliga/u, 'facklig') : null;
}

// "Linnéa.Björk, sekreterare": OCR reads the space between a first name and a surname as a stop; a first name is never
// abbreviated with its small letters written out.
// "Olof JOnsson": OCR's capital for the second letter of a name; no name is written so.
function withNameCaseAndStopSlips(value: string): string {
  return value
    .replace(/(?<=(?:^|[\s,;:(])\p{Lu}\p{Ll}{2,})\.(?=\p{Lu}\p{Ll}{2,}(?:$|[\s,;)]))/gu, ' ')
    .replace(/(?<=(?:^|[\s,;:(])\p{Lu})(\p{Lu})(?=\p{Ll}{3,}(?:$|[\s,;.)]))/gu, (letter: string) => letter.toLowerCase());
}

// "Göran Ek (SD), 2:e vice ordförande Vera Lindh (SD)": two columns of members where OCR closed the gap between them; a
// member's function in lower case, then another name with a party, opens the next member. Not after "för" or "ersätter",
// which name the member a substitute stands in for, nor after a function in the definite form ("vice ordföranden Eva Ek
// (M)"), which prose lists print before the name.
const NEXT_MEMBER_AFTER_FUNCTION = /(?<=\(\p{L}{1,4}\)\s*,\s*(?:[\p{L}\d:.-]+\s+)*?(?!(?:för|ersätter|och|samt|med|av|hos|från)(?!\p{L}))\p{Ll}{3,}(?<!n|na))\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\(\p{L}{1,4}\))/u;

// "Anna Roos (M) Ewa Hägg (C)", "Peter Lund (M) . Fredrik Sjö (L)", "Gun Ek (m) : Per Ås (s)": the same right after
// the first member's party, a speck read in the column gap or none.
const NEXT_MEMBER_AFTER_PARTY = /(?<=\(\p{L}{1,4}\))\s+(?:[.>|»'":]+\s+)?(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\(\p{L}{1,4}\))/gu;

const TWO_MEMBERS = /\(\p{L}{1,4}\)\s*,\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\(\p{L}{1,4}\)/u;

// "Jonas Blom (KD), tjg ersättare för Ulf Ranch Birgit Olander (MP)" / "(KD)": the left column's last row wrapped its
// bracket onto the row below, past the right column's member read into the same row; the bracket is the replaced
// member's.
const WRAPPED_BRACKET_PAST_NEXT = /(\bför\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\(\p{L}{1,4}\))[\s.|]*\s(\(\p{L}{1,4}\))\s*$/u;

function withNextMemberParted(value: string): string {
  return value
    .replace(WRAPPED_BRACKET_PAST_NEXT, '$1 $3, $2')
    .replace(new RegExp(NEXT_MEMBER_AFTER_FUNCTION.source, 'gu'), ', ')
    .replace(NEXT_MEMBER_AFTER_PARTY, ', ');
}

export function people(fields: HeadField[], kinds: readonly HeadField['kind'][], defaultRole: string | null = null): Person[] {
  const result: Person[] = [];
  for (const field of fields) {
    if (!kinds.includes(field.kind)) continue;
    // Employee representatives are named with the union they come from, as members with their organisation are.
    const context = field.kind === 'others' && representativeRole(field) === null ? 'other' : 'member';
    // "Från polisen:", "Från regionen:": people sent by another authority, which is their organisation ("Från kommunen:"
    // is the meeting's own side and gives none).
    const fromAuthority = /^Från\s+(polisen|regionen|länsstyrelsen|räddningstjänsten|försäkringskassan|arbetsförmedlingen)$/iu.exec(field.label);
    const fieldOrganisation = fromAuthority ? fromAuthority[1]!.charAt(0).toUpperCase() + fromAuthority[1]!.slice(1).toLowerCase() : null;
    // Associations and companies call their substitutes "suppleanter"; the label names the role.
    const substituteRole =
      // "Närvarande tjänstgörande ersättare": the serving substitutes, not the others ("icke/ej tjänstgörande").
      field.kind !== 'substitutes'
        ? representativeRole(field)
        : /(?<!(?:icke|ej)\s)tjänstgörande\s+suppleant/iu.test(field.label)
          ? 'tjänstgörande suppleant'
          : /suppleant/iu.test(field.label) ? 'suppleant' : /(?<!(?:icke|ej)\s)tjänstgörande/iu.test(field.label) ? 'tjänstgörande ersättare' : defaultRole;
    // Prose lists: "Anna Ek (Haninge), Per Öst (Tyresö) och Lena Åberg (Nynäshamn)."
    // "Styrelsen: A, B; Personal: C": groups named before a colon, one after another.
    const sideBySide = [...field.values];
    titledPairsPerRow(sideBySide);
    partyPairsPerRow(sideBySide);
    const rows = joinWrappedValues(sideBySide.map(withoutHonorifics).map(withNameCaseAndStopSlips))
      // "Åsa Wennerholm, ordförande . Haninge kommun", "Gunnar Tell, vice ordförande | Region Stockholm": a speck in the
      // column gap after a title in lower case, before where the person comes from, stands for the comma.
      .map((v) => v.replace(/(?<=(?:^|\s)\p{Ll}{3,})\s+[.|]\s+(?=\p{Lu}[^,]*$)/u, ', '))
      // "… Eva Lindgren (fritidskonsulent": OCR lost the list's last closing bracket, which would hold every comma before it.
      .map((v) => (/\([^()]*$/u.test(v) ? `${v.replace(/[\s.,;:|]+$/u, '')})` : v))
      // "Ingrid Wallén OIW)": OCR read the opening bracket before the initials or party as a letter.
      .map((v) => v.replace(/(?<=\p{Lu}\p{Ll}+\s)[O0C{[](?=\p{Lu}{1,3}\))/gu, (bracket, at: number) => ((v.slice(0, at).match(/\(/g) ?? []).length === (v.slice(0, at).match(/\)/g) ?? []).length ? '(' : bracket)))
      // "14 medarbetare samt enhetschef Karin Ek och …": a count of people the list does not name, before those it does.
      .map((v) => v.replace(UNNAMED_COUNT, ''))
      // "Anna Ek, Bo Lind samt tre representanter från elevrådet": people the list counts but does not name, after it.
      .map((v) => v.replace(UNNAMED_COUNT_AFTER, ''))
      // "Roger Ek (sS)", "Bo Lind (£p)": OCR's slips in a small-letter party.
      .map(withPartyLetterSlips)
      .map(withPartyColumnInBrackets)
      .map(withoutBracketedClass)
      .map(withNextMemberParted)
      .map(withListConnectorsAsCommas)
      .map(withoutParticipantKinds)
      // "Josefin Ek | 08:56 11:02 . 2 h 6 min": a video meeting's attendance report with its columns read into one row.
      .map(withoutAttendanceTimes)
      // "ulf Klint, sekreterare": OCR lost the capital of the first name at the start of a row.
      .map(withFirstNameCapital)
      // "Barbro Lindh (C) ij": a letter or two after the party, without a comma, is a speck at the column's edge, no title.
      .map((v) => v.replace(/(?<=\(\p{Lu}{1,4}\))\s+(?!vd\b)\p{Ll}{1,2}\s*$/u, ''))
      // "Anna:Karin af Klint": OCR reads the hyphen of a double first name as a colon.
      .map((v) => v.replace(/(?<=(?:^|[\s,;])\p{Lu}\p{Ll}+):(?=\p{Lu}\p{Ll}+\s+\p{L})/gu, '-'))
      .flatMap((v) => v.split(/;\s*(?=\p{Lu}[\p{L} ]{1,30}:\s)/u))
      // "… och Kent Berg. Sofia Ek från Region Stockholm deltog som adjungerad.": a list in prose goes on in a sentence of its own.
      // "ordf. Gösta Lind": before the sentences are split, so that an abbreviation's stop does not end one.
      .map(distributeSharedBracket)
      .map(rolesAfterNames)
      // "fritidsintendent. Åke Lind": OCR's speck read as a stop after a title that opens the row ends no sentence.
      .map((v) => v.replace(/^(\p{Ll}{4,})[.,]\s+(?=\p{Lu})/u, (whole, title: string) => (looksLikeTitle(title) ? `${title} ` : whole)))
      .flatMap((v) => v.split(PROSE_SENTENCE_START))
      .map((v) => v.replace(TAKES_PART_AS, ', $1'))
      // "… och Sara Berg m.fl.": the others are not named.
      // "… m.fl. |": OCR's speck after it too.
      .map((v) => v.replace(/\s*(?:m\.\s?fl|med\s+flera)\.?(?:\s+[|:;'"`]+)?\s*$/iu, ''))
      // "Olle .Nilsson": a speck read as a stop glued to the surname would end the list at the first name.
      .map((v) => v.replace(/(?<=\p{L})\s+[.,'`]+(?=\p{Lu}\p{Ll})/gu, ' '))
      // "För PRO Åselby: Sven Ek, Ulla Berg": the association a group sits for, as "PRO Åselby: …". "För kommunen: Eva
      // Lund, socialchef": a side named in lower case is the meeting's own (as "från kommunen"), no organisation.
      .map((v) => v.replace(/^\s*[Ff]ör\s+(?=\p{Lu}[^:,]{1,40}:\s)/u, '').replace(/^\s*[Ff]ör\s+\p{Ll}[^:,]{1,40}:\s+(?=\p{Lu})/u, ''))
      // "… samt från länsstyrelsen fiskekonsulent Eje Vallin": an officer sent by another authority, named after where they
      // come from; the authority is their organisation, as under a "Från länsstyrelsen:" label.
      .map((v) => v.replace(FROM_AUTHORITY_OFFICER, (_, authority: string, person: string) => `${person}, ${authority.charAt(0).toUpperCase()}${authority.slice(1)}`))
      .flatMap(splitGluedColumns)
      .flatMap(splitAtBars)
      .flatMap(withOrganisationHeaders)
      .map(withOrganisationBeforeDash)
      .map(withGivenNameFirst);
    withoutGroupHeadingRows(rows, OWN_GROUP);
    twoNamesPerRow(rows);
    // A list printed one person a row ("Bo Malm, DHR Huddinge"): a row of two comma parts is a name and an
    // organisation, even when the organisation is two capitalised words ("Tomas Ek, Attention Huddinge").
    const onePerRow = rows.length >= 3 && rows.filter((v) => (v.match(/,/g) ?? []).length === 1 && parsePerson(v, context)?.organisation).length * 2 >= rows.length;
    const groups = rows.flatMap(splitProseGroups);
    // "… och Per Lind (Vallentuna)." and "… samt Per Lind": the last name of a list.
    // Not after a hyphen: "Autism- och Aspergerföreningen" is one name.
    const before = result.length;
    for (const { text: value, groupRole } of groups.filter((g) => !ALL_EXCEPT.test(g.text.trim())).map((g) => ({ ...g, text: /(?<!-)\s(?:och|samt)\s+\p{Lu}/u.test(g.text) ? g.text.replace(/(?<!-)\s+(?:och|samt)\s+(?=\p{Lu})/gu, ', ').replace(/\.\s*$/, '') : g.text }))) {
      // "Solna stad: Jenny Moberg, Per Ek": the organisation first, then its people.
      // "M: Anna Ek (ordf.), Bo Lind": a one-letter party names its members the same way.
      // "Från Haninge: Sara Lind, Omar Said": the place the group comes from, after "från".
      const byOrganisation = /^(?:[Ff]rån\s+)?(\p{Lu}[^:,]{1,40}?|[SMCVL]):\s+(\p{Lu}.*)$/u.exec(value.trim());
      const prefix = byOrganisation?.[1]?.trim() ?? '';
      // A person's name before the colon would be a person, not an organisation.
      // "Mötesordförande: Kjell Ek" inside a list: a function, which is the person's role.
      const prefixIsTitle = looksLikeTitle(prefix);
      if (byOrganisation && (looksLikePlace(prefix) || !prefix.includes(' ') || !looksLikeName(prefix) || namesOrganisation(prefix))) {
        // "Styrelsen:", "Personal:": a group of the meeting's own people, not an organisation they come from.
        const organisation = prefixIsTitle || OWN_GROUP.test(prefix) ? null : prefix;
        const prefixRole = prefixIsTitle ? prefix.toLowerCase() : null;
        const named = (parsePeopleList(byOrganisation[2]!, context) ?? [parsePerson(byOrganisation[2]!, context)]).filter((p): p is Person => p !== null && p.name.includes(' '));
        if (named.length > 0) {
          result.push(...named.map((p) => ({ ...p, organisation: p.organisation ?? organisation, role: p.role ?? prefixRole ?? substituteRole })));
          continue;
        }
      }
      // "Anna Roos (M), Ewa Hägg (C)": two members with their parties are two people, however the other rows read.
      const several = onePerRow && (value.match(/,/g) ?? []).length === 1 && !TWO_MEMBERS.test(value) ? null : parsePeopleList(value, context);
      if (several) {
        result.push(...several.map((p) => ({ ...p, role: p.role ?? groupRole ?? substituteRole })));
        continue;
      }
      const pupil = pupilWithSchool(value);
      if (pupil) {
        result.push({ ...pupil, role: groupRole ?? substituteRole });
        continue;
      }
      // "Närvarande: Anna, Per, Lisa": a small team named by first names only.
      // "Anna (Vallentuna), Per (Österåker)": a first name with the place the person comes from in brackets.
      // "Fia (sjuk)": why a colleague was away is no part of the name.
      const firstNameParts = value.split(/\s*,\s*|\s+och\s+/u).map((p) => withoutAttendanceNotes(p.trim().replace(/\.$/, ''))).filter(Boolean).map((part) => {
        const placed = /^(\p{Lu}\p{Ll}+)\s*\(([^()]+)\)$/u.exec(part);
        return placed && looksLikePlace(placed[2]!) ? { name: placed[1]!, organisation: placed[2]!.trim() as string | null } : { name: part, organisation: null as string | null };
      });
      const firstNames = firstNameParts.map((p) => p.name);
      const person = parsePerson(value, context);
      // A lone word ("Botkyrka", "Huddinge, ordförande") is the column beside a name, not a person.
      // "Kerstin (semester), Ali": with the note gone, two first names must not run together into one person's name.
      const teamOfFirstNames = firstNames.length >= 2 && firstNames.every(isFirstName);
      if (person && person.name.includes(' ') && !teamOfFirstNames) {
        result.push({ ...person, role: person.role ?? groupRole ?? substituteRole });
        continue;
      }
      const onlyValue = rows.length === 1 && groups.length === 1;
      const team = mixedTeam(firstNameParts, context);
      if (team) {
        result.push(...team.map((p) => ({ ...p, role: p.role ?? groupRole ?? substituteRole })));
        continue;
      }
      if ((firstNames.length >= 2 || (onlyValue && result.length === 0)) && firstNames.every(isFirstName)) {
        result.push(...firstNameParts.map(({ name, organisation }) => ({ name, organisation, role: groupRole ?? substituteRole })));
        continue;
      }
      // A column of municipalities or titles next to a column of names.
      const previous = result[result.length - 1];
      const extra = value.trim();
      if (previous && extra && !/\d/.test(extra) && extra.split(/\s+/).length <= 4 && !NO_ONE.test(extra)) {
        if (/^\p{Ll}/u.test(extra) || context === 'other') previous.role ??= extra;
        else {
          const described = describeExtras(extra.split(/\s*,\s*/), context);
          previous.organisation ??= described.organisation;
          previous.role ??= described.role;
        }
      }
    }
    if (fieldOrganisation) for (const person of result.slice(before)) person.organisation ??= fieldOrganisation;
  }
  return result;
}

/**
 * "Mötesledare: Fredrika Svärd, Täby", "Protokollförare: Ronja Berg" in a head
 * block without signature lines: a function someone had at the meeting. It
 * becomes that attendee's role, or adds them as an attendee.
 */
export function withFunctions(attendees: Person[], fields: HeadField[], type: DocumentType, signatureLayout: boolean): Person[] {
  if (type === 'kallelse') return attendees;
  // "Sekreterare | Malin Edin" among those present, and "Underskrifter" with its signing lines further down: above the
  // signatures' heading, the label still names someone's function at the meeting; below it, and in a head whose
  // signing lines have no heading, the labels are the signatures'.
  const signingHeading = fields.findIndex((f) => f.kind === 'signatureHeading');
  if (signatureLayout && signingHeading < 0) return attendees;
  const result = [...attendees];
  for (const field of signatureLayout ? fields.slice(0, signingHeading) : fields) {
    if (field.kind !== 'signature' || field.values.length !== 1) continue;
    // "Protokollförare: Yasmin: Rahimi": a speck read as a colon between the first name and the surname.
    const person = parsePerson(field.values[0]!.replace(/^(\p{Lu}\p{Ll}+)[:;]\s+(?=\p{Lu}\p{Ll}+(?:,|$))/u, '$1 '));
    if (!person || !person.name.includes(' ')) continue;
    const role = field.label.toLowerCase();
    const known = result.find((p) => p.name.toLowerCase() === person.name.toLowerCase());
    // "Mötesordförande: Kjell Ek" below a list that names him as a member: chairing this one meeting is no standing
    // role of his; the label only adds someone the lists left out.
    if (known) {
      if (!/^mötes(?:ordförande|sekreterare)$/iu.test(field.label)) known.role ??= role;
    }
    // "Mötesledare: Mona Petersson, enhetschef": the title printed with the name stays the role.
    else result.push({ name: person.name, organisation: person.organisation ?? null, role: person.role ?? role });
  }
  return result;
}

/**
 * "Minnesanteckningar APT hemtjänst Norr 3/4-25 (Anna, Bosse, Cilla, Dragan)": a small team's notes name who was there
 * by first name in a bracket after the title, where no list of those present follows.
 */
export function teamInTitle(title: string | null | undefined, firstPage: readonly DocumentLine[]): Person[] {
  let text = title ?? '';
  // "… 3/4-25 (Anna," / "Bosse, Cilla, Dragan)": the bracket wrapped at the margin onto the next row.
  const at = firstPage.findIndex((line) => text !== '' && line.text.trim() === text.trim());
  if (/\([^()]*$/u.test(text) && at >= 0) {
    for (const line of firstPage.slice(at + 1, at + 3).filter((l) => !isBlank(l))) {
      text = `${text} ${line.text.trim()}`;
      if (/\)/u.test(line.text)) break;
    }
  }
  const bracket = /\(([^()]+)\)\s*$/u.exec(text);
  const names = bracket ? bracket[1]!.split(/\s*,\s*|\s+(?:och|samt)\s+/u).map((n) => n.trim()).filter(Boolean) : [];
  if (names.length < 3 || !names.every(isFirstName)) return [];
  return names.map((name) => ({ name, organisation: null, role: null }));
}

export const PEOPLE_KINDS: readonly HeadField['kind'][] = ['attendees', 'absent', 'others', 'substitutes'];

/**
 * "3. Nästa träff" / … / "Deltagare: Hanna Lind, Västerås stad; …" / "Antecknare: Britta Ek": notes that list who took
 * part at their end, after the last point. Read only where the head lists no one.
 */
const APPENDIX_NUMBER = /^\s*bilaga\s+\d{1,2}\s*[:.,–-]?\s*/iu;

/** The next two rows from `from` on (OCR's blank rows between skipped) each open with a person's name, before a comma or alone. */
function personRowsFollow(lines: readonly DocumentLine[], from: number): boolean {
  const rows = lines.slice(from, from + 4).filter((l) => !isBlank(l)).slice(0, 2);
  return rows.length === 2 && rows.every((l) => l.cells.length === 1 && looksLikeName((l.cells[0] ?? '').split(',')[0] ?? '') && /\p{Ll}/u.test(l.text));
}

export function trailingPeople(headFields: readonly HeadField[], lines: readonly DocumentLine[], headings: readonly { line: number }[]): HeadField[] {
  const last = headings[headings.length - 1];
  // "Närvarande: se närvarolista sist i protokollet": a head that only points to the list names no one either.
  if (!last || people([...headFields], PEOPLE_KINDS).length > 0) return [];
  const start = lines.findIndex((line, i) => {
    if (i <= last.line) return false;
    // "Bilaga 1 Närvaro- och omröstningslista": the appendix's number before the list's heading.
    const label = matchLabel((line.cells[0] ?? '').replace(APPENDIX_NUMBER, ''));
    if (label === null || !PEOPLE_KINDS.includes(label.kind)) return false;
    // "Närvarolista" / "Namn | Närvarande" / …: the attendance table printed after the signatures.
    // "Närvarolista ,": OCR's speck after the heading.
    // "Deltagarlista": the list a video meeting exports, under the same heading.
    if (/^[\s.,;:|'"`]*$/u.test(label.rest) && line.cells.length === 1 && /^(?:närvaro|deltagarlista)/iu.test(label.label)) return true;
    // "Deltagare" on a row of its own over "Ada Vik, fritidsledare": a workshop's notes list who took part at the end,
    // one person a row, under a heading that opens a block ("… kallar" / "ersättare." ends a sentence instead).
    const opensBlock = /^\s*\p{Lu}/u.test(line.cells[0] ?? '') && (i === 0 || isBlank(lines[i - 1]!) || lines[i - 1]!.page !== line.page);
    if (/^[\s.,;:|'"`]*$/u.test(label.rest) && line.cells.length === 1 && opensBlock && personRowsFollow(lines, i + 1)) return true;
    if (APPENDIX_NUMBER.test(line.cells[0] ?? '') && !/^[\s.,;:|'"`]*$/u.test(label.rest)) return false;
    // With its colon: "Förhinder anmäls till nämndsekreteraren …" under a kallelse's agenda is a sentence, not a list.
    return /^[^:]{2,40}:/u.test(line.cells[0] ?? '') && /[,;]/.test(label.rest);
  });
  if (start < 0) return [];
  const heading = lines[start]!;
  const cells = heading.cells.map((c, k) => (k === 0 ? c.replace(APPENDIX_NUMBER, '') : c));
  return parseHeadBlock([documentLine(heading.page, cells, heading.cellX), ...lines.slice(start + 1)]).filter((f) => PEOPLE_KINDS.includes(f.kind));
}

// "Lisa Ek – Mora kommun (ej närvarande)": a list of all the group's members marks those who were not there.
const ABSENCE_MARK = /^(?:ej\s+närvarande|ej\s+närv\.?|frånvarande|frånv\.?|förhinder|anmält\s+förhinder|ej\s+med|deltog\s+ej|ej\s+deltagande)$/iu;

/** The people of a list of members split into those there and those the list marks as away (their mark is no role). */
export function withAbsenceMarks(listed: readonly Person[]): { present: Person[]; away: Person[] } {
  const away = listed.filter((p) => p.role && ABSENCE_MARK.test(p.role.trim()));
  return { present: listed.filter((p) => !away.includes(p)), away: away.map((p) => ({ ...p, role: null })) };
}

/** A member listed as absent and also as replaced by a tjänstgörande ersättare is one absent person. */
/**
 * "Erik Strand (M), ordförande" among the members and "Erik Strand" again over a signing line the head's reading gave
 * to the list: one person named twice is one attendee, with what either naming says of them.
 */
export function withRepeatsMerged(persons: Person[]): Person[] {
  const byName = new Map<string, Person>();
  const result: Person[] = [];
  for (const person of persons) {
    const key = person.name.toLowerCase();
    const first = byName.get(key);
    if (!first) {
      const copy = { ...person };
      byName.set(key, copy);
      result.push(copy);
      continue;
    }
    first.organisation ??= person.organisation;
    first.role ??= person.role;
  }
  return result;
}

export function withoutRepeats(persons: Person[]): Person[] {
  const seen = new Set<string>();
  return persons.filter((p) => {
    const key = p.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// "hela arbetsgruppen utom Lisa Åkesson", "samtliga ledamöter utom Per Ek": everyone was there except those named.
// "Styrelsen med undantag av Kalle Berg": the body itself, all but the people named.
const ALL_EXCEPT = /^(?:(?:hela|samtliga|alla)\b[^,;:]*?|\p{L}*(?:styrelsen|gruppen|nämnden|utskottet|rådet|ledamöterna|nätverket))\s*,?\s(?:utom|förutom|med\s+undantag\s+(?:av|för))\s+(\p{Lu}.*)$/iu;

/** The people an attendance value names as the only ones missing. */
export function exceptedMembers(fields: HeadField[]): Person[] {
  return fields
    .filter((f) => f.kind === 'attendees')
    .flatMap((f) => f.values.map((v) => ALL_EXCEPT.exec(v.trim())?.[1]).filter((v): v is string => v !== undefined))
    .flatMap((v) => splitNames(v).map((name) => parsePerson(name)).filter((p): p is Person => p !== null));
}

/** Members a tjänstgörande ersättare stood in for were not there. */
export function replacedMembers(fields: HeadField[]): Person[] {
  return fields
    .filter((f) => f.kind === 'attendees' || f.kind === 'substitutes' || f.kind === 'others')
    // Under "Övriga deltagande", where OCR can hand the members' rows read after a label column, only one who serves
    // ("tjänstgörande", "tjg") replaces a member.
    .flatMap((f) => {
      const values = joinWrappedValues(f.values);
      const listed = values.filter((v) => f.kind !== 'others' || /\b(?:tjänstgörande|tjg)\b/iu.test(v)).map(withNextMemberParted).map(replacedMember);
      // "…, den sistnämnde såsom suppleant för ledamoten Ivar Sund": a list run on in prose says so after the last name.
      const inProse = f.kind === 'attendees' ? values.flatMap((v) => membersStoodInForInProse(v.replace(/\s+/g, ' '))).map((name) => parsePerson(name)) : [];
      return [...listed, ...inProse];
    })
    .filter((p): p is Person => p !== null);
}
