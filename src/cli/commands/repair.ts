import type { Command } from 'commander';
import { resolveConfig } from '../../config/index.ts';
import { dictionaryFiles } from '../../pipeline/context.ts';
import { loadLexicon, repairText } from '../../repair/index.ts';
import { configOverrides, dictionaryOption, thresholdOption, type SharedFlags } from '../options.ts';
import { readTextInput } from '../read-input.ts';

export function registerRepair(program: Command): void {
  program
    .command('repair')
    .description('repair OCR text (for example an archive text layer) and print it')
    .argument('[file]', 'text file, or - for standard input', '-')
    .option('--json', 'print {"text", "corrections", "flags"} instead of the text')
    .addOption(dictionaryOption())
    .addOption(thresholdOption())
    .action(async (file: string, flags: SharedFlags & { json?: boolean }) => {
      const config = resolveConfig(configOverrides(flags));
      const lexicon = await loadLexicon({ dictionaries: dictionaryFiles(config) });
      const input = await readTextInput(file);
      const result = repairText(input, lexicon, { threshold: config.repairThreshold });
      if (!flags.json) {
        process.stdout.write(result.text);
        return;
      }
      const shape = ({ line, column, original, corrected, confidence, reason }: (typeof result.corrections)[number]) => ({
        line,
        column,
        original,
        corrected,
        confidence,
        reason,
      });
      process.stdout.write(
        JSON.stringify({
          text: result.text,
          corrections: result.corrections.filter((c) => c.applied).map(shape),
          flags: result.corrections.filter((c) => !c.applied).map(shape),
        }) + '\n',
      );
    });
}
