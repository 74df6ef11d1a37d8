import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

describe('points lettered under a number', () => {
  it('reads "3a." and "Punkt 3b." under point 3 as items of their own', () => {
    const m = segmentMinutes(
      { text: 'Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\n\n1. Start\nText.\n3. Lokaler\n3a. Matsalen\nText.\nPunkt 3b. Gympasalen\nText.\n4. Avslut' },
      { file: 'x.txt', sha256: null, pages: 1 },
    );
    expect(m.items.map((i) => i.number)).toContain('3a');
    expect(m.items.map((i) => [i.number, i.title]).filter(([n]) => n!.startsWith('3'))).toEqual([
      ['3', 'Lokaler'],
      ['3a', 'Matsalen'],
      ['3b', 'Gympasalen'],
    ]);
  });
  it('reads lettered decision points under a decision heading as separate decisions', () => {
    expect(extractDecisions(linesFromText('Beslut\na) Nämnden antar planen.\nb) Nämnden uppdrar åt kontoret att följa upp.')[0]!)).toEqual([
      'Nämnden antar planen.',
      'Nämnden uppdrar åt kontoret att följa upp.',
    ]);
  });
});

describe('points numbered under a number', () => {
  it('reads "2.2 Ekonomi ." with a speck after the title as a sub-point, not a sentence', () => {
    const m = segmentMinutes(
      { text: 'Minnesanteckningar\nStyrgruppen\n\nDatum: 2022-03-05\n\n1. Start\nText.\n2. Status\n2.1 Tidplan\nText.\n\n2.2 Ekonomi .\n\nText.\n2.3 Risker\nText.\n3. Avslut\nText.' },
      { file: 'x.txt', sha256: null, pages: 1 },
    );
    expect(m.items.map((i) => [i.number, i.title]).filter(([n]) => n!.startsWith('2'))).toEqual([
      ['2', 'Status'],
      ['2.1', 'Tidplan'],
      ['2.2', 'Ekonomi'],
      ['2.3', 'Risker'],
    ]);
  });
});
