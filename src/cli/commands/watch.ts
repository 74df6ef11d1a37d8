import { Option, type Command } from 'commander';
import { logger, resolveConfig } from '../../config/index.ts';
import { ExitCode } from '../../errors/index.ts';
import { startWatcher, type WatchEvent } from '../../watch/start-watcher.ts';
import { configOverrides, dictionaryOption, engineOption, positiveInteger, thresholdOption, type SharedFlags } from '../options.ts';

interface WatchFlags extends SharedFlags {
  out: string;
  redis?: string;
  poll?: number;
}

/** `minutes watch`: a thin wrapper around startWatcher; runs until SIGTERM/SIGINT. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('import every PDF dropped into an inbox folder, then move it to processed/, failed/ or duplicates/')
    .argument('<inbox>', 'folder to watch')
    .requiredOption('--out <dir>', 'output folder (must not be inside the inbox)')
    .option('--redis <url>', 'run documents on `minutes worker` processes through Redis')
    .addOption(new Option('--poll <ms>', 'poll every <ms> instead of file events (network shares)').argParser(positiveInteger))
    .addOption(new Option('--ocr <mode>', 'auto: OCR scans, keep born-digital text; always; never').choices(['auto', 'always', 'never']).default('auto'))
    .addOption(new Option('--workers <n>', 'OCR workers without --redis (default: one per core)').argParser(positiveInteger))
    .addOption(engineOption())
    .option('--password <password>', 'password for encrypted PDFs')
    .addOption(dictionaryOption())
    .addOption(thresholdOption())
    .action(async (inbox: string, flags: WatchFlags) => {
      const watcher = await startWatcher({
        inbox,
        outDir: flags.out,
        config: resolveConfig(configOverrides(flags)),
        ...(flags.redis ? { redisUrl: flags.redis } : {}),
        ...(flags.poll ? { pollMs: flags.poll } : {}),
        onEvent: (event) => {
          const line = describeEvent(event);
          if (line) process.stderr.write(`minutes: ${line}\n`);
        },
        log: logger,
      });
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      process.stderr.write('minutes: stopping; documents in flight stay in the inbox for the next start\n');
      await watcher.close();
      process.exitCode = ExitCode.ok;
    });
}

function describeEvent(event: WatchEvent): string | null {
  switch (event.kind) {
    case 'ready':
      return 'watching the inbox (Ctrl-C to stop)';
    case 'started':
      return `importing ${event.file}`;
    case 'processed':
      return `done ${event.file} → ${event.output}`;
    case 'failed':
      return `failed ${event.file}: ${event.reason}`;
    case 'duplicate':
      return `duplicate ${event.file} (same PDF as ${event.of}) → ${event.movedTo}`;
    case 'retry-later':
      return `will retry ${event.file}: ${event.reason}`;
    case 'ignored':
      return event.entry === 'other' ? `ignoring ${event.file} (not a .pdf)` : null;
  }
}
