import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';

const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

describe('a decision in the past tense', () => {
  it('is a decision when an association or company meeting made it', () => {
    expect(decisions('Revisorn läste berättelsen. Årsmötet beviljade styrelsen ansvarsfrihet.')).toEqual(['Årsmötet beviljade styrelsen ansvarsfrihet.']);
    expect(decisions('Föreningsstämman fastställde avgiften till 200 kronor.')).toEqual(['Föreningsstämman fastställde avgiften till 200 kronor.']);
  });
  it('is background when a council recalls it', () => {
    expect(decisions('Kommunfullmäktige antog planen år 2019.')).toEqual([]);
  });
});
