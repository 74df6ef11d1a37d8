import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { isNoteUnderPlace } from '../../src/segment/note-under-place.ts';

const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('a note under the place of a head table', () => {
  it('leaves "Lunch serveras efter mötet" under the place out of it', () => {
    const m = run(
      'Kallelse till styrelsemöte\n\nDatum\tTisdagen den 3 mars 2026\nTid\t13.00–15.00\nPlats\tFörbundets kontor, Ågatan 3, Ekby\n\tLunch serveras efter mötet\n\n' +
        '1. Mötets öppnande\n2. Val av justerare\n3. Budget 2027\n',
    );
    expect(m.meeting?.place).toBe('Förbundets kontor, Ågatan 3, Ekby');
  });

  it('knows a sentence with its verb second from a wrapped room or street', () => {
    expect(isNoteUnderPlace('Kaffe bjuds från kl. 8.30')).toBe(true);
    expect(isNoteUnderPlace('Parkering finns vid entrén')).toBe(true);
    expect(isNoteUnderPlace('Sammanträdesrum Ekbacken')).toBe(false);
    expect(isNoteUnderPlace('Folkets hus, stora salen')).toBe(false);
    expect(isNoteUnderPlace('Ekby')).toBe(false);
  });
});
