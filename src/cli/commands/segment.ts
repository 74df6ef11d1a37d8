import type { Command } from 'commander';
import { basename } from 'node:path';
import { segmentMinutes } from '../../segment/index.ts';
import { readTextInput } from '../read-input.ts';

export function registerSegment(program: Command): void {
  program
    .command('segment')
    .description('turn minutes text (pages separated by form feeds) into minutes JSON on stdout')
    .argument('[file]', 'text file, or - for standard input', '-')
    .action(async (file: string) => {
      const text = await readTextInput(file);
      const pages = text.length === 0 ? 0 : text.split('\f').length;
      const minutes = segmentMinutes({ text }, { file: file === '-' ? 'stdin' : basename(file), sha256: null, pages });
      process.stdout.write(JSON.stringify(minutes, null, 2) + '\n');
    });
}
