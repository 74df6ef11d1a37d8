// The string hashes the searches test at every character (form-table.ts's FNV-1a) are 32-bit
// integers. A JS Set boxes the half of them beyond the small-integer range and hashes each box
// at every lookup; one Int32Array with open addressing answers the same question unboxed.

export class IntHashSet {
  private slots: Int32Array;
  private mask: number;
  /** 0 marks an empty slot, so the value 0 is kept aside. */
  private hasZero = false;
  private count = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count + (this.hasZero ? 1 : 0);
  }

  add(value: number): this {
    const v = value | 0;
    if (v === 0) {
      this.hasZero = true;
      return this;
    }
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    let s = slotOf(v) & this.mask;
    for (;;) {
      const here = this.slots[s]!;
      if (here === v) return this;
      if (here === 0) break;
      s = (s + 1) & this.mask;
    }
    this.slots[s] = v;
    this.count++;
    return this;
  }

  has(value: number): boolean {
    const v = value | 0;
    if (v !== value) return false;
    if (v === 0) return this.hasZero;
    const slots = this.slots;
    const mask = this.mask;
    let s = slotOf(v) & mask;
    for (;;) {
      const here = slots[s]!;
      if (here === v) return true;
      if (here === 0) return false;
      s = (s + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    for (const v of old) {
      if (v === 0) continue;
      let s = slotOf(v) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = v;
    }
  }
}

// FNV's low bits follow its last character closely: mix the high bits in before masking.
function slotOf(v: number): number {
  return Math.imul(v ^ (v >>> 16), 0x45d9f3b) ^ (v >>> 13);
}
