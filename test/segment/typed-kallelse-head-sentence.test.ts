import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const kallelse = [
  'KULTURNÄMNDEN I EKMORA KOMMUN',
  '',
  'Sammanträde med kulturnämnden tisdagen den 4 april 1972 kl. 15.00 i rådhusets lilla sal.',
  '',
  'Till behandling förekommer:',
  '',
  '  1.  Val av justerare.',
  '  2.  Framställning från hembygdsföreningen',
  '      i Ekby om bidrag till bygdegårdens tak.',
  '  3.  Yttrande till landstinget över förslag',
  '      till nytt bibliotek i Västerby.',
  '  4.  Meddelanden.',
  '',
  'Ekmora den 20 mars 1972',
  '',
  'Ada Ek',
  'ordförande',
].join('\n');

describe('an older kallelse whose head is one sentence, with titles wrapped at the margin', () => {
  const minutes = segmentMinutes({ text: kallelse }, { file: 'x.txt', pages: 1 });

  it('reads "Sammanträde med nämnden tisdagen den …" over a bare agenda as a kallelse', () => {
    expect(minutes.documentType).toBe('kallelse');
  });

  it('joins a full row with its wrapped lower-case row ending in a stop into one title', () => {
    expect(minutes.items.map((i) => i.title)).toEqual([
      'Val av justerare',
      'Framställning från hembygdsföreningen i Ekby om bidrag till bygdegårdens tak',
      'Yttrande till landstinget över förslag till nytt bibliotek i Västerby',
      'Meddelanden',
    ]);
  });
});
