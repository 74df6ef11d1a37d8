import { describe, expect, it } from 'vitest';
import { knownPlaces, parsePlaceList } from '../../src/segment/known-places.ts';
import { looksLikePlace } from '../../src/segment/person-parts.ts';

describe('parsePlaceList', () => {
  it('reads one place per line, ignoring comments, blank lines and case', () => {
    const places = parsePlaceList('# header\nStorby\n\n  Lilla   Åstad  # trailing note\n#Gömd\n');
    expect([...places]).toEqual(['storby', 'lilla åstad']);
  });
});

describe('knownPlaces', () => {
  it('holds municipalities from every part of Sweden and Finland-Swedish ones', () => {
    const places = knownPlaces();
    for (const place of ['huddinge', 'kiruna', 'ystad', 'upplands väsby', 'närpes']) expect(places.has(place)).toBe(true);
  });

  it('leaves out municipalities whose name is also a common surname', () => {
    expect(knownPlaces().has('lund')).toBe(false);
    expect(knownPlaces().has('berg')).toBe(false);
  });
});

describe('looksLikePlace', () => {
  it('reads a listed municipality, alone or before a body, as a place', () => {
    expect(looksLikePlace('Arvika')).toBe(true);
    expect(looksLikePlace('Arvika kommun')).toBe(true);
  });

  it('reads a listed municipality before a name as a place, but not a name that only starts like one', () => {
    expect(looksLikePlace('Arvika Lena Holmqvist')).toBe(true);
    expect(looksLikePlace('Arvikasson Lena')).toBe(false);
  });

  it('does not read an unlisted capitalised word as a place', () => {
    expect(looksLikePlace('Granqvist')).toBe(false);
  });
});
