export { MinutesError, isMinutesError, describeError } from './minutes-error.ts';
export type { ErrorCode } from './minutes-error.ts';
export { ExitCode, exitCodeFor } from './exit-codes.ts';
