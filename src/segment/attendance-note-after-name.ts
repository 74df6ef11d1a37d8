// "Per Ek (S), vice ordförande, deltar på distans", "Eva Lund (M), deltog digitalt": a member list marks who took part
// from elsewhere with a clause after a comma. How someone took part is no title, and leaving it as one would also
// hide the function a list's heading gives them ("Närvarande ersättare").
// "närvarande via Teams", "på distans", "via länk": the clause with or without its verb.
// "Eva Lund (M) – deltar digitalt": a spaced dash sets it off as the comma does.
// "Nadja Fredén (Vallentuna, deltog via Teams)": the clause inside the brackets of the organisation ends at the bracket.
// "Bo Ek (S)..per teleton": on a poor scan OCR reads the comma as two stops and the f of "telefon" as a t.
const ATTENDANCE_CLAUSE =
  /(?:,|\.{2}|\s[–—-])\s*(?:(?:deltar|deltog|deltagit|närvarande|närvarar|närvarade|medverkar|medverkade)\s+)?(?:på\s+distans|på\s+länk|på\s+plats|digitalt|fysiskt|per\s+tele[ft]on|via\s+(?:Teams|Zoom|Skype|länk|video(?:länk)?|telefon))\s*(?=[,)]|$)/giu;

/** The text of a person's row without the clauses that say how they took part. */
export function withoutAttendanceClause(text: string): string {
  return text.replace(ATTENDANCE_CLAUSE, '').trim();
}
