// "Anteckningar från fritidsgruppens sammanträde tisdagen den 9 mars": the body named in the genitive before the word
// for its meeting. The body is the noun without the genitive's s ("fritidsgruppen", "styrelsen", "rådet").
const GENITIVE_BEFORE_MEETING = /^((?:\p{L}[\p{L}-]*\s+){0,3}\p{L}[\p{L}-]*(?:en|et|na|rn|n))s\s+(?:sammanträde|möte|träff|sammankomst|arbetsmöte)\b/iu;

/** The body named in the genitive before "sammanträde"/"möte", or null. */
export function genitiveBody(text: string): string | null {
  return GENITIVE_BEFORE_MEETING.exec(text.trim())?.[1] ?? null;
}
