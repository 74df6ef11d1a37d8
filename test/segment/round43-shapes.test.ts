import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: text.split('\f').length });

describe('round-43 shapes', () => {
  it('dates a kallelse by its labelled day and month, the date at the top (when the letter went out) giving the year', () => {
    const m = segment('Kallelse\t2025-02-01\nFjällrådet\n\nDatum: torsdag 13/2\nTid: 14–16\nPlats: Fjällhuset\n\nDagordning\n1. Öppnande\n2. Övrigt');
    expect(m.meeting).toMatchObject({ date: '2025-02-13', start: '14:00', end: '16:00' });
  });
  it('takes the adjuster a body chose "(S) att tillsammans med ordföranden justera", the party between', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-04-17\n\n§ 1 Val av justerare\nFjällnämnden utser Vilja Trosk (S) att tillsammans med ordföranden justera protokollet.\n\nJusteras\nEbbe Mulm\tVilja Trosk');
    expect(m.adjusters).toEqual(['Vilja Trosk']);
  });
});
