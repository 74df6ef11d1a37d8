import { Option, type Command } from 'commander';
import { availableParallelism } from 'node:os';
import { logger, resolveConfig } from '../../config/index.ts';
import { ExitCode } from '../../errors/index.ts';
import { runWorker } from '../../queue/run-worker.ts';
import { redactUrl } from '../../queue/redis-connection.ts';
import { positiveInteger } from '../options.ts';

interface WorkerFlags {
  redis: string;
  concurrency?: number;
}

/** `minutes worker`: a thin wrapper around runWorker; runs until SIGTERM/SIGINT. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process queued pages and documents from Redis (BullMQ) until stopped')
    .addOption(new Option('--redis <url>', 'Redis URL').env('REDIS_URL').default('redis://127.0.0.1:6379'))
    .addOption(
      new Option('--concurrency <n>', 'pages at once, each in its own OCR process (default: one per core)')
        .env('MINUTES_WORKER_CONCURRENCY')
        .argParser(positiveInteger),
    )
    .action(async (flags: WorkerFlags) => {
      const concurrency = flags.concurrency ?? Math.max(1, availableParallelism());
      const worker = await runWorker({ redisUrl: flags.redis, concurrency, config: resolveConfig({ ocrWorkers: concurrency }), log: logger });
      process.stderr.write(`minutes: worker on ${redactUrl(flags.redis)}, ${concurrency} page(s) at once; Ctrl-C to stop\n`);
      await worker.closed;
      process.exitCode = ExitCode.ok;
    });
}
