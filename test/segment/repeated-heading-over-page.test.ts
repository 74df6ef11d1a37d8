import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { joinPages } from '../../src/segment/page-seams.ts';
import { segment } from './by-field/segment-text.ts';

const header = (n: number) => `PROTOKOLL\tSammanträdesdatum\tSida\nTekniska nämnden\t2025-03-11\t${n}(2)`;
const footer = 'Ordf sign\tJusterandes sign\tUtdragsbestyrkande';

describe("an item's heading printed again at the top of the next page", () => {
  const text =
    `${header(1)}\n\n§ 20\tVal av justerare\nNämndens beslut\nNämnden utser Pia Rask (C) att justera protokollet.\n\n§ 21\tGatubelysning i Norrvik\tTN 2025/31\nNämndens beslut\nTekniska nämnden beslutar att byta armaturerna längs\n${footer}\f` +
    `${header(2)}\n\n§ 21\tGatubelysning i Norrvik\tTN 2025/31\ngång- och cykelvägen vid stranden till LED under hösten 2025.\n\n§ 22\tAnmälningsärenden\nNämndens beslut\nAnmälningarna läggs till handlingarna.\n${footer}`;

  it('reads the decision broken over the page as one sentence, without the repeated heading in it', () => {
    expect(segment(text).items[1]!.decisions).toEqual(['Tekniska nämnden beslutar att byta armaturerna längs gång- och cykelvägen vid stranden till LED under hösten 2025.']);
  });
  it('makes no second item of the repeat', () => {
    expect(segment(text).items.map((i) => i.number)).toEqual(['20', '21', '22']);
  });
  it('drops a numbered point repeated with "(forts.)" and joins the sentence it cut', () => {
    const rows = joinPages(linesFromText('3. Lokaler för fritidsgården\nFritidsledarna önskar att gården får\f3. Lokaler för fritidsgården (forts.)\nbehålla lokalen i källaren.'));
    expect(rows.map((r) => r.text).filter(Boolean)).toEqual(['3. Lokaler för fritidsgården', 'Fritidsledarna önskar att gården får', 'behålla lokalen i källaren.']);
  });
  it('recognises the repeat through OCR that read the paragraph sign as "$" with specks around it', () => {
    const rows = joinPages(linesFromText('§ 8 Vinterväghållning Dnr 2025/2\nNämnden godkänner avtalet med\f-$ 8 . Vinterväghållning Dnr 2025/2\nentreprenören för tre år.'));
    expect(rows.map((r) => r.text).filter(Boolean)).toEqual(['§ 8 Vinterväghållning Dnr 2025/2', 'Nämnden godkänner avtalet med', 'entreprenören för tre år.']);
  });
  it('keeps a heading with another number at the top of a page as the next item', () => {
    const rows = joinPages(linesFromText('§ 8 Vinterväghållning\nNämnden godkänner avtalet.\f§ 9 Vinterväghållning, uppföljning\nRapporten noteras.'));
    expect(rows.map((r) => r.text).filter(Boolean)).toContain('§ 9 Vinterväghållning, uppföljning');
  });
  it('drops dust read at the page edges between the two halves of a sentence', () => {
    const rows = joinPages(linesFromText('Styrelsen beslutade att anlita\n\na\f3\nfirman Granbergs Bygg AB för målningen.'));
    expect(rows.map((r) => r.text).filter(Boolean)).toEqual(['Styrelsen beslutade att anlita', 'firman Granbergs Bygg AB för målningen.']);
  });
});
