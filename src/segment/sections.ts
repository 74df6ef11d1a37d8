import { editDistance } from '../text/edit-distance.ts';

/** Sub-headings whose text quotes proposals and motions: never the decision itself. */
const PROPOSAL_SECTIONS = [
  'förslag till beslut',
  'förvaltningens förslag',
  'förvaltningens förslag till beslut',
  'arbetsutskottets förslag',
  'arbetsutskottets förslag till beslut',
];

/** Sub-headings of motions and how they were put to the vote; the body's own decision can follow them without a heading. */
const MOTION_SECTIONS = [
  'yrkanden',
  'yrkande',
  'propositionsordning',
  'beslutsgång',
  'reservation',
  'reservationer',
  'protokollsanteckning',
  'protokollsanteckningar',
  'särskilt yttrande',
  'särskilda yttranden',
  'röstförklaring',
  'röstförklaringar',
  // Stockholm's nämnder: a party's statement beside the decision, and a substitute's, who has no vote to reserve.
  'särskilt uttalande',
  'särskilda uttalanden',
  'ersättaryttrande',
  'ersättaryttranden',
  'omröstning',
  'votering',
];

/** Sub-headings of background text; a decision can still follow them without a heading of its own. */
const BACKGROUND_SECTIONS = [
  'sammanfattning',
  'sammanfattning av ärendet',
  'ärendebeskrivning',
  'ärendet',
  'bakgrund',
  'beslutsunderlag',
  'expedieras till',
  'skickas till',
  'beslutet skickas till',
  'expediering',
  'expediera',
  'jäv',
  'diskussion',
  'information',
  'ekonomiska konsekvenser',
  'underlag',
  // A building committee's permit: what the applicant should know, and how to appeal, follow the decision.
  'upplysningar',
  'upplysning',
  'bedömning',
  'förvaltningens bedömning',
  'hur man överklagar',
  'hur man överklagar beslutet',
  'överklagande',
  // A permit's reasons and its fee are printed under their own headings after the decision, which they only explain.
  'motivering',
  'motivering till beslut',
  'motivering till beslutet',
  'skäl för beslutet',
  'skäl för beslut',
  'avgift',
  'avgifter',
  // A paragraph declared justerad at the meeting says so under its own heading after the decision, which it does not change.
  'omedelbar justering',
  'omedelbart justerad',
];

const DECISION_SECTIONS = ['beslut', 'beslutet', 'beslut i korthet', 'kommunstyrelsens beslut', 'nämndens beslut', 'utskottets beslut', 'fattade beslut', 'beslutades'];

function plain(text: string): string {
  // OCR leaves speckles after a heading: "Arbetsutskottets förslag till kommunstyrelsen ;".
  // "Beslut -: .": a dash with specks after it, read from the margin, is no part of the heading either. (A lone dash,
  // "Arbetsutskottets förslag -", is left as it stands: whether such a row heads the decision is not decided here.)
  return text.toLowerCase().replace(/\s+[–—-]\s*[:.;,|'"”’][:.;,|'"”’\s]*$/u, '').replace(/[:.;,|'"”’\s]+$/, '').replace(/^['"“‘|\s]+/, '').replace(/\s+/g, ' ').trim();
}

// "Reservation ij": one or two letters after a heading that form no Swedish word are the page edge read as text.
const EDGE_SCRAP = /\s+(?!(?:i|å|ö|av|om|på|en|är|nu|ni|vi|du|så|då|ut|in|ur|se|ja|ej)$)\p{Ll}{1,2}$/u;

// "Beslut Å": a speck read as a lone capital after a heading's last word is no word of it either.
const CAPITAL_SCRAP = /(?<=\p{Ll})\s+\p{Lu}$/u;

const DIGIT_SCRAP = /(?<=\p{Ll}{4})\s+\d$/u;

function matches(text: string, list: readonly string[]): boolean {
  // "Beslut | | os": specks before the page edge's scrap as well as after it.
  // "Motivering 3": a lone figure after a heading's word is a speck from the margin too.
  const p = plain(plain(text.trim().replace(CAPITAL_SCRAP, '').replace(DIGIT_SCRAP, '')).replace(EDGE_SCRAP, ''));
  if (p.length > 45) return false;
  return list.some((s) => s === p || (s.length >= 5 && editDistance(s, p) <= 1));
}

export type SectionKind = 'decision' | 'proposal' | 'motion' | 'background';

/** "arbetsutskottets" → "arbetsutskott", "Styrelsen" → "styrels": a noun without its genitive and definite endings. */
function nounStem(word: string): string {
  return word.toLowerCase().replace(/s$/u, '').replace(/(?:et|en|n)$/u, '');
}

/**
 * Whether a word names the body whose minutes these are ("Arbetsutskottet" in
 * the minutes of "Socialnämndens arbetsutskott"): the same head noun, or that
 * noun's last part ("utskottet" for "arbetsutskott").
 */
export function namesIssuer(word: string, issuer: string | null | undefined): boolean {
  if (!issuer) return false;
  // "Socialnämndens arbetsutskott, Nynäshamns kommun", "Tekniska nämnden i Ekerö": the body before its municipality.
  // "Styrelsen för Västra Vägföreningen": the body before the association it governs.
  const body = issuer.split(',')[0]!.replace(/\s+(?:i|för)\s+\p{Lu}.*$/u, '').trim();
  const head = nounStem(body.split(/\s+/).pop() ?? '');
  const stem = nounStem(word);
  return head.length >= 4 && stem.length >= 4 && (head === stem || head.endsWith(stem) || stem.endsWith(head));
}

/**
 * The kind of sub-heading a whole row is, or null when the row is not a
 * sub-heading. Under the heading "Arbetsutskottets förslag" the minutes of
 * that arbetsutskott state their own decision (a proposal to the nämnd), so
 * with `issuer` (the body the minutes belong to) such a heading is a decision.
 */
export function sectionHeading(text: string, issuer: string | null = null): SectionKind | null {
  // "… har berett" / "ärendet.": the lower-case end of a wrapped sentence, not a heading.
  if (/^\s*\p{Ll}/u.test(text) && /\.\s*$/.test(text)) return null;
  if (matches(text, DECISION_SECTIONS)) return 'decision';
  const p = plain(text);
  // "Arbetsutskottets beslut", "Arbetsutskottets förslag till kommunstyrelsen": the body's own decision.
  // "Miljö- och hälsoskyddsnämndens beslut", "Barn- och utbildningsnämndens beslut": a body named by two joined words.
  // "Tekniska nämndens beslut", "Sociala utskottets beslut": a body named with its definite adjective before it.
  // "Miljö- och byggnadsnämndens, beslut", "is Miljö- och byggnadsnämndens beslut": on a poor scan OCR reads a speck
  // between the words as a stop or comma, and dust at the margin as a letter or two before the heading's capital.
  const bodyHeading = (/^\s*\p{Ll}{1,2}\s+\p{Lu}/u.test(text) ? p.replace(/^\p{Ll}{1,2}\s+/u, '') : p).replace(/(?<=\p{L})[,.;:](?=\s)/gu, '');
  if (bodyHeading.length <= 60 && /^(?:\p{L}+-\s+(?:och|&)\s+)?(?:\p{L}+[ae]\s+)?(?:\p{L}+s\s+){1,2}beslut$/u.test(bodyHeading)) return 'decision';
  // "Direktionens förslag till medlemskommunerna", "Förbundsstyrelsens förslag till förbundsmedlemmarna": a
  // kommunalförbund's board proposing to the members that own it decides so in its own minutes.
  if (p.length <= 60 && /^\p{L}+s\s+förslag\s+till\s+\p{L}*(?:styrelsen|fullmäktige|nämnden|utskottet|kommunerna|medlemmarna)$/u.test(p)) return 'decision';
  // "Direktionens förslag till medlemskommunernas fullmäktige": any body's proposal, when the body issues these minutes.
  const proposer = p.length <= 60 ? /^(\p{L}+)s\s+förslag\s+till\s+\p{L}+(?:\s+\p{L}+)?$/u.exec(p) : null;
  if (proposer && namesIssuer(proposer[1]!, issuer)) return 'decision';
  // "Utskottets förslag", "Kontorets förslag till beslut": someone's proposal, unless that someone issues these minutes.
  // "Nämndens behandling", "Ärendets behandling": how the matter was handled at the meeting, which some cities print
  // after the decision; a decision can follow it as it follows "Beslutsgång".
  if (p.length <= 40 && /^(?:\p{L}+s\s+)?behandling(?:\s+(?:av\s+ärendet|på\s+sammanträdet|vid\s+sammanträdet))?$/u.test(p)) return 'motion';
  const owner = /^(?:\p{L}+-\s+(?:och|&)\s+)?(\p{L}+)s\s+förslag(?:\s+till\s+beslut)?$/u.exec(p);
  if (owner) return namesIssuer(owner[1]!, issuer) ? 'decision' : 'proposal';
  if (matches(text, PROPOSAL_SECTIONS)) return 'proposal';
  if (matches(text, MOTION_SECTIONS)) return 'motion';
  if (matches(text, BACKGROUND_SECTIONS)) return 'background';
  return null;
}
