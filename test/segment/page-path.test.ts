import { describe, expect, it } from 'vitest';
import { type DocumentLine, documentLine, linesFromText } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { signatureRoles } from '../../src/segment/signature-role-rows.ts';
import { titleContinuation } from '../../src/segment/title-continuation.ts';

const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title]);

describe('damage seen on the page path', () => {
  it('reads a § sign glued to its number ("841") as paragraphs when two or more form a chain', () => {
    expect(headings('841 Val av justerare\ntext\n842 Ekonomi\ntext\n843 Yttrande')).toEqual([
      ['41', 'Val av justerare'],
      ['42', 'Ekonomi'],
      ['43', 'Yttrande'],
    ]);
  });
  it('does not read a lone figure opening a row as a glued paragraph', () => {
    expect(headings('1. Ekonomi\n300 Elever har sökt\n2. Övrigt')).toEqual([
      ['1', 'Ekonomi'],
      ['2', 'Övrigt'],
    ]);
  });
  it('takes the title of a lone "3." from the narrow rows below it', () => {
    const lines = linesFromText('1. Upprop\n2. Dagordning\n3.\tKFN 2023/12\nVerksamhetsberättelse\nför Sollentuna\nmusikskola 2022\n4. Föreningsbidrag\tKFN 2023/27\n2023 - fördelning av\naktivitetsstöd\n5. Övrigt')[0]!;
    const found = findItemHeadings(lines);
    const titles = found.map((h) => {
      const n = titleContinuation(lines, h, () => false);
      return [h.title, ...lines.slice(h.line + 1, h.line + 1 + n).map((l) => l.text)].join(' ').trim();
    });
    expect(titles).toEqual(['Upprop', 'Dagordning', 'Verksamhetsberättelse för Sollentuna musikskola 2022', 'Föreningsbidrag 2023 - fördelning av aktivitetsstöd', 'Övrigt']);
  });
  it('ends a labelled value at a row that starts back at the label column', () => {
    const rows: DocumentLine[] = [
      documentLine(1, ['Plats', 'Kommunhuset, sal A'], [180, 440]),
      documentLine(1, ['sammanträdesrum Edsviken'], [441]),
      documentLine(1, ['Gruppmöten hålls kl. 17.00.'], [182]),
    ];
    expect(parseHeadBlock(rows).find((f) => f.kind === 'place')?.values).toEqual(['Kommunhuset, sal A', 'sammanträdesrum Edsviken']);
  });
});

describe('prose and dotted lines on the page path', () => {
  it('reads a labelled prose paragraph that wraps inside a name as one sentence', () => {
    const lines = linesFromText('Närvarande var Anna Ek (Haninge) och Sören\nKärrlund (Region Stockholm). Förhinder hade Ulf Bäck (Huddinge).')[0]!;
    const fields = parseHeadBlock(lines);
    expect(fields.find((f) => f.kind === 'attendees')?.values.join(' ')).toContain('Sören Kärrlund');
    expect(fields.find((f) => f.kind === 'absent')?.values.join(' ')).toContain('Ulf Bäck');
  });
  it('finds two roles in a dotted signature line that OCR read as letters', () => {
    expect(signatureRoles(documentLine(1, ['Ordförande sssnssnsssesseessse slå JUSTErAre mossen']))?.map((r) => r.role)).toEqual(['Ordförande', 'Justerare']);
  });
});

describe('labels side by side', () => {
  it('splits two colon labels whose column gap OCR closed', () => {
    const fields = parseHeadBlock(linesFromText('Datum: 2023-10-05 Plats: Tyresö kommunhus, sal Bollmora')[0]!);
    expect(fields.find((f) => f.kind === 'place')?.values).toEqual(['Tyresö kommunhus, sal Bollmora']);
  });
});
