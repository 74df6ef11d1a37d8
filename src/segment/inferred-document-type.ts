import type { DocumentType } from '../domain/index.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import type { HeadField } from './head-field.ts';

/** An agenda: the headings follow one another with at most two rows between them. */
export function isAgendaList(lines: readonly DocumentLine[], headings: { line: number }[]): boolean {
  if (headings.length < 3) return false;
  let close = 0;
  for (let k = 1; k < headings.length; k++) {
    const between = lines.slice(headings[k - 1]!.line + 1, headings[k]!.line).filter((l) => !isBlank(l)).length;
    if (between <= 2) close++;
  }
  return close >= 0.8 * (headings.length - 1);
}

// A meeting announced in the present or future: "… träffas tisdag 22/4", "Välkomna till …", "… hålls i …", and the
// formal letter "Ledamöterna i … kallas härmed till sammanträde" ("kallas" alone also means "is named", so "till" must follow).
// "Nämnden sammanträder fredagen den 3 mars …": the present tense announces a meeting; minutes say "sammanträdde".
// "Sammanträde med socialnämnden onsdagen den 8 mars kl. 14.00 i …": an older kallelse's head is that one noun phrase.
export const INVITES = /\b(?:sammanträde\s+med\s+(?:\S+\s+){1,4}(?:mån|tis|ons|tors|fre|lör|sön)dagen\s+den|träffas|möts|samlas|sammanträder|välkomna?\s+till|hålls|äger\s+rum|bjuder\s+(?:in|på)|kallas\s+(?:härmed\s+|därmed\s+)?till)\b/iu;

export function inferType(heading: DocumentType | null, items: { kind: string }[], fields: HeadField[]): DocumentType {
  if (heading) return heading;
  if (items.some((i) => i.kind === 'paragraph')) return 'protokoll';
  if (fields.some((f) => f.label === 'Beslutande' || f.kind === 'adjusters')) return 'protokoll';
  if (fields.some((f) => f.kind === 'attendees')) return 'minnesanteckningar';
  return 'other';
}
