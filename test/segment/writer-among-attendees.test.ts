import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', pages: 1 });

const letter = [
  'Från: Vera Lind <vera.lind@ekby.se>',
  'Skickat: den 9 mars 2022 10:02',
  'Till: Nätverket för fältassistenter',
  'Ämne: Anteckningar från träffen',
  '',
  'Hej alla!',
  '',
  'Här kommer anteckningarna från gårdagens träff i Ekby, kl. 9.00–11.00. Med på mötet var Kim Roos (Åsby), Ali Berg (Ekby) och jag själv. Sam Holm (Lunda) hade förhinder.',
  '',
  '1. Sommaren',
  'Vi pratade om sommarens kvällsvandringar och hur många som behövs varje helg.',
  '',
  '2. Utbildning',
  'Kim berättade om en kurs i motiverande samtal som flera vill gå under hösten.',
  '',
  'Hälsningar,',
  'Vera Lind',
  'samordnare för fältarbetet',
  'Fritidsenheten, Ekby kommun',
  'Tel. 0123-456 78',
].join('\n');

describe('minnesanteckningar sent as a letter', () => {
  it('dates the meeting by the day the mail was sent, "gårdagens träff" the day before', () => {
    expect(segment(letter).meeting).toEqual({ date: '2022-03-08', start: '09:00', end: '11:00', place: 'Ekby' });
  });

  it('reads who took part and who was away from sentences inside the opening paragraph, the writer among them with the office under her title', () => {
    const minutes = segment(letter);
    expect(minutes.attendees).toEqual([
      { name: 'Kim Roos', organisation: 'Åsby', role: null },
      { name: 'Ali Berg', organisation: 'Ekby', role: null },
      { name: 'Vera Lind', organisation: 'Fritidsenheten, Ekby kommun', role: 'samordnare för fältarbetet' },
    ]);
    expect(minutes.absent).toEqual([{ name: 'Sam Holm', organisation: 'Lunda', role: null }]);
    expect(minutes.signatures).toEqual([{ role: 'samordnare för fältarbetet', name: 'Vera Lind' }]);
  });

  it('adds no writer where the list does not count her in', () => {
    const without = letter.replace(', Ali Berg (Ekby) och jag själv.', ' och Ali Berg (Ekby).');
    expect(segment(without).attendees.map((p) => p.name)).toEqual(['Kim Roos', 'Ali Berg']);
  });

  it('takes no telephone row under the title for the writer\'s office', () => {
    const phone = letter.replace('Fritidsenheten, Ekby kommun\n', '');
    expect(segment(phone).attendees.find((p) => p.name === 'Vera Lind')?.organisation).toBeNull();
  });
});
