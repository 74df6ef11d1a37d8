import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';
import { emailHeader } from '../../src/segment/email-header.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';


describe('a kallelse sent by e-mail and printed', () => {
  const text =
    'Från: Vilja Trosk\n\nSkickat: den 20 november 2025 10:14\nTill: Fjällnätverket\nÄmne: Kallelse till nätverksträff 4 december\n\nHej alla!\n\n' +
    'Välkomna till nätverksträff torsdag den 4 december kl. 13.00–15.30 på Fjällgården i Trollberg.\n\nFörslag på dagordning:\n1. Start\n2. Leder\n3. Övrigt\n\nHälsningar\nVilja Trosk\nsamordnare';
  it('reads the mail header: the subject names the document, the day sent dates the letter', () => {
    expect(emailHeader(linesFromText(text)[0]!)).toEqual({ rows: [0, 2, 3, 4], subject: 'Kallelse till nätverksträff 4 december', sent: '2025-11-20' });
  });
  it('takes the meeting from the letter\'s sentence, not from the day the mail was sent, and the sender\'s title under the name', () => {
    const m = segment(text);
    expect(m.documentType).toBe('kallelse');
    expect(m.meeting).toEqual({ date: '2025-12-04', start: '13:00', end: '15:30', place: 'Fjällgården i Trollberg' });
    expect(m.signatures).toEqual([{ role: 'samordnare', name: 'Vilja Trosk' }]);
  });
  it('finds no mail header in a minutes head with a date label', () => {
    expect(emailHeader(linesFromText('Datum: 2025-11-20\nTid: 13.00\nPlats: Fjällgården\n\n1. Start')[0]!)).toBeNull();
  });
});

describe('a reply or a forward of the mail that carries the notes', () => {
  it('reads the subject without the reply\'s and forward\'s marks', () => {
    const text = 'Från: Ola Ek\nSkickat: den 4 maj 2020 09:12\nTill: Gruppen\nÄmne: SV: VB: Minnesanteckningar från mötet 30/4\n\nHej!';
    expect(emailHeader(linesFromText(text)[0]!)?.subject).toBe('Minnesanteckningar från mötet 30/4');
  });
});
