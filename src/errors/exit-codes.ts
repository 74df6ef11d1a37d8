import type { ErrorCode } from './minutes-error.ts';

/** CLI exit codes, documented in the README. */
export const ExitCode = {
  ok: 0,
  /** Some documents failed; the rest were written. */
  someFailed: 1,
  /** Bad flags or arguments. */
  usage: 2,
  /** Nothing could be done: output folder not writable, Redis unreachable, model missing. */
  environment: 3,
  /** Interrupted by SIGINT/SIGTERM. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function exitCodeFor(code: ErrorCode): ExitCode {
  switch (code) {
    case 'USAGE':
      return ExitCode.usage;
    case 'WRITE_FAILED':
    case 'MISSING_MODEL':
    case 'REDIS_UNAVAILABLE':
      return ExitCode.environment;
    default:
      return ExitCode.someFailed;
  }
}
