import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { placeBetweenDateAndTime } from '../../src/segment/place-between-date-and-time.ts';

const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('the place between the day and the hour of a sentence head', () => {
  it('reads "den … i Place, Town, kl. …" in a protokoll\'s opening sentence', () => {
    const m = run(
      'PROTOKOLL\nfört vid ordinarie bolagsstämma med aktieägarna i Ekby Energi AB den 12 maj 1994 i Folkets hus, Ekby, kl. 17.00–17.40\n\n' +
        '§ 1 Stämmans öppnande\nOrdföranden förklarade stämman öppnad.\n\n§ 2 Val av justeringsman\nStämman beslöt att utse Lars Lind att justera protokollet.\n',
    );
    expect(m.meeting).toMatchObject({ date: '1994-05-12', start: '17:00', end: '17:40', place: 'Folkets hus, Ekby' });
  });

  it('takes nothing that holds figures or more than a short name', () => {
    expect(placeBetweenDateAndTime(' i Rådhuset, kl. ')).toBe('Rådhuset');
    expect(placeBetweenDateAndTime(' på Hotell Ekbacken ')).toBe('Hotell Ekbacken');
    expect(placeBetweenDateAndTime(' i"Rådhuset, Ekby, kl. ')).toBe('Rådhuset, Ekby');
    expect(placeBetweenDateAndTime(' i Storgatan 4, kl. ')).toBeNull();
    expect(placeBetweenDateAndTime(', mötet började ')).toBeNull();
  });
});
