import type { DocumentLine } from './document-lines.ts';
import { parseHeadBlock } from './head-block.ts';
import type { ItemHeading } from './item-heading.ts';

// "Tekniska nämnden utser Anna Ek att justera protokollet.": a sentence, which no value of a head block is.
const NOTES_SENTENCE = /^\p{Lu}\S*(?:\s+\S+){3,}[.!?]$/u;
// "Dagordningen godkänns med tillägg av ett ärende om … som behandlas" / ". under § 149.": a sentence OCR wrapped, which
// opens with a word and four or more in lower case, as no place, time or list of people does ("Se bilaga …" refers).
const NOTES_OPENING = /^(?!Se\s)\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){4,}/u;
// "Underskrifter", "ANSLAG/BEVIS": the heading of a block of its own labelled rows, printed alone on its row wherever
// the head sits; left without a value on its row, it says nothing about how OCR read the label column.
const BLOCK_HEADING = /^(?:anslag|bevis|anslag\s*\/\s*bevis)$/iu;

/**
 * "Plats och tid | Beslutande | … | § 1 Val av justerare | <the values> | <the notes of § 1>": OCR read the label column,
 * with the first paragraph's heading printed below it in the same column, before the column of values. The labels
 * left without values say so; the rows after the heading up to its first sentence are their values, and the heading
 * goes after them. Null when the document does not read so.
 */
export function withDisplacedFirstHeading(lines: readonly DocumentLine[], headings: readonly ItemHeading[]): DocumentLine[] | null {
  const first = headings[0];
  if (!first || first.title === '') return null;
  const unfilled = parseHeadBlock(lines.slice(0, first.line)).filter(
    (f) => f.values.length === 0 && f.kind !== 'signature' && f.kind !== 'body' && f.kind !== 'signatureHeading' && !BLOCK_HEADING.test(f.label.trim()),
  ).length;
  if (unfilled < 2) return null;
  const until = headings[1]?.line ?? lines.length;
  let end = first.line + 1;
  for (let i = first.line + 1; i < until; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    if (NOTES_SENTENCE.test(text) || NOTES_OPENING.test(text)) break;
    end = i + 1;
  }
  if (end === first.line + 1) return null;
  return [...lines.slice(0, first.line), ...lines.slice(first.line + 1, end), lines[first.line]!, ...lines.slice(end)];
}
