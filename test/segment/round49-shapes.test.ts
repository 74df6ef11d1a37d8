import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { findCompactDate } from '../../src/segment/swedish-dates.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: text.split('\f').length });

describe('round-49 shapes', () => {
  it('reads "Inbjudan till …" with a programme as a kallelse, signed by an officer whose title stands alone under the name', () => {
    const m = segment('Inbjudan till nätverksträff för fjällguider\n\nNär: torsdag 22 maj 2025, 09.30–15.00\nVar: Fjällgården, Trollberg\n\nProgram\n1. Välkommen\n2. Säkerhet på leden\n3. Avslutning\n\nVälkomna!\n\nVilja Trosk\nledutvecklare');
    expect(m.documentType).toBe('kallelse');
    expect(m.signatures).toEqual([{ role: 'ledutvecklare', name: 'Vilja Trosk' }]);
  });
  it('reads "Närvarande suppleant:" as a substitute with the association\'s word for the role', () => {
    const m = segment('Protokoll\nFjällföreningen\n\nDatum: 2025-02-11\nNärvarande styrelseledamöter: Vilja Trosk (ordförande), Ebbe Mulm\nNärvarande suppleant: Saga Frell\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Vilja Trosk', 'ordförande'], ['Ebbe Mulm', null], ['Saga Frell', 'suppleant']]);
  });
  it('reads a church title in lower case before a name in a list of members', () => {
    const m = segment('Protokoll\nFjällrådet\n\nDatum: 2025-03-12\nNärvarande ledamöter: Vilja Trosk (POSK), ordförande; Ebbe Mulm (S); kyrkoherde Saga Frell\n\n§ 1 Andakt\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Vilja Trosk', 'POSK', 'ordförande'],
      ['Ebbe Mulm', 'S', null],
      ['Saga Frell', null, 'kyrkoherde'],
    ]);
  });
  it('reads the opening and closing times of minutes written in the present tense, and "Mötet väljer … att justera" as a decision', () => {
    const m = segment('Protokoll från styrelsemöte 2025-02-11\nFjällföreningen\n\nPlats: Hos Vilja Trosk, Fjällvägen 1\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet kl. 18.35.\n\n§ 2 Val av justerare\nMötet väljer Ebbe Mulm att jämte ordföranden justera protokollet.\n\n§ 3 Mötets avslutande\nOrdföranden avslutar mötet kl. 20.05.');
    expect(m.meeting).toMatchObject({ date: '2025-02-11', start: '18:35', end: '20:05' });
    expect(m.items[1]!.decisions).toEqual(['Mötet väljer Ebbe Mulm att jämte ordföranden justera protokollet.']);
  });
  it('reads "250319" in the title that names the document as its date, and no six figures elsewhere', () => {
    expect(findCompactDate('styrgruppsmöte 250319')).toMatchObject({ iso: '2025-03-19', explicitYear: true });
    expect(findCompactDate('möte 20250319')).toMatchObject({ iso: '2025-03-19' });
    expect(findCompactDate('konto 251399')).toBeUndefined();
    const m = segment('Minnesanteckningar fjällgruppsmöte 250319\nFjällprojektet\n\nTid: kl. 10-11.30\nPlats: Teams\n\n1. Start\nText.\n\nNästa möte: 23/4 kl. 10-11.30');
    expect(m.meeting).toMatchObject({ date: '2025-03-19', start: '10:00', end: '11:30' });
    expect(m.nextMeeting?.date).toBe('2025-04-23');
    const amount = segment('Minnesanteckningar\nFjällprojektet\n\nDatum: 2025-03-19\n\n1. Budget\nRamen är 250319 kr.');
    expect(amount.meeting?.date).toBe('2025-03-19');
  });
});

describe('OCR of the round-49 signature blocks', () => {
  it('reads a dotted signing line OCR turned into letters after the role as no name, the name on the row below', () => {
    const m = segment(
      'Protokoll\nFjällrådet\n\nDatum: 2025-03-12\nNärvarande: Vilja Trosk, Ebbe Mulm, Saga Frell\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.\n\n' +
        'Sekreterare .....sssssesmrnnnn sessrrrennnnnnnnnn\nVilja Trosk\n\nOrdförande ......s.esesussässesnssns .\nEbbe Mulm\n\nJUSTErALrE sosssorereressreserresreren rn n nns et N RR\n” Saga Frell',
    );
    expect(m.signatures).toEqual([
      { role: 'Sekreterare', name: 'Vilja Trosk' },
      { role: 'Ordförande', name: 'Ebbe Mulm' },
      { role: 'Justerare', name: 'Saga Frell' },
    ]);
  });
  it('splits the names under "Vid protokollet Justeras" at those present where OCR closed the gaps, the adjusters taking the rest', () => {
    const m = segment(
      'Protokoll\nFjällföreningen\n\nDatum: 2025-02-11\nNärvarande: Vilja Trosk, Ebbe Mulm, Saga Frell\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.\n\nVid protokollet Justeras\nSaga Frell Vilja Trosk Ebbe Mulm',
    );
    expect(m.signatures).toEqual([
      { role: 'Vid protokollet', name: 'Saga Frell' },
      { role: 'Justeras', name: 'Vilja Trosk' },
      { role: 'Justeras', name: 'Ebbe Mulm' },
    ]);
  });
});

