/**
 * Stable error codes. Each maps to one CLI exit code (see exit-codes.ts) and to
 * whether retrying can help (the queue fails `permanent` errors at once).
 */
export type ErrorCode =
  | 'EMPTY_FILE'
  | 'NOT_A_PDF'
  | 'DAMAGED_PDF'
  | 'ENCRYPTED_PDF'
  | 'WRONG_PASSWORD'
  | 'NO_PAGES'
  | 'UNREADABLE_PDF'
  | 'PAGE_TOO_LARGE'
  | 'PAGE_TIMEOUT'
  | 'OCR_FAILED'
  | 'MISSING_MODEL'
  | 'WRITE_FAILED'
  | 'OUTPUT_EXISTS'
  | 'USAGE'
  | 'REDIS_UNAVAILABLE';

const PERMANENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'EMPTY_FILE',
  'NOT_A_PDF',
  'DAMAGED_PDF',
  'ENCRYPTED_PDF',
  'WRONG_PASSWORD',
  'NO_PAGES',
  'UNREADABLE_PDF',
  'PAGE_TOO_LARGE',
  'MISSING_MODEL',
  'USAGE',
  'OUTPUT_EXISTS',
]);

/** An expected failure with a one-line, human-readable message. Never shown with a stack trace. */
export class MinutesError extends Error {
  override readonly name = 'MinutesError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** True when retrying the same input cannot succeed. */
  get permanent(): boolean {
    return PERMANENT.has(this.code);
  }
}

export function isMinutesError(error: unknown): error is MinutesError {
  return error instanceof MinutesError;
}

/** One line for a person: the MinutesError message, or a short description of anything else. */
export function describeError(error: unknown): string {
  if (error instanceof MinutesError) return error.message;
  if (error instanceof Error) return `internal error: ${error.message.split('\n')[0]}`;
  return `internal error: ${String(error)}`;
}
