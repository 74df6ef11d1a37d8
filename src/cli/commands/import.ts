import { Option, type Command } from 'commander';
import { basename, join, resolve } from 'node:path';
import { logger, resolveConfig, type MinutesConfig } from '../../config/index.ts';
import { ExitCode, MinutesError } from '../../errors/index.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { collectInputs } from '../../io/collect-inputs.ts';
import { FAILED_FILE } from '../../io/output-layout.ts';
import { createPipelineContext } from '../../pipeline/context.ts';
import { importBatch, type ImportOutcome } from '../../pipeline/import-batch.ts';
import { writeBatchReport } from '../../report/index.ts';
import { configOverrides, dictionaryOption, engineOption, positiveInteger, thresholdOption, type SharedFlags } from '../options.ts';
import { createBatchProgress } from '../progress.ts';

interface ImportFlags extends SharedFlags {
  out: string;
  overwrite?: boolean;
  recursive?: boolean;
  redis?: string;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import scanned minutes PDFs: writes NAME.json, NAME.txt, report.html and failed.json')
    .argument('<pdf-or-dir...>', 'PDF files or folders of PDFs')
    .requiredOption('--out <dir>', 'output folder')
    .addOption(new Option('--ocr <mode>', 'auto: OCR scans, keep born-digital text; always; never').choices(['auto', 'always', 'never']).default('auto'))
    .addOption(new Option('--workers <n>', 'OCR workers (default: one per core)').argParser(positiveInteger))
    .addOption(engineOption())
    .option('--password <password>', 'password for encrypted PDFs')
    .addOption(dictionaryOption())
    .addOption(thresholdOption())
    .option('--overwrite', 'replace outputs that exist from a different PDF')
    .option('--recursive', 'also import PDFs in sub-folders')
    .addOption(new Option('--redis <url>', 'run on BullMQ workers through Redis (see `minutes worker`)').env('MINUTES_REDIS_URL'))
    .action(async (inputs: string[], flags: ImportFlags) => {
      const config = resolveConfig(configOverrides(flags));
      const outDir = resolve(flags.out);
      const files = await collectInputs(inputs, { recursive: flags.recursive ?? false });
      if (files.length === 0) {
        throw new MinutesError('USAGE', `no PDF files in ${inputs.join(', ')}${flags.recursive ? '' : ' (use --recursive for sub-folders)'}`);
      }
      // Writing failed.json first proves the output folder is writable before any OCR is spent.
      await writeFileAtomic(join(outDir, FAILED_FILE), '[]\n');
      const outcomes = flags.redis
        ? await importWithQueue(files, outDir, flags.redis, config, flags.overwrite ?? false)
        : await importInProcess(files, outDir, config, flags.overwrite ?? false);
      process.exitCode = await finishImport(outDir, outcomes);
    });
}

async function importInProcess(files: string[], outDir: string, config: MinutesConfig, overwrite: boolean) {
  const ctx = await createPipelineContext(config, logger);
  const progress = createBatchProgress(files.length);
  try {
    return await importBatch(files, ctx, {
      outDir,
      overwrite,
      onPages: (event) => (event.pages !== undefined ? progress.opened(event.pages) : progress.pageDone()),
      onDone: (o) => progress.documentDone(`${o.ok ? 'ok' : 'failed'} ${basename(o.file)}`),
    });
  } finally {
    progress.stop();
    await ctx.close();
  }
}

async function importWithQueue(files: string[], outDir: string, redisUrl: string, config: MinutesConfig, overwrite: boolean) {
  const { importViaQueue } = await import('../../queue/import-via-queue.ts');
  const progress = createBatchProgress(files.length);
  const seen = new Map<string, number>();
  try {
    return await importViaQueue({
      inputs: files,
      outDir,
      redisUrl,
      config,
      overwrite,
      log: logger,
      onProgress: (event) => {
        if (event.kind === 'document') {
          progress.documentDone(`${event.outcome.ok ? 'ok' : 'failed'} ${basename(event.outcome.file)}`);
          return;
        }
        if (!seen.has(event.file)) progress.opened(event.pages);
        for (let done = seen.get(event.file) ?? 0; done < event.pagesDone; done++) progress.pageDone();
        seen.set(event.file, event.pagesDone);
      },
    });
  } finally {
    progress.stop();
  }
}

async function finishImport(outDir: string, outcomes: ImportOutcome[]): Promise<number> {
  const failed = outcomes.filter((o) => !o.ok).map((o) => ({ file: o.file, reason: o.reason ?? 'failed' }));
  for (const f of failed) process.stderr.write(`minutes: ${f.file}: ${f.reason}\n`);
  await writeFileAtomic(join(outDir, FAILED_FILE), JSON.stringify(failed, null, 2) + '\n');
  await writeBatchReport(outDir);
  const ok = outcomes.length - failed.length;
  process.stderr.write(
    `minutes: ${ok} of ${outcomes.length} document(s) imported into ${outDir}` +
      (failed.length ? `, ${failed.length} failed (see ${join(outDir, FAILED_FILE)})` : '') +
      '\n',
  );
  return failed.length > 0 ? ExitCode.someFailed : ExitCode.ok;
}
