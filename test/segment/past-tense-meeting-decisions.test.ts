import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';

const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

describe('a decision in the past tense', () => {
  it('is a decision when the sides of a samverkan "var överens om att" something', () => {
    expect(decisions('Arbetstagarna framförde önskemål. Parterna var överens om att erbjuda två kurser.')).toEqual(['Parterna var överens om att erbjuda två kurser.']);
  });
  it('is a decision when an association or company meeting made it', () => {
    expect(decisions('Revisorn läste berättelsen. Årsmötet beviljade styrelsen ansvarsfrihet.')).toEqual(['Årsmötet beviljade styrelsen ansvarsfrihet.']);
    expect(decisions('Föreningsstämman fastställde avgiften till 200 kronor.')).toEqual(['Föreningsstämman fastställde avgiften till 200 kronor.']);
  });
  it('is background when a council recalls it', () => {
    expect(decisions('Kommunfullmäktige antog planen år 2019.')).toEqual([]);
  });
});

describe('a past-tense decision under a sentence OCR ended with a colon', () => {
  it('opens its own decision, with the att-clauses below it', () => {
    expect(decisions('Vd redogjorde för anbuden. Anbudet från Ekmora AB är det förmånligaste:\nStyrelsen beslöt\natt anta anbudet, och\natt uppdra åt vd att teckna avtal.')).toEqual([
      'Styrelsen beslöt att anta anbudet, och att uppdra åt vd att teckna avtal.',
    ]);
  });
  it('stays background where a colon ends a row and the past tense only recalls an earlier decision', () => {
    expect(decisions('Bakgrund:\nFullmäktige beslutade år 2019 om en plan för Ekmora.')).toEqual([]);
  });
});
