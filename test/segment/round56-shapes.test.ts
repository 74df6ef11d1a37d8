import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-56 shapes', () => {
  it('reads "Deltagare: …" listed after the last point, where the head lists no one', () => {
    const m = segment('Minnesanteckningar – Fjällnätverket\n\nDatum: 2026-01-13\n\n1. Start\nText.\n\n2. Slut\nText.\n\nDeltagare: Vilja Trosk, Fjällby kommun; Ebbe Mulm, Trollbergs kommun\nAntecknare: Ebbe Mulm');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'Fjällby kommun'],
      ['Ebbe Mulm', 'Trollbergs kommun'],
    ]);
  });
  it('reads no one from a kallelse\'s sentence "Förhinder anmäls till …" under its agenda', () => {
    const m = segment('KALLELSE\nFjällnämnden\n\nDatum: 2026-01-13\n\n1. Start\n2. Mitt\n3. Slut\n\nFörhinder anmäls till nämndsekreterare Vilja Trosk, vilja@fjallby.se.\n\nEbbe Mulm\nOrdförande');
    expect(m.absent).toEqual([]);
  });
  it('reads a decision whose row OCR opened with a dash glued to its capital', () => {
    const m = segment('PROTOKOLL\nFjällfullmäktige\n\nDatum: 2026-01-26\n\n§ 1 Motion om bänkar\nKommunstyrelsen har yttrat sig över motionen. Åtgärden pågår redan.\n-Kommunfullmäktige beslutar att anse motionen besvarad.\n\n§ 2 Slut\nText.');
    expect(m.items[0]!.decisions).toEqual(['Kommunfullmäktige beslutar att anse motionen besvarad.']);
  });
});

