// Learns start elements of Swedish surnames and place names from the proper nouns dictionary-sv
// lists ("Borgholm", "Borgström", "Borglund": "borg-"), and writes them beside the hand-written
// elements: dictionaries/name-elements-learned-sv.txt (same format as name-elements-sv.txt).
//   npx tsx scripts/build-name-elements.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAME_ELEMENTS_FILE, NAME_ELEMENTS_LEARNED_FILE } from '../src/repair/lexicon-format.ts';
import { parseNameElements } from '../src/repair/lexicon.ts';

/** A start is learned from this many listed proper nouns, each a start and a hand-written end element. */
const MIN_NAMES = 4;
/** The start a name keeps before its end element, at least. */
const MIN_START_LENGTH = 3;

const root = join(import.meta.dirname, '..');
const hand = parseNameElements(readFileSync(join(root, NAME_ELEMENTS_FILE), 'utf8'));
const dic = readFileSync(join(root, 'node_modules', 'dictionary-sv', 'index.dic'), 'utf8').split('\n').slice(1);

const properNouns = new Set<string>();
for (const line of dic) {
  const stem = line.split('/')[0]!.trim();
  if (/^\p{Lu}\p{Ll}+$/u.test(stem)) properNouns.add(stem.toLowerCase());
}

const counts = new Map<string, number>();
for (const name of properNouns) {
  for (const end of hand.ends) {
    if (!name.endsWith(end) || name.length - end.length < MIN_START_LENGTH) continue;
    const start = name.slice(0, -end.length);
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
}

/** What the English model makes of an element: å/ä/ö plain, and ä also as i. */
const englishModelReadings = (element: string): string[] => [
  element.replace(/[åä]/g, 'a').replace(/ö/g, 'o'),
  element.replace(/å/g, 'a').replace(/ä/g, 'i').replace(/ö/g, 'o'),
];
// A start that is what the English model makes of a hand-written start with å/ä/ö ("hall" of "häll"), or
// of a start more names begin with, would make the damaged spelling a name and keep it from repair.
const twins = new Map<string, number>();
for (const start of hand.starts) if (/[åäö]/.test(start)) for (const key of englishModelReadings(start)) twins.set(key, Infinity);
for (const [start, count] of counts) for (const key of englishModelReadings(start)) twins.set(key, Math.max(twins.get(key) ?? 0, count));

const learned = [...counts]
  .filter(([start, count]) => count >= MIN_NAMES && !hand.starts.has(start) && !englishModelReadings(start).some((key) => twins.get(key)! > count))
  .map(([start]) => start)
  .sort();
writeFileSync(
  join(root, NAME_ELEMENTS_LEARNED_FILE),
  `# Start elements learned by scripts/build-name-elements.ts: each begins ${MIN_NAMES} or more proper nouns of
# dictionary-sv that end in a hand-written end element (name-elements-sv.txt). Do not edit; rebuild.
${learned.map((start) => `${start}-`).join(' ')}
`,
);
console.log(`${learned.length} start elements → ${NAME_ELEMENTS_LEARNED_FILE}`);
