import { MinutesError, isMinutesError } from '../errors/index.ts';

export const DAMAGED = 'damaged or truncated PDF';

// pdfjs rebuilds its exceptions by name when they cross the worker boundary,
// so the name is the only reliable way to tell them apart.
const STRUCTURAL_ERROR_NAMES = new Set(['InvalidPDFException', 'FormatError', 'XRefParseException', 'MissingDataException']);
const STRUCTURAL_MESSAGE = /invalid|corrupt|bad (xref|xobject|stream|fontfile)|missing|unexpected|end of (file|stream)|xref|trailer|dictionary|parse|not a pdf|truncat|premature|damaged/i;

/** Turns anything pdfjs, pdf-lib or sharp throws while reading a page into a one-line MinutesError. */
export function toMinutesError(error: unknown): MinutesError {
  if (isMinutesError(error)) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (STRUCTURAL_ERROR_NAMES.has(name) || STRUCTURAL_MESSAGE.test(message)) {
    return new MinutesError('DAMAGED_PDF', DAMAGED, { cause: error });
  }
  return new MinutesError('UNREADABLE_PDF', 'unreadable PDF', { cause: error });
}
