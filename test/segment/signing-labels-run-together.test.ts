import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { withSigningLabelsApart } from '../../src/segment/signing-labels-run-together.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

describe('two signing labels whose column gap OCR closed', () => {
  it('parts "Antecknare: … Justeras: …" into a cell per label', () => {
    expect(withSigningLabelsApart(documentLine(1, ['Antecknare: Eva Ek Justeras: Bo Ros'])).cells).toEqual(['Antecknare: Eva Ek', 'Justeras: Bo Ros']);
  });

  it('leaves a row with one label alone', () => {
    expect(withSigningLabelsApart(documentLine(1, ['Justeras: Bo Ros och Eva Ek'])).cells).toEqual(['Justeras: Bo Ros och Eva Ek']);
  });

  it('reads both signers and the adjuster at the end of the notes', () => {
    const text = ['Minnesanteckningar', 'Datum: 2031-05-06', '', '1) Ekonomi', 'Kassan är god.', '', '2) Nästa möte', 'Tisdag 3 juni kl. 18.00.', '', 'Antecknare: Eva Ek Justeras: Bo Ros'].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.signatures).toEqual([{ role: 'Antecknare', name: 'Eva Ek' }, { role: 'Justeras', name: 'Bo Ros' }]);
    expect(minutes.adjusters).toEqual(['Bo Ros']);
  });
});
