// Learns which listed words may open a compound though hunspell's flags say they may not ("nöd",
// "när", "led": dictionary-sv lists "nödutgång", "närvård", "ledband" and hundreds more, yet never
// flags the first part as a compound start). Written to dictionaries/compound-starts-learned-sv.txt
// as "start<TAB>listed compounds" lines, read by src/repair/learned-compound-starts.ts.
//   npx tsx scripts/build-compound-starts.ts   (rerun after rebuilding the lexicon)
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { COMPOUND_STARTS_LEARNED_FILE, DOMAIN_DICTIONARY_FILE, FORM_FLAG, LEXICON_FILE } from '../src/repair/lexicon-format.ts';

/** A start is learned from this many listed word forms, each it and a listed compound end. */
const MIN_LISTED_COMPOUNDS = Number(process.env.MIN_LISTED_COMPOUNDS ?? 50);
const MIN_START_LENGTH = 3;
const MIN_HEAD_LENGTH = 3;
const OPENS = FORM_FLAG.compoundBegin | FORM_FLAG.compoundMiddle;

const root = join(import.meta.dirname, '..');
const lexicon = new Map<string, number>();
for (const line of gunzipSync(readFileSync(join(root, LEXICON_FILE))).toString('utf8').split('\n')) {
  const tab = line.indexOf('\t');
  if (tab > 0) lexicon.set(line.slice(0, tab), parseInt(line.slice(tab + 1), 16));
}

const counts = new Map<string, number>();
for (const [form, bits] of lexicon) {
  if ((bits & FORM_FLAG.standalone) === 0 || (bits & FORM_FLAG.properNoun) !== 0) continue;
  for (let cut = MIN_START_LENGTH; cut <= form.length - MIN_HEAD_LENGTH; cut++) {
    const start = form.slice(0, cut);
    const startBits = lexicon.get(start) ?? 0;
    if ((startBits & FORM_FLAG.standalone) === 0 || (startBits & FORM_FLAG.properNoun) !== 0) continue;
    if (((lexicon.get(form.slice(cut)) ?? 0) & FORM_FLAG.compoundEnd) === 0) continue;
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
}

/** What the English model makes of a word: å/ä/ö plain, and ä also as i. */
const englishModelReadings = (word: string): string[] => [word.replace(/[åä]/g, 'a').replace(/ö/g, 'o'), word.replace(/å/g, 'a').replace(/ä/g, 'i').replace(/ö/g, 'o')];

// A start that a more productive start, or one hunspell flags as a start, becomes when the English
// model loses its å/ä/ö ("nod" beside "nöd") would read the damaged spelling as a valid compound
// and keep it from repair.
const mostProductive = new Map<string, number>();
for (const [start, count] of counts) {
  const flagged = ((lexicon.get(start) ?? 0) & OPENS) !== 0;
  for (const key of englishModelReadings(start)) mostProductive.set(key, Math.max(mostProductive.get(key) ?? 0, flagged ? Infinity : count));
}
// A plain start that is also what the English model makes of a listed word with å/ä/ö ("fors" of
// "förs") would read the damaged spelling of that word's compounds ("forskolan") as valid.
const plainOfListed = new Set<string>();
for (const [form, bits] of lexicon) if ((bits & FORM_FLAG.standalone) !== 0 && /[åäö]/.test(form)) for (const key of englishModelReadings(form)) plainOfListed.add(key);
// Domain words (names, places) open compounds at run time: a start with å/ä/ö whose plain spelling is
// one ("kärl" of "Karl") would turn the name's compounds into damaged words.
const domain = new Set<string>();
for (const line of readFileSync(join(root, DOMAIN_DICTIONARY_FILE), 'utf8').split('\n')) if (line.trim() && !line.startsWith('#')) domain.add(line.trim().toLowerCase());
const learned: Array<[string, number]> = [];
for (const [start, count] of counts) {
  if ((lexicon.get(start)! & OPENS) !== 0 || count < MIN_LISTED_COMPOUNDS) continue;
  if (englishModelReadings(start).some((key) => mostProductive.get(key)! > count) || plainOfListed.has(start)) continue;
  if (englishModelReadings(start).some((key) => key !== start && domain.has(key))) continue;
  learned.push([start, count]);
}
learned.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const header = '# Learned by scripts/build-compound-starts.ts: listed words that open at least ' + MIN_LISTED_COMPOUNDS + ' listed compounds, though hunspell never flags them as a start.\n';
writeFileSync(join(root, COMPOUND_STARTS_LEARNED_FILE), header + learned.map(([s, c]) => `${s}\t${c}`).join('\n') + '\n');
console.log(`${learned.length} compound starts → ${COMPOUND_STARTS_LEARNED_FILE}`);
