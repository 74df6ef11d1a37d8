import { matchLabel } from './labels.ts';
import { withoutTrailingSpecks } from './label-value-fit.ts';

// A narrow label column wraps a long label after its first word, the rest in lower case on the row below:
// "Tjänstgörande" / "ersättare", "Övriga" / "närvarande", "Justeringens" / "plats och tid". The first word alone may
// be no label at all ("Tjänstgörande") or another one ("plats och tid" alone reads as the meeting's place and time),
// so the two rows are read as one label whenever together they are one.
const LOWER_CASE_TAIL = /^\p{Ll}+(?:\s+\p{Ll}+){0,3}$/u;

/** The label printed over the two rows, or null when the second row is no lower-case tail or the two make no label. */
export function labelWrappedOverRows(first: string, second: string): string | null {
  const head = withoutTrailingSpecks(first);
  const tail = second.trim();
  if (!/^\p{Lu}/u.test(head) || !LOWER_CASE_TAIL.test(tail)) return null;
  const joined = `${head} ${tail}`;
  const label = matchLabel(joined);
  return label && withoutTrailingSpecks(label.rest) === '' ? joined : null;
}
