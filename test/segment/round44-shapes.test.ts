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
