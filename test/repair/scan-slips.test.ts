import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

const repaired = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('slips of a noisy office scan', () => {
  it('reads i for ä inside an unlisted compound', () => {
    expect(repaired('Vi talade om vattenvirdet i sjon.')).toBe('Vi talade om vattenvärdet i sjön.');
  });
  it('reads h for b inside an unlisted compound', () => {
    expect(repaired('Platserna pa aldrehoendet racker inte.')).toBe('Platserna på äldreboendet räcker inte.');
  });
  it('never swaps a capital initial for another consonant, which would make another name', () => {
    expect(repaired('Sekreterare var Hirgitta Lind.')).toBe('Sekreterare var Hirgitta Lind.');
  });
});

describe('the dots of ä read as an accent after a plain a', () => {
  it('reads aé as ä, as éa is read', () => {
    expect(repaired('Vi tog emot en grusvagsanmaélan.')).toBe('Vi tog emot en grusvägsanmälan.');
  });
});

describe('the ring of å read as an accent before a plain a', () => {
  it('reads éa as å in a word and in an unlisted compound', () => {
    expect(repaired('Vi méaste se over grusvagarna.')).toBe('Vi måste se över grusvägarna.');
    expect(repaired('Nya grusvagséatgarder beslutades.')).toBe('Nya grusvägsåtgärder beslutades.');
  });
});

describe('ö drawn as two marks', () => {
  it('reads &é, é6 and o6 as one ö', () => {
    expect(repaired('Avgiften h&éjs for Grusby.')).toBe('Avgiften höjs för Grusby.');
    expect(repaired('Det galler fé6r alla.')).toBe('Det gäller för alla.');
    expect(repaired('Vi ser o6ver taxan i Tallby.')).toBe('Vi ser över taxan i Tallby.');
  });
});

describe('a small l read as a capital I', () => {
  it('is written small inside the sentence, as its other letters are', () => {
    expect(repaired('Avtalet med kommunen I6per ut i maj.')).toBe('Avtalet med kommunen löper ut i maj.');
  });
});

describe('the dots of ä read as a letter beside a plain a', () => {
  it('reads ia as ä inside an unlisted compound', () => {
    expect(repaired('Vi gjorde en grusvagskartliaggning.')).toBe('Vi gjorde en grusvägskartläggning.');
  });
});

describe('a small-letter word nothing accepts on a damaged page', () => {
  it('takes the reading a compound analysis accepts, as such a word was never right as written in training', () => {
    expect(repaired('Vi talade om grusvagshoendet pa torsdag.')).toBe('Vi talade om grusvägsboendet på torsdag.');
    expect(repaired('Ett grusvagsmate hölls.')).toBe('Ett grusvägsmöte hölls.');
  });
});

describe('a letter dropped from a capitalised word', () => {
  it('is only a suggestion where it leaves a word the frequency list never ranks', () => {
    expect(repaired('Minutes written by: Tove Grusby')).toBe('Minutes written by: Tove Grusby');
  });
});

describe('a word opened by digits the English model made of its letters', () => {
  it('is read as the word ("16per": 1 for l, 6 for ö)', () => {
    expect(repaired('Avtalet 16per ut i maj.')).toBe('Avtalet löper ut i maj.');
  });
});
