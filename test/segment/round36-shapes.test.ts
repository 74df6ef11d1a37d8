import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: text.split('\f').length });
const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

describe('round-36 shapes', () => {
  it('reads the sides of a negotiation: no organisation for "Arbetsgivarsidan:", the adjuster "från arbetstagarsidan", "Parterna är överens om att" and the parties\' signatures', () => {
    const m = segment(
      'PROTOKOLL\nSamverkansgrupp Blåklint\n\nDatum: 2025-05-06\n\nNärvarande\nArbetsgivarsidan: Vilja Trosk (enhetschef)\nArbetstagarsidan: Ebbe Mulm (Facklan)\n\n' +
        '§ 1 Öppnande\nTill justerare från arbetstagarsidan valdes Ebbe Mulm.\n\n§ 2 Schema\nParterna är överens om att schemat prövas i sex veckor.\n\n' +
        'För arbetsgivaren\tFör arbetstagarorganisationerna\nVilja Trosk\tEbbe Mulm',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'enhetschef' },
      { name: 'Ebbe Mulm', organisation: 'Facklan', role: null },
    ]);
    expect(m.adjusters).toEqual(['Ebbe Mulm']);
    expect(m.items[1]!.decisions).toEqual(['Parterna är överens om att schemat prövas i sex veckor.']);
    expect(m.signatures).toEqual([
      { role: 'För arbetsgivaren', name: 'Vilja Trosk' },
      { role: 'För arbetstagarorganisationerna', name: 'Ebbe Mulm' },
    ]);
  });
  it('reads people grouped by "Från X:", also with blank rows between the groups', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\nNärvarande\nFrån Fjällby: Vilja Trosk, Ebbe Mulm\n\nFrån Sjöby: Saga Frell\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'Fjällby'],
      ['Ebbe Mulm', 'Fjällby'],
      ['Saga Frell', 'Sjöby'],
    ]);
  });
  it('drops a decision label that says nothing was decided', () => {
    expect(decisions('Beslut: Inget beslut fattades. Frågan tas upp i maj.')).toEqual([]);
    expect(decisions('Beslut: Gruppen godkänner planen.')).toEqual(['Gruppen godkänner planen.']);
  });
  it('decides with "lägger" and a long object before "till handlingarna"', () => {
    expect(decisions('Utskottet lägger anmälan av delegationsbeslut för mars månad till handlingarna.')).toHaveLength(1);
  });
  it('dates minutes by the one date in their running footer when the head gives none', () => {
    const page = (n: number, body: string) => `${body}\n\nGruppen Blåklint · Anteckningar 2025-05-06\tSida ${n} av 2`;
    const m = segment(page(1, 'Anteckningar\nGruppen Blåklint\n\nTid: kl. 9–10\nDeltagare: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.') + '\f' + page(2, '2. Slut\nText.\n\nNästa möte: tisdag 20/5 kl. 9'));
    expect(m.meeting?.date).toBe('2025-05-06');
    expect(m.nextMeeting?.date).toBe('2025-05-20');
  });
  it('reads the place a kungörelse names before the date, also when the sentence wraps', () => {
    const m = segment('KUNGÖRELSE\nFullmäktige\n\nFullmäktige sammanträder i Tingshuset, stora salen, torsdagen den 5\njuni 2025 kl. 18.00.\n\nÄrenden\n1. Upprop\n2. Budget');
    expect(m.meeting).toEqual({ date: '2025-06-05', start: '18:00', end: null, place: 'Tingshuset, stora salen' });
  });
  it('takes "&" before a paragraph number as the sign OCR misread', () => {
    const m = segment('PROTOKOLL\nNämnden\n\nDatum: 2025-05-06\n\n& 1 Öppnande\nText.\n\n§ 2 Budget\nText.');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
  });
  it('ends a title before a row that holds two sentences', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\n1. Platser i sommar -\nFjällby har 40 platser. Sjöby har 20\nplatser.\n\n2. Slut\nText.');
    expect(m.items[0]!.title).toBe('Platser i sommar -');
  });
});
