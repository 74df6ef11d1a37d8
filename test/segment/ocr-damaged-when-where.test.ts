import { describe, expect, it } from 'vitest';
import { readHeading } from '../../src/segment/document-kind.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findTimeRange } from '../../src/segment/swedish-times.ts';
import { segment } from './by-field/segment-text.ts';

describe('reads the time, place, body and signers through OCR damage', () => {
  it('reads an estimated end after "ca" with specks between ("kl.19-ca-:21.30")', () => {
    expect(findTimeRange('tisdagen den 14 maj 1996 kl.19-ca-:21.30 i Ekby')).toMatchObject({ start: '19:00', end: '21:30' });
    expect(findTimeRange('kl 19–ca-21.30')).toMatchObject({ start: '19:00', end: '21:30' });
  });
  it('reads the hour\'s one that OCR read as an l right after "kl" ("kl.l9-ca 21.30")', () => {
    expect(findTimeRange('den 14 maj 1996 kl.l9-ca 21.30 i Ekby')).toMatchObject({ start: '19:00', end: '21:30' });
  });
  it('reads a place wrapped onto the next row whose comma before the room OCR read as a semicolon', () => {
    const m = segment('EKBY KOMMUN Fritidsnämnden Protokoll 1996-05-14 Sid 1\n\nFritidsnämnden sammanträdde tisdagen den 14 maj 1996 kl 19-ca 21.30 i Ekby\nkommunhus; sal Tallen.\n\nNärvarande\nLedamöter Bo Sten (s), ordförande\n\n§ 21 Val av justerare\nNämnden beslutar att utse Eva Ros (fp) att jämte ordföranden justera protokollet.\n');
    expect(m.meeting).toEqual({ date: '1996-05-14', start: '19:00', end: '21:30', place: 'Ekby kommunhus, sal Tallen' });
  });
  it('reads the body beside the header\'s date column that plain OCR text closed up ("… arbetsutskott Datum 23-03-16")', () => {
    const heading = readHeading(linesFromText('EKBY STAD PROTOKOLL 1 (2)\n\nByggnadsnämndens arbetsutskott Datum 23-03-16\nTid 13.00 — ca 16.00\n')[0]!);
    expect(heading.body).toBe('Byggnadsnämndens arbetsutskott');
  });
  it('reads "Vid protokollet ö" (a speck read as a small letter) as the note-keeper\'s role, so the signers are found', () => {
    const m = segment('PROTOKOLL\nFritidsnämnden\n\n§ 24 Rapporter\nFritidschefen rapporterade.\n\n§ 25 Nästa sammanträde\nNästa sammanträde äger rum den 4 juni 1996.\n\nVid protokollet ö\n\nKarin Berg .\n\nJusteras\n\nBo Sten Eva Ros\n');
    expect(m.signatures[0]).toEqual({ role: 'Vid protokollet', name: 'Karin Berg' });
    expect(m.nextMeeting?.place ?? null).toBeNull();
  });
});
