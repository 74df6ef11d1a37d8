import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const box = ['Närvarande: Ada Ek (Ekmora IF), Bo Ros (Västerby SK), Cay Lund (sekreterare)', 'Förhinder: Dan Ås (Ekmora IF)', '\tSida # av 2'];
const page = (n: number, body: string[]) => ['Ekmora kommun\tMINNESANTECKNINGAR', 'Idrottsrådet\t2031-03-04', '', ...body, ...box.map((l) => l.replace('#', String(n)))];
const text = [
  ...page(1, ['Idrottsrådet, möte 2/2031', 'Tisdag 4 mars 2031 kl. 18.00–20.00, Ekmora sporthall', '', '1) Hallfördelning', 'Ada redovisade vårens tider.', '', '2) Bidrag', 'Bo berättade om nya regler.']),
  `\f${page(2, ['3) Övrigt', 'Inget att notera.', '', 'Antecknare: Cay Lund\tJusteras: Ada Ek']).join('\n')}`,
].join('\n');

describe('attendance printed in a box at the foot of every page', () => {
  const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 2 });

  it('reads those present and absent from the box, once', () => {
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Ada Ek', 'Bo Ros', 'Cay Lund']);
    expect(minutes.absent.map((p) => p.name)).toEqual(['Dan Ås']);
  });

  it('keeps the box out of the points\' notes', () => {
    expect(minutes.items.map((i) => i.text)).toEqual(['Ada redovisade vårens tider.', 'Bo berättade om nya regler.', 'Inget att notera.']);
  });
});
