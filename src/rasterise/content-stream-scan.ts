import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { readContentStream, type Operand } from './content-tokens.ts';
import { IDENTITY, compose, isFiniteMatrix, type Matrix } from './matrix.ts';
import { emptyPageContent, isInvisibleTextMode, type PageContent } from './page-content.ts';

const PATH_PAINTS = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh']);
const TEXT_SHOWS = new Set(['Tj', 'TJ', "'", '"']);
// Forms nest in real files a few levels deep; the limit stops reference cycles.
const MAX_FORM_DEPTH = 12;
// Pathological content streams (fuzzed or hostile) should not stall classification.
const MAX_OPERATIONS = 2_000_000;

/**
 * Reads a page's content stream through pdf-lib and records images, text and
 * vector painting, following q/Q/cm and form XObjects. Decodes no image data.
 * Throws when a stream cannot be decoded; the caller then asks pdfjs instead.
 */
export function scanContentStream(doc: PDFDocument, pageIndex: number): PageContent {
  const page = doc.getPages()[pageIndex];
  if (!page) throw new Error(`pdf-lib has no page ${pageIndex + 1}`);
  const content = emptyPageContent('content-stream');
  const resources = asDict(doc, page.node.getInheritableAttribute(PDFName.of('Resources')));
  const contents = page.node.Contents();
  const streams: PDFRawStream[] = [];
  if (contents instanceof PDFArray) {
    for (let i = 0; i < contents.size(); i++) {
      const s = doc.context.lookup(contents.get(i));
      if (s instanceof PDFRawStream) streams.push(s);
    }
  } else if (contents instanceof PDFRawStream) {
    streams.push(contents);
  } else if (contents !== undefined) {
    throw new Error('unsupported page contents');
  }
  const scanner = new Scanner(doc, content);
  // Content split across streams is one stream; operators may straddle the boundary.
  const parts = streams.map((s) => decodeStream(s));
  scanner.scan(joinStreams(parts), resources, IDENTITY, 0, 0, new Set());
  return content;
}

class Scanner {
  private sequence = 0;
  private operations = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly content: PageContent,
  ) {}

  /** `textMode` is inherited: a form XObject starts with its caller's graphics state. */
  scan(bytes: Uint8Array, resources: PDFDict | undefined, base: Matrix, initialTextMode: number, depth: number, forms: Set<PDFRawStream>): void {
    const stack: Array<{ ctm: Matrix; textMode: number }> = [];
    let ctm = base;
    let textMode = initialTextMode;
    for (const { operator, operands } of readContentStream(bytes)) {
      if (++this.operations > MAX_OPERATIONS) throw new Error('content stream too long');
      switch (operator) {
        case 'q':
          stack.push({ ctm, textMode });
          break;
        case 'Q': {
          const top = stack.pop();
          if (top) ({ ctm, textMode } = top);
          break;
        }
        case 'cm': {
          const m = operands.slice(-6).map(numberOf);
          if (isFiniteMatrix(m)) ctm = compose(ctm, m);
          break;
        }
        case 'Tr': {
          const mode = numberOf(operands[operands.length - 1]);
          if (Number.isFinite(mode)) textMode = mode;
          break;
        }
        case 'Do':
          this.paintXObject(operands[operands.length - 1], resources, ctm, textMode, depth, forms);
          break;
        case 'BI': {
          const dict = operands[0]?.type === 'dict' ? operands[0].entries : new Map<string, Operand>();
          const width = numberOf(dict.get('W') ?? dict.get('Width'));
          const height = numberOf(dict.get('H') ?? dict.get('Height'));
          const mask = dict.get('IM') ?? dict.get('ImageMask');
          if (width > 0 && height > 0) {
            this.content.images.push({ ctm, width, height, isMask: mask?.type === 'boolean' && mask.value, sequence: this.sequence++ });
          }
          break;
        }
        default:
          if (TEXT_SHOWS.has(operator)) this.showText(operands, textMode);
          else if (PATH_PAINTS.has(operator)) {
            this.content.vectorPaints++;
            this.sequence++;
          }
      }
    }
  }

  private showText(operands: Operand[], textMode: number): void {
    const shown = operands[operands.length - 1];
    const glyphs = shown?.type === 'string' ? shown.glyphBytes : shown?.type === 'array' ? glyphBytesIn(shown.items) : 0;
    if (glyphs === 0) return;
    if (isInvisibleTextMode(textMode)) this.content.hiddenGlyphs += glyphs;
    else {
      this.content.visibleGlyphs += glyphs;
      this.content.lastVisibleTextSequence = this.sequence++;
    }
  }

  private paintXObject(
    nameOperand: Operand | undefined,
    resources: PDFDict | undefined,
    ctm: Matrix,
    textMode: number,
    depth: number,
    forms: Set<PDFRawStream>,
  ): void {
    if (nameOperand?.type !== 'name' || !resources) return;
    const xobjects = asDict(this.doc, resources.get(PDFName.of('XObject')));
    const stream = this.doc.context.lookup(xobjects?.get(PDFName.of(nameOperand.value)));
    if (!(stream instanceof PDFRawStream)) return;
    const subtype = stream.dict.get(PDFName.of('Subtype'));
    if (subtype === PDFName.of('Image')) {
      const width = numberOf(this.doc.context.lookup(stream.dict.get(PDFName.of('Width'))));
      const height = numberOf(this.doc.context.lookup(stream.dict.get(PDFName.of('Height'))));
      if (!(width > 0 && height > 0)) return;
      const isMask = this.doc.context.lookup(stream.dict.get(PDFName.of('ImageMask')))?.toString() === 'true';
      this.content.images.push({ ctm, width, height, isMask, sequence: this.sequence++, stream });
      return;
    }
    if (subtype !== PDFName.of('Form') || depth >= MAX_FORM_DEPTH || forms.has(stream)) return;
    const matrix = this.doc.context.lookup(stream.dict.get(PDFName.of('Matrix')));
    let formCtm = ctm;
    if (matrix instanceof PDFArray) {
      const m = matrix.asArray().map((v) => numberOf(this.doc.context.lookup(v)));
      if (isFiniteMatrix(m)) formCtm = compose(ctm, m);
    }
    const formResources = asDict(this.doc, stream.dict.get(PDFName.of('Resources'))) ?? resources;
    forms.add(stream);
    this.scan(decodeStream(stream), formResources, formCtm, textMode, depth + 1, forms);
    forms.delete(stream);
  }
}

function glyphBytesIn(items: Operand[]): number {
  let n = 0;
  for (const item of items) if (item.type === 'string') n += item.glyphBytes;
  return n;
}

function numberOf(value: Operand | PDFObject | undefined): number {
  if (value === undefined) return NaN;
  if (value instanceof PDFNumber) return value.asNumber();
  if ('type' in value && value.type === 'number') return value.value;
  return NaN;
}

function asDict(doc: PDFDocument, value: PDFObject | undefined): PDFDict | undefined {
  const found = value instanceof PDFRef ? doc.context.lookup(value) : value;
  return found instanceof PDFDict ? found : undefined;
}

function decodeStream(stream: PDFRawStream): Uint8Array {
  return stream.dict.get(PDFName.of('Filter')) === undefined ? stream.contents : decodePDFRawStream(stream).decode();
}

function joinStreams(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const total = parts.reduce((n, p) => n + p.length + 1, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
    out[at++] = 0x0a;
  }
  return out;
}
