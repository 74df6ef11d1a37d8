import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { MinutesError } from '../errors/index.ts';

/** Reads FILE, or standard input for "-" or no argument. */
export async function readTextInput(file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') return text(process.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MinutesError('USAGE', `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
}
