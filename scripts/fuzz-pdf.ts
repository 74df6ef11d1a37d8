// Long fuzz run of the PDF input stage: `npm run fuzz -- [cases] [seed]`.
import { fuzz, summarise } from '../test/fuzz/pdf-fuzz.ts';

const cases = Number(process.argv[2] ?? 400);
const seed = Number(process.argv[3] ?? 20240314);
const results = await fuzz(cases, seed);
const byMutation = new Map<string, Map<string, number>>();
for (const r of results) {
  const row = byMutation.get(r.mutation) ?? new Map<string, number>();
  row.set(r.outcome, (row.get(r.outcome) ?? 0) + 1);
  byMutation.set(r.mutation, row);
}
process.stdout.write(`${summarise(results)}\n`);
for (const [mutation, row] of byMutation) process.stdout.write(`  ${mutation}: ${[...row].map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
for (const r of results.filter((x) => x.detail)) process.stdout.write(`  untyped: ${r.seed} + ${r.mutation}: ${r.detail}\n`);
process.exitCode = results.some((r) => r.outcome === 'untyped-error' || r.outcome === 'timeout') ? 1 : 0;
