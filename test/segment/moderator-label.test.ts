import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

describe('a workshop led by a moderator', () => {
  it('gives the moderator named in the head that role among those present', () => {
    const text = ['Minnesanteckningar', 'Datum: 2031-05-06', '', 'Moderator: Eva Ek, strateg', 'Antecknare: Bo Ros', '', 'Deltagare', 'Eva Ek\tEkmora kommun', 'Bo Ros\tEkmora kommun', 'Cay Lund\tVästerby kommun', '', '1. Nuläget', 'Alla berättade.', '', '2. Framåt', 'Vi ses i höst.'].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.attendees.find((p) => p.name === 'Eva Ek')?.role).toBe('moderator');
  });
});
