import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const agenda = (wrapped: string) =>
  `KALLELSE\nTekniska nämnden\n\nTid\tMåndagen den 6 mars 2023 kl. 18.00\n\nNr\tÄrende\tFöredragande\tKl.\n1\tVal av justerare\tOrdföranden\t18.00\n2\tTaxa för vatten och avlopp från\tVA-chef\t18.05\n${wrapped}\n3\tMeddelanden\tSekreteraren\t18.40`;

describe('an agenda table whose title breaks off at a preposition beside a wrapped presenter', () => {
  it('goes on with the title on a row that opens with a year', () => {
    expect(segment(agenda('\t2024 och framåt\tUlla Grip\t')).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Taxa för vatten och avlopp från 2024 och framåt'],
      ['3', 'Meddelanden'],
    ]);
  });
  it('leaves a row of the next column alone when the title ended whole', () => {
    const text = agenda('\t2024 och framåt\tUlla Grip\t').replace('avlopp från\t', 'avlopp\t');
    expect(segment(text).items[1]!.title).toBe('Taxa för vatten och avlopp');
  });
});

describe('a long title wrapped onto a row that opens with a word that can be a label', () => {
  it('goes on with a lower-case row without a colon', () => {
    const text = 'KUNGÖRELSE\nKommunfullmäktige\n\nTid Måndagen den 6 mars 2023 kl. 18.00\n\nNr Ärende Dnr\n1 Upprop\n2 Interpellation från Bo Ek (M) till tekniska nämndens  KS 2023/4\nordförande om snöröjningen i Ekmora\n3 Avsägelser';
    expect(segment(text).items[1]!.title).toBe('Interpellation från Bo Ek (M) till tekniska nämndens ordförande om snöröjningen i Ekmora');
  });
});
