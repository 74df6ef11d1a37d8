import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/** A Redis for tests: never a mock, because BullMQ's behaviour lives in its Lua scripts. */
export interface TestRedis {
  url: string;
  /** True when this helper started the server (so a test may restart it). */
  owned: boolean;
  stop(): Promise<void>;
}

/**
 * REDIS_URL if set, else 127.0.0.1:6379 if it answers PING, else a throwaway
 * `redis-server` on a free port. Returns null (after a loud warning) when none
 * is available, unless MINUTES_REQUIRE_REDIS=1, in which case it throws.
 */
export async function acquireTestRedis(): Promise<TestRedis | null> {
  const candidates = process.env.REDIS_URL ? [process.env.REDIS_URL] : ['redis://127.0.0.1:6379'];
  for (const url of candidates) {
    if (await answersPing(url)) return { url, owned: false, stop: async () => undefined };
  }
  if (hasRedisServer()) return startRedisServer();
  const message = 'no Redis available (set REDIS_URL, run redis on 127.0.0.1:6379, or install redis-server)';
  if (process.env.MINUTES_REQUIRE_REDIS === '1') throw new Error(`MINUTES_REQUIRE_REDIS=1 but ${message}`);
  console.warn(`\n!!!!!!!!!!\n!! SKIPPING queue tests: ${message}\n!!!!!!!!!!\n`);
  return null;
}

/**
 * Starts a private redis-server on a free port, without persistence unless
 * `dir` is given (then with AOF there, as in docker-compose.yml). Passing the
 * same `port` and `dir` again simulates a restart.
 */
export async function startRedisServer(options: { port?: number; dir?: string } = {}): Promise<TestRedis & { port: number; process: ChildProcess }> {
  const chosen = options.port ?? (await freePort());
  const persistence = options.dir ? ['--appendonly', 'yes', '--dir', options.dir] : ['--appendonly', 'no'];
  const child = spawn('redis-server', ['--port', String(chosen), '--save', '', ...persistence, '--maxmemory-policy', 'noeviction'], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${chosen}`;
  const deadline = Date.now() + 5_000;
  while (!(await answersPing(url))) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not start on port ${chosen}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    port: chosen,
    process: child,
    owned: true,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export function randomPrefix(): string {
  return `minutes-test-${randomBytes(6).toString('hex')}`;
}

/** Deletes every key under `prefix`, so each test leaves the shared Redis as it found it. */
export async function deletePrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function answersPing(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1_000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
