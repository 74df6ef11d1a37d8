import { describe, expect, it } from 'vitest';
import { parseTesseractTsv } from '../../src/ocr/tesseract-tsv.ts';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const TSV = [
  HEADER,
  '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
  '5\t1\t1\t1\t1\t1\t100\t200\t80\t40\t96.5\tTid',
  '5\t1\t2\t1\t1\t1\t600\t202\t120\t40\t91\tTorsdagen',
  '5\t1\t2\t1\t1\t2\t740\t202\t40\t40\t90\tden',
  '5\t1\t2\t1\t2\t1\t600\t260\t90\t40\t88\tmötet',
  '5\t1\t2\t1\t2\t2\t700\t260\t10\t40\t-1\t ',
].join('\n');

describe('tesseract TSV', () => {
  it('groups words into lines and numbers blocks from 0 in order of appearance', () => {
    const { lines } = parseTesseractTsv(TSV);
    expect(lines.map((l) => l.words.map((w) => w.text).join(' '))).toEqual(['Tid', 'Torsdagen den', 'mötet']);
    expect(lines.map((l) => l.block)).toEqual([0, 1, 1]);
    expect(lines[1]!.bbox).toEqual({ x0: 600, y0: 202, x1: 780, y1: 242 });
  });

  it('keeps word confidence in whole percent, as tesseract.js reports it', () => {
    const { lines, meanConfidence } = parseTesseractTsv(TSV);
    expect(lines[0]!.words[0]!.confidence).toBe(0.96);
    expect(meanConfidence).toBeCloseTo((0.96 + 0.91 + 0.9 + 0.88) / 4);
  });

  it('drops blank words and keeps a tab inside a word’s text', () => {
    const { lines } = parseTesseractTsv([HEADER, '5\t1\t1\t1\t1\t1\t10\t10\t50\t20\t80\tkl\t13', '5\t1\t1\t1\t1\t2\t70\t10\t5\t20\t0\t  '].join('\n'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.words.map((w) => w.text)).toEqual(['kl\t13']);
  });

  it('gives no lines and zero confidence for an empty page', () => {
    expect(parseTesseractTsv(`${HEADER}\n1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n`)).toEqual({ lines: [], meanConfidence: 0 });
  });
});
