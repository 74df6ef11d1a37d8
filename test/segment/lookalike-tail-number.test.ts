import { describe, expect, it } from 'vitest';
import { headings } from './by-field/segment-text.ts';

const notes = (last: string) =>
  `1. Föregående anteckningar\nListan gicks igenom.\n\n2. Ekonomi\nPrognosen är oförändrad.\n\n3. Bemanning\nAlla pass är tillsatta.\n\n4. Arbetsmiljö\nSjukfrånvaron har ökat.\n\n${last}\nInga övriga frågor.\n`;

describe('reads the last point whose figure OCR read as a letter of the same shape', () => {
  it('reads "S. Övrigt" after point 4 as point 5', () => {
    expect(headings(notes('S. Övrigt')).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5']);
    expect(headings(notes('S. Övrigt'))[4]).toEqual(['5', 'Övrigt']);
  });
  it('leaves a letter that is no figure\'s shape, and one whose figure is not the next number, alone', () => {
    expect(headings(notes('K. Övrigt')).map(([n]) => n)).toEqual(['1', '2', '3', '4']);
    expect(headings(notes('B. Övrigt')).map(([n]) => n)).toEqual(['1', '2', '3', '4']);
  });
});
