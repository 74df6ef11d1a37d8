// "fört vid ordinarie stämma … den 14 maj 1987 i Folkets hus, Norrby, kl. 18.00": a sentence head that names the
// place between the day and the hour, after "i", "på" or the older "å". What stands between them is the place only when
// it is that alone: a capitalised name and at most a few words, no figures. OCR may read a speck as a quote mark in the
// gap after the preposition ('i"Rådhuset').
const PLACE_BETWEEN = /^\s*,?\s*(?:i|på|å)(?:\s+|\s*["'`’”“]+\s*)(\p{Lu}[^\d.;:()]*?)\s*,?\s*(?:kl(?:ockan|\.)?\s*)?$/u;

/** The text between a date and the time after it → the place it names, or null. */
export function placeBetweenDateAndTime(between: string): string | null {
  const m = PLACE_BETWEEN.exec(between);
  if (!m || m[1]!.split(/\s+/).length > 6) return null;
  return m[1]!.trim();
}
