import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { parsePerson } from '../../src/segment/person.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-39 shapes', () => {
  it('reads the first language of bilingual labels ("Tid/Time:", "Deltagare/Participants:", "Beslut/Decision:")', () => {
    const m = segment(
      'Anteckningar\nNätverket\n\nDatum/Date: 2025-05-06\nTid/Time: 09.00–10.00\nPlats/Venue: Fjällhuset\nDeltagare/Participants: Vilja Trosk, Fjällby; Ebbe Mulm, Sjöby\nFörhinder/Apologies: Saga Frell, Åby\n\n' +
        '1. Ansökan\nText.\nBeslut/Decision: Nätverket står bakom ansökan.\n\nAntecknat av/Minutes taken by: Ebbe Mulm',
    );
    expect(m.meeting).toEqual({ date: '2025-05-06', start: '09:00', end: '10:00', place: 'Fjällhuset' });
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm']);
    expect(m.absent.map((p) => p.name)).toEqual(['Saga Frell']);
    expect(m.items[0]!.decisions).toEqual(['Nätverket står bakom ansökan.']);
    expect(m.signatures).toEqual([{ role: 'Antecknat av/Minutes taken by', name: 'Ebbe Mulm' }]);
  });
  it('drops a column of initials from a people table, and initials beside a name', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\nNärvarande\nNamn\tInitialer\tFunktion\nVilja Trosk\tVT\tenhetschef\nEbbe Mulm\tEM\tcontroller\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'enhetschef' },
      { name: 'Ebbe Mulm', organisation: null, role: 'controller' },
    ]);
    expect(parsePerson('Vilja Trosk, VT, enhetschef')).toEqual({ name: 'Vilja Trosk', organisation: null, role: 'enhetschef' });
  });
  it('reads a member\'s function printed before the name ("1:e vice ordförande Saga Frell (S)")', () => {
    expect(parsePerson('1:e vice ordförande Saga Frell (S)')).toEqual({ name: 'Saga Frell', organisation: 'S', role: '1:e vice ordförande' });
  });
  it('decides with "ger … i uppdrag", and drops specks after a list dash', () => {
    const decide = (text: string) => extractDecisions(linesFromText(text)[0]!);
    expect(decide('Presidiet ger kansliet i uppdrag att ta fram ett program.')).toHaveLength(1);
    expect(decide('Beslut\n- . Nämnden antar planen.')).toEqual(['Nämnden antar planen.']);
  });
  it('times a dated heading from the row below it despite a speck after the time', () => {
    const m = segment('Presidiets sammanträde 2025-05-06\nkl. 08.15–09.00 |\n\nPlats: Rådhuset\n\n§ 1 Öppnande\nText.');
    expect(m.meeting).toMatchObject({ date: '2025-05-06', start: '08:15', end: '09:00' });
  });
  it('keeps the notes of the last point of short minutes where OCR left a blank row under its heading', () => {
    const m = segment('PROTOKOLL\nPresidiet\n\nDatum: 2025-05-06\n\n§ 1 Öppnande\nOrdföranden öppnade.\n\n§ 2 Plan\nPlanen godkändes.\n\n§ 3 Utbildning\n\nPresidiet ger kansliet i uppdrag att planera.\n\nVid protokollet\n\nSaga Frell');
    expect(m.items[2]!.decisions).toEqual(['Presidiet ger kansliet i uppdrag att planera.']);
  });
});
