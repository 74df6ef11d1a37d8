import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';

const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title, h.trailing]);

describe('a run-in title ended by a full stop', () => {
  it('takes the words before the stop as the title and the sentence after it as notes', () => {
    expect(headings('1. Inledning. Mötet började med en presentationsrunda.\n2. Budget. Ingen ändring.')).toEqual([
      ['1', 'Inledning', ['Mötet började med en presentationsrunda.']],
      ['2', 'Budget', ['Ingen ändring.']],
    ]);
  });
  it('does not end a title at an abbreviation or a short word', () => {
    expect(headings('1. Besök kl. Tio bokas.\n2. Besök av Per Ek. Klart.')).toEqual([
      ['1', 'Besök kl. Tio bokas.', []],
      ['2', 'Besök av Per Ek. Klart.', []],
    ]);
  });
});
