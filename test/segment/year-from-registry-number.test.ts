import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';


describe('a meeting day printed without its year', () => {
  it('takes the year from the diarienummer that OCR read after the rest of the first page', () => {
    const m = segment(
      'KALLELSE\n\nTrädgårdsrådet, Mossby\n\nDatum: Torsdag 12/2\nTid: 10.00\nPlats: Växthuset, sal Ormbunken\n\nDagordning\n\n1. Mötets öppnande\n2. Sådd\n\nEdla Rapp\nordförande\n\nDnr TR 2027/12',
    );
    expect(m.meeting?.date).toBe('2027-02-12');
  });

  it('takes no year from a diarienummer on a later page, which may name an older matter', () => {
    const m = segment(
      'KALLELSE\n\nTrädgårdsrådet, Mossby\n\nDatum: Torsdag 12/2\nTid: 10.00\nPlats: Växthuset, sal Ormbunken\n\nDagordning\n\n1. Mötets öppnande\n2. Sådd\n\fBilaga\nDnr TR 2019/12',
    );
    expect(m.meeting?.date ?? null).not.toBe('2019-02-12');
  });
});
