import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { topOfStackedSigners } from '../../src/segment/stacked-signers.ts';

const source = { file: 'x.txt', sha256: null, pages: 1 };

describe('signers stacked role over name', () => {
  it('finds the topmost role of role/name pairs stacked above the last role', () => {
    const lines = linesFromText('Slut på anteckningarna.\n\nAntecknat av\n\n\nP. Ek\n\n\nJusterat\n\n\nA. Holm')[0]!;
    const last = lines.findIndex((l) => l.text === 'Justerat');
    expect(topOfStackedSigners(lines, last)).toBe(lines.findIndex((l) => l.text === 'Antecknat av'));
  });

  it('keeps the last role where the row over its name is prose', () => {
    const lines = linesFromText('Gruppen diskuterade frågan länge.\nP. Ek\nJusterat\nA. Holm')[0]!;
    const last = lines.findIndex((l) => l.text === 'Justerat');
    expect(topOfStackedSigners(lines, last)).toBe(last);
  });

  it('gives each signer of notes without numbered points their own role', () => {
    const m = segmentMinutes(
      {
        text: 'PM – Anteckningar från sammanträde med skolgruppen\nmåndagen den 3 mars 1980 kl 9.00 på skolkontoret\n\nNärvarande:\tT. Berg, skolchef\n\tS. Ahl, rektor\n\nLÄSÅRETS PLANERING\n\nSkolchefen redogjorde för planeringen.\n\nAntecknat av\n\n\nS. Ahl\n\n\nJusterat\n\n\nT. Berg',
      },
      source,
    );
    expect(m.signatures).toEqual([
      { role: 'Antecknat av', name: 'S. Ahl' },
      { role: 'Justerat', name: 'T. Berg' },
    ]);
    expect(m.adjusters).toEqual(['T. Berg']);
  });

  it('reads the last signer past a speck read as a colon after the name', () => {
    const m = segmentMinutes(
      { text: 'Anteckningar från mötet med skolgruppen 1980-03-03\n\nTEMA\n\nGruppen diskuterade.\n\nAntecknat av\n\nS. Ahl\n\nJusterat\n\nT. Berg:' },
      source,
    );
    expect(m.signatures.map((s) => s.role)).toEqual(['Antecknat av', 'Justerat']);
  });
});
