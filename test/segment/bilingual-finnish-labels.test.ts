import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('a bilingual kallelse that gives each head field again in Finnish', () => {
  it('keeps the Swedish place and leaves the Finnish row under it out of it', () => {
    const m = run('MÖTESKALLELSE KOKOUSKUTSU\n\nTid tisdag 3.6.2025 kl. 17.00\nAika tiistai 3.6.2025 klo 17.00\nPlats Stadshuset, rum Ekö\nPaikka Kaupungintalo, huone Ekö\nÄRENDEN ASIAT\n\n§ 12 Val av justerare\nPöytäkirjantarkastajien valinta\n§ 13 Budget\nTalousarvio\n');
    expect(m.meeting).toEqual({ date: '2025-06-03', start: '17:00', end: null, place: 'Stadshuset, rum Ekö' });
  });
});
