import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { candidateFrom } from '../../src/segment/item-heading-rows.ts';

const candidate = (text: string) => {
  const heading = candidateFrom(linesFromText(text)[0]![0]!, 0);
  return heading && [heading.number, heading.title, heading.kind];
};

describe('a § heading whose typewritten sign OCR damaged', () => {
  it('reads a small "s" glued to a one-digit number as the sign', () => {
    expect(candidate('s4 Byggnadslov för garage')).toEqual(['4', 'Byggnadslov för garage', 'spaced']);
  });
  it('reads the damaged sign and its figure in a cell of their own, the title in the next', () => {
    expect(candidate('s 6\tSkolskjutsar i Kårsta')).toEqual(['6', 'Skolskjutsar i Kårsta', 'spaced']);
  });
  it('drops specks glued to the title\'s capital', () => {
    expect(candidate('S 5 =:Anmälan av delegationsbeslut')).toEqual(['5', 'Anmälan av delegationsbeslut', 'paragraph']);
  });
  it('does not read a word opening with "s" and a figure as a heading', () => {
    expect(candidate('s4x Byggnadslov')).toBeNull();
  });
});
