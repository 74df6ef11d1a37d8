import { BODY_SUBJECT } from './decision-sentences.ts';

// "Nämnden beslutar" / "Kultur- och fritidsnämnden beslutar:" alone on its row: some committees print the verb where
// others print "Nämndens beslut".
const BODY_DECIDES_ALONE = new RegExp(String.raw`^${BODY_SUBJECT}\s+beslutar\s*[:.]?$`, 'iu');
// The decision below it as a sentence of its own ("Dagordningen godkänns.", "1. Nämnden antar …"), a speck OCR read
// before it aside. An att-clause ("att anta …", "Att anta …") continues the row's sentence instead.
const SENTENCE_BELOW = /^\s*(?:[^\p{L}\d\s]{1,2}\s*)?(?:\d{1,2}[.)]\s+)?(?!att\b)\p{Lu}/u;

/** Whether a row naming the body and its deciding verb, and nothing else, heads the decision written below it. */
export function isDecidingVerbHeading(row: string, next: string | undefined): boolean {
  if (!BODY_DECIDES_ALONE.test(row.trim())) return false;
  return next !== undefined && SENTENCE_BELOW.test(next) && !/^\s*att\b/iu.test(next.replace(/^\s*[^\p{L}\d\s]{1,2}\s*/u, ''));
}
