import type { BBox, Line, Word } from '../domain/index.ts';
import { unionBBox } from '../domain/index.ts';
import type { RecognisedText } from './tesseract-engine.ts';

/**
 * tesseract's TSV (level, page, block, par, line, word, left, top, width, height, conf, text)
 * to our lines, for both engines. Blocks are numbered from 0 in order of appearance. A word's
 * confidence is kept in whole percent, as tesseract.js's block tree always gave it, so that
 * thresholds downstream decide the same whichever output was read.
 */
export function parseTesseractTsv(tsv: string): RecognisedText {
  const lines: Line[] = [];
  const blockIndex = new Map<string, number>();
  type OpenLine = { key: string; words: Word[]; block: number };
  let current = null as OpenLine | null;
  let confidenceSum = 0;
  let confidenceCount = 0;
  const flush = () => {
    if (current && current.words.length > 0) {
      lines.push({ words: current.words, bbox: unionBBox(current.words.map((w) => w.bbox)), block: current.block });
    }
  };
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== '5') continue;
    const [, , block, paragraph, line, , left, top, width, height, conf] = cells.map(Number) as number[];
    const text = cells.slice(11).join('\t').trim();
    if (text === '') continue;
    const blockKey = String(block);
    if (!blockIndex.has(blockKey)) blockIndex.set(blockKey, blockIndex.size);
    const key = `${block}.${paragraph}.${line}`;
    if (current === null || current.key !== key) {
      flush();
      current = { key, words: [], block: blockIndex.get(blockKey)! };
    }
    const confidence = Math.min(1, Math.max(0, Math.floor(conf ?? 0) / 100));
    const bbox: BBox = { x0: left!, y0: top!, x1: left! + width!, y1: top! + height! };
    current.words.push({ text, bbox, confidence });
    confidenceSum += confidence;
    confidenceCount += 1;
  }
  flush();
  return { lines, meanConfidence: confidenceCount > 0 ? confidenceSum / confidenceCount : 0 };
}
