import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { logger } from '../config/index.ts';
import { MinutesError } from '../errors/index.ts';
import { decodeText } from '../text/decode-text.ts';

/** Reads FILE, or standard input for "-" or no argument, in whichever encoding it was written. */
export async function readTextInput(file: string | undefined): Promise<string> {
  const bytes = file === undefined || file === '-' ? await buffer(process.stdin) : await readBytes(file);
  const { text, encoding } = decodeText(bytes);
  if (encoding !== 'utf-8') logger.info({ file: file ?? '-', encoding }, `input is not UTF-8: read as ${encoding}`);
  return text;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MinutesError('USAGE', `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
}
