import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

function segment(text: string) {
  return segmentMinutes({ text }, { file: 'x.pdf', sha256: null, pages: text.split('\f').length });
}

const HEAD = [
  'PROTOKOLL',
  'Direktionen',
  '',
  'Tid och plats\tTisdagen den 4 mars 2025 kl. 14.00–15.30, Förbundskontoret, Bålsta',
  'Ledamöter\tAgnes Rydh, Håbo, ordförande',
  '\tOskar Tamm; Knivsta, vice ordförande',
  '\tVera Kull, Enköping',
  'Justerare\tVera Kull',
  '',
].join('\n');

describe('OCR slips in joint bodies’ minutes', () => {
  it('reads a member’s municipality after a semicolon OCR read for the comma', () => {
    const minutes = segment(`${HEAD}§ 1 Budget\nDirektionen beslutar att anta budgeten.\n`);
    expect(minutes.attendees).toContainEqual({ name: 'Oskar Tamm', organisation: 'Knivsta', role: 'vice ordförande' });
  });
  it('reads paragraph signs OCR read as a pound sign or with a speck before the number', () => {
    const body = [
      '§ 1 Val av justerare',
      'Vera Kull utses att justera protokollet.',
      '',
      '§ 2 Läget i förbundet',
      'Förbundschefen redogör för läget.',
      '',
      '£3 Information till allmänheten',
      'Förbundschefen redogör för informationen på webbplatsen.',
      '',
      "$'4 Nästa sammanträde",
      'Direktionen sammanträder nästa gång den 1 april 2025.',
    ].join('\n');
    const minutes = segment(`${HEAD}${body}\n`);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Läget i förbundet'],
      ['3', 'Information till allmänheten'],
      ['4', 'Nästa sammanträde'],
    ]);
  });
  it('takes the title under a bare sign without the dash a speck left at the margin', () => {
    const body = ['§ 1', 'Val av justerare', 'Vera Kull utses att justera protokollet.', '', '§ 2', '- Anmälan av delegationsbeslut', 'Beslut', 'Direktionen godkänner redovisningen.'].join('\n');
    const minutes = segment(`${HEAD}${body}\n`);
    expect(minutes.items[1]).toMatchObject({ number: '2', title: 'Anmälan av delegationsbeslut' });
  });
  it('keeps a dashed list under a bare sign as the paragraph’s text', () => {
    const body = ['§ 1', 'Val av justerare', 'Vera Kull utses att justera protokollet.', '', '§ 2', 'Information', '- Läget i förbundet', '- Nya lokaler'].join('\n');
    const minutes = segment(`${HEAD}${body}\n`);
    expect(minutes.items[1]!.title).toBe('Information');
  });
  it('reads an agenda point whose stop OCR read three times', () => {
    const text = ['KALLELSE', 'Styrelsen', '', 'Tid\tTisdagen den 4 mars 2025 kl. 14.00', 'Plats\tFörbundskontoret, Bålsta', '', 'Föredragningslista', '1. Val av justerare', '2. Budget 2026', '3... Anmälan av delegationsbeslut', '4. Övriga frågor'].join('\n');
    expect(segment(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget 2026'],
      ['3', 'Anmälan av delegationsbeslut'],
      ['4', 'Övriga frågor'],
    ]);
  });
  it('keeps the second adjuster when dust on the signing line is read as a lower-case letter or two between them', () => {
    const minutes = segment(`${HEAD}§ 1 Budget\nDirektionen beslutar att anta budgeten.\n\nVid protokollet\nMira Sand\n\nJusteras\nAgnes Rydh\tse\tVera Kull\n`);
    expect(minutes.signatures).toEqual([
      { role: 'Vid protokollet', name: 'Mira Sand' },
      { role: 'Justeras', name: 'Agnes Rydh' },
      { role: 'Justeras', name: 'Vera Kull' },
    ]);
  });
  it('leaves "den" out of the place when OCR read the gap before the day as a hyphen', () => {
    const text = HEAD.replace('Tid och plats\tTisdagen den 4 mars 2025 kl. 14.00–15.30, Förbundskontoret, Bålsta', 'Plats och tid\tFörbundskontoret, sal Ekolsund, tisdagen den-4 mars 2025 kl. 14.00–15.30');
    expect(segment(`${text}§ 1 Budget\nDirektionen beslutar att anta budgeten.\n`).meeting?.place).toBe('Förbundskontoret, sal Ekolsund');
  });
  it('reads the next meeting’s time when OCR read the stop after "kl" as a comma', () => {
    const minutes = segment(`${HEAD}§ 1 Nästa sammanträde\nNästa sammanträde hålls tisdagen den 1 april 2025 kl, 14.00 i förbundskontoret.\n`);
    expect(minutes.nextMeeting).toMatchObject({ date: '2025-04-01', start: '14:00', place: 'förbundskontoret' });
  });
  it('reads an agenda point with a speck read as a second stop after its own', () => {
    const text = ['KALLELSE', 'Styrelsen', '', 'Tid\tTisdagen den 4 mars 2025 kl. 14.00', 'Plats\tFörbundskontoret, Bålsta', '', 'Föredragningslista', '1. . Val av justerare', '2. Budget 2026', '3. Övriga frågor'].join('\n');
    expect(segment(text).items.map((i) => i.title)).toEqual(['Val av justerare', 'Budget 2026', 'Övriga frågor']);
  });
  it('ends the place at a note labelled "Observera" that OCR read on the row after it', () => {
    const text = ['KALLELSE', 'Gemensamma nämnden', '', 'Dag och tid Tisdagen den 4 mars 2025 kl. 14.00', 'Plats Förbundskontoret, Bålsta, rum Ekoln', 'Observera Sammanträdet är inte offentligt.', '', '1. Val av justerare', '2. Budget 2026', '3. Övriga frågor'].join('\n');
    expect(segment(text).meeting?.place).toBe('Förbundskontoret, Bålsta, rum Ekoln');
  });
  it('reads "81" as the first paragraph when rows that show the sign go on from it with 2, 3 and 4', () => {
    const body = [
      '"81 Stormen och strömavbrotten',
      'Ordföranden redogör för läget.',
      '',
      '8 2 Val av justerare',
      'Vera Kull utses att justera protokollet.',
      '',
      '5 3 Läget i förbundet',
      'Förbundschefen redogör för läget.',
      '',
      '§ 4 Nästa sammanträde',
      'Direktionen sammanträder nästa gång den 1 april 2025.',
    ].join('\n');
    expect(segment(`${HEAD}${body}\n`).items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
  });
  it('reads the adjuster in the head when OCR read dust after the name as marks and scraps', () => {
    const text = HEAD.replace('Justerare\tVera Kull', 'Justerare\tVera Kull «cos ”e, | | S i ;');
    expect(segment(`${text}§ 1 Budget\nDirektionen beslutar att anta budgeten.\n`).adjusters).toEqual(['Vera Kull']);
  });
  it('leaves two letters of dust out of where a member comes from', () => {
    const text = HEAD.replace('\tVera Kull, Enköping', '\tVera Kull, Enköping ij');
    expect(segment(`${text}§ 1 Budget\nDirektionen beslutar att anta budgeten.\n`).attendees).toContainEqual({ name: 'Vera Kull', organisation: 'Enköping', role: null });
  });
  it('reads the att-clause under a deciding verb that OCR gave a stop, across a blank row', () => {
    const minutes = segment(`${HEAD}§ 1 Yttrande\nLänsstyrelsen har begärt förbundets synpunkter.\n\nDirektionen beslutar.\n\natt anta förvaltningens förslag till yttrande.\n`);
    expect(minutes.items[0]!.decisions).toEqual(['Direktionen beslutar att anta förvaltningens förslag till yttrande.']);
  });
  it('reads how a member took part as no title when OCR read the comma as two stops and telefon as teleton', () => {
    const text = HEAD.replace('\tVera Kull, Enköping', '\tVera Kull (C)..per teleton');
    expect(segment(`${text}§ 1 Budget\nDirektionen beslutar att anta budgeten.\n`).attendees).toContainEqual({ name: 'Vera Kull', organisation: 'C', role: null });
  });
  it('reads "vicé ordförande" with OCR’s accent as the vice chair', () => {
    const text = HEAD.replace('\tVera Kull, Enköping', '\tVera Kull (C), vicé ordförande');
    expect(segment(`${text}§ 1 Budget\nDirektionen beslutar att anta budgeten.\n`).attendees).toContainEqual({ name: 'Vera Kull', organisation: 'C', role: 'vice ordförande' });
  });
  it('reads a signing row of roles each misread by a letter or split after its capital', () => {
    const minutes = segment(`${HEAD}§ 1 Budget\nDirektionen beslutar att anta budgeten.\n\nSekreterare\nMira Sand\n\nOråförande.\tJ usterande '\n\nAgnes Rydh\tVera Kull\n`);
    expect(minutes.signatures).toEqual([
      { role: 'Sekreterare', name: 'Mira Sand' },
      { role: 'Ordförande', name: 'Agnes Rydh' },
      { role: 'Justerande', name: 'Vera Kull' },
    ]);
  });
  it('leaves a row of one long word that is no role as it is', () => {
    const minutes = segment(`${HEAD}§ 1 Budget\nDirektionen beslutar att anta budgeten.\n\nSekreterare\nMira Sand\n\nOrdförandeklubban\n`);
    expect(minutes.signatures).toEqual([{ role: 'Sekreterare', name: 'Mira Sand' }]);
  });
  it('leaves a dash and a speck against it between the paragraph’s number and its title out of the title', () => {
    const body = ['§ 1 Val av justerare', 'Vera Kull utses att justera protokollet.', '', '$2 -: Arvoden till röstmottagare', 'Direktionen beslutar att höja arvodena.'].join('\n');
    expect(segment(`${HEAD}${body}\n`).items[1]).toMatchObject({ number: '2', title: 'Arvoden till röstmottagare' });
  });
  it('reads a row of roles with dust between the columns read as figures, dashes and colons', () => {
    const minutes = segment(`${HEAD}§ 1 Budget\nDirektionen beslutar att anta budgeten.\n\n- Ordförande 2 - Justerare : Sekreterare\n" Agnes Rydh >" Vera Kull Mira Sand\n`);
    expect(minutes.signatures).toEqual([
      { role: 'Ordförande', name: 'Agnes Rydh' },
      { role: 'Justerare', name: 'Vera Kull' },
      { role: 'Sekreterare', name: 'Mira Sand' },
    ]);
  });
});

