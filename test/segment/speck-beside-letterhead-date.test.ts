import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

describe('a speck glued to the letterhead date', () => {
  it('takes the meeting day from the title sentence, not the letterhead date with a quote speck glued to it', () => {
    const m = segmentMinutes(
      { text: 'EKBY KOMMUN\tPM\nSkolförvaltningen\t"1981-04-09\n\nPM – Anteckningar från sammanträde med skolgruppen\nmåndagen den 6 april 1981 kl 9.00 på skolkontoret\n\nNärvarande:\tT. Berg, skolchef' },
      { file: 'x.txt', sha256: null, pages: 1 },
    );
    expect(m.meeting?.date).toBe('1981-04-06');
    expect(m.meeting?.start).toBe('09:00');
  });
});
