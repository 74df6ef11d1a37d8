import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { withoutOnBehalfOf } from '../../src/segment/signer-on-behalf.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

describe('a letter signed for a group by one of its members', () => {
  it('keeps the member after "genom" as the signer', () => {
    expect(withoutOnBehalfOf(documentLine(1, ['Styrelsen genom Eva Ek, sekreterare'])).cells).toEqual(['Eva Ek, sekreterare']);
    expect(withoutOnBehalfOf(documentLine(1, ['För föreningen genom Bo Ros'])).cells).toEqual(['Bo Ros']);
  });

  it('leaves a sentence with "genom" in it alone', () => {
    expect(withoutOnBehalfOf(documentLine(1, ['Vi gick genom parken.'])).cells).toEqual(['Vi gick genom parken.']);
  });

  it('reads the member and their title as the signature of the notes', () => {
    const text = ['Minnesanteckningar', 'Datum: 2031-05-06', '', '1. Ekonomi', 'Kassan är god.', '', '2. Övrigt', 'Inget.', '', 'Hälsningar', 'Styrelsen genom Eva Ek, sekreterare'].join('\n');
    expect(segmentMinutes({ text }, { file: 'x.txt', pages: 1 }).signatures).toEqual([{ role: 'sekreterare', name: 'Eva Ek' }]);
  });
});
