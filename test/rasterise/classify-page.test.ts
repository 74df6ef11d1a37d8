import { describe, expect, it } from 'vitest';
import { classifyPage, openPdf } from '../../src/rasterise/index.ts';
import { classifyContent } from '../../src/rasterise/classify-page.ts';
import { emptyPageContent, type PageContent } from '../../src/rasterise/page-content.ts';
import { blankPdf, imagePdf, markedImage, textPdf } from './pdf-builders.ts';

async function kindOf(bytes: Uint8Array, page = 1) {
  const pdf = await openPdf(bytes);
  try {
    return await classifyPage(pdf, page);
  } finally {
    await pdf.close();
  }
}

const A4_VIEW = { x0: 0, y0: 0, x1: 595, y1: 842 };
const fullPageImage = { ctm: [595, 0, 0, 842, 0, 0] as const, width: 2480, height: 3508, isMask: false, sequence: 0 };

describe('classifyPage', () => {
  it('calls a page of real text born-digital', async () => {
    expect(await kindOf(await textPdf([['Protokoll fört vid sammanträde', 'Närvarande: Åsa Öberg']]))).toBe('born-digital');
  });

  it('calls a page that is one JPEG scanned', async () => {
    expect(await kindOf(await imagePdf(await markedImage(620, 877)))).toBe('scanned');
  });

  it('calls a scan with an invisible OCR layer scanned-with-text-layer', async () => {
    const bytes = await imagePdf(await markedImage(620, 877), { hiddenText: 'Protokoll fört vid sammanträde med kommunstyrelsen' });
    expect(await kindOf(bytes)).toBe('scanned-with-text-layer');
  });

  it('calls a sideways-placed scan scanned', async () => {
    expect(await kindOf(await imagePdf(await markedImage(877, 620), { sideways: true }))).toBe('scanned');
  });

  it('calls a page that draws nothing empty', async () => {
    expect(await kindOf(await blankPdf())).toBe('empty');
  });

  it('classifies each page of a mixed document on its own', async () => {
    const bytes = await textPdf([['Sida ett med text'], []]);
    expect(await kindOf(bytes, 1)).toBe('born-digital');
    expect(await kindOf(bytes, 2)).toBe('empty');
  });

  it('reads an encrypted PDF through pdfjs when pdf-lib cannot', async () => {
    const pdf = await openPdf(await textPdf([['Hemlig text på sidan']], { userPassword: 'x' }), { password: 'x' });
    expect(await classifyPage(pdf, 1)).toBe('born-digital');
    await pdf.close();
  });
});

describe('classifyContent', () => {
  const content = (overrides: Partial<PageContent>): PageContent => ({ ...emptyPageContent('content-stream'), ...overrides });

  it('keeps a scan with a short visible stamp (a page number) as a scan to OCR', () => {
    const page = content({ images: [fullPageImage], visibleGlyphs: 12, lastVisibleTextSequence: 1 });
    expect(classifyContent(page, A4_VIEW)).toBe('scanned-with-text-layer');
  });

  it('treats visible text painted under a full-page scan as a hidden layer', () => {
    const page = content({ images: [{ ...fullPageImage, sequence: 5 }], visibleGlyphs: 900, lastVisibleTextSequence: 4 });
    expect(classifyContent(page, A4_VIEW)).toBe('scanned-with-text-layer');
  });

  it('calls a page with a full-page background image and much text over it born-digital', () => {
    const page = content({ images: [fullPageImage], visibleGlyphs: 900, lastVisibleTextSequence: 3 });
    expect(classifyContent(page, A4_VIEW)).toBe('born-digital');
  });

  it('sends outlined text (vector paths, no text) to OCR', () => {
    expect(classifyContent(content({ vectorPaints: 400 }), A4_VIEW)).toBe('scanned');
  });

  it('does not count a white background rectangle as content', () => {
    expect(classifyContent(content({ vectorPaints: 1 }), A4_VIEW)).toBe('empty');
  });

  it('calls a small logo without text scanned, since only OCR can read the page', () => {
    const logo = { ...fullPageImage, ctm: [100, 0, 0, 50, 40, 760] as const };
    expect(classifyContent(content({ images: [logo] }), A4_VIEW)).toBe('scanned');
  });
});
