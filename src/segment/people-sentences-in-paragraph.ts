import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';
import { LIST_KINDS } from './head-field.ts';
import { LABEL_VERB } from './labelled-prose.ts';
import { matchLabel } from './labels.ts';

// A sentence ends at a stop after a word, a figure or a bracket, and the next opens with a capital ("kl. 13.00–14.30.
// Med på mötet var …"); an abbreviation's stop ("kl. 13") or an initial's ("Eva K. Ek") ends none.
const SENTENCE_END = /(?<=(?:[\p{Ll}\d]{2}|\))[.!?])\s+(?=\p{Lu})/u;

/** A sentence that names who took part or who was away, as the head reads such sentences. */
function namesPeople(sentence: string): boolean {
  const label = matchLabel(sentence);
  if (!label || !LIST_KINDS.has(label.kind) || label.kind === 'adjusters') return false;
  // "Eva Ek hade förhinder.", "Från kommunen deltog …", "Närvarande var …": a sentence, not a bare label over a list.
  if (label.label === 'Förhinder') return !/^\s*förhinder/iu.test(sentence);
  if (label.label.startsWith('Från ')) return /\s(?:deltog|närvarade)\s/u.test(sentence);
  return label.label === 'Deltog' || LABEL_VERB.test(label.rest);
}

/**
 * "Här kommer anteckningarna från gårdagens möte. Med på mötet var Eva Ek (Björkskolan) och Per Ås. Lo Berg hade
 * förhinder.": a letter's opening paragraph names who took part in a sentence of its own after the first; that sentence,
 * and each after it, becomes a row of its own so the head reads it as it reads a labelled row. Paragraphs that name no
 * one after their first sentence stay as printed.
 */
export function withPeopleSentencesApart(lines: readonly DocumentLine[]): DocumentLine[] {
  const result: DocumentLine[] = [];
  // A paragraph of prose opens after a blank row and runs over single-cell rows that open with no label: labelled
  // rows ("Plats: …", "Närvarande var …") and the rows they wrap onto are the head's own to read. A row in lower case
  // ("på mötet var …") goes on with the sentence above it, whatever its first words.
  const prose = (line: DocumentLine) => !isBlank(line) && line.cells.length === 1 && (matchLabel(line.cells[0]!) === null || /^\s*\p{Ll}/u.test(line.cells[0]!));
  for (let i = 0; i < lines.length; ) {
    if (!prose(lines[i]!) || (i > 0 && !isBlank(lines[i - 1]!))) {
      result.push(lines[i]!);
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && prose(lines[end]!)) end++;
    const paragraph = lines.slice(i, end);
    const text = paragraph.map((l) => l.text.trim()).join(' ');
    const sentences = text.split(SENTENCE_END);
    // Prose ends on a sentence's stop; a table's rows ("Namn Funktion Närv." over names and marks) do not.
    if (/[.!?]\s*$/u.test(text) && sentences.length > 1 && sentences.slice(1).some(namesPeople)) result.push(...sentences.map((s) => documentLine(paragraph[0]!.page, [s])));
    else result.push(...paragraph);
    i = end;
  }
  return result;
}
