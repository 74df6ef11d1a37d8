// A typist divides a word that will not fit at the end of the line with a hyphen ("kommunal-" / "fullmäktige"), and
// the word is whole again when the lines are read as one. A hyphen before "och", "eller", "samt" or "resp." is no
// division but a compound's left-out last part ("kultur-" / "och fritidsnämnden"), and a hyphen after a capital or a
// digit ("Tyresö-" / "Näs", "1953-" / "54") joins parts that stay apart in print.
const DIVIDED_WORD_END = /(?<=\p{Ll}{2})-$/u;
const WORD_GOES_ON = /^\p{Ll}{2}/u;
const SHARED_PART = /^(?:och|eller|samt|resp\.?|respektive|till|som)\b/u;

/** Whether a row ends in a word divided at the hyphen that the next row finishes. */
export function dividesWordInto(previous: string, next: string): boolean {
  const tail = previous.trimEnd();
  const head = next.trimStart();
  return DIVIDED_WORD_END.test(tail) && WORD_GOES_ON.test(head) && !SHARED_PART.test(head);
}

/** Two rows read as one: the divided word made whole, otherwise a space between them. */
export function joinRows(previous: string, next: string): string {
  return dividesWordInto(previous, next) ? `${previous.trimEnd().slice(0, -1)}${next.trimStart()}` : `${previous} ${next}`;
}

