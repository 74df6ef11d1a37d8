import { describe, expect, it } from 'vitest';
import { decisions, segment } from './by-field/segment-text.ts';

describe("a building committee's permit paragraph", () => {
  it('ends the decision at the reasons and the fee printed under their own headings', () => {
    const text =
      'Dnr BN 2016/40\nFastighet: Lövnäs 2:9\nSökande: Ada Rask\nBeslut\nNämnden beviljar bygglov.\nMotivering\nÅtgärden följer detaljplanen.\n' +
      'Upplysningar\nStartbesked krävs.\nAvgift\nAvgiften är 9 000 kronor.';
    expect(decisions(text)).toEqual(['Nämnden beviljar bygglov.']);
  });
  it('knows the reasons heading with a figure from the margin after it', () => {
    expect(decisions('Beslut\nNämnden avslår ansökan.\nMotivering 3\nPlatsen ligger inom strandskyddat område.')).toEqual(['Nämnden avslår ansökan.']);
  });
  it('does not take the fee heading alone for a decision', () => {
    expect(decisions('Beslut\nNämnden lämnar negativt förhandsbesked.\nAvgift\nAvgiften är 3 100 kronor.')).toEqual(['Nämnden lämnar negativt förhandsbesked.']);
  });
});

describe('an extract of a few paragraphs from the minutes', () => {
  const extract = (firstTitle: string) =>
    'NORRVIKS KOMMUN\tPROTOKOLLSUTDRAG\nKommunstyrelsen\t2009-03-03\n\n' +
    `Ks § 41\tDnr 2009/0012\n\n${firstTitle}\n\nFörslaget har remitterats.\nBeslut\nKommunstyrelsen antar riktlinjerna.\nExpedieras till:\nKansliet\n\n` +
    'Justerandes signatur\tUtdragsbestyrkande\fNORRVIKS KOMMUN\tPROTOKOLLSUTDRAG\nKommunstyrelsen\t2009-03-03\n\n' +
    'Ks § 47\tDnr 2009/0031\nFörsäljning av tomtmark\nKöpeskillingen är 2 miljoner kronor.\nBeslut\nKommunstyrelsen godkänner försäljningen.\n\n' +
    'Rätt utdraget betygar\n\nSigne Ahl\nKommunsekreterare';
  it('reads every paragraph with its case reference, however far apart their numbers', () => {
    expect(segment(extract('Riktlinjer för bisysslor')).items.map((i) => [i.number, i.title])).toEqual([
      ['41', 'Riktlinjer för bisysslor'],
      ['47', 'Försäljning av tomtmark'],
    ]);
  });
  it('reads a title under a bare sign with a speck OCR read as a quote mark before it', () => {
    expect(segment(extract('"Riktlinjer för bisysslor')).items[0]?.title).toBe('Riktlinjer för bisysslor');
  });
});
