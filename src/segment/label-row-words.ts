import { matchLabel, type LabelKind } from './labels.ts';
import { findDates } from './swedish-dates.ts';

// A value as each kind of a boxed head's cell prints it, at the start of what is left of the row of values.
// "§§ 41–45", and OCR's "88 41—45" / "SS 41-45" for the paragraph signs.
const PARAGRAPHS = /^(?:(?:§§?|\$\$?|88|8|SS|S)\s*)?\d{1,3}(?:\s*[-–—]+\s*\d{1,3})?(?=\s|$)/u;
const CLOCK = /^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–—]+\s*\d{1,2}[.:]\d{2})?(?=\s|$)/iu;
const PERSON = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=\s|$)/u;

function valueAtStart(kind: LabelKind, text: string): string | null {
  if (kind === 'date' || kind === 'adjustPlaceTime') {
    const date = findDates(text).find((d) => d.index === 0 && d.explicitYear);
    return date ? text.slice(0, date.length) : null;
  }
  const pattern = kind === 'time' ? CLOCK : kind === 'paragraphs' ? PARAGRAPHS : kind === 'adjusters' ? PERSON : null;
  return pattern?.exec(text)?.[0] ?? null;
}

function labelAt(words: readonly string[], k: number): { text: string; kind: LabelKind; words: number } | null {
  for (let n = Math.min(4, words.length - k); n >= 1; n--) {
    const text = words.slice(k, k + n).join(' ');
    const label = matchLabel(text);
    if (label === null) continue;
    // "Justeringens datum": the day of adjusting, the rest of its label naming which part it is.
    if (label.rest && !(label.kind === 'adjustPlaceTime' && /^(?:datum|dag|tid)$/iu.test(label.rest.trim()))) continue;
    return { text, kind: label.kind, words: n };
  }
  return null;
}

/**
 * "Sammanträdesdatum Paragrafer Plats" over "2019-03-12 §§ 12–18 Stadshuset, sal Eken": a boxed head's row of labels
 * over its row of values, each row read by OCR as one cell. The labels are found word by word; each value is taken by
 * its form (a date, a clock, paragraphs, a first name and surname), a place by what is left between the others.
 * Returns the two rows as cells, or null where the rows do not part so.
 */
export function labelWordsOverValues(labelText: string, valueText: string): { labels: string[]; values: string[] } | null {
  const words = labelText.trim().split(/\s+/);
  const labels: { text: string; kind: LabelKind }[] = [];
  for (let k = 0; k < words.length; ) {
    const label = labelAt(words, k);
    if (label === null) return null;
    labels.push(label);
    k += label.words;
  }
  if (labels.length < 3 || labels.filter((l) => l.kind === 'place').length > 1) return null;
  let rest = valueText.trim();
  const values: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const kind = labels[i]!.kind;
    if (kind === 'place') {
      if (i === labels.length - 1) {
        values.push(rest);
        rest = '';
        continue;
      }
      // The place runs up to where the next cell's value starts.
      const next = labels[i + 1]!.kind;
      const at = [...rest.matchAll(/\s+/gu)].map((m) => m.index + m[0].length).find((k) => valueAtStart(next, rest.slice(k)) !== null);
      if (at === undefined) return null;
      values.push(rest.slice(0, at).trim());
      rest = rest.slice(at);
      continue;
    }
    const value = valueAtStart(kind, rest);
    if (value === null) return null;
    values.push(value);
    rest = rest.slice(value.length).trim();
  }
  if (rest !== '' || values.some((v) => v === '')) return null;
  return { labels: labels.map((l) => l.text), values };
}
