// "Inga övriga frågor.", "Ingen åtgärd", "Inga.": a cell saying nothing came up decides nothing.
const NOTHING = /^(?:inga?|inget|ingen)\s*(?:(?:övriga\s+|nya\s+)?(?:frågor|ärenden|åtgärd(?:er)?|beslut|synpunkter|noteringar)\b|[.!]?\s*$)/iu;

// "Kim informerade om …", "Genomgången visade att …": what someone told the meeting, reported in the past tense.
const REPORTING = /\b(?:informerade|redovisade|berättade|presenterade|rapporterade|beskrev|visade|meddelade|gick\s+igenom|tog\s+upp|lyfte)\b/iu;
// "… och gruppen ställde sig bakom förslaget", "… och godkändes": a report that ends in what was decided.
const DECIDING = /\b(?:beslut\p{L}*|godkän\p{L}*|fastställ\p{L}*|bordl\p{L}*|enades|enig\p{L}*|bakom|ska|skall|tar\s+fram|får\s+i\s+uppdrag)\b/iu;

/**
 * Whether a cell of a table's "Beslut/Åtgärd" column records no decision: it says nothing came up, or each of its
 * sentences only reports what someone told the meeting (the column is filled in for every point, decided or not).
 */
export function decidesNothing(cell: string): boolean {
  if (NOTHING.test(cell.trim())) return true;
  const sentences = cell.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => /\p{L}{2,}/u.test(s));
  return sentences.length > 0 && sentences.every((s) => REPORTING.test(s) && !DECIDING.test(s));
}
