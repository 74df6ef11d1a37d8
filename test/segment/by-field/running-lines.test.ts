import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../../src/segment/document-lines.ts';
import { findRunningLines } from '../../../src/segment/running-lines.ts';
import { segment } from './segment-text.ts';

describe('tells running rows from the text', () => {
  it('keeps a row that recurs below the header only where body rows stand between it and the page edge', () => {
    const pages = linesFromText(
      'FJÄLLSTAD  Protokoll\nNämnden  Sida 1 (3)\n\n§ 1 Ett\nFöredragande: fjällchef Vilja Trosk\nVägen lagas i maj.\f' +
        'FJÄLLSTAD  Protokoll\nNämnden  Sida 2 (3)\n\n§ 2 Två\nFöredragande: fjällchef Vilja Trosk\nBron målas om i juni.\f' +
        'FJÄLLSTAD  Protokoll\nNämnden  Sida 3 (3)\n\n§ 3 Tre\nInga frågor ställdes.',
    );
    const running = findRunningLines(pages);
    expect(running.map((p) => [p[0], p[1], p[4]])).toEqual([
      [true, true, false],
      [true, true, false],
      [true, true, false],
    ]);
  });
  it('keeps "Beslut: …" above the footer of two pages as the decision it is', () => {
    const m = segment(
      'PROTOKOLL\nFjällnämnden\n\nDatum: 2024-03-05\n\n§ 1 Ett\nFörslag: Nämnden antar anbudet.\nBeslut: Förslaget godkändes.\nJusterarnas signaturer\f' +
        '§ 2 Två\nFörslag: Nämnden antecknar informationen.\nBeslut: Förslaget godkändes.\nJusterarnas signaturer\f' +
        '§ 3 Tre\nText här.\nJusterarnas signaturer',
    );
    expect(m.items.map((i) => i.decisions)).toEqual([['Förslaget godkändes.'], ['Förslaget godkändes.'], []]);
  });
});
