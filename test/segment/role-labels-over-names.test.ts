import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const notes = [
  'Minnesanteckningar ledningsgruppen',
  '',
  'Datum: 2031-02-04',
  '',
  'Mötesledare\tAntecknare',
  'Tora Vinge\tPelle Åkerlund',
  '',
  'Närvarande',
  'Tora Vinge, rektor',
  'Pelle Åkerlund, kurator',
  '',
  '1. Schema',
  'Inga kommentarer.',
  '',
].join('\n');

describe('a row of roles over a row of names in the head', () => {
  it('gives each role its own name and leaves the list of attendees below intact', () => {
    const fields = parseHeadBlock(linesFromText(notes)[0]!.slice(0, 11));
    expect(fields.filter((f) => f.kind === 'signature').map((f) => [f.label, f.values])).toEqual([
      ['Mötesledare', ['Tora Vinge']],
      ['Antecknare', ['Pelle Åkerlund']],
    ]);
    expect(fields.find((f) => f.kind === 'attendees')?.values).toEqual(['Tora Vinge, rektor', 'Pelle Åkerlund, kurator']);
  });
  it('reads the same from OCR that put both labels, and both names, in one cell with a blank row between', () => {
    const fields = parseHeadBlock(linesFromText('Mötesledare : " Antecknare\n\nTora Vinge Pelle Åkerlund\n\nNärvarande\nTora Vinge, rektor\n')[0]!);
    expect(fields.filter((f) => f.kind === 'signature').map((f) => f.values[0])).toEqual(['Tora Vinge', 'Pelle Åkerlund']);
  });
  it('is no signing row when the list of attendees follows it', () => {
    const minutes = segmentMinutes({ text: notes }, { file: 'x', sha256: null, pages: 1 });
    expect(minutes.signatures).toEqual([]);
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Tora Vinge', 'Pelle Åkerlund']);
  });
});
