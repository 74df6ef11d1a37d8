import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { proseSectionHeadings } from '../../src/segment/prose-section-headings.ts';

const letter = [
  'Hembygdsgruppen i Ekmora',
  '',
  'Hej allihop!',
  '',
  'Här kommer några rader från vårträffen i bygdegården, där vi var tolv stycken.',
  '',
  'Stugan vid sjön',
  'Taket läcker fortfarande och Olle Vik har tagit in två anbud på nya takpannor.',
  '',
  'Midsommar',
  'Vi dansar runt stången som vanligt och Greta Ås ordnar lotterier till förmån för kören.',
  '',
  'Kassan',
  'Kassören berättade att det finns pengar kvar från höstmarknaden till bygdegårdens fönster.',
  '',
  'Hälsningar',
  'Greta Ås, sekreterare',
].join('\n');

describe('minnesanteckningar written as a letter with unnumbered section headings', () => {
  it('reads short heading rows over paragraphs of prose as the items, numbered in order', () => {
    const lines = linesFromText(letter).flat();
    expect(proseSectionHeadings(lines).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Stugan vid sjön'],
      ['2', 'Midsommar'],
      ['3', 'Kassan'],
    ]);
  });

  it('takes a bold heading OCR set apart by a blank row, without its trailing speck', () => {
    const ocr = letter.replace('Midsommar\n', 'Midsommar lo\n\n').replace('Kassan\n', 'Kassan |\n\n');
    const lines = linesFromText(ocr).flat();
    expect(proseSectionHeadings(lines).map((h) => h.title)).toEqual(['Stugan vid sjön', 'Midsommar', 'Kassan']);
  });

  it('reads no sections from a letter with fewer than three such headings', () => {
    const short = letter.replace('Kassan\n', 'Kassan och annat.\n').replace('Midsommar\n', 'Midsommar firas.\n');
    expect(proseSectionHeadings(linesFromText(short).flat())).toEqual([]);
  });

  it('reads neither a typed memo\'s headings in capitals nor a wrapped sentence\'s first row as sections', () => {
    const memo = letter.replace('Stugan vid sjön', 'STUGAN VID SJÖN').replace('Midsommar', 'MIDSOMMAR').replace('Kassan\nKassören berättade att', 'Kassören Ada Ek berättade att\ndet');
    expect(proseSectionHeadings(linesFromText(memo).flat())).toEqual([]);
  });

  it('reads a heading whose speck OCR set in a cell of its own', () => {
    const lines = linesFromText(letter).flat().map((l) => (l.text === 'Midsommar' ? { ...l, cells: ['Midsommar', 'lo'], text: 'Midsommar lo' } : l));
    expect(proseSectionHeadings(lines).map((h) => h.title)).toEqual(['Stugan vid sjön', 'Midsommar', 'Kassan']);
  });
});

describe('workshop notes with bullet points under unnumbered headings', () => {
  const notes = [
    'Anteckningar från planeringsdag',
    '',
    'Inledning',
    '• Rektor Ivar Skog hälsade välkommen och gick igenom dagens upplägg och mål.',
    '',
    'Gruppdiskussioner',
    '• Grupp A ville satsa mer på läxhjälp i biblioteket under höstterminen.',
    '• Grupp B föreslog fler utflykter.',
    '',
    'Mål inför 2026',
    '• Skolan ska öka andelen elever med godkända betyg i alla ämnen till 2026.',
  ].join('\n');

  it('reads headings over bullet points, and one naming the year it plans for', () => {
    expect(proseSectionHeadings(linesFromText(notes).flat()).map((h) => h.title)).toEqual(['Inledning', 'Gruppdiskussioner', 'Mål inför 2026']);
  });

  it('reads the bullets OCR turned into plus signs and guillemets, a sentence OCR broke with a blank row, and specks after a stop', () => {
    const ocr = notes
      .replace('• Rektor', '« Rektor')
      .replace('• Grupp A ville satsa mer på läxhjälp', '+ Grupp A ville satsa mer på\n\nläxhjälp')
      .replace('till 2026.', 'till 2026. | i');
    expect(proseSectionHeadings(linesFromText(ocr).flat()).map((h) => h.title)).toEqual(['Inledning', 'Gruppdiskussioner', 'Mål inför 2026']);
  });

  it('takes no heading that names a figure other than a year', () => {
    const figures = notes.replace('Mål inför 2026', 'Mål 12 och 14');
    expect(proseSectionHeadings(linesFromText(figures).flat())).toEqual([]);
  });
});

describe('workshop notes whose headings are the questions discussed, over short bullet points', () => {
  it('reads a question as a heading, and short bullets that follow one another as its notes', () => {
    const notes = [
      'Anteckningar från workshop',
      '',
      'Bakgrund',
      '– Planen för fritidsgårdarna gäller till nästa år och ska ersättas.',
      '',
      'Vad fungerar bra?',
      '– Kvällsöppet uppskattas.',
      '– Fler tjejer kommer på onsdagar.',
      '',
      'Fortsatt arbete',
      '– Fler kvällar önskas.',
    ].join('\n');
    expect(proseSectionHeadings(linesFromText(notes).flat()).map((h) => h.title)).toEqual(['Bakgrund', 'Vad fungerar bra?', 'Fortsatt arbete']);
  });

  it('still wants eight words under a heading over plain prose', () => {
    const short = letter.replace('Kassören berättade att det finns pengar kvar från höstmarknaden till bygdegårdens fönster.', 'Kassan är god.');
    expect(proseSectionHeadings(linesFromText(short).flat())).toEqual([]);
  });

  it('reads a heading over a short question and its answer', () => {
    const qa = [
      'Anteckningar från samråd',
      '',
      'Presentation',
      'Planarkitekten visade förslaget med sextio nya bostäder vid torget i Ekby.',
      '',
      'Frågor och svar',
      'Fråga: När börjar bygget?',
      'Svar: Tidigast om två år.',
      '',
      'Fortsatt arbete',
      'Synpunkter kan lämnas till förvaltningen fram till slutet av juni i år.',
    ].join('\n');
    expect(proseSectionHeadings(linesFromText(qa).flat()).map((h) => h.title)).toEqual(['Presentation', 'Frågor och svar', 'Fortsatt arbete']);
  });
});
