// "1969-1972.", "2024–2027": a span of two years alone on a row. A point's number has one or two figures and a row of
// notes has words, so such a row is the end of something wrapped above it (a title, a term of office).
const YEAR_SPAN_ALONE = /^(?:1[89]|20)\d{2}\s*[–—-]\s*(?:(?:1[89]|20)\d{2}|\d{2})\s*[.,]?$/u;

export function isYearSpanAlone(text: string): boolean {
  return YEAR_SPAN_ALONE.test(text.trim());
}
