import { open } from 'node:fs/promises';
import { MinutesError } from '../errors/index.ts';

/**
 * Reads a whole file into shared memory. A PDF's bytes are read by two parsers at
 * once, pdf-lib here and pdfjs in its own thread; in a SharedArrayBuffer both read
 * one copy, where an ordinary buffer would be copied into pdfjs's thread. A 200-page
 * scan is tens of megabytes, held for as long as its document is processed.
 */
export async function readSharedBytes(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // A file that shrank while it was read is taken as it now is (openPdf then makes its own shared copy).
    return filled === size ? bytes : bytes.slice(0, filled);
  } finally {
    await handle.close();
  }
}

/** readSharedBytes for a PDF to import: a file that cannot be read fails with one line saying why. */
export async function readPdfFile(file: string): Promise<Uint8Array> {
  try {
    return await readSharedBytes(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : code === 'ENOENT' ? 'no such file' : code;
    throw new MinutesError('UNREADABLE_PDF', `cannot read file: ${why ?? 'unknown error'}`, { cause: error });
  }
}
