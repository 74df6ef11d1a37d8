import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { withAgendaSideBySide } from '../../src/segment/agenda-side-by-side.ts';
import { documentLine } from '../../src/segment/document-lines.ts';

const source = { file: 'test.txt', sha256: null, pages: 1 };
const segment = (text: string) => segmentMinutes({ text }, source);
const row = (...cells: string[]) => documentLine(1, cells);

describe('an e-mailed kallelse with a dash agenda', () => {
  const mail = [
    'Från: Berit Holm <berit.holm@example.se>',
    '"Datum: 3 mars 2026 08:40',
    'Till: styrelsen@exempelforeningen.se',
    'Ämne: Styrelsemöte tisdag 17 mars',
    '',
    'Hej!',
    '',
    'Välkomna till styrelsemöte i Lindby bygdeförening tisdag den 17 mars kl.',
    '19.00–21.00 i Bygdegården, Skolvägen 4.',
    '',
    'Dagordning:',
    '- Mötets öppnande',
    '',
    '- Föregående protokoll',
    '- Vårens städdag',
    '- Övriga frågor',
    '',
    'Hälsningar',
    'Berit Holm',
    'sekreterare',
  ].join('\n');

  it('numbers the dashed points under the agenda heading in the order printed', () => {
    const m = segment(mail);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Föregående protokoll'],
      ['3', 'Vårens städdag'],
      ['4', 'Övriga frågor'],
    ]);
  });

  it('takes the meeting from the letter, not the mail header\'s send date, even with a speck before its label', () => {
    const m = segment(mail);
    expect(m.documentType).toBe('kallelse');
    expect(m.meeting).toEqual({ date: '2026-03-17', start: '19:00', end: '21:00', place: 'Bygdegården, Skolvägen 4' });
  });

  it('leaves a dash list that no agenda heading stands over as text', () => {
    const notes = segment(['Minnesanteckningar 2026-03-17', '', '1. Städdag', 'Vi behöver:', '- Krattor', '- Säckar', '- Fika', '2. Övrigt'].join('\n'));
    expect(notes.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('an agenda table with the diary number first and the point number last', () => {
  it('reads the figures of the narrow right column as the points, their titles without the diary number', () => {
    const m = segment(
      [
        'KALLELSE',
        'Tekniska nämnden',
        'Dag: Onsdagen den 4 mars 2026',
        'Tid: Kl. 09.00',
        '',
        'Dnr\tÄrende\tPunkt',
        '\tVal av justerare\t1',
        'TN 2026/14\tTaxa för vatten och avlopp 2027 med nya\t2',
        '\tbrukningsavgifter',
        'TN 2025/233 Svar på medborgarförslag om en lekplats i Norrby 3',
        '\tMeddelanden\t4',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Taxa för vatten och avlopp 2027 med nya brukningsavgifter'],
      ['3', 'Svar på medborgarförslag om en lekplats i Norrby'],
      ['4', 'Meddelanden'],
    ]);
  });
});

describe('an older kungörelse with its points in one running paragraph', () => {
  it('splits "1) …; 2) …; samt 3) …" after "följande ärenden:" into the points', () => {
    const m = segment(
      [
        'KUNGÖRELSE',
        '',
        'Kommunalfullmäktige i Norrby landskommun sammanträda å kommunalhemmet i',
        'Norrby torsdagen den 9 mars 1961 kl. 19.00 för behandling av följande ärenden: 1) val',
        'av justeringsmän; 2) anslag till ny brandbil; 3) försäljning av tomt vid Ängsvägen;',
        'samt 4) övriga ärenden.',
        '',
        'Norrby den 27 februari 1961.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'val av justeringsmän'],
      ['2', 'anslag till ny brandbil'],
      ['3', 'försäljning av tomt vid Ängsvägen'],
      ['4', 'övriga ärenden'],
    ]);
    expect(m.meeting?.place).toBe('kommunalhemmet i Norrby');
  });

  it('leaves a decision\'s "att 1) … 2) … 3)" in a protokoll as prose', () => {
    const m = segment(['§ 4 Budget', 'Nämnden beslutar att 1) anta budgeten, 2) höja taxan, 3) ge uppdrag till förvaltningen.', '§ 5 Övrigt'].join('\n'));
    expect(m.items.map((i) => i.number)).toEqual(['4', '5']);
  });
});

describe('an agenda in two columns whose left column is one point longer', () => {
  it('keeps the left column\'s last point when it stands alone on the last row', () => {
    const lines = [row('1. Öppnande', '5. Bokslut'), row('2. Ordförande', '6. Ansvarsfrihet'), row('3. Sekreterare', '7. Avslutning'), row('4. Justerare')];
    expect(withAgendaSideBySide(lines).map((l) => l.text)).toEqual(['1. Öppnande', '2. Ordförande', '3. Sekreterare', '4. Justerare', '5. Bokslut', '6. Ansvarsfrihet', '7. Avslutning']);
  });

  it('splits rows where OCR read both columns\' points into one cell', () => {
    const lines = [row('1. Öppnande 5. Bokslut'), documentLine(1, []), row('2. Ordförande 6. Ansvarsfrihet'), row('3. Sekreterare 7. Avslutning'), documentLine(1, []), row('4. Justerare')];
    expect(withAgendaSideBySide(lines).map((l) => l.text)).toEqual(['1. Öppnande', '2. Ordförande', '3. Sekreterare', '4. Justerare', '5. Bokslut', '6. Ansvarsfrihet', '7. Avslutning']);
  });
});

describe('meeting places in kallelse heads', () => {
  it('reads the sitting\'s place after its time in a "Sammanträde:" field, street number included, not the group meeting\'s', () => {
    const m = segment(
      ['Kallelse till sammanträde', 'Miljönämnden', '', 'Gruppmöte:\tkl. 12.30 i rum Ek', 'Sammanträde:\tkl. 13.30 i Rådhusets sal, Torggatan 7', 'Datum:\tTisdagen den 3 mars 2026', '', '1. Val av justerare', '2. Tillsynsplan', '3. Meddelanden'].join('\n'),
    );
    expect(m.meeting).toEqual({ date: '2026-03-03', start: '13:30', end: null, place: 'Rådhusets sal, Torggatan 7' });
  });

  it('reads house, room and street after the time as one place', () => {
    const m = segment(
      ['Kallelse till årsmöte', 'Medlemmarna kallas till årsmöte onsdagen den 11 mars 2026 klockan 15.00 i Medborgarhuset, Lilla salen, Kyrkogatan 3 i Norrby.', '', 'Dagordning', '1. Öppnande', '2. Val av ordförande', '3. Avslutning'].join('\n'),
    );
    expect(m.meeting?.place).toBe('Medborgarhuset, Lilla salen, Kyrkogatan 3 i Norrby');
  });
});
