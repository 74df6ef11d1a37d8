import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';

const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title]);

const BODY = 'Ärendet redovisades av kanslichefen.';

describe('a paragraph missing from a § chain', () => {
  it('reads a row opening with the sign read as a small word ("så") as the missing paragraph', () => {
    const text = `§ 1 Mötets öppnande\n${BODY}\n\n§ 2 Justering\n${BODY}\n\nså Taxa för lokalhyror\n\n${BODY}\n\n§ 4 Mötets avslutande\n${BODY}`;
    expect(headings(text)).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Justering'],
      ['3', 'Taxa för lokalhyror'],
      ['4', 'Mötets avslutande'],
    ]);
  });
  it('does not take a row of notes that goes on from the line above', () => {
    const text = `§ 1 Mötets öppnande\n${BODY}\n\n§ 2 Justering\nJusteringen sker\nså Kansliet meddelar tid\n\n§ 4 Mötets avslutande\n${BODY}`;
    expect(headings(text).map(([n]) => n)).toEqual(['1', '2', '4']);
  });
  it('reads an extract\'s one paragraph, its sign read as a figure glued to the number, by the case reference under the title', () => {
    const text = `PROTOKOLLSUTDRAG\nTekniska nämnden\n\n812 Upphandling av vinterväghållning\nDnr TN 2024/77\n${BODY}\n\nBeslut\nNämnden antar anbudet.`;
    expect(headings(text)).toEqual([['12', 'Upphandling av vinterväghållning']]);
  });
  it('does not take a lone row opening with a figure as a paragraph without the case reference under it', () => {
    const text = `PROTOKOLLSUTDRAG\nTekniska nämnden\n\n812 Upphandling av vinterväghållning\n${BODY}\n\nBeslut\nNämnden antar anbudet.`;
    expect(headings(text).map(([n]) => n)).not.toContain('12');
  });
});
