// "Plats | Kommunhuset, sal 2" / "| Lunch serveras efter mötet", "| Kaffe finns från kl. 8.30": a row under the place
// that is a sentence of its own, a noun and then a verb in the present passive or deponent form (Swedish puts the verb
// second), tells what happens there; it is no part of the place's name or address. A place's own wrapped row names a
// room, a street or a town and has no such verb.
const NOTE_SENTENCE = /^\p{Lu}\p{Ll}+\s+(?:\p{Ll}{2,}(?:as|es)|finns|bjuds|ges|hålls|ordnas)(?:\s|[.!]?$)/u;

export function isNoteUnderPlace(row: string): boolean {
  return NOTE_SENTENCE.test(row.trim());
}
