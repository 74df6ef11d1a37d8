import { readFile } from 'node:fs/promises';
import { PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../src/rasterise/index.ts';
import { pdfInternals } from '../../src/rasterise/open-pdf.ts';
import { rawDocument } from '../../src/rasterise/raw-document.ts';

describe('rawDocument', () => {
  it('reads streams as views into the file, not copies of it', async () => {
    const bytes = new Uint8Array(await readFile('fixtures/scans/protokoll-ksau-nynashamn-2023-04-18.pdf'));
    const pdf = await openPdf(bytes);
    try {
      const doc = await rawDocument(pdfInternals(pdf));
      expect(doc).not.toBeNull();
      const streams = doc!.context.enumerateIndirectObjects().map(([, object]) => object).filter((o) => o instanceof PDFRawStream);
      expect(streams.length).toBeGreaterThanOrEqual(4);
      const file = pdfInternals(pdf).bytes.buffer;
      // Compared by identity: a failing toBe would try to print two buffers of megabytes.
      expect(streams.filter((s) => s.contents.buffer !== file)).toHaveLength(0);
    } finally {
      await pdf.close();
    }
  });
});
