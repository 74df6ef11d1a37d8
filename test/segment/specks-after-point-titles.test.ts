import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

describe('specks OCR read after a point title', () => {
  it('keeps the sentence under a title with a semicolon standing apart after it out of the title', () => {
    const minutes = segment(
      'PROTOKOLL\nTekniska nämnden\nSammanträdesdatum: 2023-05-10\n\n§ 12 Val av justerare ;\nNämnden utser Ida Berg att justera protokollet.\n\n' +
        '§ 13 Gatubelysning\nNämnden beslutar att byta armaturer.\n',
    );
    expect(minutes.items[0]).toMatchObject({ title: 'Val av justerare', text: 'Nämnden utser Ida Berg att justera protokollet.' });
  });
  it('reads a point whose title has a stop standing apart after it as the next point, not a numbered decision above it', () => {
    const minutes = segment(
      'Minnesanteckningar\nNätverket för skolbibliotek\nDatum: 2023-09-14\n\n1. Inledning\nAlla hälsades välkomna.\n\n2. Läsfrämjande\n' +
        'Vi gick igenom höstens plan.\nBeslut:\n\n1. Planen antas.\n2. Tova sammankallar.\n3. Kostnaderna delas lika.\n\n3. Bokbussen .\nTurlistan diskuterades.\n\n4. Övrigt\nInget.\n',
    );
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([['1', 'Inledning'], ['2', 'Läsfrämjande'], ['3', 'Bokbussen'], ['4', 'Övrigt']]);
  });
});
