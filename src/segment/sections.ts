import { editDistance } from './edit-distance.ts';

/** Sub-headings inside an item whose text is background or proposals, never the decision itself. */
const NON_DECISION_SECTIONS = [
  'sammanfattning',
  'sammanfattning av ärendet',
  'ärendebeskrivning',
  'ärendet',
  'bakgrund',
  'beslutsunderlag',
  'yrkanden',
  'yrkande',
  'förslag till beslut',
  'förvaltningens förslag',
  'förvaltningens förslag till beslut',
  'arbetsutskottets förslag',
  'arbetsutskottets förslag till beslut',
  'propositionsordning',
  'beslutsgång',
  'reservation',
  'reservationer',
  'protokollsanteckning',
  'protokollsanteckningar',
  'expedieras till',
  'skickas till',
  'beslutet skickas till',
  'expediering',
  'jäv',
  'diskussion',
  'information',
  'ekonomiska konsekvenser',
  'underlag',
];

const DECISION_SECTIONS = ['beslut', 'beslutet', 'beslut i korthet', 'kommunstyrelsens beslut', 'nämndens beslut', 'utskottets beslut', 'fattade beslut', 'beslutades'];

function plain(text: string): string {
  return text.toLowerCase().replace(/[:.\s]+$/, '').replace(/\s+/g, ' ').trim();
}

function matches(text: string, list: readonly string[]): boolean {
  const p = plain(text);
  if (p.length > 45) return false;
  return list.some((s) => s === p || (s.length >= 5 && editDistance(s, p) <= 1));
}

export type SectionKind = 'decision' | 'other';

/** The kind of sub-heading a whole row is, or null when the row is not a sub-heading. */
export function sectionHeading(text: string): SectionKind | null {
  if (matches(text, DECISION_SECTIONS)) return 'decision';
  if (matches(text, NON_DECISION_SECTIONS)) return 'other';
  return null;
}
