// CER per scanned fixture before and after a preprocessing change:
// `./bin/minutes.js import fixtures/build --out A` (before) and `--out B` (after), then
// `npx tsx scripts/measure-dot-leaders.ts A B`. Also scores with runs of leader dots removed from
// both sides, since the references keep the dots that a leader-erasing stage deliberately drops.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { characterErrorRate } from '../src/text/character-error-rate.ts';

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: measure-dot-leaders.ts BEFORE_DIR AFTER_DIR');

function reference(name: string): string {
  for (const dir of ['fixtures/source', 'fixtures/segment']) {
    const path = `${dir}/${name}.txt`;
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  throw new Error(`no reference for ${name}`);
}

/** Runs of two or more dots/ellipses (spaced or not), and underscores, are leaders. */
const withoutLeaders = (text: string): string => text.replace(/(?:[.…_]\s?){2,}/g, ' ');

const names = readdirSync('fixtures/build')
  .filter((f) => f.endsWith('.scan.pdf'))
  .map((f) => f.replace(/\.scan\.pdf$/, ''));
const rows: number[][] = [];
const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
console.log(`${'document'.padEnd(48)} before  after | no-dots before  after`);
for (const name of names) {
  const ref = reference(name);
  const b = readFileSync(`${before}/${name}.scan.txt`, 'utf8');
  const a = readFileSync(`${after}/${name}.scan.txt`, 'utf8');
  const row = [
    characterErrorRate(ref, b),
    characterErrorRate(ref, a),
    characterErrorRate(withoutLeaders(ref), withoutLeaders(b)),
    characterErrorRate(withoutLeaders(ref), withoutLeaders(a)),
  ];
  rows.push(row);
  const flag = row[3]! - row[2]! > 0.001 ? '  WORSE' : row[3]! < row[2]! - 0.0005 ? '  better' : '';
  console.log(`${name.padEnd(48)} ${row.map(pct).join(' ')}${flag}`);
}
const mean = (k: number): number => rows.reduce((s, r) => s + r[k]!, 0) / rows.length;
console.log(`${'MEAN'.padEnd(48)} ${[0, 1, 2, 3].map((k) => pct(mean(k))).join(' ')}`);
