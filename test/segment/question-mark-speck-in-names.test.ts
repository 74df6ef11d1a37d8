import { describe, expect, it } from 'vitest';
import { cleanNameText } from '../../src/segment/name-text-cleanup.ts';
import { parsePerson } from '../../src/segment/person.ts';

describe('a question mark OCR read from a speck after a word of a name or body', () => {
  it('is dropped from the organisation', () => {
    expect(parsePerson('Vilja Trosk, Holmbys? Kommunalförbund (sekr.)')).toEqual({ name: 'Vilja Trosk', organisation: 'Holmbys Kommunalförbund', role: 'sekreterare' });
  });
  it('is dropped from the name, and leaves the words around it', () => {
    expect(cleanNameText('Ebbe? Mulm')).toBe('Ebbe Mulm');
  });
});
