import { describe, expect, it } from 'vitest';
import type { Line, Word } from '../../src/domain/index.ts';
import { isMinutesError } from '../../src/errors/index.ts';
import { inkRatio } from '../../src/preprocess/ink-ratio.ts';
import { resolveLanguageData } from '../../src/ocr/language-data.ts';
import { looksMisoriented } from '../../src/ocr/orientation.ts';
import { encodePnm } from '../../src/ocr/pnm.ts';
import { dropSpeckleTokens } from '../../src/ocr/speckle-tokens.ts';
import { blankPage, renderTextPage } from '../helpers/synthetic-scan.ts';

function word(text: string, confidence: number, x0 = 0, y0 = 0, x1 = 10, y1 = 10): Word {
  return { text, confidence, bbox: { x0, y0, x1, y1 } };
}
function line(words: Word[], bbox = { x0: 0, y0: 0, x1: 100, y1: 10 }): Line {
  return { words, bbox, block: 0 };
}

describe('language data', () => {
  it('finds the Swedish best_int model in node_modules', () => {
    const data = resolveLanguageData('swe');
    expect(data.languages).toBe('swe');
    expect(data.langPath).toMatch(/@tesseract\.js-data\/swe\/4\.0\.0_best_int$/);
  });

  it('puts two languages from different packages behind one langPath', () => {
    const data = resolveLanguageData('swe+eng');
    expect(data.languages).toBe('swe+eng');
    expect(data.langPath).not.toMatch(/@tesseract\.js-data/);
  });

  it('reports a missing model as MISSING_MODEL with the fix', () => {
    let caught: unknown;
    try {
      resolveLanguageData('klingon');
    } catch (error) {
      caught = error;
    }
    expect(isMinutesError(caught) && caught.code).toBe('MISSING_MODEL');
    expect(String((caught as Error).message)).toMatch(/npm ci/);
  });
});

describe('PNM encoding', () => {
  it('wraps gray pixels in a P5 header without touching them', () => {
    const pnm = encodePnm({ width: 2, height: 1, channels: 1, data: new Uint8Array([7, 9]), dpi: 300 });
    expect(new TextDecoder().decode(pnm.slice(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...pnm.slice(11)]).toEqual([7, 9]);
  });

  it('drops alpha from RGBA into a P6 image', () => {
    const pnm = encodePnm({ width: 1, height: 1, channels: 4, data: new Uint8Array([1, 2, 3, 4]), dpi: 300 });
    expect(new TextDecoder().decode(pnm.slice(0, 2))).toBe('P6');
    expect([...pnm.slice(-3)]).toEqual([1, 2, 3]);
  });
});

describe('ink ratio', () => {
  it('stays near zero on white paper even with scattered scanner specks', () => {
    expect(inkRatio(blankPage(2480, 1754, 3000))).toBeLessThan(0.00005);
  });

  it('sees the ink of a single short line on an otherwise empty page', async () => {
    const page = await renderTextPage({ lines: ['Justerare: Göran Ek'] });
    expect(inkRatio(page)).toBeGreaterThan(0.0005);
  });
});

describe('speckle tokens', () => {
  it('drops low-confidence speckle marks and keeps words, § and its misreadings, and confident dashes', () => {
    const { lines, dropped } = dropSpeckleTokens([
      line([word('Per-Olof', 0.95), word('=', 0.2), word('Mörk', 0.9), word('|', 0.4), word('&', 0.3)]),
      line([word('§', 0.3), word('4', 0.9), word('09.00', 0.9), word('–', 0.92), word('12.00', 0.9)]),
      line([word('"', 0.1), word(';', 0.05)]),
    ]);
    expect(dropped).toBe(4);
    expect(lines.map((l) => l.words.map((w) => w.text).join(' '))).toEqual(['Per-Olof Mörk &', '§ 4 09.00 – 12.00']);
  });

  it('drops a lone table rule or smudge even when the engine was sure of it', () => {
    const { lines } = dropSpeckleTokens([line([word('2024', 0.95), word('«Dnr', 0.8), word('|', 0.93), word('»', 0.9), word('SN', 0.95)])]);
    expect(lines.map((l) => l.words.map((w) => w.text).join(' '))).toEqual(['2024 «Dnr SN']);
  });

  it('shrinks the line box to the words that remain', () => {
    const { lines } = dropSpeckleTokens([line([word('Ek', 0.9, 10, 0, 50, 20), word('.', 0.1, 400, 0, 405, 5)])]);
    expect(lines[0]?.bbox).toEqual({ x0: 10, y0: 0, x1: 50, y1: 20 });
  });
});

describe('orientation suspicion', () => {
  const confident = [line([word('Mötets', 0.95), word('öppnande', 0.95)])];
  it('trusts a confident page of horizontal lines', () => {
    expect(looksMisoriented({ lines: confident, meanConfidence: 0.93 })).toBe(false);
  });
  it('doubts a low-confidence reading', () => {
    expect(looksMisoriented({ lines: confident, meanConfidence: 0.3 })).toBe(true);
  });
  it('doubts lines that run down the page even when confident', () => {
    const vertical = [line([word('a', 0.9), word('b', 0.9)], { x0: 0, y0: 0, x1: 40, y1: 900 })];
    expect(looksMisoriented({ lines: vertical, meanConfidence: 0.93 })).toBe(true);
  });
});
