import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: text.split('\f').length });

describe('round-50 shapes', () => {
  it('reads "Namn, ordförande" under a greeting as the signer of an agenda, with the row that dates the letter below', () => {
    const m = segment('Fjällföreningen\nDagordning styrelsemöte\n\nTorsdag 4/9 kl. 19.00 i föreningslokalen\n\n1. Öppnande\n2. Ekonomi\n3. Avslutning\n\nVäl mött!\nVilja Trosk, ordförande\n\nUtskickad 2025-08-28');
    expect(m.signatures).toEqual([{ role: 'ordförande', name: 'Vilja Trosk' }]);
  });
  it('reads pairs of signers with their roles under signing lines, the lines between the pairs included', () => {
    const m = segment(
      'Protokoll\nFjällklubben\n\nDatum: 2025-03-02\n\n§ 1 Öppnande: Mötet öppnades.\n§ 2 Avslutning: Mötet avslutades.\n\n' +
        '________________\t________________\nVilja Trosk, mötesordförande\tEbbe Mulm, mötessekreterare\n\n________________\t________________\nSaga Frell, justerare\tOrvar Lind, justerare',
    );
    expect(m.signatures).toEqual([
      { role: 'mötesordförande', name: 'Vilja Trosk' },
      { role: 'mötessekreterare', name: 'Ebbe Mulm' },
      { role: 'justerare', name: 'Saga Frell' },
      { role: 'justerare', name: 'Orvar Lind' },
    ]);
  });
  it('reads a lower-case room in the definite form after the date of a title with no time as the place', () => {
    const m = segment('FJÄLLKLUBBEN\nProtokoll fört vid årsmöte 2025-03-02 i klubbstugan\n\n§ 1 Öppnande: Text.\n§ 2 Avslutning: Text.');
    expect(m.meeting).toMatchObject({ date: '2025-03-02', place: 'klubbstugan' });
  });
  it('reads the people a list names after a count of those it does not', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-09-04\nNärvarande: 14 medarbetare samt fältchef Vilja Trosk och skyddsombud Ebbe Mulm\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'fältchef' },
      { name: 'Ebbe Mulm', organisation: null, role: 'skyddsombud' },
    ]);
  });
});

describe('OCR of the round-50 run-in paragraphs', () => {
  const text =
    'FJÄLLKLUBBEN\nProtokoll fört vid årsmöte 2025-03-02 i klubbstugan\n\n' +
    '81 Mötets öppnande: Klubbens ordförande Vilja Trosk öppnade mötet kl. 18.00.\n\n' +
    '8 2 Val av justerare: Till justerare valdes Ebbe Mulm\noch Saga Frell.\n\n' +
    '83 Medlemsavgift 2026: Årsmötet fastställde medlemsavgiften till 400 kr för seniorer och\n250 kr för juniorer.\n\n' +
    '8 4 Mötets avslutande: Ordföranden tackade och avslutade mötet kl.\n19.40.';
  it('reads the title before a run-in sentence that wraps at the margin, the sentence as the notes', () => {
    const m = segment(text);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Val av justerare'],
      ['3', 'Medlemsavgift 2026'],
      ['4', 'Mötets avslutande'],
    ]);
    expect(m.items[2]!.decisions).toEqual(['Årsmötet fastställde medlemsavgiften till 400 kr för seniorer och 250 kr för juniorer.']);
    expect(m.adjusters).toEqual(['Ebbe Mulm', 'Saga Frell']);
  });
  it('reads a closing time wrapped after "kl."', () => {
    expect(segment(text).meeting).toMatchObject({ start: '18:00', end: '19:40' });
  });
  it('keeps a title with a colon whose second part names the matter, not a sentence', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-03-02\n\n§ 1 Motion: Fler cykelbanor i centrala Fjällby\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.items[0]!.title).toBe('Motion: Fler cykelbanor i centrala Fjällby');
  });
  it('drops one or two lower-case letters after a figure at a title\'s end, but not a unit the figure counts', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-03-02\n\n§ 1 Budget 2026 ij\nText.\n\n§ 2 Bidrag om 5 000 kr\nText.\n\n§ 3 Avslutning\nText.');
    expect(m.items.map((i) => i.title)).toEqual(['Budget 2026', 'Bidrag om 5 000 kr', 'Avslutning']);
  });
});

