// "Mötet hölls digitalt via Teams.", "Sammanträdet genomfördes på distans via Zoom.": a head that gives no place row says
// in a sentence of its own that the meeting was held online; how it was held is its place, as a "Plats: Teams" row says.
const HELD_ONLINE = /^\s*(?:mötet|sammanträdet|träffen|nätverksträffen|sammankomsten)\s+(?:hölls|hålls|genomfördes|genomförs|ägde\s+rum|äger\s+rum)\s+((?:digitalt|på\s+distans)(?:\s+(?:via|på|i)\s+(?:Zoom|Teams|Microsoft\s+Teams|Skype|Google\s+Meet|länk|video(?:länk)?))?|(?:via|på|i)\s+(?:Zoom|Teams|Microsoft\s+Teams|Skype|Google\s+Meet|videolänk)|per\s+telefon)\s*[.!]?\s*$/iu;

/** The words that say how an online meeting was held, from a row that is only that sentence; null for any other row. */
export function heldOnline(text: string): string | null {
  return HELD_ONLINE.exec(text)?.[1]?.replace(/\s+/gu, ' ') ?? null;
}
