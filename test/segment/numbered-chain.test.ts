import { describe, expect, it } from 'vitest';
import { headings } from './by-field/segment-text.ts';

// An agenda table whose "Nr" column OCR read as bare numbers, the row gap and the Dnr column kept.
const table = (rows: string) => 'Föredragningslista\n\nNr Ärende Dnr\n\n' + rows + '\n\nHandlingarna finns i läsplattan.\n';

describe('numbered chain', () => {
  it('reads a lone small letter before a capitalised title between two points as the lost number', () => {
    const rows = '1 Val av justerare\n\n2 Godkännande av dagordningen\n\n3 Taxa för bygglov BN 2024/12\nFöredragande: bygglovschef Eva Ek\n\nö Tillsynsplan 2025 BN 2024/31\nFöredragande: inspektör Bo Lind\n\n5 Meddelanden';
    expect(headings(table(rows))).toContainEqual(['4', 'Tillsynsplan 2025']);
  });
  it('does not read the presenter row under a title as the point whose number OCR lost', () => {
    const rows = '1 Val av justerare\n\n2 Godkännande av dagordningen\n\nTaxa för bygglov\nFöredragande: bygglovschef Eva Ek\n\n4 Meddelanden';
    expect(headings(table(rows)).map((h) => h[1])).not.toContain('Föredragande: bygglovschef Eva Ek');
  });
  it('goes on with a column of bare numbers where the last, wider number was read with a stop', () => {
    const rows = '1 Val av justerare\n\n2 Godkännande av dagordningen\n\n3 Budget\n\n4 Meddelanden\n5. Övriga frågor';
    expect(headings(table(rows)).map((h) => h[0])).toEqual(['1', '2', '3', '4', '5']);
  });
  it('does not count the diary number under a title as a row that could be the point whose number OCR misread', () => {
    const rows = '1 Val av justerare\n\n2 Budget\nDnr BN 2024/12\n\n13 Meddelanden\n\n4 Övriga frågor';
    expect(headings(table(rows))).toContainEqual(['3', 'Meddelanden']);
  });
});
