import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findRunningLines, isRunningCell } from '../../src/segment/running-lines.ts';

describe('running headers and footers', () => {
  it('recognises page numbers, web addresses and signature boxes by pattern', () => {
    expect(isRunningCell('Sida 2 av 3')).toBe(true);
    expect(isRunningCell('Sida 1 (4)')).toBe(true);
    expect(isRunningCell('www.haninge.se')).toBe(true);
    expect(isRunningCell('Justerandes sign')).toBe(true);
    expect(isRunningCell('Utdragsbestyrkande')).toBe(true);
    expect(isRunningCell('Beslut')).toBe(false);
  });
  it('marks a header that recurs on every page whatever its page number', () => {
    const pages = linesFromText(
      'Tyresö kommun  Sida 1 (3)\nText ett\nmer text\f' + 'Tyresö kommun  Sida 2 (3)\nText två\nannan text\f' + 'Tyresö kommun  Sida 3 (3)\nText tre\nslut',
    );
    const running = findRunningLines(pages);
    expect(running.map((p) => p[0])).toEqual([true, true, true]);
    expect(running.map((p) => p[1])).toEqual([false, false, false]);
  });
  it('keeps a sub-heading that happens to open two pages of four', () => {
    const pages = linesFromText('Beslut\nett\f' + 'Beslut\ntvå\f' + 'Något\ntre\f' + 'Annat\nfyra');
    expect(findRunningLines(pages).map((p) => p[0])).toEqual([false, false, false, false]);
  });
  it('marks a header OCR spelt differently on some pages of a long document, and no body row', () => {
    const header = (n: number) => (n % 7 === 3 ? `Nämnden fär teknik  Sida ${n}` : `Nämnden för teknik  Sida ${n}`);
    const words = ['budget', 'skola', 'väg', 'park', 'taxa', 'bygglov', 'avfall', 'vatten', 'kultur', 'idrott', 'miljö'];
    const body = (i: number) => `${words[i % 11]} och ${words[(i * 7 + 3) % 11]} behandlades`;
    const text = Array.from({ length: 120 }, (_, i) => `${header(i + 1)}\n${body(i)}\n${words[(i * 5 + 1) % 11]} ${'ett två tre fyra fem'.slice(0, (i % 13) + 3)}`).join('\f');
    const running = findRunningLines(linesFromText(text));
    expect(running.every((p) => p[0])).toBe(true);
    expect(running.some((p) => p[1] || p[2])).toBe(false);
  });
});
