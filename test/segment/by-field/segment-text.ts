import { extractDecisions } from '../../../src/segment/decisions.ts';
import { linesFromText } from '../../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../../src/segment/index.ts';
import { findItemHeadings } from '../../../src/segment/items.ts';

/**
 * The minutes of a test's text. A form feed starts a new page, so tests of
 * running rows and page footers see the pages a scan would have.
 */
export const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: text.split('\f').length });

/** The decisions of a text's first page, without the rest of segmentation. */
export const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

/** [number, title] of each point heading on a text's first page. */
export const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title]);
