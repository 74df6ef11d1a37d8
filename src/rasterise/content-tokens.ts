// A minimal PDF content-stream reader: enough to follow the graphics state,
// images and text-showing operators without decoding any image data.

/** An operand, reduced to what page analysis needs. */
export type Operand =
  | { type: 'number'; value: number }
  | { type: 'name'; value: string }
  /** A string or a TJ array; `glyphBytes` counts the string bytes, a proxy for glyphs shown. */
  | { type: 'string'; glyphBytes: number }
  | { type: 'array'; items: Operand[] }
  | { type: 'dict'; entries: Map<string, Operand> }
  | { type: 'boolean'; value: boolean }
  | { type: 'other' };

export interface ContentOperation {
  operator: string;
  operands: Operand[];
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
// A hostile stream could nest arrays without end; real content never goes deep.
const MAX_NESTING = 64;

/** Yields every operator with its operands. Malformed input ends the walk early instead of throwing. */
export function* readContentStream(bytes: Uint8Array): Generator<ContentOperation> {
  const reader = new Reader(bytes);
  let operands: Operand[] = [];
  while (true) {
    const token = reader.next(0);
    if (token === null) return;
    if (token.kind === 'operand') {
      operands.push(token.operand);
      if (operands.length > 4096) operands = operands.slice(-64);
      continue;
    }
    if (token.kind === 'close') continue;
    const operator = token.keyword;
    if (operator === 'BI') {
      const dict = reader.readInlineImageDict();
      yield { operator: 'BI', operands: [{ type: 'dict', entries: dict }] };
      operands = [];
      continue;
    }
    yield { operator, operands };
    operands = [];
  }
}

type Token = { kind: 'operand'; operand: Operand } | { kind: 'keyword'; keyword: string } | { kind: 'close' };

class Reader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  next(depth: number): Token | null {
    this.skipWhitespaceAndComments();
    const { bytes } = this;
    if (this.pos >= bytes.length) return null;
    const c = bytes[this.pos]!;
    if (c === 0x28) return { kind: 'operand', operand: this.readLiteralString() };
    if (c === 0x3c) {
      if (bytes[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return { kind: 'operand', operand: this.readDict(depth + 1) };
      }
      return { kind: 'operand', operand: this.readHexString() };
    }
    if (c === 0x3e) {
      this.pos += bytes[this.pos + 1] === 0x3e ? 2 : 1;
      return { kind: 'close' };
    }
    if (c === 0x5b) {
      this.pos++;
      return { kind: 'operand', operand: this.readArray(depth + 1) };
    }
    if (c === 0x5d || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return { kind: 'close' };
    }
    if (c === 0x2f) {
      this.pos++;
      return { kind: 'operand', operand: { type: 'name', value: this.readRegular() } };
    }
    const word = this.readRegular();
    if (word.length === 0) {
      this.pos++;
      return { kind: 'close' };
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return { kind: 'operand', operand: { type: 'number', value: Number(word) } };
    if (word === 'true' || word === 'false') return { kind: 'operand', operand: { type: 'boolean', value: word === 'true' } };
    if (word === 'null') return { kind: 'operand', operand: { type: 'other' } };
    return { kind: 'keyword', keyword: word };
  }

  /** Reads the BI … ID dictionary, then skips the binary data up to EI. */
  readInlineImageDict(): Map<string, Operand> {
    const entries = new Map<string, Operand>();
    let key: string | null = null;
    while (true) {
      const token = this.next(1);
      if (token === null) return entries;
      if (token.kind === 'keyword' && token.keyword === 'ID') break;
      if (token.kind !== 'operand') continue;
      if (key === null) {
        if (token.operand.type === 'name') key = token.operand.value;
      } else {
        entries.set(key, token.operand);
        key = null;
      }
    }
    this.pos++;
    this.skipInlineImageData();
    return entries;
  }

  private skipInlineImageData(): void {
    const { bytes } = this;
    for (let i = this.pos; i + 1 < bytes.length; i++) {
      if (bytes[i] === 0x45 && bytes[i + 1] === 0x49 && (i === 0 || WHITESPACE.has(bytes[i - 1]!))) {
        const after = bytes[i + 2];
        if (after === undefined || WHITESPACE.has(after)) {
          this.pos = i + 2;
          return;
        }
      }
    }
    this.pos = bytes.length;
  }

  private skipWhitespaceAndComments(): void {
    const { bytes } = this;
    while (this.pos < bytes.length) {
      const c = bytes[this.pos]!;
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < bytes.length && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) this.pos++;
      } else return;
    }
  }

  private readRegular(): string {
    const { bytes } = this;
    const start = this.pos;
    while (this.pos < bytes.length && !WHITESPACE.has(bytes[this.pos]!) && !DELIMITERS.has(bytes[this.pos]!)) this.pos++;
    return Buffer.from(bytes.buffer, bytes.byteOffset + start, this.pos - start).toString('latin1');
  }

  private readLiteralString(): Operand {
    const { bytes } = this;
    this.pos++;
    let depth = 1;
    let count = 0;
    while (this.pos < bytes.length) {
      const c = bytes[this.pos++]!;
      if (c === 0x5c) {
        const e = bytes[this.pos++];
        // \ddd is one byte; \ followed by a line break is a continuation, not a byte.
        if (e !== undefined && e >= 0x30 && e <= 0x37) {
          for (let k = 0; k < 2 && (bytes[this.pos] ?? 0) >= 0x30 && (bytes[this.pos] ?? 0) <= 0x37; k++) this.pos++;
        } else if (e === 0x0a || e === 0x0d) continue;
        count++;
        continue;
      }
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
      count++;
    }
    return { type: 'string', glyphBytes: count };
  }

  private readHexString(): Operand {
    const { bytes } = this;
    this.pos++;
    let digits = 0;
    while (this.pos < bytes.length && bytes[this.pos] !== 0x3e) {
      if (!WHITESPACE.has(bytes[this.pos]!)) digits++;
      this.pos++;
    }
    this.pos++;
    return { type: 'string', glyphBytes: Math.ceil(digits / 2) };
  }

  private readArray(depth: number): Operand {
    const items: Operand[] = [];
    while (true) {
      if (this.pos < this.bytes.length && this.peekAfterWhitespace() === 0x5d) {
        this.pos++;
        return { type: 'array', items };
      }
      const token = depth > MAX_NESTING ? null : this.next(depth);
      if (token === null) return { type: 'array', items };
      if (token.kind === 'operand') items.push(token.operand);
      else if (token.kind === 'keyword') continue;
      else return { type: 'array', items };
    }
  }

  private readDict(depth: number): Operand {
    const entries = new Map<string, Operand>();
    let key: string | null = null;
    while (true) {
      this.skipWhitespaceAndComments();
      if (this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { type: 'dict', entries };
      }
      const token = depth > MAX_NESTING ? null : this.next(depth);
      if (token === null || token.kind === 'close') return { type: 'dict', entries };
      if (token.kind !== 'operand') continue;
      if (key === null && token.operand.type === 'name') key = token.operand.value;
      else if (key !== null) {
        entries.set(key, token.operand);
        key = null;
      }
    }
  }

  private peekAfterWhitespace(): number | undefined {
    this.skipWhitespaceAndComments();
    return this.bytes[this.pos];
  }
}
