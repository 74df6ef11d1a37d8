import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const notes = (after: string) =>
  'Minnesanteckningar\nArbetsgruppen för lekplatser\n\nDatum: 2024-05-02\nTid: 13.00–14.00\nNärvarande: Ulla Grip, parkenheten\nBo Stare, fritidsgården\nFrånvarande: Ida Frejd, skolan\n' +
  'Punkt Ämne Ansvarig Beslut/Åtgärd\n1 Gungor Ulla Grip Gungorna byts ut.\n2 Skyltar Bo Stare Skyltarna beställs.\n3 Övrigt Inga frågor.\n\n' +
  after;

describe('minutes kept as a table, read by OCR as plain text', () => {
  it('ends the list of those absent at the table\'s header row', () => {
    expect(segment(notes('')).absent.map((p) => p.name)).toEqual(['Ida Frejd']);
  });
  it('reads the next meeting from the row below its label, past OCR\'s blank row', () => {
    expect(segment(notes('Nästa möte:\n\n2024-06-05 kl. 13.00–14.00, Teams')).nextMeeting?.date).toBe('2024-06-05');
  });
  it('takes no date from below a sentence that ends with "nästa möte."', () => {
    expect(segment(notes('Bo tar fram ett förslag till nästa möte.\n\n2024-06-05 Utskrivet')).nextMeeting).toBeNull();
  });
});
