import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const place = (text: string) => segmentMinutes({ text }, { file: 'x', sha256: null, pages: 1 }).meeting?.place;

describe('the place of a labelled head', () => {
  it('drops stops standing apart after the place, which OCR reads from dust', () => {
    expect(place('KALLELSE\n\nTid: Onsdagen den 8 maj 1991 kl 18.30\nPlats: Kommunalhuset, rum Ekbacken . . ,\n\n1. Val av justerare\n2. Meddelanden')).toBe('Kommunalhuset, rum Ekbacken');
  });
  it('keeps a stop that belongs to an abbreviation in the place', () => {
    expect(place('KALLELSE\n\nTid: Onsdagen den 8 maj 1991 kl 18.30\nPlats: S:t Eriks skola, aulan\n\n1. Val av justerare\n2. Meddelanden')).toBe('S:t Eriks skola, aulan');
  });
});
