import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// OCR of an agenda table whose wrapped titles it read as a block of their own: the figures 4–6 stay alone on their rows.
const AGENDA_WITH_LONE_FIGURES = [
  'BRANDBY KOMMUN\tKUNGÖRELSE',
  'Kommunfullmäktige sammanträder måndagen den 9 mars 2026 kl. 18.00 i Stadshuset.',
  '',
  'Nr Ärende Dnr',
  '',
  '1 Upprop',
  '',
  '2 Val av justerare',
  '',
  '3 Fastställande av dagordning',
  '',
  '4',
  '',
  '5',
  '',
  '6',
  '',
  '7 Taxa för tillsyn KS 2026/14',
  '',
  '8 Anmälan av motioner',
  '',
  '9 Meddelanden',
].join('\n');

describe('figures of an agenda table alone on their rows, their titles read elsewhere', () => {
  it('carry the chain of points across, each a point of its own', () => {
    expect(segment(AGENDA_WITH_LONE_FIGURES).items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
  it('never open or end the chain', () => {
    const tail = AGENDA_WITH_LONE_FIGURES.replace('9 Meddelanden', '9\n\n10');
    expect(segment(tail).items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});
