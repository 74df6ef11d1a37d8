import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../src/segment/labels.ts';
import { segment } from './segment-text.ts';

describe('a label whose first letter OCR doubled', () => {
  it('reads "Oordf.:" as the chair\'s signature label', () => {
    expect(matchLabel('Oordf.:')?.label).toBe('Ordf');
  });
  it('keeps the signatures under "Oordf.:" and "Sekr.:", the abbreviation spelt with its stop', () => {
    const m = segment('Protokoll fört vid styrelsesammanträde den 3/2 1975\nFÖRENINGEN LIDEN\n\n§ 1. Protokollet lades till handlingarna.\n\n§ 2. Justering\nAtt jämte ordf. justera dagens protokoll utsågs Rune Vall.\n\nOordf.:\tSekr.:\nAstrid Hägg\tKnut Moberg');
    expect(m.signatures).toEqual([
      { role: 'Ordf.', name: 'Astrid Hägg' },
      { role: 'Sekr.', name: 'Knut Moberg' },
    ]);
  });
  it('does not take a name with a doubled first letter for a label', () => {
    expect(matchLabel('Aaron Lind')).toBeNull();
  });
});
