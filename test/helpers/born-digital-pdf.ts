import PDFDocument from 'pdfkit';

/** A small born-digital PDF (real text layer), one string per page. */
export function bornDigitalPdf(pages: string[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    for (const text of pages) {
      doc.addPage();
      doc.font('Helvetica').fontSize(11).text(text, { lineGap: 2 });
    }
    doc.end();
  });
}
