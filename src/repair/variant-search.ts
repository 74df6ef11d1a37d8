// Readings of an OCR token through the confusion table, built one character at
// a time and abandoned as soon as nothing could still come of them: no word
// form, domain word or name element starts with the text since the last point
// where a compound part (or a name's start element) could have ended. Most of
// the thousands of readings a long word has die after a few letters, so only
// readings that may be a word, a compound or a name reach the scorer.
// The filter may let a few false readings through (hashes), never drop a true one.
import type { ConfusionTable, Variant } from './confusion-table.ts';
import { HASH_START, hashStep } from './form-table.ts';
import { FORM_FLAG } from './lexicon-format.ts';
import type { Lexicon } from './lexicon.ts';

export interface SearchOptions {
  maxEdits: number;
  /** Most readings returned. */
  limit: number;
  /** Branches whose edits alone cost more than this log probability are dropped. */
  minLogp: number;
  /** Keep readings that may split into compound parts or name elements, not only whole words. */
  compounds: boolean;
}

const MIN_PART = 3;
const MAX_PARTS = 4;
const OPENS_PART = FORM_FLAG.compoundBegin | FORM_FLAG.compoundMiddle;

/** Hashes of what, besides the word forms, a reading may be made of. */
interface Shapes {
  /** Every prefix of a domain word (bare and with -s) and of a name element. */
  prefixes: Set<number>;
  /** Domain words (bare and with -s) and name start elements: a part may end there. */
  opens: Set<number>;
  /** Domain words and name end elements: a reading may end with them. */
  ends: Set<number>;
  /** Domain words: a whole reading may be one. */
  wholes: Set<number>;
}

const shapeCache = new WeakMap<Lexicon, Shapes>();
function shapesOf(lexicon: Lexicon): Shapes {
  let shapes = shapeCache.get(lexicon);
  if (shapes) return shapes;
  shapes = { prefixes: new Set(), opens: new Set(), ends: new Set(), wholes: new Set() };
  const add = (word: string, into: Array<Set<number>>): number => {
    let h = HASH_START;
    for (let k = 0; k < word.length; k++) shapes!.prefixes.add((h = hashStep(h, word.charCodeAt(k))));
    for (const set of into) set.add(h);
    return h;
  };
  for (const word of lexicon.domain.keys()) {
    add(word, [shapes.opens, shapes.ends, shapes.wholes]);
    add(`${word}s`, [shapes.opens]);
  }
  for (const start of lexicon.nameStarts) add(start, [shapes.opens]);
  for (const end of lexicon.nameEnds) add(end, [shapes.ends]);
  shapeCache.set(lexicon, shapes);
  return shapes;
}

const lowerCodes = new Map<number, number>();
function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 192) return c;
  let lower = lowerCodes.get(c);
  if (lower === undefined) {
    const l = String.fromCharCode(c).toLowerCase();
    lower = l.length === 1 ? l.charCodeAt(0) : c;
    lowerCodes.set(c, lower);
  }
  return lower;
}

/** log P(the OCR wrote every character of `token` right): the channel score of reading it as written. */
export function identityLogChannel(token: string, table: ConfusionTable): number {
  let logp = 0;
  for (const ch of token) logp += table.identity.get(ch) ?? 0;
  return logp;
}

/**
 * Readings of `token` within `maxEdits` substitutions that may be a known word
 * (or, with `compounds`, a compound or a name of elements), in search order.
 */
export function searchReadings(token: string, table: ConfusionTable, lexicon: Lexicon, options: SearchOptions): Variant[] {
  const { forms } = lexicon;
  const shapes = shapesOf(lexicon);
  const chars = [...token];
  const out: Variant[] = [];
  const edits: Array<{ from: string; to: string }> = [];
  const pieces: string[] = [];
  // The lower-case reading so far, as code units: hashes and form checks read it in place.
  const codes = new Uint16Array(token.length * 3 + 8);
  // Open parts: where each began in `codes`, its running hash, and how many parts came before it.
  const viable = (h: number): boolean => forms.mayBePrefix(h) || shapes.prefixes.has(h);

  /** Appends `piece`; returns the open parts that survive, or null when none does. */
  const extend = (piece: string, at: number, starts: number[], hashes: number[], counts: number[]): [number, number[], number[], number[]] | null => {
    let len = at;
    for (let u = 0; u < piece.length; u++) {
      const c = lowerCode(piece.charCodeAt(u));
      codes[len++] = c;
      const ns: number[] = [];
      const nh: number[] = [];
      const nc: number[] = [];
      for (let j = 0; j < starts.length; j++) {
        const h = hashStep(hashes[j]!, c);
        if (!viable(h)) continue;
        ns.push(starts[j]!);
        nh.push(h);
        nc.push(counts[j]!);
      }
      if (options.compounds) {
        const kept = ns.length;
        for (let j = 0; j < kept; j++) {
          if (nc[j]! + 1 >= MAX_PARTS || ns.includes(len)) continue;
          const h = nh[j]!;
          // Name start elements may be short ("öd-"); compound parts are not.
          const opens = shapes.opens.has(h) || (len - ns[j]! >= MIN_PART && ((forms.getCodes(codes, ns[j]!, len, h) ?? 0) & OPENS_PART) !== 0);
          if (opens) {
            ns.push(len);
            nh.push(HASH_START);
            nc.push(nc[j]! + 1);
          }
        }
      }
      if (ns.length === 0) return null;
      starts = ns;
      hashes = nh;
      counts = nc;
    }
    return [len, starts, hashes, counts];
  };

  const complete = (len: number, starts: number[], hashes: number[]): boolean => {
    for (let j = 0; j < starts.length; j++) {
      const start = starts[j]!;
      if (len === start) continue;
      const h = hashes[j]!;
      const bits = forms.getCodes(codes, start, len, h) ?? 0;
      if (start === 0 ? (bits & FORM_FLAG.standalone) !== 0 || shapes.wholes.has(h) : (bits & FORM_FLAG.compoundEnd) !== 0 || shapes.ends.has(h)) return true;
    }
    return false;
  };

  const walk = (i: number, len: number, starts: number[], hashes: number[], counts: number[], logp: number, editLogp: number): void => {
    if (out.length >= options.limit) return;
    if (i >= chars.length) {
      if (complete(len, starts, hashes)) out.push({ text: pieces.join(''), logChannel: logp, edits: [...edits] });
      return;
    }
    const one = chars[i]!;
    const same = extend(one, len, starts, hashes, counts);
    if (same) {
      pieces.push(one);
      walk(i + 1, same[0], same[1], same[2], same[3], logp + (table.identity.get(one) ?? 0), editLogp);
      pieces.pop();
    }
    if (edits.length >= options.maxEdits) return;
    for (let width = 1; width <= 2; width++) {
      if (i + width > chars.length) break;
      const from = width === 1 ? one : one + chars[i + 1]!;
      const subs = table.substitutions.get(from);
      if (!subs) continue;
      for (const s of subs) {
        if (editLogp + s.logp < options.minLogp) continue;
        const next = extend(s.truth, len, starts, hashes, counts);
        if (!next) continue;
        edits.push({ from, to: s.truth });
        pieces.push(s.truth);
        walk(i + width, next[0], next[1], next[2], next[3], logp + s.logp, editLogp + s.logp);
        pieces.pop();
        edits.pop();
      }
    }
  };
  walk(0, 0, [0], [HASH_START], [0], 0, 0);
  return out;
}
