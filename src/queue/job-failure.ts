import { UnrecoverableError } from 'bullmq';
import { describeError, isMinutesError } from '../errors/index.ts';

/**
 * What a processor throws for a failed stage: an UnrecoverableError (no retry)
 * when the input itself is bad, a plain Error (retried with backoff) otherwise.
 * Both carry the one-line reason a person will read in failed.json.
 */
export function toJobError(error: unknown, context: string): Error {
  const reason = `${context}: ${describeError(error)}`;
  if (isMinutesError(error) && error.permanent) return new UnrecoverableError(reason);
  return new Error(reason);
}
