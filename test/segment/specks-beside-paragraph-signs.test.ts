import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { candidateFrom } from '../../src/segment/item-heading-rows.ts';

const candidate = (text: string) => {
  const heading = candidateFrom(linesFromText(text)[0]![0]!, 0);
  return heading && [heading.number, heading.title, heading.kind];
};

describe('specks a poor scan leaves beside a heading\'s sign and number', () => {
  it('reads an angle bracket in the gap before the title as a speck', () => {
    expect(candidate('5 14 > Byggnadslov för förråd')).toEqual(['14', 'Byggnadslov för förråd', 'paragraph']);
  });
  it('reads a typewriter\'s sign read as a 5 with an "&" as the sign', () => {
    expect(candidate('5& 33 Vägbelysning i Ekbacken')).toEqual(['33', 'Vägbelysning i Ekbacken', 'paragraph']);
  });
  it('reads a dash before a sign read as a dollar as a speck', () => {
    expect(candidate('-$72 Taxa för bygglov')).toEqual(['72', 'Taxa för bygglov', 'paragraph']);
  });
  it('reads a quote against a glued sign and number as a speck', () => {
    expect(candidate('847" Tillsynsplan 2025')).toEqual(['47', 'Tillsynsplan 2025', 'glued']);
  });
  it('reads a plus sign before a point\'s number as a speck', () => {
    expect(candidate('+ 2. Val av justerare')).toEqual(['2', 'Val av justerare', 'numbered']);
  });
  it('still reads a sum in a sentence as no heading', () => {
    expect(candidate('-$72 kostade det')).toBeNull();
    expect(candidate('5& 33 personer')).toBeNull();
  });
});
