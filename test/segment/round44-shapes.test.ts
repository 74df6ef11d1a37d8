import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-44 shapes', () => {
  it('reads the officer who signs a kallelse with a lower-case title alone below the name', () => {
    const m = segment('Kallelse\nFjällprojektets styrgrupp\n\nDatum: 2025-10-02\nTid: 09.00–10.30\n\nAgenda\n1. Välkommen\n2. Nästa steg\n\nVilja Trosk\nprojektledare');
    expect(m.signatures).toEqual([{ role: 'projektledare', name: 'Vilja Trosk' }]);
  });
  it('does not take a lower-case word that is no title for a signer\'s role', () => {
    const m = segment('Kallelse\nFjällgruppen\n\nDatum: 2025-10-02\n\nAgenda\n1. Välkommen\n2. Nästa steg\n\nVilja Trosk\nvälkomna');
    expect(m.signatures).toEqual([]);
  });
});

describe('OCR of the round-44 shapes', () => {
  it('reads an attendance table whose column gaps OCR closed by the mark that ends each row', () => {
    const m = segment(
      'Anteckningar\nFjällgruppen\n\nDatum: 2025-11-06\n\nNärvaro\n\nNamn Organisation | Närvarande\nVilja Trosk Fjällby kommun X\n\nEbbe Mulm | Region Fjäll X\n\nSaga Frell Fjällkliniken -\n\n1. Start\nText.',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: 'Fjällby kommun', role: null },
      { name: 'Ebbe Mulm', organisation: 'Region Fjäll', role: null },
    ]);
    expect(m.absent).toEqual([{ name: 'Saga Frell', organisation: 'Fjällkliniken', role: null }]);
    expect(m.items.map((i) => i.title)).toEqual(['Start']);
  });
});

describe('OCR specks between a paragraph number and its title', () => {
  it('reads "829 | Verksamhetsplan" and "82 | . Lägesbild" as headings of a chain with the sign misread', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-04-17\n\n828 Val av justerare\nText.\n\n829 | Fjällplan 2025\nText.\n\n8 30 Fjällbidrag\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['28', 'Val av justerare'],
      ['29', 'Fjällplan 2025'],
      ['30', 'Fjällbidrag'],
    ]);
    const small = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-04-17\n\n81 Val av justerare\nText.\n\n82 | . Fjällbild\nText.\n\n83 Fjällinsatser\nText.');
    expect(small.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
});

describe('OCR of a paragraph row holding its reference', () => {
  it('takes the title from the row below "& 31 Dnr KFKS 2025/112", past a blank row, and drops a ">" after a signature role', () => {
    const m = segment(
      'PROTOKOLL\nFjällnämnden\n\nDatum: 2025-03-12\n\n& 31 Dnr FN 2025/112\n\nVal av justerare\nText.\n\n8 32 Dnr FN 2025/113\nFjällplan\nText.\n\n8 33 Dnr FN 2025/114\nFjällbidrag\nText.\n\nOrdförande\tJusterare >\nVilja Trosk\tEbbe Mulm',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['31', 'Val av justerare'],
      ['32', 'Fjällplan'],
      ['33', 'Fjällbidrag'],
    ]);
    expect(m.signatures.map((s) => s.role)).toEqual(['Ordförande', 'Justerare']);
  });
});
