import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MinutesError } from '../../src/errors/index.ts';
import { sniffPdf } from '../../src/rasterise/index.ts';
import { textPdf } from './pdf-builders.ts';

function reasonFor(bytes: Uint8Array): { code: string; message: string } | undefined {
  try {
    sniffPdf(bytes);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(MinutesError);
    const e = error as MinutesError;
    return { code: e.code, message: e.message };
  }
}

describe('sniffPdf', () => {
  it('accepts a well-formed PDF', async () => {
    expect(reasonFor(await textPdf([['Hej']]))).toBeUndefined();
  });

  it('calls a zero-byte file empty', () => {
    expect(reasonFor(new Uint8Array(0))).toEqual({ code: 'EMPTY_FILE', message: 'empty file (0 bytes)' });
  });

  it('names a PNG renamed to .pdf', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(reasonFor(png)).toEqual({ code: 'NOT_A_PDF', message: 'not a PDF (looks like a PNG image)' });
  });

  it('names a JPEG renamed to .pdf', async () => {
    const jpeg = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    expect(reasonFor(jpeg)).toEqual({ code: 'NOT_A_PDF', message: 'not a PDF (looks like a JPEG image)' });
  });

  it('names a ZIP archive (a .docx, say)', () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 1)]);
    expect(reasonFor(zip)).toEqual({ code: 'NOT_A_PDF', message: 'not a PDF (looks like a ZIP archive)' });
  });

  it('names a text file, Swedish letters included', () => {
    const text = Buffer.from('Protokoll fört vid sammanträde med kommunstyrelsen\nÄrende 1: Val av justerare\n', 'utf8');
    expect(reasonFor(text)).toEqual({ code: 'NOT_A_PDF', message: 'not a PDF (looks like text)' });
  });

  it('gives a bare reason for unrecognisable binary', () => {
    const garbage = new Uint8Array(512).map((_, i) => (i * 37 + 11) % 256);
    expect(reasonFor(garbage)).toEqual({ code: 'NOT_A_PDF', message: 'not a PDF' });
  });

  it('calls a PDF cut off before its trailer truncated', async () => {
    const pdf = await textPdf([['Första sidan'], ['Andra sidan']]);
    expect(reasonFor(pdf.subarray(0, Math.floor(pdf.length / 2)))).toEqual({ code: 'DAMAGED_PDF', message: 'damaged or truncated PDF' });
  });

  it('tolerates a few junk bytes before the header, as readers do', async () => {
    const pdf = await textPdf([['Hej']]);
    expect(reasonFor(Buffer.concat([Buffer.from('\r\n\r\n'), pdf]))).toBeUndefined();
  });
});
