import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../src/segment/person.ts';

describe('a body\'s unit written in the genitive after a name', () => {
  it('reads as where the person works, beside a title', () => {
    expect(parsePerson('Vilja Trosk, planeringssekreterare, landstingets kansli')).toEqual({ name: 'Vilja Trosk', organisation: 'landstingets kansli', role: 'planeringssekreterare' });
    expect(parsePerson('Ebbe Mulm, kommunens kansli')).toEqual({ name: 'Ebbe Mulm', organisation: 'kommunens kansli', role: null });
  });
  it('keeps a title in the genitive form ("kommunens jurist") a title', () => {
    expect(parsePerson('Saga Frell, kommunens jurist')?.role).toBe('kommunens jurist');
  });
});
