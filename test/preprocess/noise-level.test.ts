import { describe, expect, it } from 'vitest';
import { median9, noiseLevel } from '../../src/preprocess/noise-level.ts';

describe('median9', () => {
  it('gives the middle of nine values, whatever their order', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let trial = 0; trial < 2000; trial++) {
      const values = Array.from({ length: 9 }, next);
      const sorted = [...values].sort((a, b) => a - b);
      expect(median9(...(values as [number, number, number, number, number, number, number, number, number]))).toBe(sorted[4]);
    }
  });
});

describe('noiseLevel', () => {
  it('measures grain on paper and barely counts a solid stroke', () => {
    const width = 60;
    const height = 60;
    const clean = new Uint8Array(width * height).fill(240);
    for (let y = 20; y < 40; y++) for (let x = 28; x < 32; x++) clean[y * width + x] = 10;
    const grainy = clean.map((v, i) => (v === 240 && i % 7 === 0 ? 200 : v));
    const image = (data: Uint8Array) => ({ width, height, channels: 1 as const, data, dpi: 300 });
    expect(noiseLevel(image(clean), 1)).toBeLessThan(0.5);
    expect(noiseLevel(image(grainy), 1)).toBeGreaterThan(3);
  });
});
