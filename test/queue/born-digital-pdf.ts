import PDFDocument from 'pdfkit';

/** A small born-digital PDF with one paragraph per page: takes the text-layer path, so no OCR. */
export function bornDigitalPdf(pages: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const text of pages) {
      doc.addPage();
      doc.fontSize(12).text(text, 72, 72);
    }
    doc.end();
  });
}

/**
 * Stands in for the pipeline's sniff + open in mechanics tests: accepts what
 * starts with %PDF- and counts pdfkit's page objects.
 */
export async function countPdfkitPages(bytes: Uint8Array): Promise<{ pages: number }> {
  const { MinutesError } = await import('../../src/errors/index.ts');
  const text = Buffer.from(bytes).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new MinutesError('NOT_A_PDF', 'not a PDF (no %PDF- header)');
  const pages = text.match(/\/Type \/Page\b/g)?.length ?? 0;
  if (pages === 0) throw new MinutesError('NO_PAGES', 'PDF has no pages');
  return { pages };
}
