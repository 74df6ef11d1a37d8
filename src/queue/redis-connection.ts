import { Redis } from 'ioredis';
import type { Logger } from '../config/index.ts';
import { MinutesError } from '../errors/index.ts';

/** How long to wait for the first PING before calling Redis unreachable. @defaultValue 5000 */
const FIRST_CONTACT_MS = 5_000;

/**
 * A connection for BullMQ. `maxRetriesPerRequest: null` makes commands wait
 * through a Redis restart instead of failing, which BullMQ's workers require.
 */
export function createRedisConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
}

/**
 * Fails fast with REDIS_UNAVAILABLE when nothing answers at `redisUrl`, because
 * a connection with unlimited retries would otherwise wait forever in silence.
 */
export async function assertRedisReachable(redis: Redis, redisUrl: string, timeoutMs = FIRST_CONTACT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new MinutesError('REDIS_UNAVAILABLE', `cannot reach Redis at ${redactUrl(redisUrl)} (no answer in ${timeoutMs / 1000} s)`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([redis.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * BullMQ loses jobs silently when Redis evicts keys under memory pressure.
 * Returns the policy; logs and prints one line when it is not `noeviction`.
 */
export async function warnUnlessNoEviction(redis: Redis, log: Logger): Promise<string | null> {
  let policy: string | null = null;
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    policy = reply[1] ?? null;
  } catch (error) {
    // Managed Redis services often forbid CONFIG; say so rather than guess.
    log.warn({ err: error }, 'could not read Redis maxmemory-policy; make sure it is noeviction');
    return null;
  }
  if (policy !== 'noeviction') {
    const message = `Redis maxmemory-policy is "${policy}", not "noeviction": under memory pressure Redis may delete queued jobs`;
    log.warn({ maxmemoryPolicy: policy }, message);
    process.stderr.write(`minutes: warning: ${message} (set maxmemory-policy noeviction)\n`);
  }
  return policy;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(redisUrl: string): string {
  try {
    const url = new URL(redisUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return redisUrl;
  }
}
