import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fuzz, summarise } from './pdf-fuzz.ts';

const LONG = process.env.FUZZ_LONG === '1';
const CASES = LONG ? 400 : 40;
const PER_FILE_MS = 10_000;

describe('PDF input fuzzing', () => {
  const consoleCalls: string[] = [];
  beforeEach(() => {
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleCalls.push(`${method}: ${args.map(String).join(' ').slice(0, 200)}`);
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it(
    `gives pages or a typed error for each of ${CASES} mutated PDFs, within ${PER_FILE_MS / 1000} s each, printing nothing`,
    async () => {
      const results = await fuzz(CASES, Number(process.env.FUZZ_SEED ?? 20240314), PER_FILE_MS);
      process.stderr.write(`${summarise(results)}\n`);
      const bad = results.filter((r) => r.outcome === 'untyped-error' || r.outcome === 'timeout');
      expect(bad).toEqual([]);
      expect(results.filter((r) => r.outcome === 'pages').length).toBeGreaterThan(0);
      expect(results.filter((r) => r.outcome.startsWith('error:')).length).toBeGreaterThan(0);
      expect(consoleCalls).toEqual([]);
    },
    LONG ? 3_600_000 : 120_000,
  );
});
