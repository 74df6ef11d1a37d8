import { describe, expect, it } from 'vitest';
import { segment } from './segment-text.ts';

const minutes = segment(
  'PROTOKOLL\n\nfört vid sammanträde med kommunalfullmäktige i Norrbyns landskommun den 3 juni 1958 kl. 18.00 i kommunalhuset.\n\nNärvarande: ordföranden herr Eskil Rönn, vice ordföranden herr Hugo Björk, herrar Anton Sund och Bror Vikner samt fru Alma Tjärn.\n\n§ 1. Justering\nSedan ordföranden förklarat sammanträdet öppnat, valdes att jämte ordföranden justera dagens protokoll herrar Anton Sund och Bror Vikner.\n\n§ 2. Vägen\nFullmäktige beslöt att bifalla förslaget.\n\nSom ovan:\nAlma Tjärn\n\nJusteras:\nEskil Rönn\t\tAnton Sund\t\tBror Vikner',
);

describe('older minutes in prose', () => {
  it('reads "ordföranden herr A, vice ordföranden herr B, herrar C och D samt fru E" with the functions', () => {
    expect(minutes.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Eskil Rönn', 'ordförande'],
      ['Hugo Björk', 'vice ordförande'],
      ['Anton Sund', null],
      ['Bror Vikner', null],
      ['Alma Tjärn', null],
    ]);
  });
  it('reads "valdes att jämte ordföranden justera dagens protokoll herrar A och B" as the adjusters', () => {
    expect(minutes.adjusters).toEqual(['Anton Sund', 'Bror Vikner']);
  });
  it('reads "Som ovan:" as the secretary\'s sign-off, and three names under "Justeras:"', () => {
    expect(minutes.signatures).toEqual([
      { role: 'Som ovan', name: 'Alma Tjärn' },
      { role: 'Justeras', name: 'Eskil Rönn' },
      { role: 'Justeras', name: 'Anton Sund' },
      { role: 'Justeras', name: 'Bror Vikner' },
    ]);
  });
});

describe('invitations and note-takers', () => {
  it('reads the place before the exclamation mark of "Välkommen till årsmöte … kl. 14.00 i bystugan!"', () => {
    const m = segment('Västby byalag\n\nVälkommen till årsmöte i Västby byalag söndagen den 4 maj 2025 kl. 14.00 i bystugan!\n\nDagordning\n1. Öppnande\n2. Val\n3. Avslutning');
    expect(m.meeting).toMatchObject({ date: '2025-05-04', start: '14:00', place: 'bystugan' });
  });
  it('reads "Siv Rapp, vid pennan" as the note-taker\'s signature', () => {
    const m = segment('Minnesanteckningar\nRådet\n\nDatum: 2025-05-06\n\n1. Start\nText.\n\n2. Slut\nText.\n\nSiv Rapp, vid pennan');
    expect(m.signatures).toEqual([{ role: 'vid pennan', name: 'Siv Rapp' }]);
  });
});
