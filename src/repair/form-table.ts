// The 839k hunspell word forms, packed: one Latin-1 byte buffer, offsets and
// an open-addressing hash table of Int32 slots (≈ 30 MB instead of the ≈ 160 MB
// a Map of strings costs). The hash is FNV-1a over UTF-16 code units, so a
// caller can extend it one character at a time and look up a slice of a longer
// string without cutting it out (compound analysis does this), and a Bloom
// filter of every form's prefixes tells early that no form starts with a slice.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** The FNV-1a hash of the empty string; extend it with `hashStep`. */
export const HASH_START = FNV_OFFSET;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

export function hashOf(s: string, from = 0, to = s.length): number {
  let h = FNV_OFFSET;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

// A slot holds a form's index + 1 in its low bits and the high bits of the form's hash above them: a probe
// whose hash differs there passes on without reading the form's offsets and bytes, two cache misses
// in tables this size. Most lookups (compound splits, search readings) are misses.
const INDEX_BITS = 23;
const INDEX_MASK = (1 << INDEX_BITS) - 1;
const TAG_MASK = ~INDEX_MASK;

// A second, independent probe for the Bloom filter.
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export class FormTable {
  readonly size: number;
  private readonly bytes: Uint8Array;
  private readonly offsets: Uint32Array;
  private readonly flags: Uint8Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly prefixBloom: Int32Array;
  private readonly bloomMask: number;
  /** Bloom filter of the whole forms whose flags share a bit with `markBits`. */
  private readonly markedBloom: Int32Array;
  /** The few forms with characters outside Latin-1 ("dvořák"). */
  private readonly wide = new Map<string, number>();

  /**
   * @param entries form → flag bits (1..255); duplicate forms keep the last bits
   * @param markBits forms with any of these bits also go into a Bloom filter `mayBeMarked` asks
   */
  constructor(entries: Iterable<readonly [string, number]>, expected = 1 << 16, markBits = 0) {
    let capacity = 1;
    while (capacity < expected * 2) capacity <<= 1;
    let bytes: Uint8Array = new Uint8Array(expected * 12);
    let offsets: Uint32Array = new Uint32Array(expected + 1);
    let flags: Uint8Array = new Uint8Array(expected);
    let slots: Int32Array = new Int32Array(capacity);
    let mask = capacity - 1;
    let bloomBits = 1;
    while (bloomBits < expected * 24) bloomBits <<= 1;
    const bloom = new Int32Array(bloomBits >>> 5);
    const bloomMask = bloomBits - 1;
    const marked = new Int32Array(markBits === 0 ? 1 : bloomBits >>> 5);
    let count = 0;
    let used = 0;
    for (const [form, bits] of entries) {
      // Prefixes (the whole form included) go into the Bloom filter.
      let h = FNV_OFFSET;
      for (let k = 0; k < form.length; k++) {
        h = Math.imul(h ^ form.charCodeAt(k), FNV_PRIME);
        const a = h & bloomMask;
        const b = mix(h) & bloomMask;
        bloom[a >>> 5]! |= 1 << (a & 31);
        bloom[b >>> 5]! |= 1 << (b & 31);
      }
      if ((bits & markBits) !== 0) {
        const a = h & bloomMask;
        const b = mix(h) & bloomMask;
        marked[a >>> 5]! |= 1 << (a & 31);
        marked[b >>> 5]! |= 1 << (b & 31);
      }
      if (!isLatin1(form)) {
        this.wide.set(form, bits);
        continue;
      }
      const existing = this.findSlot(form, 0, form.length, h, bytes, offsets, slots, mask);
      if (existing >= 0) {
        flags[existing] = bits;
        continue;
      }
      if (count + 1 > INDEX_MASK) throw new RangeError(`a form table holds at most ${INDEX_MASK} forms`);
      if (count + 1 >= offsets.length) {
        offsets = grow32(offsets, offsets.length * 2);
        flags = grow8(flags, offsets.length);
      }
      if (used + form.length > bytes.length) bytes = grow8(bytes, Math.max(bytes.length * 2, used + form.length));
      for (let k = 0; k < form.length; k++) bytes[used + k] = form.charCodeAt(k);
      offsets[count] = used;
      used += form.length;
      offsets[count + 1] = used;
      flags[count] = bits;
      count++;
      if (count * 2 > slots.length) {
        slots = rehash(bytes, offsets, count - 1, slots.length * 2);
        mask = slots.length - 1;
      }
      let s = h & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = count | (h & TAG_MASK);
    }
    this.size = count + this.wide.size;
    this.bytes = bytes.slice(0, used);
    this.offsets = offsets.slice(0, count + 1);
    this.flags = flags.slice(0, count);
    this.slots = slots;
    this.mask = mask;
    this.prefixBloom = bloom;
    this.bloomMask = bloomMask;
    this.markedBloom = marked;
  }

  /** False when certainly no form whose hash is `hash` has one of the constructor's `markBits` (never certain without them). */
  mayBeMarked(hash: number): boolean {
    if (this.markedBloom.length === 1) return true;
    const a = hash & this.bloomMask;
    if ((this.markedBloom[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    const b = mix(hash) & this.bloomMask;
    return (this.markedBloom[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  /** Flag bits of a lower-case form, or undefined. */
  get(form: string): number | undefined {
    return this.getRange(form, 0, form.length, hashOf(form));
  }

  has(form: string): boolean {
    return this.get(form) !== undefined;
  }

  /** Flag bits of `s.slice(from, to)` whose hash is `hash`, without cutting it out. */
  getRange(s: string, from: number, to: number, hash: number): number | undefined {
    const at = this.findSlot(s, from, to, hash, this.bytes, this.offsets, this.slots, this.mask);
    if (at >= 0) return this.flags[at];
    return this.wide.size === 0 || !hasWideChar(s, from, to) ? undefined : this.wide.get(s.slice(from, to));
  }

  /** Flag bits of the code units `codes[from, to)` whose hash is `hash` (a search's own buffer, no string built). */
  getCodes(codes: Uint16Array, from: number, to: number, hash: number): number | undefined {
    const length = to - from;
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      if (((entry ^ hash) & TAG_MASK) === 0) {
        const index = (entry & INDEX_MASK) - 1;
        const start = this.offsets[index]!;
        if (this.offsets[index + 1]! - start === length) {
          let k = 0;
          while (k < length && this.bytes[start + k] === codes[from + k]) k++;
          if (k === length) return this.flags[index];
        }
      }
      slot = (slot + 1) & this.mask;
    }
    return this.wide.size === 0 || !hasWideCode(codes, from, to) ? undefined : this.wide.get(String.fromCharCode(...codes.subarray(from, to)));
  }

  /**
   * Visits every form with its flag bits: a Latin-1 form as its codes `bytes[start, end)`, a wider one as a string.
   * A pass over all forms this way builds no strings.
   */
  visitForms(latin1: (bytes: Uint8Array, start: number, end: number, bits: number) => void, wide: (form: string, bits: number) => void): void {
    for (let index = 0; index + 1 < this.offsets.length; index++) latin1(this.bytes, this.offsets[index]!, this.offsets[index + 1]!, this.flags[index]!);
    for (const [form, bits] of this.wide) wide(form, bits);
  }

  /** False when certainly no form starts with the string whose running hash is `hash`. */
  mayBePrefix(hash: number): boolean {
    const a = hash & this.bloomMask;
    if ((this.prefixBloom[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    const b = mix(hash) & this.bloomMask;
    return (this.prefixBloom[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  private findSlot(s: string, from: number, to: number, hash: number, bytes: Uint8Array, offsets: Uint32Array, slots: Int32Array, mask: number): number {
    const length = to - from;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      if (((entry ^ hash) & TAG_MASK) === 0) {
        const index = (entry & INDEX_MASK) - 1;
        const start = offsets[index]!;
        if (offsets[index + 1]! - start === length) {
          let k = 0;
          while (k < length && bytes[start + k] === s.charCodeAt(from + k)) k++;
          if (k === length) return index;
        }
      }
      slot = (slot + 1) & mask;
    }
  }
}

function isLatin1(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 255) return false;
  return true;
}

// Only forms with a character beyond Latin-1 are kept in `wide`: a slice without one is looked up there for nothing,
// and most lookups miss, so the test spares cutting out (or building) a string per miss.
function hasWideChar(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) > 255) return true;
  return false;
}

function hasWideCode(codes: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (codes[k]! > 255) return true;
  return false;
}

function grow8(a: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}

function grow32(a: Uint32Array, size: number): Uint32Array {
  const b = new Uint32Array(size);
  b.set(a);
  return b;
}

function rehash(bytes: Uint8Array, offsets: Uint32Array, count: number, capacity: number): Int32Array {
  const slots = new Int32Array(capacity);
  const mask = capacity - 1;
  for (let index = 0; index < count; index++) {
    let h = FNV_OFFSET;
    for (let k = offsets[index]!; k < offsets[index + 1]!; k++) h = Math.imul(h ^ bytes[k]!, FNV_PRIME);
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = (index + 1) | (h & TAG_MASK);
  }
  return slots;
}
