import '../config/source-maps.ts';
import { Command, CommanderError } from 'commander';
import { logger } from '../config/index.ts';
import { limitNativeMemory } from '../config/native-memory.ts';
import { describeError, ExitCode, exitCodeFor, isMinutesError } from '../errors/index.ts';
import { registerImport } from './commands/import.ts';
import { registerRepair } from './commands/repair.ts';
import { registerReview } from './commands/review.ts';
import { registerSegment } from './commands/segment.ts';
import { registerWatch } from './commands/watch.ts';
import { registerWorker } from './commands/worker.ts';

/** Runs the CLI and returns its exit code; never throws, never prints a stack trace. */
export async function main(argv: string[]): Promise<number> {
  limitNativeMemory();
  const program = new Command()
    .name('minutes')
    .description('Scanned Swedish meeting minutes → repaired text and structured minutes JSON')
    .option('--log-level <level>', 'structured log level on stderr (fatal, error, warn, info, debug)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`minutes: ${text.replace(/^error: /, '')}`) });
  program.hook('preAction', (command) => {
    const level = command.optsWithGlobals<{ logLevel?: string }>().logLevel;
    if (level) logger.level = level;
  });

  registerImport(program);
  registerRepair(program);
  registerSegment(program);
  registerWorker(program);
  registerWatch(program);
  registerReview(program);
  for (const command of program.commands) command.exitOverride();

  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    process.stderr.write(`minutes: ${describeError(error)}\n`);
    if (!isMinutesError(error)) logger.error({ err: error }, 'unexpected failure');
    return isMinutesError(error) ? exitCodeFor(error.code) : ExitCode.someFailed;
  }
}
