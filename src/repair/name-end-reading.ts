// A surname or place no list holds still ends, as a rule, in one of the
// elements Swedish names are built from, and many of them carry å, ä or ö
// ("-ström", "-bäck", "-vägen", "-gården"). The English model writes such an end
// plain ("Tappstrom", "Kranvagen"); no Swedish name ends in that plain spelling,
// so the end is restored even where the name's first part is in no list. The
// first part stays as the OCR wrote it: nothing says which of its letters lost
// a diacritic, and guessing there would invent names.
import { casePattern } from './case-pattern.ts';
import type { Variant } from './confusion-table.ts';
import type { Lexicon } from './lexicon.ts';
import { identityLogChannel } from './variant-search.ts';

/** Shorter ends ("-ås", "-sjö", "-näs") fold onto the ends of too many foreign names ("Thomas"). */
const MIN_END_LENGTH = 4;
/** A first part this long at least: "Aström" is a listed name's business, not this rule's. */
const MIN_START_LENGTH = 3;

export interface NameEndReading extends Variant {
  /** The first part as written and the restored end element. */
  parts: [string, string];
}

const PLAIN: Record<string, string> = { å: 'a', ä: 'a', ö: 'o' };
const endCache = new WeakMap<Set<string>, Array<{ end: string; plain: string }>>();

/** End elements with å, ä or ö, bare and in the genitive, each with its plain spelling. */
function diacriticEnds(ends: Set<string>): Array<{ end: string; plain: string }> {
  let out = endCache.get(ends);
  if (!out) {
    out = [];
    for (const end of ends) {
      if ([...end].length < MIN_END_LENGTH || !/[åäö]/.test(end)) continue;
      for (const form of [end, `${end}s`]) out.push({ end: form, plain: [...form].map((ch) => PLAIN[ch] ?? ch).join('') });
    }
    endCache.set(ends, out);
  }
  return out;
}

/** Readings of a capitalised, plain-lettered token whose end is a name element that lost its å, ä or ö. */
export function nameEndReadings(token: string, lexicon: Lexicon): NameEndReading[] {
  if (casePattern(token) !== 'title' || !/^\p{Lu}[a-z]+$/u.test(token)) return [];
  const lower = token.toLowerCase();
  const out: NameEndReading[] = [];
  for (const { end, plain } of diacriticEnds(lexicon.nameEnds)) {
    const cut = lower.length - plain.length;
    if (cut < MIN_START_LENGTH || !lower.endsWith(plain)) continue;
    let logChannel = identityLogChannel(token.slice(0, cut), lexicon.confusions);
    const edits: Variant['edits'] = [];
    let readable = true;
    for (let k = 0; k < end.length && readable; k++) {
      const from = token[cut + k]!;
      const to = end[k]!;
      if (from === to) {
        logChannel += lexicon.confusions.identity.get(from) ?? 0;
        continue;
      }
      const slip = lexicon.confusions.substitutions.get(from)?.find((s) => s.truth === to);
      if (!slip) readable = false;
      else {
        logChannel += slip.logp;
        edits.push({ from, to });
      }
    }
    if (readable) out.push({ text: token.slice(0, cut) + end, logChannel, edits, parts: [lower.slice(0, cut), end] });
  }
  return out;
}
