import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.ts';
import { extractTextLayer, openPdf, rasterisePage } from '../../src/rasterise/index.ts';
import { pdfInternals } from '../../src/rasterise/open-pdf.ts';
import { shareable, transferable } from '../../src/rasterise/shared-bytes.ts';
import { textPdf } from './pdf-builders.ts';

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('shareable', () => {
  it('keeps bytes that already fill a shared buffer', () => {
    const bytes = new Uint8Array(new SharedArrayBuffer(4));
    expect(shareable(bytes)).toBe(bytes);
  });

  it('copies ordinary bytes into shared memory, leaving the original as it was', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const shared = shareable(bytes);
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...shared]).toEqual([1, 2, 3]);
    shared[0] = 9;
    expect(bytes[0]).toBe(1);
  });

  it('copies a shared view that covers only part of its buffer, since pdfjs would copy it anyway', () => {
    const part = new Uint8Array(new SharedArrayBuffer(8), 2, 4);
    const shared = shareable(part);
    expect(shared).not.toBe(part);
    expect(shared.byteLength).toBe(4);
  });
});

describe('transferable', () => {
  it('drops shared buffers from a transfer list and keeps the rest', () => {
    const plain = new ArrayBuffer(2);
    expect(transferable([new SharedArrayBuffer(2), plain])).toEqual([plain]);
    expect(transferable(undefined)).toEqual([]);
  });
});

describe('a document opened from shared bytes', () => {
  it('is parsed by pdfjs and pdf-lib from the one copy the caller holds', async () => {
    const bytes = shareable(new Uint8Array(await readFile('fixtures/scans/protokoll-ksau-nynashamn-2023-04-18.pdf')));
    const before = digest(bytes);
    const pdf = await openPdf(bytes);
    try {
      expect(pdfInternals(pdf).bytes).toBe(bytes);
      for (let page = 1; page <= pdf.pageCount; page++) {
        const image = await rasterisePage(pdf, page, defaultConfig);
        expect(image.width).toBeGreaterThan(1000);
      }
    } finally {
      await pdf.close();
    }
    // Neither parser may write into memory the other reads.
    expect(digest(bytes)).toBe(before);
  });

  it('reads a born-digital page’s text through pdfjs’s thread', async () => {
    const pdf = await openPdf(shareable(await textPdf([['Sammanträdesdatum 2023-05-16']])));
    try {
      const page = await extractTextLayer(pdf, 1);
      expect(page.lines.map((l) => l.words.map((w) => w.text).join(' '))).toContain('Sammanträdesdatum 2023-05-16');
    } finally {
      await pdf.close();
    }
  });
});
