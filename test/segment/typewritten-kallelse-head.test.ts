import { describe, expect, it } from 'vitest';
import { documentTypeOfHeading } from '../../src/segment/document-kind.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('a typewritten kallelse', () => {
  it('reads a letter-spaced "K A L L E L S E" as the document word', () => {
    expect(documentTypeOfHeading('K A L L E L S E')).toBe('kallelse');
    expect(documentTypeOfHeading('P R O T O K O L L')).toBe('protokoll');
  });

  it('finds the meeting on its own row below an underlined heading, the place on a row after a blank that opens with "i"', () => {
    const m = run(
      'BJÖRKSJÖ KOMMUN\nFritidsnämnden\t1981-04-06\n\n\nK A L L E L S E\n---------------\n\nLedamöterna i fritidsnämnden kallas\ntill sammanträde\n\n' +
        'onsdagen den 22 april 1981 kl 19.00\n\ni kommunhusets lilla sal, Björksjö.\n\n\n1.\tJustering\n2.\tBidrag till föreningar\n3.\tÖvriga frågor\n',
    );
    expect(m.documentType).toBe('kallelse');
    expect(m.meeting).toEqual({ date: '1981-04-22', start: '19:00', end: null, place: 'kommunhusets lilla sal, Björksjö' });
  });

  it('takes the letterhead date beside the body for the day of writing when a later row gives a day with its time', () => {
    const m = run('BJÖRKSJÖ KOMMUN\nFritidsnämnden 1981-04-06\nKALLELSE\nLedamöterna kallas\ntill sammanträde\nonsdagen den 22 april 1981 kl 19.00\n\n1. Justering\n2. Bidrag\n3. Övrigt\n');
    expect(m.meeting?.date).toBe('1981-04-22');
  });

  it('does not read a numbered point ending in "protokoll" as the heading that names the document', () => {
    const m = run('BJÖRKSJÖ KOMMUN\nFritidsnämnden\nKALLELSE\ni. Justering av dagens protokoll\n2. Bidrag\n3. Övrigt\n');
    expect(m.documentType).toBe('kallelse');
  });
});
