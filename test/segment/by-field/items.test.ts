import { describe, expect, it } from 'vitest';
import { documentLine, linesFromText } from '../../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../../src/segment/items.ts';
import { withMarginalHeadings } from '../../../src/segment/marginal-headings.ts';
import { headings, segment } from './segment-text.ts';

describe('reads the numbered points', () => {
  it('reads "BUN § 7 Title" as paragraph 7', () => {
    expect(headings('BUN § 7 Skolskjuts\ntext\nBUN § 8 Lokaler\ntext')).toEqual([
      ['7', 'Skolskjuts'],
      ['8', 'Lokaler'],
    ]);
  });
  it('reads the body\'s abbreviation in mixed case ("Au § 201 Dnr 94.0312", title below) as paragraph 201, but not "Se § 4"', () => {
    const m = segment('SAMMANTRÄDESPROTOKOLL\nArbetsutskottet\n\nDatum: 1994-11-08\n\nAu § 201 Dnr 94.0312\nBidrag till skoterklubben\nText.\n\nAu § 202\nBudget 1995\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['201', 'Bidrag till skoterklubben'],
      ['202', 'Budget 1995'],
    ]);
    expect(headings('Se § 4 i reglementet\ntext\nSe § 5 i reglementet\ntext')).toEqual([]);
  });
  it('reads "Title | § 12" and OCR\'s joined "Title § 13" as paragraphs', () => {
    const found = findItemHeadings(linesFromText('Upprop\t§ 12\ntext\nTaxor 2025 § 13\ntext')[0]!).map((h) => [h.number, h.title]);
    expect(found).toEqual([
      ['12', 'Upprop'],
      ['13', 'Taxor 2025'],
    ]);
  });
  it('does not take a row of those present for one paragraph ("Eje Vallin, kommunchef, § 3", the cells joined) for a heading with its number at the end', () => {
    const m = segment('PROTOKOLL\nNämnden\n\nDatum: 2020-04-02\n\nBeslutande Ada Lund (S), ordförande\nÖvriga Ove Sten, kommunchef\nEje Vallin, socialchef, § 3\nSekreterare Ida Ros\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(m.attendees.map((p) => p.name)).toEqual(['Ada Lund', 'Ove Sten', 'Eje Vallin', 'Ida Ros']);
  });
  it('reads OCR\'s "BUN 8& 61" and "BUN 8.63" as paragraphs 61 and 63, the sign read as an 8 with a speck', () => {
    expect(headings('BUN § 60 Upprop\nText.\nBUN 8& 61 Bidrag till föreningen\nText.\nBUN § 62 Delgivningar\nText.\nBUN 8.63 Övriga frågor\nText.')).toEqual([
      ['60', 'Upprop'],
      ['61', 'Bidrag till föreningen'],
      ['62', 'Delgivningar'],
      ['63', 'Övriga frågor'],
    ]);
    expect(headings('8.63 Kronor per invånare\nText.')).toEqual([]);
  });
  it('reads OCR\'s glued signs "81 —- Title", "84 «Title" and "81 – Title" as a chain from § 1, above numbered decision points', () => {
    const rows = (first: string) =>
      `${first} Nämnden träder i funktion\nText.\nBeslut\n1. Nämnden noterar att den har trätt i funktion.\n2. Sammanträden hålls digitalt.\n` +
      '82 Val av justerare\nText.\n83 Stängning av simhallen\nText.\n84 «Stängning av fritidsgårdar\nText.\n85 Rapportering\nText.';
    for (const first of ['81 —-', '81 –']) expect(headings(rows(first)).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5']);
  });
  it('reads a typewritten "g 201." as paragraph 201 at the head of a chain of damaged signs', () => {
    expect(headings('g 201. Justering.\nText.\n8 202. Anmälan.\nText.\n§ 203. Bygglov.\nText.\n§ 204. Avslutning.\nText.').map(([n]) => n)).toEqual(['201', '202', '203', '204']);
  });
  it('does not take a sentence citing a paragraph for a heading', () => {
    expect(findItemHeadings(linesFromText('Beslutet fattas med stöd av § 12')[0]!)).toEqual([]);
  });
  it('reads "§ 12/2024 Title" as paragraph 12', () => {
    expect(findItemHeadings(linesFromText('§ 12/2024 Upprop\ntext\n§ 13/2024 Budget')[0]!).map((h) => [h.number, h.title])).toEqual([
      ['12', 'Upprop'],
      ['13', 'Budget'],
    ]);
  });
  it('reads a typewritten "1.  Title" with a tab stop after the number, the notes indented below it', () => {
    const notes = 'Närvarande: Tyra Malm\n\n1.  Lokalfrågor\n    Vaktmästaren redogjorde.\n\n2.\tBudget för år 1978\n    Lades till handlingarna.';
    expect(headings(notes)).toEqual([
      ['1', 'Lokalfrågor'],
      ['2', 'Budget för år 1978'],
    ]);
  });
  it('does not take a numbered list of people with a tab after the number for points', () => {
    expect(headings('Deltagare\n1.\tVera Holt, Ljungby\n2.\tNils Kron, Alvesta\n3.\tAda Sten, Lessebo')).toEqual([]);
  });
  it('reads the older "Ad 1. Title" and "Ad p. 2 Title" as agenda points', () => {
    expect(headings('Närvarande: Tyra Malm\n\nAd 1. Turlistor\nText.\n\nAd p. 2 Ersättning\nText.')).toEqual([
      ['1', 'Turlistor'],
      ['2', 'Ersättning'],
    ]);
  });
  it('reads "Punkt 2 Title" and "Ärende 3: Title" as agenda points', () => {
    const lines = linesFromText('Punkt 1 Inledning\ntext\nPunkt 2 Skolval\nÄrende 3: Budget')[0]!;
    expect(findItemHeadings(lines).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Inledning'],
      ['2', 'Skolval'],
      ['3', 'Budget'],
    ]);
  });
});

describe('reads paragraph signs and numbers OCR damaged', () => {
  it('knows an agenda title again after OCR lost its dash', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\n\nAgenda\n1. Start\n2. Ekonomi - prognos\n\n1. Start\nAlla på plats.\n2. Ekonomi prognos\nBeslut: Gruppen godkänner prognosen.');
    expect(m.items.map((i) => [i.number, i.decisions])).toEqual([
      ['1', []],
      ['2', ['Gruppen godkänner prognosen.']],
    ]);
  });
  it('reads "BUN 8 41 Title" as paragraph 41 in a chain', () => {
    const found = findItemHeadings(linesFromText('BUN 8 41 Skolskjuts\ntext\nBUN 8 42 Lokaler\ntext\nBUN 8 43 Övrigt\ntext')[0]!).map((h) => [h.number, h.title]);
    expect(found).toEqual([
      ['41', 'Skolskjuts'],
      ['42', 'Lokaler'],
      ['43', 'Övrigt'],
    ]);
  });
  it('takes ".&6 Nästa möte" as paragraph 6, the speck and OCR\'s "&" for § dropped', () => {
    const m = segment('PROTOKOLL\nFjällbolaget AB\n\nDatum: 2025-03-14\n\n§ 4 Ekonomi\nText.\n\n§ 5 Taxor\nText.\n\n.&6 Nästa möte\nText.');
    expect(m.items.map((i) => i.number)).toEqual(['4', '5', '6']);
  });
  it('trusts two damaged-sign paragraphs when the first is the opening item', () => {
    const found = findItemHeadings(linesFromText('8 5 Val av justerare .\ntext\n8 6 Budget\ntext')[0]!).map((h) => [h.number, h.title]);
    expect(found.map(([n]) => n)).toEqual(['5', '6']);
    expect(findItemHeadings(linesFromText('8 5 Budget\ntext\n8 6 Lokaler\ntext')[0]!)).toEqual([]);
  });
  it('reads "8 41/2023 Title" as paragraph 41 with the sign misread', () => {
    expect(findItemHeadings(linesFromText('8 41/2023 Upprop\ntext\n8 42/2023 Budget\ntext')[0]!).map((h) => h.number)).toEqual(['41', '42']);
  });
  it('reads "81." alone on its rows as §1 with the title below', () => {
    const m = segment('Protokoll\nStyrelsen\n\nDatum: 2024-03-05\n\n81.\nMötets öppnande\nText.\n\n82.\nBudget\nText.\n\n83.\nAvslutning\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Budget'],
      ['3', 'Avslutning'],
    ]);
  });
  it('reads old minutes\' "§ 1." … "§ 4." alone on their rows, OCR\'s "si.", "82.", "83. .", "84.", as paragraphs 1-4', () => {
    const m = segment('Protokoll fört vid sammanträde med styrelsen för Lövby vägförening den 2 maj 1977.\n\nsi.\nOrdföranden förklarade sammanträdet öppnat.\n\n82.\nTill justerare utsågs Berit Sjö.\n\n83. .\nStyrelsen bestämde att bron lagas.\n\n84.\nOrdföranden förklarade sammanträdet avslutat.');
    expect(m.items.map((i) => [i.number, i.text.split('\n')[0]])).toEqual([
      ['1', 'Ordföranden förklarade sammanträdet öppnat.'],
      ['2', 'Till justerare utsågs Berit Sjö.'],
      ['3', 'Styrelsen bestämde att bron lagas.'],
      ['4', 'Ordföranden förklarade sammanträdet avslutat.'],
    ]);
  });
  it('keeps rows "82.", "83.", "84." as they are where no row above them reads as "§ 1."', () => {
    const found = findItemHeadings(linesFromText('Mätpunkter\n\n82.\nText.\n\n83.\nText.\n\n84.\nText.')[0]!).map((h) => h.number);
    expect(found).toEqual(['82', '83', '84']);
  });
  it('reads the last paragraph ". 836 Sammanträdesplan" after "8 33" … "8 35", a speck before the sign glued to its number', () => {
    const m = segment('PROTOKOLL\nDirektionen\n\nDatum: 2025-10-21\n\n8 33 Val av justerare\nText.\n\n8 34 Budget\nText.\n\n8 35 Antagning\nText.\n\n. 836 Sammanträdesplan 2026\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['33', 'Val av justerare'],
      ['34', 'Budget'],
      ['35', 'Antagning'],
      ['36', 'Sammanträdesplan 2026'],
    ]);
  });
  it('takes "&" before a paragraph number as the sign OCR misread', () => {
    const m = segment('PROTOKOLL\nNämnden\n\nDatum: 2025-05-06\n\n& 1 Öppnande\nText.\n\n§ 2 Budget\nText.');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
  });
  it('reads "829 | Verksamhetsplan" and "82 | . Lägesbild" as headings of a chain with the sign misread', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-04-17\n\n828 Val av justerare\nText.\n\n829 | Fjällplan 2025\nText.\n\n8 30 Fjällbidrag\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['28', 'Val av justerare'],
      ['29', 'Fjällplan 2025'],
      ['30', 'Fjällbidrag'],
    ]);
    const small = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-04-17\n\n81 Val av justerare\nText.\n\n82 | . Fjällbild\nText.\n\n83 Fjällinsatser\nText.');
    expect(small.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
  it('reads a numbered heading whose gap after the number OCR lost ("2Nya insatser") in the chain', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar\n\nDatum: 2025-03-11\n\n1 Fjällbudget\nText.\n\n2Nya fjällinsatser\nText.\n\n3 Nästa steg\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Fjällbudget'],
      ['2', 'Nya fjällinsatser'],
      ['3', 'Nästa steg'],
    ]);
  });
  it('reads "1.. Öppnande" with a doubled stop as a numbered heading', () => {
    const m = segment('Kallelse\nFjällklubben\n\nDatum: 2024-03-14\n\nDagordning\n1.. Öppnande\n2. Ekonomi\n3. Övrigt');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
  it('fills a missing paragraph whose sign OCR read as a figure behind a speck (". 84 Budget")', () => {
    const m = segment('PROTOKOLL\nFjällbolaget AB\n\nDatum: 2024-03-14\n\n§ 1 Öppnande\nText.\n\n§ 2 Val av justerare\nText.\n\n§ 3 Rapport\nText.\n\n. 84 Fjällbudget 2025\nText.\n\n§ 5 Avslutning\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toContainEqual(['4', 'Fjällbudget 2025']);
  });
  it('takes "8 9 …" before "8 10 …" as two paragraphs: the two-digit one vouches for the one-digit one', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2024-02-20\n\n8 9 Fjällplan 2024\nFjällnämndens beslut\nFjällnämnden fastställer planen.\n\n8 10 Yttrande över Fjällhamnen\nFjällnämndens beslut\n1. Fjällnämnden lämnar yttrande.\n2. Paragrafen justeras omedelbart.');
    expect(m.items.map((i) => i.number)).toEqual(['9', '10']);
  });
  it('reads "8 1 Öppnande och val av justerare" with the sign misread as the opening point of a chain of two', () => {
    const m = segment('PROTOKOLL\nFjällstiftelsen\n\nDatum: 2025-12-02\n\n8 1 Öppnande och val av justerare\nText.\n\n8 2 Budget 2026\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Öppnande och val av justerare'],
      ['2', 'Budget 2026'],
    ]);
  });
  it('reads OCR\'s pound sign before a misread paragraph sign as a speck, and a letter after a title in capitals as the page edge', () => {
    const m = segment('KALLELSE\nFjällnämnden\n\nDatum: 2025-12-11\n\nÄrenden\n81 Upprop\n£82 Tillsynsplan 2026\n83 Taxor 2026\n84 Delegationsbeslut');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Upprop'],
      ['2', 'Tillsynsplan 2026'],
      ['3', 'Taxor 2026'],
      ['4', 'Delegationsbeslut'],
    ]);
    const p = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-12-09\nNärvarande: Vilja Trosk, förvaltningschef; Ebbe Mulm, MAS i\n\n1. Start\nText.');
    expect(p.attendees.map((x) => x.role)).toEqual(['förvaltningschef', 'MAS']);
  });
  it('reads "8 1 Val av justerare" and "82 …" with the signs misread as the paragraphs, the opening item vouching for them', () => {
    const m = segment('PROTOKOLL\nFjällstiftelsen\n\nDatum: 2026-01-30\n\n8 1 Val av justerare\nTill justerare valdes Ebbe Mulm.\n\n82 Hyror 2026\nStyrelsen beslutade att godkänna hyrorna.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Hyror 2026'],
    ]);
  });
  it('reads "s 41" at the start of a row as a damaged §', () => {
    const lines = linesFromText('s 41 Ansökan om bygglov\nDnr BN 1998/0214\ntext')[0]!;
    expect(findItemHeadings(lines).map((h) => [h.number, h.title])).toEqual([['41', 'Ansökan om bygglov']]);
  });
  it('finds a paragraph behind a stray quote', () => {
    const lines = linesFromText("§ 64 Dagordning\ntext\n'$ 65 Månadsrapport mars 2023\ntext")[0]!;
    expect(findItemHeadings(lines).map((h) => h.number)).toEqual(['64', '65']);
  });
});

describe('reads paragraph signs OCR read as the figure 8', () => {
  it('reads "AU 861 …", "AU 8 62 …", "AU 863 …" as the paragraphs 61-63 of a committee', () => {
    expect(headings('AU 861 Motion om cykelvägar\nText.\nAU 8 62 Avgifter i hamnen\nText.\nAU 863 Information om ekonomin\nText.')).toEqual([
      ['61', 'Motion om cykelvägar'],
      ['62', 'Avgifter i hamnen'],
      ['63', 'Information om ekonomin'],
    ]);
  });
  it('reads "81. Justering", "8 2. Anslag …", "83. Skolskjutsarna" as paragraphs 1-3 (the sign read as 8 and glued)', () => {
    expect(headings('81. Justering\nText.\n8 2. Anslag till vägen\nText.\n"83. Skolskjutsarna\nText.')).toEqual([
      ['1', 'Justering'],
      ['2', 'Anslag till vägen'],
      ['3', 'Skolskjutsarna'],
    ]);
  });
  it('keeps a list numbered "81.", "82.", "83." with no other sign of a paragraph as it is', () => {
    expect(headings('81. Val\nText.\n82. Budget\nText.\n83. Slut\nText.').map((h) => h[0])).toEqual(['81', '82', '83']);
  });
});

describe('reads points numbered as quick notes and templates write them', () => {
  it('reads "Pkt 1 …", "Pkt 2 …" and "P1 …", "P2 …" as points 1 and 2', () => {
    expect(headings('Pkt 1 Välkommen\nText.\nPkt 2 Ekonomi\nText.')).toEqual([
      ['1', 'Välkommen'],
      ['2', 'Ekonomi'],
    ]);
    expect(headings('P1 Välkommen\nText.\nP2 Ekonomi\nText.')).toEqual([
      ['1', 'Välkommen'],
      ['2', 'Ekonomi'],
    ]);
  });
  it('reads "1.0 …", "2.0 …" as points 1 and 2, with "1.1" a sub-point of the first', () => {
    expect(headings('1.0 Välkommen\nText.\n1.1 Bakgrund\nText.\n2.0 Ekonomi\nText.')).toEqual([
      ['1', 'Välkommen'],
      ['1.1', 'Bakgrund'],
      ['2', 'Ekonomi'],
    ]);
  });
  it('reads "Paragraf 1 …" as a point', () => {
    expect(headings('Paragraf 1 Inledning\nText.\nParagraf 2 Budget\nText.')).toEqual([
      ['1', 'Inledning'],
      ['2', 'Budget'],
    ]);
  });
});

describe('reads a protokoll that opens with a list of its paragraphs', () => {
  const text =
    'PROTOKOLL\nKulturnämnden\n\nDatum: 2025-09-03\n\nÄrendeförteckning\n§ 31 Val av justerare ............ 2\n§ 32 Bidrag till studieförbunden ............ 2\n§ 33 Konstinköp 2026 ............ 3\n\n' +
    '§ 31 Val av justerare\nIda Grön utses att justera.\n\n§ 32 Bidrag till studieförbunden\nBeslut\nNämnden fördelar bidragen enligt bilaga.\n\n§ 33 Konstinköp 2026\nBeslut\nNämnden avsätter 80 000 kronor.';
  it('takes each paragraph once, from the body, not from the list with its dot leaders and page numbers', () => {
    const m = segment(text);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['31', 'Val av justerare'],
      ['32', 'Bidrag till studieförbunden'],
      ['33', 'Konstinköp 2026'],
    ]);
    expect(m.items.flatMap((i) => i.decisions)).toEqual(['Nämnden fördelar bidragen enligt bilaga.', 'Nämnden avsätter 80 000 kronor.']);
  });
  it('takes the list\'s entries whose leaders OCR dropped, the page number left after the title', () => {
    const m = segment(text.replace(/ \.+ (\d)/g, ' $1'));
    expect(m.items.map((i) => i.title)).toEqual(['Val av justerare', 'Bidrag till studieförbunden', 'Konstinköp 2026']);
  });
  it('keeps a paragraph whose heading is printed again on the next page', () => {
    const m = segment('PROTOKOLL\nKulturnämnden\n\nDatum: 2025-09-03\n\n§ 31 Val av justerare\nText.\n\n§ 32 Konstinköp\nFörsta delen.\n\f§ 32 Konstinköp\nBeslut\nNämnden avsätter 80 000 kronor.');
    expect(m.items.map((i) => i.number)).toContain('31');
  });
  it('takes a kallelse\'s list of points without the dot leaders and page numbers after the titles', () => {
    expect(headings('1. Val av justerare ........ 2\n2. Budget 2026 .......... 4\n3. Övriga frågor ........ 5')).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget 2026'],
      ['3', 'Övriga frågor'],
    ]);
  });
});

describe('reads an older protokoll with its headings in the left margin', () => {
  const text =
    'PROTOKOLL\nfört vid sammanträde med skolrådet den 3 mars 1931.\n\n' +
    '§ 1.\tOrdföranden öppnade sammanträdet och hälsade de närvarande\nSammanträdets\tvälkomna till det nya läsåret.\nöppnande\n\n' +
    '§ 2.\tFöredrogs en skrivelse från folkskoleinspektören om nya läseböcker\nLäseböcker\tför de lägre klasserna.\n\tRådet beslöt att anskaffa trettio exemplar av den nya läseboken.\n\n' +
    '§ 3.\tKassören redovisade att vedförrådet räcker till påsk. Rådet\nVed till\tbeslöt att beställa ytterligare tio famnar björkved.\nskolan\n';
  it('takes the words in the margin under each § as its title', () => {
    const m = segment(text);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Sammanträdets öppnande'],
      ['2', 'Läseböcker'],
      ['3', 'Ved till skolan'],
    ]);
  });
  it('reads the decisions from the body without the margin\'s words in them', () => {
    const m = segment(text);
    expect(m.items.flatMap((i) => i.decisions)).toEqual(['Rådet beslöt att anskaffa trettio exemplar av den nya läseboken.', 'Rådet beslöt att beställa ytterligare tio famnar björkved.']);
  });
});

describe('reads marginal headings from the rows of a scanned page', () => {
  it('keeps a word of the body that OCR put on a row of its own, in the body\'s column, in the body and out of the title', () => {
    const row = (cells: string[], x: number[]) => documentLine(1, cells, x);
    const lines = [
      row(['§ 1.', 'Ordföranden öppnade sammanträdet och hälsade de närvarande'], [100, 400]),
      row(['välkomna.'], [402]),
      row(['Sammanträdets', 'Därefter upplästes kallelsen till sammanträdet.'], [100, 401]),
      row(['öppnande', 'Kallelsen godkändes.'], [101, 400]),
      row([], []),
      row(['§ 2.', 'Kassören redovisade att vedförrådet räcker till påsk.'], [100, 400]),
      row(['Vedförrådet', 'Rådet beslöt att beställa mer ved.'], [100, 400]),
    ];
    expect(withMarginalHeadings(lines).map((l) => l.text)).toEqual([
      '§ 1 Sammanträdets öppnande',
      'Ordföranden öppnade sammanträdet och hälsade de närvarande',
      'välkomna.',
      'Därefter upplästes kallelsen till sammanträdet.',
      'Kallelsen godkändes.',
      '',
      '§ 2 Vedförrådet',
      'Kassören redovisade att vedförrådet räcker till påsk.',
      'Rådet beslöt att beställa mer ved.',
    ]);
  });
});

describe('reads an extract of one paragraph whose sign OCR misread', () => {
  const extract = (heading: string) =>
    segment(`UTDRAG\nur protokoll fört vid styrelsesammanträde i Byalaget onsdagen den 4 juni 2025\n\nNärvarande: Rut Ek, Siv Berg\n\n${heading}\nEfter stämman behöver firmateckningen beslutas på nytt.\nStyrelsen beslutade att firman tecknas av två i förening.\n\nVid protokollet\tJusteras\nRut Ek\tSiv Berg\n`);
  it('takes "8 7 Firmateckning", the only heading-like row, with sentences under it, as § 7', () => {
    expect(extract('8 7 Firmateckning').items.map((i) => [i.number, i.title])).toEqual([['7', 'Firmateckning']]);
  });
  it('does not take a lone "8 7" row with figures in it for a paragraph', () => {
    expect(extract('8 7 rum 2025').items).toEqual([]);
  });
});

describe('reads a Finland-Swedish föredragningslista numbered "56 §" in a column of its own', () => {
  it('takes "56 § | Title" rows as the paragraphs 56, 57 …', () => {
    const m = segment('KALLELSE\nFullmäktige\n\nTid\tmåndag 15.12.2025 kl. 18.00\n\nFöredragningslista\n\n56 §\tMötets laglighet\n57 §\tVal av protokolljusterare\n58 §\tBudget för år 2026\n\nHolmvik 5.12.2025\n\nStina Nyby\nfullmäktiges ordförande\n');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['56', 'Mötets laglighet'],
      ['57', 'Val av protokolljusterare'],
      ['58', 'Budget för år 2026'],
    ]);
    expect(m.signatures).toEqual([{ role: 'fullmäktiges ordförande', name: 'Stina Nyby' }]);
  });
  it('takes the same rows with the sign OCR read as 8, apart from the number or glued to it ("56 8", "608")', () => {
    const m = segment('KALLELSE\nFullmäktige\n\nTid\tmåndag 15.12.2025 kl. 18.00\n\n58 8\tBudget för år 2026\n59 8\tSkattesatser\n608\tMotion om belysning\n618\tAnmälningsärenden\n');
    expect(m.items.map((i) => i.number)).toEqual(['58', '59', '60', '61']);
  });
});

describe('reads old minutes whose "§ 1." stands alone over each paragraph\'s sentence, the sign damaged by OCR', () => {
  it('takes "8 1." / "sg 2." / "5 3." rows as the paragraphs', () => {
    const m = segment('Protokoll fört vid styrelsesammanträde med Byalaget den 3 mars 1961.\n\n8 1.\nOrdföranden öppnade sammanträdet.\nsg 2.\nFöregående protokoll upplästes.\n\n5 3.\nBeslöts att måla bystugan i sommar.\n');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(m.items[2]!.decisions).toEqual(['Beslöts att måla bystugan i sommar.']);
  });
});

describe('reads a paragraph laid out as a table of its sections', () => {
  it('takes the text beside "Beslut" in the label column as the decision', () => {
    const m = segment('PROTOKOLL\nServicenämnden\n\nDatum\t2025-10-14\n\n§ 51\tVal av justerare\nBeslut\tIda Ås utses att justera protokollet.\n\n§ 52\tDelårsrapport\nÄrendet\tFörvaltningschefen redovisar rapporten.\nBeslut\tServicenämnden godkänner delårsrapporten.\nExpediera\tKommunstyrelsen\n');
    expect(m.items.map((i) => i.decisions)).toEqual([['Ida Ås utses att justera protokollet.'], ['Servicenämnden godkänner delårsrapporten.']]);
  });
});

describe('reads § headings that OCR damaged in a sign column', () => {
  it('takes "851 | Val av justerare", the sign glued to the number alone in its cell, with the title in the next cell', () => {
    const m = segment('PROTOKOLL\nNämnden\n\nDatum\t2025-10-14\n\n851\tVal av justerare\nText.\n\n852\tDelårsrapport\nText.\n\n853\tTaxor 2026\nText.\n');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['51', 'Val av justerare'],
      ['52', 'Delårsrapport'],
      ['53', 'Taxor 2026'],
    ]);
  });
  it('fills the one paragraph between two others whose sign OCR read as "8:" ("8:46 Årsredovisning")', () => {
    const m = segment('PROTOKOLL\nFullmäktige\n\nDatum: 2025-06-16\n\n§ 45 Val av justerare\nText.\n\n8:46 Årsredovisning 2024\nText.\n\n§ 47 Motion om solceller\nText.\n');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['45', 'Val av justerare'],
      ['46', 'Årsredovisning 2024'],
      ['47', 'Motion om solceller'],
    ]);
  });
});

describe('an older protokollsutdrag\'s paragraph with the body\'s abbreviation before its sign', () => {
  it('takes "Mhn § 45 | Dnr …" as the item, not the numbered conditions in its decision', () => {
    const m = segment('UTDRAG UR PROTOKOLL\nMiljö- och hälsoskyddsnämnden\n1996-04-16\n\nMhn § 45\tDnr 1996.123-401\n\nTILLSTÅND FÖR AVLOPP, EKBY 2:14\n\nBeslut\n\nTillstånd lämnas med följande villkor:\n1. Anläggningen utförs enligt bilaga.\n2. Anmälan ska göras.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['45', 'TILLSTÅND FÖR AVLOPP, EKBY 2:14']]);
  });
});
