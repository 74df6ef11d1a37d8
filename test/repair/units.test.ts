import { describe, expect, it } from 'vitest';
import { alignChars, alignWords } from '../../src/repair/align.ts';
import { applyCasePattern, casePattern } from '../../src/repair/case-pattern.ts';
import { calibratedConfidence } from '../../src/repair/confidence.ts';
import { buildConfusionTable, generateVariants } from '../../src/repair/confusion-table.ts';
import { contextLogLift, contextModelFrom, learnContextModel } from '../../src/repair/context-model.ts';
import { isAddress, isNumeric, isShortAbbreviation } from '../../src/repair/protected-token.ts';
import { dashFix, paragraphSignFix, prepositionOneFix, spacedDashFix } from '../../src/repair/patterns.ts';
import { splitWordParts, tokeniseLine } from '../../src/repair/tokenise.ts';

describe('tokeniseLine', () => {
  it('keeps the exact offset of a word inside punctuation', () => {
    const [, second] = tokeniseLine('Se (mötena), nu');
    expect(second).toMatchObject({ text: 'mötena', start: 4, chunk: '(mötena),' });
  });
  it('keeps OCR junk that stands for letters inside the word', () => {
    expect(tokeniseLine('&rlig $ 7').map((t) => t.text)).toEqual(['&rlig', '$', '7']);
  });
  it('splits hyphenated words into parts with offsets', () => {
    expect(splitWordParts('Lars-Göte')).toEqual([{ part: 'Lars', offset: 0 }, { part: 'Göte', offset: 5 }]);
  });
  it('splits words joined by a slash into parts with offsets (a bilingual label)', () => {
    expect(splitWordParts('Plats/Venue')).toEqual([{ part: 'Plats', offset: 0 }, { part: 'Venue', offset: 6 }]);
  });
});

describe('case pattern', () => {
  it('writes an all-caps token in capitals', () => {
    expect(applyCasePattern('bröd', casePattern('BROD'))).toBe('BRÖD');
  });
  it('keeps a title-case token in title case', () => {
    expect(applyCasePattern('göksten', casePattern('Goksten'))).toBe('Göksten');
  });
  it('treats a one-letter capital as title case', () => {
    expect(casePattern('A')).toBe('title');
  });
});

describe('protected tokens', () => {
  it('recognises web and mail addresses', () => {
    expect(isAddress('www.exempelby.se')).toBe(true);
    expect(isAddress('kansli@exempelby.se,')).toBe(true);
    expect(isAddress('kansli')).toBe(false);
  });
  it('treats dates, times and codes as numbers', () => {
    for (const t of ['2031-04-05', '13.15', 'ÖP2040', '§14']) expect(isNumeric(t)).toBe(true);
  });
  it('lets a word with a misread digit through', () => {
    expect(isNumeric('T6rnby')).toBe(false);
    // One or two digits OCR makes of letters before three small letters: a word ("16per" is "löper").
    expect(isNumeric('16per')).toBe(false);
    // ... unless the letters are a unit written straight after a number.
    for (const t of ['16min', '10tkr', '14st']) expect(isNumeric(t)).toBe(true);
  });
  it('protects short upper-case abbreviations', () => {
    expect(isShortAbbreviation('KF')).toBe(true);
    expect(isShortAbbreviation('Kf')).toBe(false);
  });
});

describe('confusion table', () => {
  const table = buildConfusionTable(
    [{ ocr: 'o', truth: 'ö', count: 20, seen: 100 }],
    [{ ocr: 'oé', truth: 'ö', count: 0, p: 0.8 }],
  );
  it('estimates the probability of a learned confusion from counts', () => {
    expect(Math.exp(table.substitutions.get('o')![0]!.logp)).toBeCloseTo(0.2);
  });
  it('derives the capital form of a letter confusion', () => {
    expect(table.substitutions.get('O')?.[0]?.truth).toBe('Ö');
  });
  it('generates a two-to-one reading from a seed', () => {
    expect(generateVariants('hoéna', table).map((v) => v.text)).toContain('höna');
  });
  it('stops at the edit budget', () => {
    const texts = generateVariants('oooo', table, 2).map((v) => v.text);
    expect(texts).not.toContain('ööööö'.slice(0, 4));
    expect(texts).toContain('ööoo');
  });
});

describe('context model', () => {
  const model = contextModelFrom(learnContextModel('varje år gick bra. varje år kom. det är bra. det är kallt.'));
  it('raises a word its left neighbour predicts', () => {
    expect(contextLogLift(model, 'år', ['L:varje'])).toBeGreaterThan(contextLogLift(model, 'är', ['L:varje']));
  });
  it('says nothing about a word it never saw', () => {
    expect(contextLogLift(model, 'okänt', ['L:varje'])).toBe(0);
  });
});

describe('patterns', () => {
  it('reads "$" before a number as §', () => {
    expect(paragraphSignFix(tokeniseLine('$ 41 Budget'), 0)?.corrected).toBe('§');
  });
  it('reads "8" opening a paragraph line as §', () => {
    expect(paragraphSignFix(tokeniseLine('8 41 Budget'), 0)?.corrected).toBe('§');
  });
  it('leaves a plain count alone', () => {
    expect(paragraphSignFix(tokeniseLine('8 41 stolar'), 0)).toBeNull();
  });
  it('reads a lone 1 between words as the preposition i', () => {
    expect(prepositionOneFix(tokeniseLine('vi bor 1 staden'), 2)?.corrected).toBe('i');
  });
  it('keeps 1 before a unit or month', () => {
    expect(prepositionOneFix(tokeniseLine('kostar 1 kronor'), 1)).toBeNull();
    expect(prepositionOneFix(tokeniseLine('den 1 mars'), 1)).toBeNull();
  });
  it('turns an em dash and a time-range hyphen into en dashes but leaves dates', () => {
    expect(spacedDashFix(tokeniseLine('ordet — ordet'), 1)?.corrected).toBe('–');
    expect(dashFix(tokeniseLine('08.30-11.00')[0]!)?.corrected).toBe('08.30–11.00');
    expect(dashFix(tokeniseLine('2031-04-05')[0]!)).toBeNull();
  });
});

describe('confidence', () => {
  it('never exceeds the ceiling measured for context decisions', () => {
    expect(calibratedConfidence('context', 1)).toBeLessThan(1);
  });
  it('grows with the model probability', () => {
    expect(calibratedConfidence('lexicon', 0.9)).toBeGreaterThan(calibratedConfidence('lexicon', 0.6));
  });
});

describe('alignment', () => {
  it('pairs a damaged word with its truth', () => {
    expect(alignWords(['ett', 'möte', 'nu'], ['ett', 'mote', 'nu'])[1]).toEqual({ truth: 'möte', ocr: 'mote' });
  });
  it('finds a one-to-two character edit', () => {
    expect(alignChars('bröd', 'broéd')).toContainEqual({ truth: 'ö', ocr: 'oé' });
  });
});
