import PDFKit from 'pdfkit';
import { PDFDocument, TextRenderingMode, degrees, setTextRenderingMode, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

export const A4_PT = { width: 595.28, height: 841.89 } as const;

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

/** A born-digital A4 PDF (pdfkit), one array of lines per page; `userPassword` encrypts it. */
export function textPdf(pages: string[][], options: { userPassword?: string } = {}): Promise<Uint8Array> {
  const doc = new PDFKit({ size: 'A4', margin: 72, autoFirstPage: false, ...(options.userPassword ? { userPassword: options.userPassword } : {}) });
  const done = collect(doc);
  for (const lines of pages) {
    doc.addPage();
    doc.font('Helvetica').fontSize(12);
    for (const line of lines) doc.text(line, { lineGap: 4 });
  }
  doc.end();
  return done;
}

/**
 * A white image with a black square in its top-left corner, so a test can see
 * which way it ended up. JPEG unless `png` is set.
 */
export async function markedImage(width: number, height: number, options: { png?: boolean; gray?: boolean } = {}): Promise<Uint8Array> {
  const marker = Math.max(4, Math.round(Math.min(width, height) / 10));
  const square = await sharp({ create: { width: marker, height: marker, channels: 3, background: '#000000' } }).png().toBuffer();
  let image = sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).composite([{ input: square, left: 0, top: 0 }]);
  if (options.gray) image = image.toColourspace('b-w');
  const out = options.png ? await image.png().toBuffer() : await image.jpeg({ quality: 85 }).toBuffer();
  return new Uint8Array(out);
}

export interface ImagePageOptions {
  /** Page size in points; defaults to A4. */
  pageWidth?: number;
  pageHeight?: number;
  /** Draw the image turned 90° anticlockwise (a page scanned sideways). */
  sideways?: boolean;
  /** /Rotate on the page. */
  pageRotation?: 0 | 90 | 180 | 270;
  /** Invisible text over the image, as an old OCR layer leaves it. */
  hiddenText?: string;
  /** Visible text drawn over the image. */
  visibleText?: string;
  png?: boolean;
  /** Write a classic xref table instead of pdf-lib's object and xref streams (as most scanners do). */
  classicXref?: boolean;
}

/** One page that is one embedded image filling the page (pdf-lib). */
export async function imagePdf(image: Uint8Array, options: ImagePageOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const pageWidth = options.pageWidth ?? A4_PT.width;
  const pageHeight = options.pageHeight ?? A4_PT.height;
  const page = doc.addPage([pageWidth, pageHeight]);
  const embedded = options.png ? await doc.embedPng(image) : await doc.embedJpg(image);
  if (options.sideways) {
    page.drawImage(embedded, { x: pageWidth, y: 0, width: pageHeight, height: pageWidth, rotate: degrees(90) });
  } else {
    page.drawImage(embedded, { x: 0, y: 0, width: pageWidth, height: pageHeight });
  }
  if (options.pageRotation) page.setRotation(degrees(options.pageRotation));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  if (options.hiddenText) {
    page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
    page.drawText(options.hiddenText, { x: 72, y: pageHeight - 100, size: 12, font });
  }
  if (options.visibleText) {
    page.pushOperators(setTextRenderingMode(TextRenderingMode.Fill));
    page.drawText(options.visibleText, { x: 72, y: pageHeight - 140, size: 12, font });
  }
  return doc.save({ useObjectStreams: !options.classicXref });
}

/** A PDF whose one page draws nothing. */
export async function blankPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([A4_PT.width, A4_PT.height]);
  return doc.save();
}

/** The same PDF with its page tree emptied in place (same length, so the xref stays valid): a PDF with no pages. */
export function withoutPages(pdf: Uint8Array): Uint8Array {
  const sameLength = (replacement: string) => (match: string) => replacement.padEnd(match.length, ' ');
  const edited = Buffer.from(pdf)
    .toString('latin1')
    .replace(/\/Count\s+\d+/, sameLength('/Count 0'))
    .replace(/\/Kids\s*\[[^\]]*\]/, sameLength('/Kids []'));
  return new Uint8Array(Buffer.from(edited, 'latin1'));
}
