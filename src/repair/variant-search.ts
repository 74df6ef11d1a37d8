// Readings of an OCR token through the confusion table, built one character at
// a time and abandoned as soon as nothing could still come of them: no word
// form, domain word or name element starts with the text since the last point
// where a compound part (or a name's start element) could have ended. Most of
// the thousands of readings a long word has die after a few letters, so only
// readings that may be a word, a compound or a name reach the scorer.
// The filter may let a few false readings through (hashes), never drop a true one.
import type { ConfusionTable, Substitution, Variant } from './confusion-table.ts';
import { HASH_START, hashStep } from './form-table.ts';
import { IntHashSet } from './int-hash-set.ts';
import { FORM_FLAG } from './lexicon-format.ts';
import type { Lexicon } from './lexicon.ts';
import { learnedCompoundStarts } from './learned-compound-starts.ts';

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
  prefixes: IntHashSet;
  /** Domain words (bare and with -s) and name start elements: a part may end there. */
  opens: IntHashSet;
  /** Domain words and name end elements: a reading may end with them. */
  ends: IntHashSet;
  /** Domain words: a whole reading may be one. */
  wholes: IntHashSet;
  /**
   * What the prefix test last said of a hash, direct-mapped: the test probes a Bloom filter of megabytes,
   * and the same part prefixes come back in every branch past an edit and in token after token.
   */
  seenHashes: Int32Array;
  /** 0: nothing kept in the slot; 1: no form starts so; 2: some form may. */
  seenAnswers: Uint8Array;
}
const SEEN_BITS = 16;
const SEEN_MASK = (1 << SEEN_BITS) - 1;

const shapeCache = new WeakMap<Lexicon, Shapes>();
function shapesOf(lexicon: Lexicon): Shapes {
  let shapes = shapeCache.get(lexicon);
  if (shapes) return shapes;
  shapes = {
    prefixes: new IntHashSet(),
    opens: new IntHashSet(),
    ends: new IntHashSet(),
    wholes: new IntHashSet(),
    seenHashes: new Int32Array(1 << SEEN_BITS),
    seenAnswers: new Uint8Array(1 << SEEN_BITS),
  };
  const add = (word: string, into: IntHashSet[]): number => {
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
  for (const start of learnedCompoundStarts()) add(start, [shapes.opens]);
  for (const end of lexicon.nameEnds) {
    add(end, [shapes.ends]);
    add(`${end}s`, [shapes.ends]);
  }
  shapeCache.set(lexicon, shapes);
  return shapes;
}

const lowerCodes = new Map<number, number>();
/** Latin-1's small letters by code, å/ä/ö among them, read at every character a search extends. */
const LATIN_1_LOWER = Uint16Array.from({ length: 256 }, (_, c) => {
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
});
function lowerCode(c: number): number {
  if (c < 256) return LATIN_1_LOWER[c]!;
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
 * The table offers no slip anywhere in `token` (no character, nor pair of them, opens a row), and the
 * search lower-cases it as `lower` does: the only reading a search can give is the token as written.
 */
export function readsOnlyAsWritten(token: string, lower: string, table: ConfusionTable): boolean {
  if (lower.length !== token.length) return false;
  for (let k = 0; k < token.length; k++) if (lowerCode(token.charCodeAt(k)) !== lower.charCodeAt(k)) return false;
  const rows = codeRowsOf(table);
  const chars = [...token];
  for (let i = 0; i < chars.length; i++) {
    const one = chars[i]!;
    const c = one.length === 1 ? one.charCodeAt(0) : LATIN_1;
    if (c < LATIN_1 ? rows.singles[c] !== undefined : table.substitutions.has(one)) return false;
    if (i + 1 === chars.length) break;
    const next = chars[i + 1]!;
    const d = next.length === 1 ? next.charCodeAt(0) : LATIN_1;
    if (c < LATIN_1 && d < LATIN_1 ? rows.pairs[c]?.has(d) === true : table.substitutions.has(one + next)) return false;
  }
  return true;
}

/** Most compound parts that may be open at one point of a reading. */
const MAX_OPEN = 12;

/**
 * The search's working memory. Open parts are kept per length of the reading
 * so far: extending a reading of length n writes level n+1, which no other
 * live branch still needs, so nothing is allocated per character.
 */
interface Search {
  lexicon: Lexicon;
  shapes: Shapes;
  table: ConfusionTable;
  options: SearchOptions;
  chars: string[];
  /** Per position: log P(its character is right), its slips alone, and its slips with the next character. */
  identity: Float64Array;
  singles: Array<Substitution[] | undefined>;
  pairs: Array<Substitution[] | undefined>;
  pairFrom: string[];
  out: Variant[];
  edits: Array<{ from: string; to: string }>;
  pieces: string[];
  /** The lower-case reading so far, as code units: hashes and form checks read it in place. */
  codes: Uint16Array;
  /** Level n holds the open parts after n code units: where each began, its running hash, parts before it. */
  starts: Int32Array;
  hashes: Int32Array;
  counts: Int32Array;
  open: Int32Array;
}

// One search runs at a time (it never calls itself), so its typed arrays are
// allocated once and reused: allocating them per token cost more than the search.
function newBuffers(size: number) {
  return {
    size,
    codes: new Uint16Array(size),
    starts: new Int32Array(size * MAX_OPEN),
    hashes: new Int32Array(size * MAX_OPEN),
    counts: new Int32Array(size * MAX_OPEN),
    open: new Int32Array(size),
    identity: new Float64Array(size),
    singles: new Array<Substitution[] | undefined>(size),
    pairs: new Array<Substitution[] | undefined>(size),
    pairFrom: new Array<string>(size),
  };
}
let buffers = newBuffers(128);

/**
 * Readings of `token` within `maxEdits` substitutions that may be a known word
 * (or, with `compounds`, a compound or a name of elements), in search order.
 */
export function searchReadings(token: string, table: ConfusionTable, lexicon: Lexicon, options: SearchOptions): Variant[] {
  const size = token.length * 3 + 8;
  if (buffers.size < size) buffers = newBuffers(size * 2);
  const chars = [...token];
  const search: Search = {
    lexicon,
    shapes: shapesOf(lexicon),
    table,
    options,
    chars,
    ...positionSlips(chars, table),
    out: [],
    edits: [],
    pieces: [],
    codes: buffers.codes,
    starts: buffers.starts,
    hashes: buffers.hashes,
    counts: buffers.counts,
    open: buffers.open,
  };
  search.hashes[0] = HASH_START;
  search.open[0] = 1;
  walk(search, 0, 0, 0, 0);
  return search.out;
}

/**
 * The table's rows for each position, looked up once per token: the walk visits a position once
 * per live reading of what comes before it, and looking the rows up (a pair's string built) at every visit is repeated work.
 * They go into the shared buffers: the walk reads a pair's row only where a next character exists, so rows a longer
 * token left behind are never read.
 */
function positionSlips(chars: readonly string[], table: ConfusionTable): Pick<Search, 'identity' | 'singles' | 'pairs' | 'pairFrom'> {
  const n = chars.length;
  const { identity, singles, pairs, pairFrom } = buffers;
  const rows = codeRowsOf(table);
  for (let i = 0; i < n; i++) {
    const one = chars[i]!;
    const c = one.length === 1 ? one.charCodeAt(0) : LATIN_1;
    if (c < LATIN_1) {
      identity[i] = rows.identity[c]!;
      singles[i] = rows.singles[c];
    } else {
      identity[i] = table.identity.get(one) ?? 0;
      singles[i] = table.substitutions.get(one);
    }
    if (i + 1 < n) {
      const next = chars[i + 1]!;
      const d = next.length === 1 ? next.charCodeAt(0) : LATIN_1;
      if (c < LATIN_1 && d < LATIN_1) {
        const pair = rows.pairs[c]?.get(d);
        pairs[i] = pair?.subs;
        if (pair) pairFrom[i] = pair.from;
      } else {
        pairFrom[i] = one + next;
        pairs[i] = table.substitutions.get(pairFrom[i]!);
      }
    }
  }
  return { identity, singles, pairs, pairFrom };
}

const LATIN_1 = 256;

/** A table's rows for characters in Latin-1 (what nearly every token is written in), by character code. */
interface CodeRows {
  identity: Float64Array;
  singles: Array<Substitution[] | undefined>;
  /** By the first character's code: the second's code → the pair as written and its row. Most characters open no pair row. */
  pairs: Array<Map<number, { from: string; subs: Substitution[] }> | undefined>;
}

const codeRowCache = new WeakMap<ConfusionTable, CodeRows>();
function codeRowsOf(table: ConfusionTable): CodeRows {
  let rows = codeRowCache.get(table);
  if (rows) return rows;
  rows = { identity: new Float64Array(LATIN_1), singles: new Array(LATIN_1).fill(undefined), pairs: new Array(LATIN_1).fill(undefined) };
  for (const [ch, logp] of table.identity) if (ch.length === 1 && ch.charCodeAt(0) < LATIN_1) rows.identity[ch.charCodeAt(0)] = logp;
  for (const [from, subs] of table.substitutions) {
    if (from.length === 1 && from.charCodeAt(0) < LATIN_1) rows.singles[from.charCodeAt(0)] = subs;
    else if (from.length === 2 && from.charCodeAt(0) < LATIN_1 && from.charCodeAt(1) < LATIN_1) {
      const byNext = (rows.pairs[from.charCodeAt(0)] ??= new Map());
      byNext.set(from.charCodeAt(1), { from, subs });
    }
  }
  codeRowCache.set(table, rows);
  return rows;
}

function walk(search: Search, i: number, len: number, logp: number, editLogp: number): void {
  const { chars, out, options, edits, pieces } = search;
  if (out.length >= options.limit) return;
  if (i >= chars.length) {
    if (complete(search, len)) out.push({ text: pieces.join(''), logChannel: logp, edits: [...edits] });
    return;
  }
  const one = chars[i]!;
  const same = extend(search, one, len);
  if (same >= 0) {
    pieces.push(one);
    walk(search, i + 1, same, logp + search.identity[i]!, editLogp);
    pieces.pop();
  }
  if (edits.length >= options.maxEdits) return;
  for (let width = 1; width <= 2; width++) {
    if (i + width > chars.length) break;
    const from = width === 1 ? one : search.pairFrom[i]!;
    const subs = width === 1 ? search.singles[i] : search.pairs[i];
    if (!subs) continue;
    for (const s of subs) {
      if (editLogp + s.logp < options.minLogp) continue;
      const next = extend(search, s.truth, len);
      if (next < 0) continue;
      edits.push({ from, to: s.truth });
      pieces.push(s.truth);
      walk(search, i + width, next, logp + s.logp, editLogp + s.logp);
      pieces.pop();
      edits.pop();
    }
  }
}

/** Appends `piece` to the reading of length `at`; returns the new length, or -1 when no open part survives. */
function extend(search: Search, piece: string, at: number): number {
  const { codes, starts, hashes, counts, open, shapes, options } = search;
  const forms = search.lexicon.forms;
  let len = at;
  for (let u = 0; u < piece.length; u++) {
    const c = lowerCode(piece.charCodeAt(u));
    codes[len] = c;
    const from = len * MAX_OPEN;
    const to = from + MAX_OPEN;
    const n = open[len]!;
    len++;
    let m = 0;
    for (let j = 0; j < n; j++) {
      const h = hashStep(hashes[from + j]!, c);
      if (!mayBePrefix(shapes, forms, h)) continue;
      starts[to + m] = starts[from + j]!;
      hashes[to + m] = h;
      counts[to + m] = counts[from + j]!;
      m++;
    }
    if (options.compounds) {
      const kept = m;
      for (let j = 0; j < kept && m < MAX_OPEN; j++) {
        const start = starts[to + j]!;
        if (counts[to + j]! + 1 >= MAX_PARTS || (m > kept && starts[to + m - 1] === len)) continue;
        const h = hashes[to + j]!;
        // Name start elements may be short ("öd-"); compound parts are not.
        const opens =
          shapes.opens.has(h) ||
          (len - start >= MIN_PART && forms.mayBeMarked(h) && ((forms.getCodes(codes, start, len, h) ?? 0) & OPENS_PART) !== 0);
        if (!opens) continue;
        starts[to + m] = len;
        hashes[to + m] = HASH_START;
        counts[to + m] = counts[to + j]! + 1;
        m++;
      }
    }
    if (m === 0) return -1;
    open[len] = m;
  }
  return len;
}

/** Some word form, domain word or name element may start with the string whose running hash is `h` (a Bloom filter's answer, kept). */
function mayBePrefix(shapes: Shapes, forms: Lexicon['forms'], h: number): boolean {
  const at = (h ^ (h >>> SEEN_BITS)) & SEEN_MASK;
  const seen = shapes.seenAnswers[at]!;
  if (seen !== 0 && shapes.seenHashes[at] === h) return seen === 2;
  const answer = forms.mayBePrefix(h) || shapes.prefixes.has(h);
  shapes.seenHashes[at] = h;
  shapes.seenAnswers[at] = answer ? 2 : 1;
  return answer;
}

/** The reading of length `len` may be a whole word, or end with a compound's last part or a name's end element. */
function complete(search: Search, len: number): boolean {
  const { codes, starts, hashes, open, shapes } = search;
  const forms = search.lexicon.forms;
  const base = len * MAX_OPEN;
  for (let j = 0; j < open[len]!; j++) {
    const start = starts[base + j]!;
    if (len === start) continue;
    const h = hashes[base + j]!;
    const bits = forms.getCodes(codes, start, len, h) ?? 0;
    if (start === 0 ? (bits & FORM_FLAG.standalone) !== 0 || shapes.wholes.has(h) : (bits & FORM_FLAG.compoundEnd) !== 0 || shapes.ends.has(h)) return true;
  }
  return false;
}

/**
 * `table` with some rows replaced or added (one token's own slips, built per token): its code rows are the
 * table's own with those rows patched in, not built anew from every row, which cost more than the token's search.
 */
export function withRows(table: ConfusionTable, rows: ReadonlyMap<string, Substitution[]>): ConfusionTable {
  const substitutions = new Map(table.substitutions);
  for (const [from, subs] of rows) substitutions.set(from, subs);
  const derived: ConfusionTable = { substitutions, identity: table.identity };
  const base = codeRowsOf(table);
  const patched: CodeRows = { identity: base.identity, singles: base.singles.slice(), pairs: base.pairs.slice() };
  const copied = new Set<number>();
  for (const [from, subs] of rows) {
    if (from.length === 1 && from.charCodeAt(0) < LATIN_1) patched.singles[from.charCodeAt(0)] = subs;
    else if (from.length === 2 && from.charCodeAt(0) < LATIN_1 && from.charCodeAt(1) < LATIN_1) {
      const c = from.charCodeAt(0);
      // The table's own map for this first character is shared with it: copied before it changes.
      if (!copied.has(c)) {
        patched.pairs[c] = new Map(base.pairs[c]);
        copied.add(c);
      }
      patched.pairs[c]!.set(from.charCodeAt(1), { from, subs });
    }
  }
  codeRowCache.set(derived, patched);
  return derived;
}
