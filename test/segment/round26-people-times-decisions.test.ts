import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });
const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

describe('members listed by party', () => {
  it('reads a one-letter party before a colon as every name\'s party', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\n\nLedamöter\nC: Sara Ek (ordf.), Jon Falk\nL: Ida Berg\n\n§ 1 Upprop\nText.');
    expect(m.attendees).toEqual([
      { name: 'Sara Ek', organisation: 'C', role: 'ordförande' },
      { name: 'Jon Falk', organisation: 'C', role: null },
      { name: 'Ida Berg', organisation: 'L', role: null },
    ]);
  });
});

describe('when a meeting opened', () => {
  it('takes the start from the opening sentence when the head gives no time', () => {
    const m = segment('Protokoll\nRådet\n\nDatum: 2024-03-05\n\n§1 Öppnande\nMötet öppnades kl. 9.15 av ordföranden.\n§2 Avslutning\nMötet avslutades kl. 10.40.');
    expect(m.meeting).toMatchObject({ start: '09:15', end: '10:40' });
  });
});

describe('decisions and tasks under one label', () => {
  it('keeps only the rows that state a decision, without their dash', () => {
    expect(decisions('Beslut/Åtgärder:\n- Nätverket beslutar att anta planen.\n- Eva bokar lokal.')).toEqual(['Nätverket beslutar att anta planen.']);
  });
});

describe('a signed adjuster on the role\'s own row', () => {
  it('is a signature right below other signatures', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\n\n§ 1 Upprop\nText.\n\nUnderskrifter\nOrdförande: Åsa Lund (signerat digitalt)\nJusterare: Per Holm (signerat digitalt)');
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Åsa Lund' },
      { role: 'Justerare', name: 'Per Holm' },
    ]);
  });
});
