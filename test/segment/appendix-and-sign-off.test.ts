import { describe, expect, it } from 'vitest';
import { isAppendixHeading } from '../../src/segment/appendix-after-signatures.ts';
import { documentLine } from '../../src/segment/document-lines.ts';
import { withoutBareSignOff } from '../../src/segment/signing-heading.ts';
import { segment } from './by-field/segment-text.ts';

const row = (text: string) => documentLine(1, text.split('\t'));

describe('appendix headings', () => {
  it('recognises "Bilaga 2", "Bilaga 1 till § 33", "Bilaga till § 46", "BILAGA 3. Villkor" and "Bilaga: Kollektplan"', () => {
    for (const text of ['Bilaga 2', 'Bilaga 1 till § 33', 'Bilaga till § 46', 'BILAGA 3. Villkor för tillståndet', 'Bilaga: Kollektplan', 'Bilaga A']) {
      expect(isAppendixHeading(row(text))).toBe(true);
    }
  });
  it('leaves sentences and the plural list of appendices alone', () => {
    for (const text of ['Bilagan lades till handlingarna.', 'Bilagor: 1. Närvarolista', 'Bilagan', 'Bilagorna skickas ut med protokollet']) {
      expect(isAppendixHeading(row(text))).toBe(false);
    }
  });
});

describe('the signature block ends where an appendix begins', () => {
  it('does not read the board listed in an appendix after the signatures as signers', () => {
    const minutes = segment(
      'Protokoll fört vid årsmöte i Tallbo byalag\n\nDatum: 2024-04-07\n\n1. Öppnande\nMötet öppnades.\n\n2. Avslutning\nMötet avslutades.\n\n' +
        'Vid protokollet\tJusteras\nStina Vrede\tOlle Harv\n\nBilaga 1\nStyrelsen efter årsmötet\nOrdförande: Ivar Tjäle\nKassör: Berit Knoll',
    );
    expect(minutes.signatures).toEqual([
      { role: 'Vid protokollet', name: 'Stina Vrede' },
      { role: 'Justeras', name: 'Olle Harv' },
    ]);
  });
});

describe('the closing formula "Som ovan"', () => {
  it('signs nothing of its own over another role', () => {
    expect(withoutBareSignOff([{ role: 'Som ovan', name: null }, { role: 'Vid protokollet', name: 'Rut Krona' }])).toEqual([{ role: 'Vid protokollet', name: 'Rut Krona' }]);
  });
  it('stays the role when the name is under it', () => {
    expect(withoutBareSignOff([{ role: 'Som ovan', name: 'Rut Krona' }])).toEqual([{ role: 'Som ovan', name: 'Rut Krona' }]);
  });
});

describe('appendix headings read by OCR', () => {
  it('recognises the heading with a speck read as letters beside it', () => {
    expect(isAppendixHeading(documentLine(1, ['Bilaga 2', 'so']))).toBe(true);
    expect(isAppendixHeading(row('Bilaga 2 .'))).toBe(true);
  });
});

describe('an appendix after the last item of minutes without signatures', () => {
  const notes = (tail: string) =>
    segment(`Minnesanteckningar\nNätverket för skolbibliotek\n\nDatum: 2024-11-05\n\n1. Inledning\nVi hälsades välkomna.\n\n2. Nästa möte\nNästa möte: 2025-01-14.\n\n${tail}`);
  it('keeps the appendix out of the last item\'s text and its numbered rows out of the items', () => {
    const minutes = notes('Bilaga 1. Tidplan för läsprojektet\n1. Inventering, klar i december\n2. Inköp, klart i februari');
    expect(minutes.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(minutes.items[1]!.text).toBe('Nästa möte: 2025-01-14.');
  });
  it('leaves a lone reference to an appendix at the item\'s foot in its text', () => {
    expect(notes('Bilaga 1 Presentation från mötet').items[1]!.text).toBe('Nästa möte: 2025-01-14.\n\nBilaga 1 Presentation från mötet');
  });
});
