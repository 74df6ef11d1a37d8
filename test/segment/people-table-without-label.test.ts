import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (head: string) =>
  segmentMinutes({ text: ['Minnesanteckningar', 'Arbetsgruppen för näringsliv', '', 'Datum\tTid\tPlats', '2025-10-02\t13.00–15.00\tRum Örnen', '', head, '', '1. Inledning', 'Alla hälsades välkomna.', '2. Övrigt', 'Inget.'].join('\n') }, { file: 'x.txt', pages: 1 });

describe('a table of people headed only by its columns', () => {
  it('reads "Namn | Organisation | Roll" with no label above it as those at the meeting', () => {
    const out = segment('Namn\tOrganisation\tRoll\nIrma Falk\tEkerö kommun\tnäringslivschef\nTomas Grön\tSalems kommun\tutvecklare');
    expect(out.attendees).toEqual([
      { name: 'Irma Falk', organisation: 'Ekerö kommun', role: 'näringslivschef' },
      { name: 'Tomas Grön', organisation: 'Salems kommun', role: 'utvecklare' },
    ]);
  });
  it('does not read "Mötesledare | Antecknare" over two names above such a table as signatures', () => {
    const out = segment('Mötesledare\tAntecknare\nIrma Falk\tTomas Grön\n\nNamn\tOrganisation\tRoll\nIrma Falk\tEkerö kommun\tnäringslivschef\nTomas Grön\tSalems kommun\tutvecklare');
    expect(out.signatures).toEqual([]);
    expect(out.attendees.map((p) => p.name)).toEqual(['Irma Falk', 'Tomas Grön']);
  });
});
