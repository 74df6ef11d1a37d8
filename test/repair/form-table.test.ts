import { describe, expect, it } from 'vitest';
import { FormTable, HASH_START, hashOf, hashStep } from '../../src/repair/form-table.ts';

describe('packed form table', () => {
  const table = new FormTable([['blomkrans', 3], ['blom', 2], ['krans', 9], ['dvořák', 1]], 1000);

  it('finds a form with its flag bits and misses a string it never held', () => {
    expect(table.get('blomkrans')).toBe(3);
    expect(table.get('krans')).toBe(9);
    expect(table.get('blomkran')).toBeUndefined();
    expect(table.size).toBe(4);
  });
  it('keeps forms with letters outside Latin-1', () => {
    expect(table.get('dvořák')).toBe(1);
  });
  it('visits every form with its flag bits, Latin-1 forms as codes and wider ones as strings', () => {
    const seen: string[] = [];
    table.visitForms(
      (bytes, start, end, bits) => seen.push(`${String.fromCharCode(...bytes.subarray(start, end))}:${bits}`),
      (form, bits) => seen.push(`${form}:${bits}`),
    );
    expect(seen.sort()).toEqual(['blom:2', 'blomkrans:3', 'dvořák:1', 'krans:9']);
  });
  it('looks up a slice of a longer string by its running hash', () => {
    const word = 'xblomy';
    expect(table.getRange(word, 1, 5, hashOf(word, 1, 5))).toBe(2);
  });
  it('says no form starts with a string none begins with', () => {
    let h = HASH_START;
    for (const ch of 'blo') h = hashStep(h, ch.charCodeAt(0));
    expect(table.mayBePrefix(h)).toBe(true);
    expect(table.mayBePrefix(hashOf('qzxw'))).toBe(false);
  });
  it('grows past its expected size without losing forms', () => {
    const many = Array.from({ length: 5000 }, (_, k) => [`ord${k}`, 1] as const);
    const big = new FormTable(many, 4);
    expect(big.get('ord4999')).toBe(1);
    expect(big.get('ord0')).toBe(1);
    expect(big.get('ord5000')).toBeUndefined();
  });
});

describe('marked forms', () => {
  it('rules out a whole form without the marked bits, never one with them', () => {
    const table = new FormTable([['snöbär', 2], ['bärmos', 8]], 100, 2);
    expect(table.mayBeMarked(hashOf('snöbär'))).toBe(true);
    expect(table.mayBeMarked(hashOf('bärmos'))).toBe(false);
  });
  it('cannot rule anything out when built without marked bits', () => {
    expect(new FormTable([['bärmos', 8]], 100).mayBeMarked(hashOf('bärmos'))).toBe(true);
  });
});
