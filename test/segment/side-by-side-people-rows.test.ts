import { describe, expect, it } from 'vitest';
import { titledPairsPerRow, withoutGroupHeadingRows } from '../../src/segment/side-by-side-people-rows.ts';
import { attendeesOfNotes } from './by-field/segment-text.ts';

describe('two lists of people printed side by side, read by OCR one row at a time', () => {
  it('gives the left person the title before the right person, and the right person what ends the row', () => {
    const people = attendeesOfNotes('Närvarande:\nArbetsgivarsidan Arbetstagarsidan\nVilja Trosk, förvaltningschef Ebbe Mulm, Kommunal\nSaga Frell, personalsekreterare Ivar Lundkvist, Vision');
    expect(people).toEqual([
      ['Vilja Trosk', null, 'förvaltningschef'],
      ['Ebbe Mulm', 'Kommunal', null],
      ['Saga Frell', null, 'personalsekreterare'],
      ['Ivar Lundkvist', 'Vision', null],
    ]);
  });
  it('leaves a single row with a title before a name as it is, for a prose list writes titles so', () => {
    const rows = ['Vilja Trosk, rektor Ebbe Mulm, Kommunal', 'Saga Frell'];
    titledPairsPerRow(rows);
    expect(rows).toEqual(['Vilja Trosk, rektor Ebbe Mulm, Kommunal', 'Saga Frell']);
  });
  it('leaves rows whose tail goes on naming people with titles', () => {
    const rows = ['Vilja Trosk, rektor Ebbe Mulm, kurator Saga Frell', 'Tyra Malm, kurator Ivar Lundkvist, lärare Olle Sträng'];
    titledPairsPerRow(rows);
    expect(rows).toHaveLength(2);
  });
  it('drops a row made only of the groups\' headings, and keeps a row that names someone', () => {
    const rows = ['| Arbetsgivarsidan Arbetstagarsidan', 'Vilja Trosk'];
    withoutGroupHeadingRows(rows, /^(?:arbetsgivarsidan|arbetstagarsidan)$/iu);
    expect(rows).toEqual(['Vilja Trosk']);
  });
});
