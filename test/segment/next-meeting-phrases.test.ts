import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const next = (closing: string) =>
  segmentMinutes({ text: ['Minnesanteckningar', 'Datum: 2023-03-13', '', '1. Öppnande', 'Text.', '2. Övrigt', 'Text.', '', closing].join('\n') }, { file: 'x.txt', pages: 1 }).nextMeeting;

describe('next meeting phrases', () => {
  it('reads "Nästa <gathering>:" with a colon, whatever the gathering is called', () => {
    expect(next('Nästa skolråd: tisdag 2 maj kl. 18.00 i matsalen.')).toMatchObject({ date: '2023-05-02', start: '18:00' });
  });
  it('reads a heading of coming gatherings ("Kommande nätverksträffar") with the first one under it', () => {
    expect(next('Kommande nätverksträffar\nTräff 2/2023: torsdagen den 13 april kl. 9.30–12.00, Stadshuset.\nTräff 3/2023: tisdagen den 6 juni kl. 9.30–12.00.')).toMatchObject({ date: '2023-04-13', start: '09:30' });
  });
  it('does not read "Nästa vecka" in a sentence as a next meeting', () => {
    expect(next('Nästa vecka den 20 mars skickas rapporten ut.')).toBeNull();
  });
  it('reads the day below a "Nästa möte" heading without a colon, across OCR\'s blank row', () => {
    expect(next('Nästa möte\n\nTisdag 2 maj 2023 kl. 09.00–11.30, Teams.')).toMatchObject({ date: '2023-05-02', start: '09:00', end: '11:30' });
  });
  it('reads the next workshop named in a sentence', () => {
    expect(next('Nästa workshop hålls den 4 maj 2023 kl. 09.00 i Ekmora.')).toMatchObject({ date: '2023-05-04', start: '09:00' });
  });
});
