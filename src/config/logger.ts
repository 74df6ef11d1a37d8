import pino from 'pino';

/**
 * Structured log, one JSON object per line, on stderr so that stdout stays
 * clean for `minutes repair` and `minutes segment`. MINUTES_LOG_LEVEL sets the level.
 */
export const logger = pino(
  { name: 'minutes', level: process.env.MINUTES_LOG_LEVEL ?? 'warn', base: { pid: process.pid } },
  pino.destination({ dest: 2, sync: true }),
);

export type Logger = typeof logger;
