import { OPS, type PDFPageProxy } from './pdfjs.ts';
import { IDENTITY, compose, isFiniteMatrix, type Matrix } from './matrix.ts';
import { emptyPageContent, isInvisibleTextMode, type PageContent } from './page-content.ts';

type OperatorList = Awaited<ReturnType<PDFPageProxy['getOperatorList']>>;

const TEXT_SHOWS: ReadonlyMap<number, number> = new Map([
  [OPS.showText, 0],
  [OPS.showSpacedText, 0],
  [OPS.nextLineShowText, 0],
  [OPS.nextLineSetSpacingShowText, 2],
]);

/**
 * The same analysis as scanContentStream, from pdfjs's operator list: used
 * when pdf-lib cannot read the file (encrypted, or damaged beyond its parser).
 * Building the list makes pdfjs decode the page's images.
 */
export function scanOperatorList(list: OperatorList): PageContent {
  const content = emptyPageContent('operator-list');
  const stack: Array<{ ctm: Matrix; textMode: number }> = [];
  let ctm: Matrix = IDENTITY;
  let textMode = 0;
  let sequence = 0;
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args: unknown[] = Array.isArray(argsArray[i]) ? (argsArray[i] as unknown[]) : [];
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, textMode });
        break;
      case OPS.restore: {
        const top = stack.pop();
        if (top) ({ ctm, textMode } = top);
        break;
      }
      case OPS.transform:
        if (isFiniteMatrix(args as number[])) ctm = compose(ctm, args as unknown as Matrix);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ctm, textMode });
        const m = args[0];
        if (Array.isArray(m) && isFiniteMatrix(m as number[])) ctm = compose(ctm, m as unknown as Matrix);
        break;
      }
      case OPS.paintFormXObjectEnd: {
        const top = stack.pop();
        if (top) ({ ctm, textMode } = top);
        break;
      }
      case OPS.setTextRenderingMode:
        if (typeof args[0] === 'number') textMode = args[0];
        break;
      case OPS.paintImageXObject: {
        const [objId, width, height] = args as [string, number, number];
        if (typeof objId === 'string' && width > 0 && height > 0) {
          content.images.push({ ctm, width, height, isMask: false, sequence: sequence++, objId });
        }
        break;
      }
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject: {
        const image = args[0] as { width?: number; height?: number } | undefined;
        if (image && typeof image.width === 'number' && typeof image.height === 'number' && image.width > 0 && image.height > 0) {
          content.images.push({ ctm, width: image.width, height: image.height, isMask: fn === OPS.paintImageMaskXObject, sequence: sequence++ });
        }
        break;
      }
      case OPS.paintImageXObjectRepeat:
      case OPS.paintImageMaskXObjectRepeat:
      case OPS.paintInlineImageXObjectGroup:
      case OPS.paintImageMaskXObjectGroup:
      case OPS.paintSolidColorImageMask:
      case OPS.shadingFill:
      case OPS.rawFillPath:
        content.vectorPaints++;
        sequence++;
        break;
      case OPS.constructPath:
        if (args[0] !== OPS.endPath) {
          content.vectorPaints++;
          sequence++;
        }
        break;
      default: {
        const at = fn === undefined ? undefined : TEXT_SHOWS.get(fn);
        if (at === undefined) break;
        const glyphs = Array.isArray(args[at]) ? (args[at] as unknown[]).filter((g) => g !== null && typeof g === 'object').length : 0;
        if (glyphs === 0) break;
        if (isInvisibleTextMode(textMode)) content.hiddenGlyphs += glyphs;
        else {
          content.visibleGlyphs += glyphs;
          content.lastVisibleTextSequence = sequence++;
        }
      }
    }
  }
  return content;
}
