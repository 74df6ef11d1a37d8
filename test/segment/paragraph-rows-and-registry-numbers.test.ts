import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findRunningLines } from '../../src/segment/running-lines.ts';
import { segment } from './by-field/segment-text.ts';

const header = (page: number) => `Fjällby kommun\tSammanträdesprotokoll\tSida ${page}(4)\nKulturnämnden\t2025-05-12\n\n`;

describe('paragraph rows at the top of pages and registry numbers on them', () => {
  it('keeps "§ n | Dnr …" opening several pages as the headings of different paragraphs, not a running header', () => {
    const m = segment(
      `${header(1)}Plats\tBiblioteket\n\n§ 11\tDnr KN 2025/3\nVal av justerare\nBeslut\nNämnden utser Ebba Grön att justera.\f` +
        `${header(2)}§ 12\tDnr KN 2025/40\nBidrag till hembygdsgården\nBeslut\nNämnden beviljar bidraget.\f` +
        `${header(3)}§ 13\tDnr KN 2025/41\nKonstinköp\nBeslut\nNämnden godkänner inköpen.\f` +
        `${header(4)}Text om konsten.\n\n§ 14\tDnr KN 2025/5\nInformation\nBeslut\nInformationen noteras.`,
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['11', 'Val av justerare'],
      ['12', 'Bidrag till hembygdsgården'],
      ['13', 'Konstinköp'],
      ['14', 'Information'],
    ]);
  });
  it('reads the meeting date alone on a row under the body on every page as part of the header', () => {
    const pages = linesFromText(
      'Fjällby Stad Fullmäktige\tProtokoll nr 4\n\t2025-05-12\n\n§ 1 Ett\nText ett.\f' +
        'Fjällby Stad Fullmäktige\tProtokoll nr 4\n\t2025-05-12\n\n§ 2 Två\nText två.\f' +
        'Fjällby Stad Fullmäktige\tProtokoll nr 4\n\t2025-05-12\n\nVid protokollet\nTuva Rask',
    );
    expect(findRunningLines(pages).map((p) => p[1])).toEqual([true, true, true]);
  });
  it('takes a bare registry number after the sign as the reference and the row below as the title', () => {
    const m = segment(
      'Protokoll nr 4\nFullmäktige\n\nSammanträdesdag\t2025-05-12\n\n§ 41 0312/25\nVal av justerare\nFullmäktige utser Ebba Grön att justera protokollet.\n\n§ 42 0099/24\nMotion om badplatser\nBeslut\nMotionen avslås.',
    );
    expect(m.items.map((i) => [i.number, i.title, i.text.split('\n')[0]])).toEqual([
      ['41', 'Val av justerare', '0312/25'],
      ['42', 'Motion om badplatser', '0099/24'],
    ]);
  });
  it('takes a long title under a bare sign, and never a sentence of notes', () => {
    const long = 'Interpellation av Ebba Grön (V) till kulturnämndens ordförande angående öppettiderna vid bygdens filialbibliotek';
    const m = segment(`Protokoll\nKulturnämnden\n\nDatum\t2025-05-12\n\n§ 5\n${long}\nInterpellationen besvaras.\n\n§ 6\nOrdföranden redogjorde för hur arbetet med den nya biblioteksplanen för hela kommunen hade fortskridit\n\n§ 7\nAvslutning\nMötet avslutas.`);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['5', long],
      ['6', ''],
      ['7', 'Avslutning'],
    ]);
  });
  it('reads "8 41 0312/25", the sign misread as a figure before a bare registry number, as a paragraph heading', () => {
    const m = segment(
      'Protokoll nr 4\nFullmäktige\n\nSammanträdesdag\t2025-05-12\n\n8 41 0312/25\nVal av justerare\nFullmäktige utser Ebba Grön att justera protokollet.\n\n8 42 0099/24\nMotion om badplatser\ts\nBeslut\nMotionen avslås.',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['41', 'Val av justerare'],
      ['42', 'Motion om badplatser'],
    ]);
  });
  it('reads "81 so", "82", "83" alone on their rows over titles as § 1, § 2, § 3 with the sign glued to the figure', () => {
    const m = segment(
      'Protokoll\nKulturnämnden\n\nDatum\t2025-05-12\n\n81 so\nVal av justerare\nEbba Grön anmäls att justera.\n\n82\n\nBudget och verksamhetsplan 2026 för kulturnämnden och fritidsgårdarna\nBeslut\n1. Nämnden antar budgeten.\n2. Nämnden överlämnar den.\n\n83\nInformation\nBeslut\nInformationen noteras.',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget och verksamhetsplan 2026 för kulturnämnden och fritidsgårdarna'],
      ['3', 'Information'],
    ]);
  });
  it('keeps OCR\'s "878 Dnr …" and "&81 \'\" Dnr …" opening pages as paragraph headings, the title on the row below', () => {
    const m = segment(
      `${header(1)}Plats\tBiblioteket\n\n878 Dnr KN 2025/3\nVal av justerare\nBeslut\nNämnden utser Ebba Grön att justera.\f` +
        `${header(2)}879 Dnr KN 2025/40\nBidrag till hembygdsgården\nBeslut\nNämnden beviljar bidraget.\f` +
        `${header(3)}880 Dnr KN 2025/41\nKonstinköp\nBeslut\nNämnden godkänner inköpen.\f` +
        `${header(4)}Text om konsten.\n\n&81 '" Dnr KN 2025/5\nInformation\nBeslut\nInformationen noteras.`,
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['78', 'Val av justerare'],
      ['79', 'Bidrag till hembygdsgården'],
      ['80', 'Konstinköp'],
      ['81', 'Information'],
    ]);
  });
  it('reads OCR\'s "Ks 8145" and "Ks8149", the sign glued to a three-digit number and the prefix to the sign, as paragraphs', () => {
    const m = segment(
      'Sammanträdesprotokoll\nKommunstyrelsen\n\nDatum\t2025-05-12\n\nKs 8145\tVAL AV JUSTERARE\nKommunstyrelsen utser Ebba Grön att justera.\n\nKs 8 146\tBUDGET 2026\nKommunstyrelsen antar budgeten.\n\nKs8147\tFJÄLLVÄGARNA\nKommunstyrelsen noterar informationen.',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['145', 'VAL AV JUSTERARE'],
      ['146', 'BUDGET 2026'],
      ['147', 'FJÄLLVÄGARNA'],
    ]);
  });
});
