// A surname or place no list holds still ends, as a rule, in one of the
// elements Swedish names are built from, and many of them carry å, ä or ö
// ("-ström", "-bäck", "-vägen", "-gården"). The English model writes such an end
// plain ("Tappstrom", "Kranvagen") or with another glyph for the letter ("Tappstrém",
// "Tappstrdm"); no Swedish name ends in such a spelling, so the end is restored even where the name's first part is in no list. The
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

const endCache = new WeakMap<Set<string>, string[]>();

/** End elements with å, ä or ö, bare and in the genitive. */
function diacriticEnds(ends: Set<string>): string[] {
  let out = endCache.get(ends);
  if (!out) {
    out = [];
    for (const end of ends) if ([...end].length >= MIN_END_LENGTH && /[åäö]/.test(end)) out.push(end, `${end}s`);
    endCache.set(ends, out);
  }
  return out;
}

/**
 * Readings of a capitalised token with a plain first part whose end is a name element that lost its å, ä
 * or ö: written plain ("Tappstrom") or drawn as another glyph the table knows ("Tappstrém", "Tappstrdm":
 * the English model's é or d for ö), never a vowel a name may hold as its own.
 */
export function nameEndReadings(token: string, lexicon: Lexicon): NameEndReading[] {
  if (casePattern(token) !== 'title' || !CAPITAL_THEN_PLAIN_LETTERS.test(token)) return [];
  const lower = token.toLowerCase();
  const out: NameEndReading[] = [];
  for (const end of diacriticEnds(lexicon.nameEnds)) {
    const read = readEnd(token, end, lexicon);
    if (!read || read.cut < MIN_START_LENGTH || !/^[a-z]+$/.test(lower.slice(0, read.cut))) continue;
    // "Granangsringen": the letters as written already end in an element ("-ringen") over all the slip would read.
    if (endsInElementAsWritten(lower, lower.length - read.cut, lexicon)) continue;
    const logChannel = identityLogChannel(token.slice(0, read.cut), lexicon.confusions) + read.logChannel;
    out.push({ text: token.slice(0, read.cut) + end, logChannel, edits: read.edits, parts: [lower.slice(0, read.cut), end] });
  }
  return out;
}

/**
 * Matches `end` against the token's last letters, right to left: its plain letters as written, each
 * å, ä or ö through a slip of one or two OCR characters the table holds. Where the first part starts.
 */
function readEnd(token: string, end: string, lexicon: Lexicon): { cut: number; logChannel: number; edits: Variant['edits'] } | null {
  const { substitutions, identity } = lexicon.confusions;
  let at = token.length;
  let logChannel = 0;
  const edits: Variant['edits'] = [];
  for (let k = end.length - 1; k >= 0; k--) {
    const to = end[k]!;
    const from = token[at - 1];
    if (from === undefined) return null;
    if (from === to) {
      logChannel += identity.get(from) ?? 0;
      at--;
      continue;
    }
    if (!DIACRITIC.test(to)) return null;
    // The likelier of a one- or two-character slip ("strdém": dé for ö).
    let best: { width: number; logp: number } | null = null;
    for (const width of [1, 2]) {
      if (at - width < 0) continue;
      const written = token.slice(at - width, at);
      if (!mayStandFor(written, to)) continue;
      const slip = substitutions.get(written)?.find((s) => s.truth === to);
      if (slip && (!best || slip.logp > best.logp)) best = { width, logp: slip.logp };
    }
    if (!best) return null;
    edits.unshift({ from: token.slice(at - best.width, at), to });
    logChannel += best.logp;
    at -= best.width;
  }
  return { cut: at, logChannel, edits };
}
const DIACRITIC = /[åäö]/;
// A module constant, not a literal in the function: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const CAPITAL_THEN_PLAIN_LETTERS = /^\p{Lu}[a-zé]+$/u;
const PLAIN: Record<string, string> = { å: 'a', ä: 'a', ö: 'o' };

/**
 * The plain spelling, or a glyph no name spells there: a sign or é, or consonants only, which leave the
 * element without its vowel ("strdm"). A vowel the table may read for the letter is a name's own
 * ("Messingen" is no "Messängen").
 */
function mayStandFor(written: string, letter: string): boolean {
  if (written.toLowerCase() === PLAIN[letter]) return true;
  if (!/^[a-z]+$/i.test(written)) return true;
  return !/[aeiouy]/i.test(written);
}

function endsInElementAsWritten(lower: string, tail: number, lexicon: Lexicon): boolean {
  for (let length = tail; length <= lower.length - MIN_START_LENGTH; length++) if (lexicon.nameEnds.has(lower.slice(-length))) return true;
  return false;
}
