import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { parsePerson } from '../../src/segment/person.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-38 shapes', () => {
  it('reads "Medverkande:" as attendees and drops the part of the meeting someone was there for', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\nMedverkande: Vilja Trosk (sammankallande), Ebbe Mulm (från kl. 14.30), Saga Frell (ej punkt 4)\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'sammankallande' },
      { name: 'Ebbe Mulm', organisation: null, role: null },
      { name: 'Saga Frell', organisation: null, role: null },
    ]);
  });
  it('finds the next meeting in "Vi träffas igen …" and "Nytt möte bokas till …"', () => {
    const head = 'Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\n1. Start\nText.\n\n';
    expect(segment(`${head}Vi träffas igen tisdag 3 juni kl. 9.00.`).nextMeeting?.date).toBe('2025-06-03');
    expect(segment(`${head}Nytt möte bokas till 17/6 kl. 9–10.`).nextMeeting?.date).toBe('2025-06-17');
  });
  it('makes the people a body "med undantag av" absent and names no one present', () => {
    const m = segment('PROTOKOLL\nFöreningen\n\nDatum: 2025-05-06\n\nNärvarande: Styrelsen med undantag av Ebbe Mulm\n\n§ 1 Öppnande\nText.');
    expect(m.attendees).toEqual([]);
    expect(m.absent.map((p) => p.name)).toEqual(['Ebbe Mulm']);
  });
  it('gives no organisation to groups of participants and makes a singular one a role', () => {
    const m = segment('Anteckningar\nRådet\n\nDatum: 2025-05-06\n\nNärvarande: Brukarrepresentanter: Vilja Trosk, Ebbe Mulm; Anhörigrepresentant: Saga Frell\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: null },
      { name: 'Ebbe Mulm', organisation: null, role: null },
      { name: 'Saga Frell', organisation: null, role: 'anhörigrepresentant' },
    ]);
  });
  it('takes the authority in "Från polisen:" as the organisation, not the meeting\'s own side', () => {
    const m = segment('Anteckningar\nDialogmöte\n\nDatum: 2025-05-06\n\nFrån kommunen: Vilja Trosk (samordnare)\nFrån polisen: Ebbe Mulm (kommunpolis)\n\n1. Start\nText.');
    expect(m.attendees.map((p) => p.organisation)).toEqual([null, 'Polisen']);
  });
  it('ends a place before a sentence about who came', () => {
    const m = segment('Anteckningar\nDialogmöte\n\nDatum: 2025-05-06\nPlats och tid: Biblioteket i Fjällby, kl. 18.00–20.00\nCirka 30 boende deltog.\n\n1. Start\nText.');
    expect(m.meeting?.place).toBe('Biblioteket i Fjällby');
  });
  it('decides with "noterar informationen", and splits a dash list whose entries OCR set apart with blank rows', () => {
    expect(extractDecisions(linesFromText('Utskottet noterar informationen.')[0]!)).toEqual(['Utskottet noterar informationen.']);
    expect(extractDecisions(linesFromText('Beslut: :\n\n— att köpa bollar,\n\n— att hyra hallen.')[0]!)).toEqual(['att köpa bollar,', 'att hyra hallen.']);
  });
  it('reads a capital Å, Ä or Ö alone after a title as a speck', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\n1. Avslutning Å\nText.');
    expect(m.items[0]!.title).toBe('Avslutning');
  });
  it('reads "Anhörigrepresentant" before a name as a title', () => {
    expect(parsePerson('Anhörigrepresentant Saga Frell')).toEqual({ name: 'Saga Frell', organisation: null, role: 'anhörigrepresentant' });
  });
});
