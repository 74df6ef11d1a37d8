// Keeps the capitalisation of the OCR token on its repaired form:
// SODERTORN → SÖDERTÖRN, Sodertorn → Södertörn, sodertorn → södertörn.

export type CasePattern = 'lower' | 'upper' | 'title' | 'mixed';

export function casePattern(token: string): CasePattern {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  let seenLetter = false;
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k);
    let isUpper: boolean;
    let isLower: boolean;
    // Called for nearly every token: plain ASCII is classed without building case-mapped strings.
    if (code < 128) {
      isUpper = code >= 65 && code <= 90;
      isLower = code >= 97 && code <= 122;
    } else {
      const ch = String.fromCodePoint(token.codePointAt(k)!);
      if (ch.length === 2) k++;
      isUpper = ch !== ch.toLowerCase();
      isLower = ch !== ch.toUpperCase();
    }
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
