import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { withWrappedBracketCells } from '../../src/segment/wrapped-bracket-cells.ts';

const cellsOf = (lines: ReturnType<typeof withWrappedBracketCells>) => lines.map((l) => l.cells);

describe('a bracketed note wrapped under a cell of a table row', () => {
  it('joins the cell it starts under, not the row\'s last cell', () => {
    const lines = [
      documentLine(1, ['Deltagare', 'Vilja Trosk, Holmby kommun', 'Ebbe Mulm, Norrby kommun'], [200, 460, 1000]),
      documentLine(1, ['(ordf.)'], [462]),
      documentLine(1, ['Saga Frell, Fjällby kommun', 'Tyra Malm, Holmby kommun'], [461, 1002]),
    ];
    expect(cellsOf(withWrappedBracketCells(lines))).toEqual([
      ['Deltagare', 'Vilja Trosk, Holmby kommun (ordf.)', 'Ebbe Mulm, Norrby kommun'],
      ['Saga Frell, Fjällby kommun', 'Tyra Malm, Holmby kommun'],
    ]);
  });
  it('leaves a bracket under the last cell, and plain text without geometry, as they are', () => {
    const under = [documentLine(1, ['Vilja Trosk, Holmby kommun', 'Ebbe Mulm, Norrby kommun'], [460, 1000]), documentLine(1, ['(sekr.)'], [1001])];
    expect(cellsOf(withWrappedBracketCells(under))).toEqual([['Vilja Trosk, Holmby kommun', 'Ebbe Mulm, Norrby kommun'], ['(sekr.)']]);
    const plain = [documentLine(1, ['Vilja Trosk', 'Ebbe Mulm']), documentLine(1, ['(ordf.)'])];
    expect(cellsOf(withWrappedBracketCells(plain))).toEqual([['Vilja Trosk', 'Ebbe Mulm'], ['(ordf.)']]);
  });
  it('leaves a row that is more than a bracket', () => {
    const lines = [documentLine(1, ['Vilja Trosk', 'Ebbe Mulm'], [460, 1000]), documentLine(1, ['(ordf.) och Saga Frell'], [460])];
    expect(withWrappedBracketCells(lines)).toHaveLength(2);
  });
});
