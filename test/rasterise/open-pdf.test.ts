import { describe, expect, it } from 'vitest';
import { MinutesError } from '../../src/errors/index.ts';
import { openPdf } from '../../src/rasterise/index.ts';
import { textPdf, withoutPages } from './pdf-builders.ts';

async function openError(bytes: Uint8Array, password?: string): Promise<{ code: string; message: string }> {
  try {
    const pdf = await openPdf(bytes, password === undefined ? {} : { password });
    await pdf.close();
  } catch (error) {
    expect(error).toBeInstanceOf(MinutesError);
    return { code: (error as MinutesError).code, message: (error as MinutesError).message };
  }
  throw new Error('expected openPdf to fail');
}

/** Empties the page tree (/Count 0, /Kids []), padding with spaces so the xref offsets stay valid. */

describe('openPdf', () => {
  it('opens a PDF and counts its pages', async () => {
    const pdf = await openPdf(await textPdf([['Ett'], ['Två'], ['Tre']]));
    expect(pdf.pageCount).toBe(3);
    await pdf.close();
  });

  it('does not detach the caller’s bytes', async () => {
    const bytes = await textPdf([['Ett']]);
    const pdf = await openPdf(bytes);
    await pdf.close();
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('asks for a password when an encrypted PDF comes without one', async () => {
    const bytes = await textPdf([['Hemligt']], { userPassword: 'hemligt' });
    expect(await openError(bytes)).toEqual({ code: 'ENCRYPTED_PDF', message: 'encrypted PDF: password required (use --password)' });
  });

  it('says the password is wrong when it is', async () => {
    const bytes = await textPdf([['Hemligt']], { userPassword: 'hemligt' });
    expect(await openError(bytes, 'fel')).toEqual({ code: 'WRONG_PASSWORD', message: 'encrypted PDF: wrong password' });
  });

  it('opens an encrypted PDF with the right password', async () => {
    const pdf = await openPdf(await textPdf([['Hemligt']], { userPassword: 'hemligt' }), { password: 'hemligt' });
    expect(pdf.pageCount).toBe(1);
    await pdf.close();
  });

  it('refuses a PDF whose page tree is empty', async () => {
    expect(await openError(withoutPages(await textPdf([['Sida']])))).toEqual({ code: 'NO_PAGES', message: 'PDF has no pages' });
  });

  it('calls a PDF whose body is garbage damaged', async () => {
    const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x41), Buffer.from('\nstartxref\n999999\n%%EOF\n')]);
    expect(await openError(garbage)).toEqual({ code: 'DAMAGED_PDF', message: 'damaged or truncated PDF' });
  });
});
