import { describe, expect, it } from 'vitest';
import { heldOnline } from '../../src/segment/held-online.ts';

describe('heldOnline', () => {
  it('reads a sentence saying the meeting was held via a video service as its place', () => {
    expect(heldOnline('Mötet hölls digitalt via Teams.')).toBe('digitalt via Teams');
    expect(heldOnline('Sammanträdet genomfördes via Zoom')).toBe('via Zoom');
  });

  it('reads "per telefon" and "på distans" as the way the meeting was held', () => {
    expect(heldOnline('Träffen hölls per telefon.')).toBe('per telefon');
    expect(heldOnline('Mötet genomfördes på distans.')).toBe('på distans');
  });

  it('ignores a sentence that goes on about something else', () => {
    expect(heldOnline('Mötet hölls digitalt via Teams eftersom lokalen i Ekby var upptagen.')).toBeNull();
    expect(heldOnline('Mötet hölls i god anda.')).toBeNull();
  });
});
