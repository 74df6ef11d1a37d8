import { type DocumentLine, isBlank } from './document-lines.ts';
import { type LabelKind, matchLabel } from './labels.ts';
import { parsePerson } from './person.ts';

/** A labelled field of the head block and the value cells that belong to it, in order. */
export interface HeadField {
  kind: LabelKind;
  label: string;
  values: string[];
}

const LIST_KINDS: ReadonlySet<LabelKind> = new Set(['attendees', 'substitutes', 'others', 'absent', 'adjusters']);

/**
 * The labelled fields of a head block. A label and its value can share a row
 * ("Plats och tid   Kommunhuset …"), the value can follow on the next rows,
 * or, when OCR read the label column as its own block, several labels come
 * first and their value paragraphs follow in the same order.
 */
export function parseHeadBlock(lines: readonly DocumentLine[]): HeadField[] {
  const fields: HeadField[] = [];
  const waiting: HeadField[] = [];
  let current = null as HeadField | null;

  const take = (value: string) => {
    if (current === null && waiting.length > 0) current = waiting.shift()!;
    if (current) current.values.push(value);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      // A list of people may have blank rows; any other value ends at one.
      const next = lines.slice(i + 1).find((l) => !isBlank(l));
      const continuesList =
        current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && next !== undefined &&
        !matchLabel(next.cells[0] ?? '') && parsePerson(next.cells[0] ?? '') !== null &&
        /[,(]/.test(next.text);
      if (!continuesList && current && current.values.length > 0) current = null;
      continue;
    }
    line.cells.forEach((cell, c) => {
      const label = matchLabel(cell);
      if (label) {
        const field: HeadField = { kind: label.kind, label: label.label, values: [] };
        fields.push(field);
        if (label.rest) {
          field.values.push(label.rest);
          current = field;
        } else if (c < line.cells.length - 1) {
          current = field;
        } else if (current !== null && current.values.length === 0) {
          // Two labels with no value between them: a label column read before its values.
          waiting.push(current, field);
          current = null;
        } else if (current === null && waiting.length > 0) {
          waiting.push(field);
        } else {
          current = field;
        }
        return;
      }
      take(cell);
    });
  }
  return fields;
}
