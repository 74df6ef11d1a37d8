import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const next = (closing: string) =>
  segmentMinutes({ text: ['Minnesanteckningar', 'Datum: 2023-03-13', '', '1. Öppnande', 'Text.', '2. Övrigt', 'Text.', '', closing].join('\n') }, { file: 'x.txt', pages: 1 }).nextMeeting;

describe('next meeting phrases', () => {
  it('reads "Nästa <gathering>:" with a colon, whatever the gathering is called', () => {
    expect(next('Nästa skolråd: tisdag 2 maj kl. 18.00 i matsalen.')).toMatchObject({ date: '2023-05-02', start: '18:00' });
  });
  it('does not read "Nästa vecka" in a sentence as a next meeting', () => {
    expect(next('Nästa vecka den 20 mars skickas rapporten ut.')).toBeNull();
  });
});
