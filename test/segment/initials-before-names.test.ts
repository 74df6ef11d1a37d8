import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';
import { initialsSpellName, withoutInitialsBeforeName } from '../../src/segment/initials-before-names.ts';

describe('initials in a column before the names of a people list', () => {
  it('reads "TV | Tora Vinge, rektor" as the person without the initials', () => {
    const fields = parseHeadBlock(linesFromText('Närvarande\nTV\tTora Vinge, rektor\nPÅ\tPelle Åkerlund, kurator\nFrånvarande\nEH\tEbba Hjort, specialpedagog\n')[0]!);
    expect(fields.map((f) => [f.kind, f.values])).toEqual([
      ['attendees', ['Tora Vinge, rektor', 'Pelle Åkerlund, kurator']],
      ['absent', ['Ebba Hjort, specialpedagog']],
    ]);
  });
  it('drops the initials where OCR closed the gap to the name', () => {
    const [line] = linesFromText('TV Tora Vinge, rektor\n')[0]!;
    expect(withoutInitialsBeforeName(line!).cells).toEqual(['Tora Vinge, rektor']);
  });
  it('keeps a short first column that does not spell the name beside it', () => {
    const [line] = linesFromText('KS\tTora Vinge\n')[0]!;
    expect(withoutInitialsBeforeName(line!).cells).toEqual(['KS', 'Tora Vinge']);
  });
  it('takes the initials of a double first name or of first and last name only', () => {
    expect(initialsSpellName('ALB', 'Ann-Li Berg')).toBe(true);
    expect(initialsSpellName('AB', 'Ann-Li Berg')).toBe(true);
    expect(initialsSpellName('PE', 'Per Olof Ek, vaktmästare')).toBe(true);
  });
});
