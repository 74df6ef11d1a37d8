// Expands dictionary-sv (hunspell) into its word forms and writes the compact
// runtime lexicon, so that loading needs neither dictionary-sv nor affix logic.
//   npx tsx scripts/build-lexicon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTEXT_MODEL_FILE, FORM_FLAG, LEXICON_FILE } from '../src/repair/lexicon-format.ts';
import { learnContextModel } from '../src/repair/context-model.ts';

interface AffixRule {
  strip: string;
  add: string;
  continuation: string;
  condition: RegExp;
}

const dictionaryDir = join(import.meta.dirname, '..', 'node_modules', 'dictionary-sv');
const aff = readFileSync(join(dictionaryDir, 'index.aff'), 'utf8').split('\n');
const dic = readFileSync(join(dictionaryDir, 'index.dic'), 'utf8').split('\n').slice(1);

const suffixes = new Map<string, AffixRule[]>();
for (const raw of aff) {
  const parts = raw.trim().split(/\s+/);
  if (parts[0] !== 'SFX' || parts.length < 5) continue;
  const [, flag, strip, addWithFlags, condition] = parts as [string, string, string, string, string];
  const [add = '', continuation = ''] = addWithFlags.split('/');
  const list = suffixes.get(flag) ?? [];
  list.push({
    strip: strip === '0' ? '' : strip,
    add: add === '0' ? '' : add,
    continuation,
    condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
  });
  suffixes.set(flag, list);
}

const COMPOUND_BEGIN = 'X';
const MIN_COMPOUND_LENGTH = 8;
const MIN_START_LENGTH = 3;
const MIN_HEAD_LENGTH = 5;
const MIN_LISTED_COMPOUNDS = 10;
const COMPOUND_MIDDLE = 'U';
const COMPOUND_END = 'Y';
const ONLY_IN_COMPOUND = 'Z';
const NEED_AFFIX = '¤';

function compoundBits(flags: string): number {
  let bits = 0;
  if (flags.includes(COMPOUND_BEGIN)) bits |= FORM_FLAG.compoundBegin;
  if (flags.includes(COMPOUND_MIDDLE)) bits |= FORM_FLAG.compoundMiddle;
  if (flags.includes(COMPOUND_END)) bits |= FORM_FLAG.compoundEnd;
  if (!flags.includes(ONLY_IN_COMPOUND)) bits |= FORM_FLAG.standalone;
  return bits;
}

const forms = new Map<string, number>();
function add(form: string, bits: number): void {
  if (form.length === 0 || form.includes(' ')) return;
  forms.set(form, (forms.get(form) ?? 0) | bits);
}

function applySuffixes(stem: string, flags: string, inherited: number, depth: number): void {
  for (const flag of flags) {
    const rules = suffixes.get(flag);
    if (!rules) continue;
    for (const rule of rules) {
      if (!rule.condition.test(stem) || !stem.endsWith(rule.strip)) continue;
      const form = stem.slice(0, stem.length - rule.strip.length) + rule.add;
      // A continuation made only of compound flags describes the form itself
      // ("protokolls" may begin a compound); otherwise the stem's flags carry over.
      const bits = rule.continuation ? compoundBits(rule.continuation) : inherited;
      add(form, bits);
      if (depth === 0 && rule.continuation) applySuffixes(form, rule.continuation, bits, 1);
    }
  }
}

for (const line of dic) {
  const entry = line.trim();
  if (!entry) continue;
  const slash = entry.indexOf('/');
  const stem = slash < 0 ? entry : entry.slice(0, slash);
  const flags = slash < 0 ? '' : entry.slice(slash + 1);
  if (!/\p{L}/u.test(stem)) continue;
  const bits = compoundBits(flags);
  if (!flags.includes(NEED_AFFIX)) add(stem, bits);
  applySuffixes(stem, flags, bits & ~0, 0);
}

// Runtime lookups are case-insensitive, so store lower-case keys with merged flags.
const lowered = new Map<string, number>();
for (const [form, bits] of forms) lowered.set(form.toLowerCase(), (lowered.get(form.toLowerCase()) ?? 0) | bits);
// A form only capitalised entries give is a proper noun, which the lower-case key would hide.
const common = new Set<string>();
for (const form of forms.keys()) if (form === form.toLowerCase()) common.add(form);
for (const form of forms.keys()) {
  const lower = form.toLowerCase();
  if (form !== lower && !common.has(lower)) lowered.set(lower, lowered.get(lower)! | FORM_FLAG.properNoun);
}
learnCompoundHeads(lowered);
const sorted = [...lowered.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const body = sorted.map(([form, bits]) => `${form}\t${bits.toString(16)}`).join('\n');
const out = join(import.meta.dirname, '..', LEXICON_FILE);
writeFileSync(out, gzipSync(body, { level: 9 }));
console.log(`${sorted.length} forms → ${out}`);

/**
 * dictionary-sv flags few word forms as compound ends ("råd", "rådet", "stigen", "bommar" are not),
 * while it lists hundreds of compounds ending in them ("aktie+rådet", "cykel+stigen"). A standalone
 * form that ends at least MIN_LISTED_COMPOUNDS listed words after a form that may begin a compound is
 * a productive head, so it may end one. Kept out: inflection endings of the affix file ("erna", "ande"),
 * which end listed words as suffixes, not as words; and a head that a more productive head becomes when
 * the English model loses its å/ä/ö or reads ä as i ("garden" beside "gården", "karen" beside "kåren"):
 * as an end it would mostly explain damaged text as a plain compound.
 */
function learnCompoundHeads(lexicon: Map<string, number>): void {
  const inflections = new Set<string>();
  for (const rules of suffixes.values()) for (const rule of rules) if (rule.add) inflections.add(rule.add.toLowerCase());
  const counts = new Map<string, number>();
  for (const [form, bits] of lexicon) {
    if (form.length < MIN_COMPOUND_LENGTH || (bits & FORM_FLAG.standalone) === 0) continue;
    for (let cut = MIN_START_LENGTH; cut <= form.length - MIN_HEAD_LENGTH; cut++) {
      const head = form.slice(cut);
      if (((lexicon.get(head) ?? 0) & FORM_FLAG.standalone) === 0) continue;
      if (((lexicon.get(form.slice(0, cut)) ?? 0) & FORM_FLAG.compoundBegin) === 0) continue;
      counts.set(head, (counts.get(head) ?? 0) + 1);
    }
  }
  const mostProductive = new Map<string, number>();
  for (const [head, count] of counts) {
    // A head hunspell itself flags with å/ä/ö ("tåget") outranks any plain twin ("taget", from "an+taget").
    const flagged = /[åäö]/.test(head) && ((lexicon.get(head) ?? 0) & FORM_FLAG.compoundEnd) !== 0;
    for (const key of englishModelReadings(head)) mostProductive.set(key, Math.max(mostProductive.get(key) ?? 0, flagged ? Infinity : count));
  }
  let learned = 0;
  for (const [head, count] of counts) {
    const bits = lexicon.get(head)!;
    if ((bits & FORM_FLAG.compoundEnd) !== 0 || count < MIN_LISTED_COMPOUNDS || inflections.has(head)) continue;
    if (englishModelReadings(head).some((key) => mostProductive.get(key)! > count)) continue;
    lexicon.set(head, bits | FORM_FLAG.compoundEnd);
    learned++;
  }
  console.log(`${learned} forms learned as compound ends`);
}

/** What the English model makes of a word: å/ä/ö plain, and ä also as i. */
function englishModelReadings(word: string): string[] {
  return [word.replace(/[åä]/g, 'a').replace(/ö/g, 'o'), word.replace(/å/g, 'a').replace(/ä/g, 'i').replace(/ö/g, 'o')];
}

// The context model: neighbour statistics from our own Swedish training text
// (never the fixtures, which are the held-out evaluation).
const trainingText = readFileSync(join(import.meta.dirname, '..', 'training', 'train-sv.txt'), 'utf8');
const contextModel = learnContextModel(trainingText);
writeFileSync(join(import.meta.dirname, '..', CONTEXT_MODEL_FILE), `${JSON.stringify(contextModel)}\n`);
console.log(`context model: ${contextModel.total} running words → ${CONTEXT_MODEL_FILE}`);
