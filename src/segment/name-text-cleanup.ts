
// "(punkt 2)", "(§ 3–4)", "(ärende 5)": which points someone came for says nothing about who they are.
// "(från kl. 14.30)", "(ej punkt 4)", "(t.o.m. kl. 15)": the part of the meeting someone was there for.
// "(på plats)", "(fysiskt)": taking part in the room, as against "(digitalt)"; "(se även bilaga 1)": a reference.
export const REMOTE_NOTE = /\s*\((?:via|deltog|deltar|digitalt|fysiskt|på\s+plats|se|tel\.?|telefon|teams|zoom|skype|på\s+distans|distans|per\s+telefon|på\s+länk|del\s+av\s+mötet|delvis|(?:punkt|punkterna|ärende|p\.)\s*\d|(?:från|till|fr\.\s*o\.\s*m\.|t\.\s*o\.\s*m\.)\s*kl|ej\s+(?:punkt|punkterna|p\.|ärende|§))\b[^)]*\)/giu;
// "(sjuk)", "(föräldraledig)", "(semester)": why someone was away says nothing about who they are.
export const ABSENCE_REASON = /\s*\((?:sjuk|sjukskriven|föräldraledig|tjänstledig|ledig|semester|vab|kurs|utbildning|annat\s+uppdrag|förhinder)\b[^)]*\)/giu;
// "(rektor, del av mötet)": the same note after a title in the brackets.
export const REMOTE_NOTE_AFTER_TITLE = /,\s*(?:via\s+\p{L}+|digitalt|på\s+distans|del\s+av\s+mötet|delvis)\s*(?=\))/giu;

/** OCR speckles around names: stray "=", "|", quotes, leading dashes and bullets. */
export function cleanNameText(text: string): string {
  return text
    // '"> Nils Berg': a speck read as an angle bracket, too.
    .replace(/[|=_"“”«»~*•<>]+/g, ' ')
    // "Västbygdens? Kommunalförbund": a question mark OCR read from a speck after a word; no name or body holds one.
    .replace(/(?<=\p{L})\?(?=\s|$)/gu, '')
    .replace(/(^|\s)[-–—'.;:,]+(?=\s|$)/g, ' ')
    // "+ Per Holm": OCR reads a list's bullet as a plus too.
    .replace(/^\s*[-–—•*+]\s*/, '')
    // "1) Karin Holm": a numbered list of people.
    .replace(/^\s*\d{1,2}[.)]\s+(?=\p{Lu})/u, '')
    // "5 Olle Grind": a figure alone before a first name and a surname is a speck at the margin, or the number of a list
    // that left out the stop; no name opens with one.
    .replace(/^\s*\d\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll})/u, '')
    // "/Bo Lind": a slash before the name signs a typed note, as in an e-mail.
    .replace(/^\s*\/\s*(?=\p{Lu})/u, '')
    // One or two lower-case letters before a name are a speckle read as "i", "l" or "et"; "af", "de" … are particles.
    .replace(/^\s*(?!(?:af|de|di|la|el)\s)\p{Ll}{1,2}\s+(?=\p{Lu})/u, '')
    // "Britt tt Lövgren": OCR echoed the end of the first name as a word of its own before the surname.
    .replace(/(?<=\p{Lu}\p{Ll}*(\p{Ll}{2}))\s+\1(?=\s+\p{Lu})/u, '')
    // "Petra Kvist i": one lower-case letter after a surname is the page edge read as a letter.
    .replace(/(?<=\p{Lu}\p{Ll}+)\s+\p{Ll}$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '')
    .trim();
}

// "herrar Albin Persson och Ivar Granström": the plural before several names.
// "fru. Ester Lund": a speck OCR read as a stop after the title written out.
export const HONORIFIC = /(?<=^|[\s,;:(])(?:(?:herr|herrar|herrarna|fru|fruarna|fröken)[.:]?|hr\.|fr\.|frk\.)\s+(?=\p{Lu})/giu;

/** "herr Bengt Ohlson, ordf., fru Greta Pihl": the names of a list without the courtesy titles before them. */
export function withoutHonorifics(text: string): string {
  // "… samt undertecknad sekreterare Dan Öst": the writer naming themself as the undersigned.
  return text.replace(HONORIFIC, '').replace(/(?<=^|[\s,;:(])undertecknad(?:e)?\s+(?=\p{L})/giu, '');
}

/** "Fia (sjuk)", "Bo (via Teams)": a name without the note on why or how someone was absent or took part. */
export function withoutAttendanceNotes(text: string): string {
  return text.replace(REMOTE_NOTE, ' ').replace(ABSENCE_REASON, ' ').replace(/\s+/gu, ' ').trim();
}
