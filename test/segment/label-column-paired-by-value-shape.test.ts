import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';


const BODY = '\f§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Övriga frågor\nInga övriga frågor.';

describe('plain OCR text of a head whose label column came before its values', () => {
  it('pairs each label with the run of rows that looks like its value, past the header rows between them', () => {
    const m = segment(
      'MOSSBY KOMMUN\n\nKulturnämnden\n\nSammanträdestid\n\nSammanträdesplats\n\nNärvarande\n\nÖvriga närvarande\n\nFrånvarande\nParagrafer\n\n' +
        'NROTOKOLL\n\nTisdag 4.2.2025 kl. 16.00—18.30\nBygdegården, lilla salen\n\nUlla Vrede, ordförande\n\nIvar Dunk, vice ordförande\n\nEdla Rapp\n\n' +
        'Kim Ros, ersättare för Nore Sill\n\nSiv Lomm, kultursekreterare\n\nNore Sill\n\n5-9\n' + BODY,
    );
    expect(m.meeting).toEqual({ date: '2025-02-04', start: '16:00', end: '18:30', place: 'Bygdegården, lilla salen' });
    expect(m.attendees.map((p) => p.name)).toEqual(['Ulla Vrede', 'Ivar Dunk', 'Edla Rapp', 'Kim Ros', 'Siv Lomm']);
    expect(m.absent.map((p) => p.name)).toEqual(['Nore Sill']);
  });

  it('puts the two halves of a signature block read column by column side by side again', () => {
    const m = segment(
      'MOSSBY KOMMUN\n\nKulturnämnden\n\nSammanträdestid\n\nSammanträdesplats\n\nNärvarande\n\nParagrafer\nUnderskrifter\n\n' +
        'Ulla Vrede\nordförande\n\nProtokollet justerat\n\nEdla Rapp\n\nPROTOKOLL\n\n' +
        'Tisdag 4.2.2025 kl. 16.00—18.30\nBygdegården, lilla salen\n\nUlla Vrede, ordförande\n\nEdla Rapp\n\nSiv Lomm\n\n5-9\n\n' +
        'Siv Lomm\nsekreterare\n\nMossby 6.2.2025\n\nIvar Dunk\n' + BODY,
    );
    expect(m.meeting?.place).toBe('Bygdegården, lilla salen');
    expect(m.attendees.map((p) => p.name)).toEqual(['Ulla Vrede', 'Edla Rapp', 'Siv Lomm']);
    expect(m.signatures.map((s) => s.name).sort()).toEqual(['Edla Rapp', 'Ivar Dunk', 'Siv Lomm', 'Ulla Vrede']);
  });

  it('joins a label wrapped onto a second row, and passes over the items\' labels that the column goes on with', () => {
    const m = segment(
      'PROTOKOLL\n\nFritidsnämnden, Mossby kommun\n\nDatum\nTid\nPlats\n\nNärvarande\nledamöter\n\nÖvriga närvarande\n\nJusterare\n\n' +
        '§ 7\nBeslut\n\n§ 8\nDnr\nÄrendet\nBeslut\n\nVid protokollet:\n\n' +
        '2025-03-11\n09.00-11.30\nIdrottshallen, rum Stafetten\n\nNils Bark (C), ordförande\n\nElin Strå (S)\n\nOla Mo, fritidschef\n\nElin Strå\n\nVal av justerare\n',
    );
    expect(m.meeting).toEqual({ date: '2025-03-11', start: '09:00', end: '11:30', place: 'Idrottshallen, rum Stafetten' });
    expect(m.attendees.map((p) => p.name)).toEqual(['Nils Bark', 'Elin Strå', 'Ola Mo']);
    expect(m.adjusters).toEqual(['Elin Strå']);
  });

  it('keeps the columns of a people table read after its names out of the pairing', () => {
    const m = segment(
      'Mossby kommun\n\nDatum\n\nTid\n\nPlats\nBeslutande\n\nJusterare\nJustering\nParagrafer\n\n' +
        '2025-02-04\n13.00-15.00\nSkolhuset, rum Linden\nNamn\n\nUlla Vrede\n\nIvar Dunk\n\nEdla Rapp\n\nIvar Dunk\n\nParti\n\nS\nM\n\nFunktion\nordförande\nledamot\nledamot\n\n' +
        'Skolkontoret, torsdag 6 februari 2025\n\n11-15\n' + BODY,
    );
    expect(m.meeting).toEqual({ date: '2025-02-04', start: '13:00', end: '15:00', place: 'Skolhuset, rum Linden' });
    expect(m.attendees.map((p) => p.name)).toEqual(['Ulla Vrede', 'Ivar Dunk', 'Edla Rapp']);
    expect(m.adjusters).toEqual(['Ivar Dunk']);
  });

  it('gives two adjusters whose names OCR ran together a cell each, four capitalised words being two people', () => {
    const m = segment(
      'MOSSBY KOMMUN\n\nTid\n\nPlats\n\nNärvarande\n\nParagrafer\n\nProtokolljusterare\n\n' +
        'tis 4.2.2025 kl. 16.00-18.30\n\nBygdegården, lilla salen\n\nUlla Vrede, ordförande\n\nIvar Dunk\n\nEdla Rapp\n\n5-9\n\nIvar Dunk Edla Rapp\n' + BODY,
    );
    expect(m.adjusters).toEqual(['Ivar Dunk', 'Edla Rapp']);
  });

  it('leaves the head as OCR read it when the rows after the labels do not fit them', () => {
    const m = segment(
      'MOSSBY KOMMUN\n\nPlats och tid\n\nBeslutande\n\nÖvriga deltagare\n\nUtses att justera\n\n' +
        '13.00-15.20\n\nUlla Vrede (S), Ivar Dunk (M)\n\nSiv Lomm, sekreterare\n\nEdla Rapp\n' + BODY,
    );
    // "Plats och tid" with nothing but a clock names no place: the pairing is not trusted, and no place is made up.
    expect(m.meeting?.place ?? null).toBeNull();
  });
});
