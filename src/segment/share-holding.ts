// "Nordby kommun, 5 000 aktier, genom ombud …", "Bygdens sparbank (120 röster)": a general meeting's register of votes
// gives each owner's holding beside its name; the count of shares or votes is no part of the organisation.
const HOLDING = /\s*(?:,\s*|\(\s*)\d{1,3}(?:[ \u00a0.]?\d{3})*\s+(?:st\.?\s+)?(?:aktier|aktie|röster|röst|andelar|andel)\s*\)?\s*,?\s*$/iu;

export function withoutHolding(organisation: string): string {
  const stripped = organisation.replace(HOLDING, '').trim();
  return stripped || organisation;
}
