// Over-damaged domain words: a place or organ name that lost more than the
// confusion table can explain ("Hogsatrq" for an invented "Högsätra"). With
// diacritics folded away, a domain word at most two plain edits from the token
// is a candidate; repair-line.ts only lets it win on a page damaged throughout.
import { editDistance } from '../text/edit-distance.ts';
import type { Lexicon } from './lexicon.ts';

export interface NearDomainWord {
  /** The domain word, lower case. */
  lower: string;
  /** Edits left after folding å/ä/ö/é to a/o/e on both sides. */
  plainEdits: number;
  /** Diacritics the domain word has and the token lacks. */
  restored: number;
}

const MIN_LENGTH = 5;
/** Words shorter than this may differ by one plain edit only. */
const TWO_EDIT_LENGTH = 8;

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', 6: 'o', 0: 'o' };
function fold(lower: string): string {
  let out = '';
  for (const ch of lower) out += FOLD[ch] ?? ch;
  return out;
}

function countDiacritics(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === 'å' || ch === 'ä' || ch === 'ö') n++;
  return n;
}

const folded = new WeakMap<Map<string, string>, Array<{ lower: string; folded: string; diacritics: number }>>();
function foldedDomain(lexicon: Lexicon): Array<{ lower: string; folded: string; diacritics: number }> {
  let list = folded.get(lexicon.domain);
  if (!list) {
    list = [];
    for (const lower of lexicon.domain.keys()) {
      if (lower.length >= MIN_LENGTH && !lower.includes(' ')) list.push({ lower, folded: fold(lower), diacritics: countDiacritics(lower) });
    }
    folded.set(lexicon.domain, list);
  }
  return list;
}

/** Domain words within two plain edits of the lower-case token (one for short words), nearest first. */
export function nearDomainWords(lower: string, lexicon: Lexicon): NearDomainWord[] {
  if (lower.length < MIN_LENGTH) return [];
  const max = lower.length >= TWO_EDIT_LENGTH ? 2 : 1;
  const token = fold(lower);
  const tokenDiacritics = countDiacritics(lower);
  const out: NearDomainWord[] = [];
  for (const entry of foldedDomain(lexicon)) {
    if (Math.abs(entry.folded.length - token.length) > max) continue;
    const plainEdits = editDistance(token, entry.folded, max);
    if (plainEdits === 0 || plainEdits > max) continue;
    out.push({ lower: entry.lower, plainEdits, restored: Math.max(0, entry.diacritics - tokenDiacritics) });
  }
  return out.sort((a, b) => a.plainEdits - b.plainEdits);
}
