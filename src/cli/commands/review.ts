import { type Command, InvalidArgumentError } from 'commander';
import { startReviewServer } from '../../review/index.ts';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) throw new InvalidArgumentError('expected a port from 0 to 65535');
  return n;
}

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('serve the review report of an output folder; decisions rewrite NAME.txt/NAME.json and fill the learned dictionary')
    .argument('<out-dir>', 'output folder of minutes import')
    .option('--port <n>', 'port to listen on (0: any free port)', port, 0)
    .option('--host <addr>', 'address to bind; anything but loopback exposes the batch to the network', '127.0.0.1')
    .action(async (outDir: string, flags: { port: number; host: string }) => {
      const server = await startReviewServer({ outDir, port: flags.port, host: flags.host });
      process.stdout.write(`Reviewing ${outDir} at ${server.url}  (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
    });
}
