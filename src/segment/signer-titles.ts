import { type LabelMatch, matchLabel } from './labels.ts';
import { similarity } from '../text/edit-distance.ts';
import { looksLikeTitle } from './person-parts.ts';

export function isRoleWord(word: string): boolean {
  const label = genericRole(word) ?? matchLabel(word);
  return label !== null && !label.rest && (label.kind === 'signature' || label.kind === 'adjusters');
}

/** "ordf." → "ordförande": a signer's title abbreviated under the name, written out; any other title as printed. */
export function normaliseSignerTitle(title: string): string {
  const t = title.trim();
  return /^ordf\.?$/iu.test(t) ? 'ordförande' : /^sekr\.?$/iu.test(t) ? 'sekreterare' : /^just\.?$/iu.test(t) ? 'justerare' : t;
}

/** Titles that sign minutes without being in the label catalogue: "Nämndsekreterare", "Vice ordförande". */
export function genericRole(cell: string): LabelMatch | null {
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

// "Processledare folkhälsa", "Utvecklingsledare äldreomsorg": the field the officer works in, a noun in lower case
// after the title, is part of the title; "Processledare barn och unga", "Samordnare kultur- och fritid": two nouns
// joined by "och" name one field.
// "Samordnare för elevhälsan", "Handläggare för bostadsanpassning": the field after "för", too.
const OFFICER_WITH_FIELD = /^\s*(\p{L}\p{Ll}{3,})(\s+(?:för\s+)?(?:\p{Ll}{3,}-?\s+och\s+\p{Ll}{3,}|\p{Ll}{4,}))\s*$/u;

// Members' functions are no officer's title: "Ledamot" alone under a name is a list of members, not one who signs.
const ELECTED_FUNCTION = /^(?:ledamot|ersättare|suppleant|revisor|kassör|\p{L}*representant)$/iu;

// "Anna Ek" / "verkställande direktör": a company's kallelse is sent by its managing director, whose title is two words
// or their abbreviation.
const MANAGING_DIRECTOR = /^\s*(verkställande\s+direktör|vd)\s*$/iu;

/** The officer's title of a row that holds only it (and perhaps the office after a comma), or null. */
export function officerTitle(printed: string): string | null {
  // "samordnare för elevhälsan s": OCR's speck at the row's end, a lone small letter or sign, is no part of the title.
  const cell = printed.replace(/(?<=\p{Ll}{3})\s+(?:\p{Ll}|[|'`’.,:;])\s*$/u, '');
  const director = MANAGING_DIRECTOR.exec(cell);
  if (director) return director[1]!;
  const m = OFFICER_WITH_OFFICE.exec(cell) ?? OFFICER_WITH_FIELD.exec(cell);
  // "Barnomsorgsinspektör", "Fritidsintendent": any title an officer is known by before a name signs as one, too.
  return m && (OFFICER_ALONE.test(m[1]!.toLowerCase()) || (looksLikeTitle(m[1]!) && !ELECTED_FUNCTION.test(m[1]!))) ? `${m[1]!}${m[2] ?? ''}` : null;
}

// "För arbetsgivaren | För arbetstagarorganisationerna": the parties to a negotiation (samverkan, MBL) each sign for their side.
const FOR_PARTY = /^\s*(för\s+(?:arbetsgivar(?:en|sidan)|arbetstagar(?:na|sidan|organisationerna|organisationen)|(?:de\s+)?fackliga\s+organisationerna))\b[\s:._…]*(.*)$/iu;

function slipInsideWords(printed: string, label: string): boolean {
  const a = printed.split(/\s+/);
  const b = label.split(/\s+/);
  return printed !== label && a.length === b.length && a.every((w, k) => w.slice(-2) === b[k]!.slice(-2)) && similarity(printed, label) >= 0.8;
}

export function roleAsPrinted(cell: string, rest: string, label: string | null = null): string {
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
