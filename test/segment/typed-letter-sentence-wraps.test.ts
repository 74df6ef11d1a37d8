import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { placeWrappedBelow } from '../../src/segment/head-sentence-wraps.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('a typed letter whose sentences wrap at the margin', () => {
  it('reads the meeting from a calling sentence that wraps twice, inside its own words too', () => {
    const m = run('KALLELSE\n\nLedamöterna i byggnadsnämnden kallas härmed till\nsammanträde tisdagen den 3 maj 1966 kl. 19.00 å nämndens\nkansli, Ekgatan 4. i\n\nÄrenden:\n1. Val av justeringsman.\n2. Protokoll.\n3. Övriga frågor.\n');
    expect(m.meeting).toEqual({ date: '1966-05-03', start: '19:00', end: null, place: 'nämndens kansli, Ekgatan 4' });
  });

  it('finishes a place begun with the older "å" on the row below, its stop before a lone letter from the edge', () => {
    expect(placeWrappedBelow(' å nämndens', [documentLine(1, ['kansli, Ekgatan 4. i'])])).toBe(' å nämndens kansli, Ekgatan 4. i');
  });

  it('goes on with a title that breaks off after "att" on the row below, its stop and all', () => {
    const m = run('KALLELSE\n\nSammanträde den 3 maj 1966 kl. 19.00.\n\nÄrenden:\n1. Val av justeringsman.\n2. Ansökan från handlanden Per Ek om tillstånd att\ninreda kiosk i fastigheten Ekbacken 3.\n3. Övriga frågor.\n');
    expect(m.items.map((i) => i.title)).toEqual(['Val av justeringsman', 'Ansökan från handlanden Per Ek om tillstånd att inreda kiosk i fastigheten Ekbacken 3.', 'Övriga frågor']);
  });
});
