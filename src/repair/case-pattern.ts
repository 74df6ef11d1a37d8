// Keeps the capitalisation of the OCR token on its repaired form:
// SODERTORN → SÖDERTÖRN, Sodertorn → Södertörn, sodertorn → södertörn.

export type CasePattern = 'lower' | 'upper' | 'title' | 'mixed';

export function casePattern(token: string): CasePattern {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  let seenLetter = false;
  for (const ch of token) {
    const isUpper = ch !== ch.toLowerCase();
    const isLower = ch !== ch.toUpperCase();
    if (!isUpper && !isLower) continue;
    if (!seenLetter) firstUpper = isUpper;
    seenLetter = true;
    if (isUpper) upper++;
    else lower++;
  }
  if (upper === 0) return 'lower';
  if (lower === 0) return upper > 1 ? 'upper' : 'title';
  if (firstUpper && upper === 1) return 'title';
  return 'mixed';
}

/** Writes `word` (any case) in `pattern`; 'mixed' keeps `word` as it is. */
export function applyCasePattern(word: string, pattern: CasePattern): string {
  switch (pattern) {
    case 'lower':
      return word.toLowerCase();
    case 'upper':
      return word.toUpperCase();
    case 'title': {
      const first = String.fromCodePoint(word.codePointAt(0)!);
      return first.toUpperCase() + word.slice(first.length).toLowerCase();
    }
    case 'mixed':
      return word;
  }
}
