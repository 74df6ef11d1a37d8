import type { Redis } from 'ioredis';
import { logger as defaultLogger, type Logger } from '../config/index.ts';
import { DEFAULT_QUEUE_PREFIX } from './queue-names.ts';
import { assertRedisReachable, createRedisConnection } from './redis-connection.ts';
import { openQueueClients, type QueueClients } from './submit-document.ts';

/** A producer's connection to the queues: what importers and the watcher hold while they submit and wait. */
export interface QueueSession {
  clients: QueueClients;
  connection: Redis;
  log: Logger;
  close(): Promise<void>;
}

export async function openQueueSession(options: { redisUrl: string; prefix?: string; log?: Logger }): Promise<QueueSession> {
  const log = options.log ?? defaultLogger;
  const connection = createRedisConnection(options.redisUrl);
  let lastError = '';
  connection.on('error', (error: Error) => {
    // ioredis repeats the same error on every reconnect attempt; one line per distinct error is enough.
    if (error.message !== lastError) log.warn({ err: error.message }, 'Redis connection error (reconnecting)');
    lastError = error.message;
  });
  connection.on('ready', () => (lastError = ''));
  try {
    await assertRedisReachable(connection, options.redisUrl);
  } catch (error) {
    connection.disconnect();
    throw error;
  }
  const clients = openQueueClients(connection, options.prefix ?? DEFAULT_QUEUE_PREFIX);
  return {
    clients,
    connection,
    log,
    async close() {
      await clients.close().catch(() => undefined);
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
