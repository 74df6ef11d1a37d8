import { describe, expect, it } from 'vitest';
import { hashOf } from '../../src/repair/form-table.ts';
import { IntHashSet } from '../../src/repair/int-hash-set.ts';

describe('IntHashSet', () => {
  it('answers membership for string hashes as a Set of numbers does, beyond the small-integer range too', () => {
    const words = ['sammanträde', 'kvarnby', 'ålsta', 'öster', 'bergsvik', 'lindö', 'x'];
    const set = new IntHashSet();
    const reference = new Set<number>();
    for (const w of words) {
      set.add(hashOf(w));
      reference.add(hashOf(w));
    }
    for (const probe of [...words, 'sammantrade', 'kvarnbyn', 'oster', 'y', '']) {
      expect(set.has(hashOf(probe))).toBe(reference.has(hashOf(probe)));
    }
    expect(set.size).toBe(reference.size);
  });

  it('keeps every value while it grows, negative ones and zero included', () => {
    const set = new IntHashSet(2);
    const values = [0, -1, 1, 2 ** 31 - 1, -(2 ** 31)];
    for (let k = 0; k < 5000; k++) values.push(Math.imul(k, 0x9e3779b1));
    for (const v of values) set.add(v);
    for (const v of values) expect(set.has(v)).toBe(true);
    expect(set.has(123456789)).toBe(values.includes(123456789));
    expect(set.size).toBe(new Set(values).size);
  });

  it('holds no value that is not a 32-bit integer, and no zero until one is added', () => {
    const set = new IntHashSet();
    set.add(7);
    expect(set.has(7.5)).toBe(false);
    expect(set.has(2 ** 32 + 7)).toBe(false);
    expect(set.has(0)).toBe(false);
  });
});
