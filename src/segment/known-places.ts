import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The places that stand beside a person's name in minutes, kept as data in dictionaries/places-sv.txt so that a user
 * can add the municipalities of their own region without touching code.
 */
export const PLACES_FILE = join(import.meta.dirname, '..', '..', 'dictionaries', 'places-sv.txt');

/** One place per line, '#' comments and blank lines skipped; matched without regard to case. */
export function parsePlaceList(text: string): Set<string> {
  const places = new Set<string>();
  for (const line of text.split('\n')) {
    const place = line.replace(/#.*$/u, '').trim().replace(/\s+/gu, ' ').toLowerCase();
    if (place) places.add(place);
  }
  return places;
}

/** Read once at first use: a file read at import time would make every module that imports a person helper do I/O. */
let known: ReadonlySet<string> | undefined;
export function knownPlaces(): ReadonlySet<string> {
  known ??= parsePlaceList(readFileSync(PLACES_FILE, 'utf8'));
  return known;
}

/** Each place with the space that ends it before more words, built once with the set: looksLikePlace runs on every cell. */
let prefixes: readonly string[] | undefined;
export function knownPlacePrefixes(): readonly string[] {
  prefixes ??= [...knownPlaces()].map((place) => `${place} `);
  return prefixes;
}
