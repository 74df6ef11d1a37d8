import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { announcedMeeting } from '../../src/segment/meeting-when-where.ts';
import { documentLine } from '../../src/segment/document-lines.ts';

const letter = (sub: string) =>
  [
    'Till ledamöterna i hälsovårdsnämnden',
    '',
    'Hälsovårdsnämnden i Ekmora sammanträder tisdagen den 7 mars 1961 kl. 19.00 i rådhusets sessionssal, Torget 2, för behandling av följande ärenden:',
    '',
    '1) Val av justeringsman.',
    '2) Ansökningar om bidrag:',
    sub,
    '   b) Ekmora hembygdsförening.',
    '3) Övriga ärenden.',
    '',
    'Med vänlig hälsning',
    '',
    'Nils Ek',
    'ordförande',
  ].join('\n');

describe('a letter that says the body "sammanträder" on a later day', () => {
  it('is a kallelse even when its lettered sub-points end with a stop', () => {
    expect(segmentMinutes({ text: letter('   a) Ekmora idrottsklubb, ungdomsverksamheten.') }, { file: 'x', pages: 1 }).documentType).toBe('kallelse');
  });

  it('takes the place from the calling sentence, without the errand after it', () => {
    expect(segmentMinutes({ text: letter('   a) Ekmora idrottsklubb.') }, { file: 'x', pages: 1 }).meeting?.place).toBe('rådhusets sessionssal, Torget 2');
  });

  it('fills only the place of a kallelse whose day is known, and only from a sentence naming that day', () => {
    const line = (text: string) => documentLine(1, [text]);
    const known = { date: '1961-03-07', start: '19:00', end: null, place: null };
    const same = [line('Nämnden sammanträder tisdagen den 7 mars 1961 kl. 19.00 i rådhuset.')];
    const other = [line('Nämnden sammanträder tisdagen den 14 mars 1961 kl. 19.00 i rådhuset.')];
    expect(announcedMeeting(known, same, true)?.place).toBe('rådhuset');
    expect(announcedMeeting(known, other, true)).toEqual(known);
    expect(announcedMeeting(known, same, false)).toEqual(known);
  });
});
