import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { isPointsTableHeader } from '../../src/segment/head-value-stops.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const row = (text: string) => linesFromText(text)[0]![0]!;

describe('the header of an agenda table', () => {
  it('reads "Ärenden | Dnr | Bil." as the header, with OCR\'s speck in a gap', () => {
    expect(isPointsTableHeader(row('Ärenden\tDnr\tBil.'))).toBe(true);
    expect(isPointsTableHeader(row('Ärenden ; Dnr Bil.'))).toBe(true);
  });
  it('does not read a sentence about enclosures as a header', () => {
    expect(isPointsTableHeader(row('Bilaga till ärendet finns på kansliet'))).toBe(false);
  });
  it('ends a place whose row ends on a comma where the header follows it with the column gaps closed', () => {
    const text = 'KALLELSE TILL SAMMANTRÄDE\n\nTid: Onsdagen den 8 maj 1991 kl 18.30\n\nPlats: Kommunalhuset, rum Ekbacken,\n\nÄrenden ; Dnr Bil.\n\n1. Val av justerare\n\n2. Taxa för lokalhyror 91/22 1\n\n3. Meddelanden';
    const minutes = segmentMinutes({ text }, { file: 'x', sha256: null, pages: 1 });
    expect(minutes.meeting?.place).toBe('Kommunalhuset, rum Ekbacken');
  });
});
