import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { finishesWrappedSentence } from '../../src/segment/wrapped-sentence-tail.ts';
import { segment } from './by-field/segment-text.ts';

const protokoll = (last: string) =>
  'PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2025-03-11\n\n§ 7 Val av justerare\nBeslut\nNämnden utser Pia Rask att justera.\n\n' +
  `§ 8 Information\n${last}\n\nBeslut\nNämnden lägger informationen till handlingarna.\n\nSekreterare\tOrdförande\nNils Holm\tPia Rask\n`;

describe('a wrapped sentence whose last row reads like a signing role', () => {
  it('keeps the decision after a sentence that wraps on a title ending in "sekreterare"', () => {
    const m = segment(protokoll('Kulturchefen informerade om läget i rekryteringen av en ny\nnämndsekreterare.'));
    expect(m.items[1]!.decisions).toEqual(['Nämnden lägger informationen till handlingarna.']);
    expect(m.signatures).toEqual([
      { role: 'Sekreterare', name: 'Nils Holm' },
      { role: 'Ordförande', name: 'Pia Rask' },
    ]);
  });
  it('takes a lower-case role under a short row, or under a finished sentence, as no sentence\'s end', () => {
    const [lines] = linesFromText('Vid protokollet\nsekreterare\n\nNämnden beslutade enligt förslaget i ärendet.\nordförande\n');
    expect(finishesWrappedSentence(lines!, 1)).toBe(false);
    expect(finishesWrappedSentence(lines!, 4)).toBe(false);
    const [wrapped] = linesFromText('Kulturchefen informerade om läget i rekryteringen av en ny\nnämndsekreterare.\n');
    expect(finishesWrappedSentence(wrapped!, 1)).toBe(true);
  });
  it('reads a small-letter signing row under a line that ends on a place name as the signing row', () => {
    const [lines] = linesFromText('Nästa möte: tisdagen den 4 mars kl. 10.00-12.00 i Lövsjö\n\nvid anteckningarna\tJusteras\n');
    expect(finishesWrappedSentence(lines!, 2)).toBe(false);
  });
});
