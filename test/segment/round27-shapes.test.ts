import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });
const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

describe('people listed under their organisation', () => {
  it('gives the dashed people below an undashed organisation row that organisation', () => {
    const m = segment('Minnesanteckningar\nSamverkan\n\nDatum: 2024-03-05\n\nNärvarande\nKronofogden\n- Ulf Berg, handläggare\n- Siv Al, jurist\nNacka kommun\n- Bo Ek, rektor\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Ulf Berg', organisation: 'Kronofogden', role: 'handläggare' },
      { name: 'Siv Al', organisation: 'Kronofogden', role: 'jurist' },
      { name: 'Bo Ek', organisation: 'Nacka kommun', role: 'rektor' },
    ]);
  });
  it('reads first names with the place in brackets', () => {
    const m = segment('Anteckningar\nNätverket\n\nDatum: 2024-03-05\nMed: Lisa (Solna), Ali (Nacka)\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Lisa', organisation: 'Solna', role: null },
      { name: 'Ali', organisation: 'Nacka', role: null },
    ]);
  });
});

describe('decisions', () => {
  it('reads "bestämde att" as a decision', () => {
    expect(decisions('Vi bestämde att byta lokal. Eva bokar.')).toEqual(['Vi bestämde att byta lokal.']);
  });
  it('ends a decision at a "Särskilt yttrande" heading', () => {
    expect(decisions('Beslut\nNämnden beslutar att anta planen.\nSärskilt yttrande\nOla Ek (V) lämnar ett särskilt yttrande.')).toEqual(['Nämnden beslutar att anta planen.']);
  });
});

describe('a signer titled with the body in the genitive', () => {
  it('reads "Nämndens ordförande" under a name as the role', () => {
    const m = segment('Kallelse\nNämnden\n\nDatum: 2024-03-05\n\n1. Start\n\nEva Lind\nNämndens ordförande');
    expect(m.signatures).toEqual([{ role: 'Nämndens ordförande', name: 'Eva Lind' }]);
  });
});
