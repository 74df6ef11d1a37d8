import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { withPeopleSentencesApart } from '../../src/segment/people-sentences-in-paragraph.ts';

const rows = (text: string) => withPeopleSentencesApart(linesFromText(text).flat()).map((l) => l.text);

describe('who took part, named inside a paragraph of a letter', () => {
  it('sets the sentences apart from the one that names the people on, across the paragraph\'s wrapped rows', () => {
    expect(rows('Här kommer anteckningarna från mötet kl. 13.00–15.00. Med\npå mötet var Ola Ek (Åsby) och Eva Ås (Ekby). Bo Lund (Lunda) hade\nförhinder.')).toEqual([
      'Här kommer anteckningarna från mötet kl. 13.00–15.00.',
      'Med på mötet var Ola Ek (Åsby) och Eva Ås (Ekby).',
      'Bo Lund (Lunda) hade förhinder.',
    ]);
  });
  it('leaves a paragraph that names no one after its first sentence as printed', () => {
    expect(rows('Mötet gick bra. Vi pratade länge\nom budgeten.')).toEqual(['Mötet gick bra. Vi pratade länge', 'om budgeten.']);
  });
  it('leaves labelled rows, and the rows a labelled sentence wraps onto, to the head', () => {
    const text = 'Plats: Ekby skola\nNärvarande var Ola Ek (Åsby) och Eva\nÅs (Ekby). Förhinder hade Bo Lund (Lunda).';
    expect(rows(text)).toEqual(text.split('\n'));
  });
  it('leaves a table\'s rows that end on no stop, even where a header\'s abbreviation reads as a sentence\'s end', () => {
    const text = 'Namn Roll Närv. Förhinder\nOla Ek ordförande X\nEva Ås kassör X';
    expect(rows(text)).toEqual(text.split('\n'));
  });
});
