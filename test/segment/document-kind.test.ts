import { describe, expect, it } from 'vitest';
import { readHeading } from '../../src/segment/document-kind.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';

const heading = (text: string) => readHeading(linesFromText(text)[0]!);

describe('document kind', () => {
  it('reads a heading that bids the reader welcome to a meeting as a kallelse', () => {
    expect(heading('Välkommen till nätverksträff\nDatum: 14/3').documentType).toBe('kallelse');
    expect(heading('Välkomna till årsmöte i föreningen\nDatum: 14/3').documentType).toBe('kallelse');
  });
  it('reads no kallelse in a welcome that is a sentence', () => {
    expect(heading('Välkommen till nätverket. Här är dagens anteckningar.\nDatum: 14/3').documentType).not.toBe('kallelse');
  });
  it('takes the body of a network from the title', () => {
    expect(heading('Minnesanteckningar från nätverket för kulturchefer\nTid: 9 mars 2023')).toEqual({
      documentType: 'minnesanteckningar',
      title: 'Minnesanteckningar från nätverket för kulturchefer',
      body: 'Nätverket för kulturchefer',
    });
  });
  it('reads a protokoll header row and the body on the next row', () => {
    expect(heading('Haninge kommun\tPROTOKOLL\tSida 1 (3)\nKommunstyrelsens arbetsutskott\tSammanträdesdatum 2023-05-16')).toEqual({
      documentType: 'protokoll',
      title: 'Protokoll',
      body: 'Kommunstyrelsens arbetsutskott',
    });
  });
  it('recognises a kallelse', () => {
    expect(heading('Kallelse till sammanträde med socialnämnden').documentType).toBe('kallelse');
  });
  it('reads the document word beside the body where OCR left two specks in the closed gap', () => {
    expect(heading('EKMORA KOMMUN | | KALLELSE\nTekniska nämnden | 2030-01-02').documentType).toBe('kallelse');
  });
  it('leaves title and type null when nothing names them', () => {
    expect(heading('Tyresö kommun\nTid: 9 mars 2023')).toEqual({ documentType: null, title: null, body: null });
  });
  it('takes an association (förening) on its own row as the body', () => {
    expect(heading('Protokoll fört vid årsmöte\nHyresgästföreningen Hässelby Gård\n\nDatum: 12 mars 2024').body).toBe('Hyresgästföreningen Hässelby Gård');
  });
  it('does not take a row naming a grant to associations as the body', () => {
    expect(heading('Protokoll\nFöreningsstöd för hösten\n\nDatum: 12 mars 2024').body).toBeNull();
  });
});
