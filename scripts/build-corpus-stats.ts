// Derives word-frequency and bigram evidence from tesseract's Swedish
// dictionaries (the lstm-word-dawg and bigram-dawg inside
// @tesseract.js-data/swe, built by Google from a large Swedish web corpus) and
// writes dictionaries/corpus-words.tsv.gz and dictionaries/corpus-bigrams.tsv.gz.
//
// Build time only: it needs Debian's tesseract-ocr tools (combine_tessdata,
// dawg2wordlist) to unpack the dawgs. Run time reads only the committed files.
//   npx tsx scripts/build-corpus-stats.ts [workdir]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CORPUS_BIGRAM_FILE, CORPUS_WORD_FILE, LEXICON_FILE } from '../src/repair/lexicon-format.ts';
import { foldDiacritics } from '../src/repair/corpus-stats.ts';

const ROOT = join(import.meta.dirname, '..');
const work = process.argv[2] ?? '/tmp/corpus-stats';
mkdirSync(work, { recursive: true });

function unpack(): { words: string[]; bigrams: string[] } {
  const traineddata = join(work, 'swe.traineddata');
  if (!existsSync(traineddata)) {
    const gz = join(ROOT, 'node_modules', '@tesseract.js-data', 'swe', '4.0.0', 'swe.traineddata.gz');
    writeFileSync(traineddata, gunzipSync(readFileSync(gz)));
  }
  const run = (cmd: string, args: string[]): void => {
    execFileSync(cmd, args, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  };
  if (!existsSync(join(work, 'words.txt'))) {
    run('combine_tessdata', ['-u', 'swe.traineddata', 'swe.']);
    run('dawg2wordlist', ['swe.unicharset', 'swe.bigram-dawg', 'bigram.txt']);
    run('dawg2wordlist', ['swe.lstm-unicharset', 'swe.lstm-word-dawg', 'words.txt']);
  }
  const lines = (f: string): string[] => readFileSync(join(work, f), 'utf8').split('\n').filter(Boolean);
  return { words: lines('words.txt'), bigrams: lines('bigram.txt') };
}

const { words, bigrams } = unpack();

// Fold groups of the lexicon: a folded spelling with two or more readings is where repair must choose.
const readingsOfFold = new Map<string, number>();
const known = new Set<string>();
const lexiconText = gunzipSync(readFileSync(join(ROOT, LEXICON_FILE))).toString('utf8');
for (const line of lexiconText.split('\n')) {
  const tab = line.indexOf('\t');
  if (tab <= 0) continue;
  const form = line.slice(0, tab);
  known.add(form);
  const fold = foldDiacritics(form);
  readingsOfFold.set(fold, (readingsOfFold.get(fold) ?? 0) + 1);
}
for (const line of readFileSync(join(ROOT, 'dictionaries', 'domain-sv.txt'), 'utf8').split('\n')) {
  const word = line.split('\t').at(-1)!.trim().toLowerCase();
  if (!word || word.startsWith('#')) continue;
  known.add(word);
  const fold = foldDiacritics(word);
  if (fold !== word) readingsOfFold.set(fold, Math.max(2, readingsOfFold.get(fold) ?? 0));
}
// A word with å/ä/ö/é may also be a reading of another fold group ("hélls": hölls or hålls), so it counts too.
const ambiguous = (lower: string): boolean => (readingsOfFold.get(foldDiacritics(lower)) ?? 0) >= 2 || foldDiacritics(lower) !== lower;

const LETTERS = /^[\p{L}][\p{L}-]*$/u;
const partners = new Map<string, Set<string>>();
const kept = new Set<string>();
for (const line of bigrams) {
  const space = line.indexOf(' ');
  if (space <= 0) continue;
  const left = line.slice(0, space).toLowerCase();
  const right = line.slice(space + 1).toLowerCase();
  if (!LETTERS.test(left) || !LETTERS.test(right)) continue;
  (partners.get(left) ?? partners.set(left, new Set()).get(left)!).add(`R${right}`);
  (partners.get(right) ?? partners.set(right, new Set()).get(right)!).add(`L${left}`);
  if (ambiguous(left) || ambiguous(right)) kept.add(`${left}\t${right}`);
}
const lstm = new Set(words.map((w) => w.toLowerCase()).filter((w) => LETTERS.test(w)));

// Only known words repair may have to choose between need a corpus frequency.
const wordLines: string[] = [];
const candidates = new Set<string>([...lstm, ...partners.keys()]);
for (const word of [...candidates].sort()) {
  if (!ambiguous(word) || !known.has(word)) continue;
  wordLines.push(`${word}\t${partners.get(word)?.size ?? 0}\t${lstm.has(word) ? 1 : 0}`);
}
const bigramLines = [...kept].sort();
const header = '# made by scripts/build-corpus-stats.ts from tesseract swe dawgs; do not edit\n';
writeFileSync(join(ROOT, CORPUS_WORD_FILE), gzipSync(header + wordLines.join('\n') + '\n', { level: 9 }));
writeFileSync(join(ROOT, CORPUS_BIGRAM_FILE), gzipSync(header + bigramLines.join('\n') + '\n', { level: 9 }));
console.log(`${wordLines.length} words of ambiguous fold groups, ${bigramLines.length} bigrams kept of ${bigrams.length}`);
