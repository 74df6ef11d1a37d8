import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { matchLabel } from '../../src/segment/labels.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('when a kallelse calls the meeting', () => {
  it('is the "Sammanträde" row, not the party groups\' meeting before it', () => {
    expect(matchLabel('Gruppmöten: måndag 4 mars kl. 17.00')?.kind).toBe('ignored');
    const m = segment('Kallelse\nNämnden\n\nGruppmöten: måndag 4 mars 2024 kl. 17.00\nSammanträde: tisdag 5 mars 2024 kl. 18.30\nLokal: Rådhuset\n\n1. Upprop');
    expect(m.meeting).toMatchObject({ date: '2024-03-05', start: '18:30', place: 'Rådhuset' });
  });
});

describe('a paragraph number in a right-hand column', () => {
  it('reads "Title | § 12" and OCR\'s joined "Title § 13" as paragraphs', () => {
    const found = findItemHeadings(linesFromText('Upprop\t§ 12\ntext\nTaxor 2025 § 13\ntext')[0]!).map((h) => [h.number, h.title]);
    expect(found).toEqual([
      ['12', 'Upprop'],
      ['13', 'Taxor 2025'],
    ]);
  });
  it('does not take a sentence citing a paragraph for a heading', () => {
    expect(findItemHeadings(linesFromText('Beslutet fattas med stöd av § 12')[0]!)).toEqual([]);
  });
});

describe('names written surname first', () => {
  it('turns "Surname, Given (Place)" parts into "Given Surname"', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\nNärvarande: Holm, Sara (Täby); Ek, Jonas (Solna)\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Sara Holm', organisation: 'Täby', role: null },
      { name: 'Jonas Ek', organisation: 'Solna', role: null },
    ]);
  });
  it('joins an "Efternamn | Förnamn" table into one name, also below another label', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\n\nLedamöter\nEfternamn\tFörnamn\tParti\nHolm\tSara\tL\nÖvriga närvarande\nRask\tIda\t–\tjurist\n\n§ 1 Upprop\nText.');
    expect(m.attendees).toEqual([
      { name: 'Sara Holm', organisation: 'L', role: null },
      { name: 'Ida Rask', organisation: null, role: 'jurist' },
    ]);
  });
});

describe('two signers on the role\'s own row', () => {
  it('reads "Justeras: A / B" as two signatures and two adjusters', () => {
    const m = segment('Protokoll\nRådet\n\nDatum: 2024-03-05\nNärvarande\nPRO Ekbacken: Åke Sund, Ulla Rey\n\n§ 1 Start\nText.\n\nJusteras: Åke Sund / Ulla Rey');
    expect(m.signatures).toEqual([
      { role: 'Justeras', name: 'Åke Sund' },
      { role: 'Justeras', name: 'Ulla Rey' },
    ]);
    expect(m.attendees.map((p) => p.organisation)).toEqual(['PRO Ekbacken', 'PRO Ekbacken']);
  });
});

describe('OCR of an "Efternamn | Förnamn" table', () => {
  it('reads the header with its gaps closed and a speck before a party', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\n\nLedamöter\nEfternamn Förnamn Parti\nHolm\tSara\t+ SD\n\n§ 1 Upprop\nText.');
    expect(m.attendees).toEqual([{ name: 'Sara Holm', organisation: 'SD', role: null }]);
  });
});
