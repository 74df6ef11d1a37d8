// "Styrelsen tillstyrker motionen.", "Kommunstyrelsen avstyrker …": a body recommends that another decide, one way or
// the other. The recommending body comes first, up to the verb.
const RECOMMENDS = /^((?:\p{L}[\p{L}\-]*\s+){0,2}?\p{L}[\p{L}\-]*)\s+(?:tillstyrker|avstyrker)\b/iu;

/**
 * "Styrelsen tillstyrker motionen." / "Efter diskussion beslutade årsmötet att bifalla motionen …": in an item where
 * another body decides, the one that recommended (a board to its annual meeting, a committee to its council) decided
 * nothing there. Alone, or beside a decision of its own, the same words are that body's decision (its opinion given).
 */
export function withoutRecommendations(decisions: readonly string[]): string[] {
  if (decisions.length < 2) return [...decisions];
  return decisions.filter((decision) => {
    const recommends = RECOMMENDS.exec(decision);
    if (!recommends) return true;
    const body = recommends[1]!.toLowerCase();
    return !decisions.some((other) => other !== decision && !RECOMMENDS.test(other) && !other.toLowerCase().startsWith(body));
  });
}
