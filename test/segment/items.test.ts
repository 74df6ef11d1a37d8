import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { titleRowText, withoutTrailingSpeckle } from '../../src/segment/item-title-tails.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { titleContinuation } from '../../src/segment/title-continuation.ts';

const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title]);

describe('item headings', () => {
  it('finds numbered points, also without a space after the dot', () => {
    expect(headings('1. Välkommen\ntext\n2. Ekonomi\n3.Övriga frågor')).toEqual([
      ['1', 'Välkommen'],
      ['2', 'Ekonomi'],
      ['3', 'Övriga frågor'],
    ]);
  });
  it('reads OCR damage of § as paragraphs', () => {
    expect(headings('§ 112 Dagordning\ntext\n$ 113 Ekonomi\ntext\n8 114 Remiss')).toEqual([
      ['112', 'Dagordning'],
      ['113', 'Ekonomi'],
      ['114', 'Remiss'],
    ]);
  });
  it('leaves a numbered list inside a paragraph alone', () => {
    expect(headings('§ 5 Budget\n1. Första punkten.\n2. Andra punkten.\n§ 6 Avslut')).toEqual([
      ['5', 'Budget'],
      ['6', 'Avslut'],
    ]);
  });
  it('does not take a clock time for a point', () => {
    expect(headings('1. Start\n13.00 Lunch\n2. Mål')).toEqual([
      ['1', 'Start'],
      ['2', 'Mål'],
    ]);
  });
  it('moves a case number off the end of a title', () => {
    expect(findItemHeadings(linesFromText('1. Val\n2. Bygglov för Ösby 1:12 BN 2023/77')[0]!)[1]).toMatchObject({ title: 'Bygglov för Ösby 1:12', trailing: ['BN 2023/77'] });
  });
  it('continues a title that ends mid-phrase onto the next row', () => {
    const lines = linesFromText('§ 114 Yttrande över remiss om regional\nutvecklingsplan för Stockholmsregionen\nDnr KS 2023/97')[0]!;
    const [heading] = findItemHeadings(lines);
    expect(titleContinuation(lines, heading!, () => false)).toBe(1);
  });
  it('reads a dash after a question mark as a speck, not a title broken off before the presenter', () => {
    const lines = linesFromText('1. Inledning\n2. Vad kostar en ny simhall? -\nBo Lind, Ekmora kommun\n3. Avslutning')[0]!;
    expect(titleContinuation(lines, findItemHeadings(lines)[1]!, () => false)).toBe(0);
  });
});

describe('item headings without a stop after the number', () => {
  it('reads a chain of bare numbers from 1 as points, agenda table columns dropped', () => {
    expect(headings('1 Inledning\ntext\n2    Ekonomi    Elin Ek\n3 Övrigt')).toEqual([
      ['1', 'Inledning'],
      ['2', 'Ekonomi'],
      ['3', 'Övrigt'],
    ]);
  });
  it('does not take two loose numbered sentences for a chain', () => {
    expect(headings('Text\n2 miljoner har använts.\n3 Nya lokaler')).toEqual([]);
  });
  it('keeps a sub-point "a)" out of the title', () => {
    const lines = linesFromText('§ 3 Ekonomisk rapport\na) Resultat per april\ntext')[0]!;
    expect(titleContinuation(lines, findItemHeadings(lines)[0]!, () => false)).toBe(0);
  });
  it('takes "1.1", "1.2" under point 1 as items of their own, but not a figure opening a row', () => {
    expect(headings('1 Formalia\n1.1 Dagordning\nGodkändes.\n1.2 Justering\nKlart.\n2 Ekonomi\n2.4 miljoner i underskott.\n3 Övrigt\nInget.')).toEqual([
      ['1', 'Formalia'], ['1.1', 'Dagordning'], ['1.2', 'Justering'], ['2', 'Ekonomi'], ['3', 'Övrigt'],
    ]);
  });
});

describe('agenda tables with a presenter column', () => {
  it('takes a presenter name run into the title off it', () => {
    const lines = linesFromText('Nr Ärende Föredragande\n1 Val av justerare\n2 Bidrag till föreningar 2023 Mats Öberg\n3 Meddelanden')[0]!;
    expect(findItemHeadings(lines).map((h) => h.title)).toEqual(['Val av justerare', 'Bidrag till föreningar 2023', 'Meddelanden']);
  });
  it('leaves a title ending in capitalised words alone without a presenter column', () => {
    const lines = linesFromText('1 Val av justerare\n2 Bidrag till föreningar Mats Öberg\n3 Meddelanden')[0]!;
    expect(findItemHeadings(lines)[1]!.title).toBe('Bidrag till föreningar Mats Öberg');
  });
});

describe('damaged § headings in a gap of the chain', () => {
  it('reads a row with a sign-like figure and exactly the missing number as that paragraph', () => {
    const lines = linesFromText('§ 1 Öppnande\nText.\n8 2 val av justerare\nText.\n§ 3 Ekonomi\nText.')[0]!;
    expect(findItemHeadings(lines).map((h) => h.number)).toEqual(['1', '2', '3']);
  });
  it('does not take a row whose number is not the missing one', () => {
    const lines = linesFromText('§ 1 Öppnande\n8 7 val av justerare\n§ 3 Ekonomi')[0]!;
    expect(findItemHeadings(lines).map((h) => h.number)).toEqual(['1', '3']);
  });
});

describe('wrapped titles with a blank row inside', () => {
  it('goes on past one blank row when the title breaks off mid-phrase', () => {
    const lines = linesFromText('§ 2 Ändrad taxa för\n\nbygglov och planbesked\n\nText.')[0]!;
    const [heading] = findItemHeadings(lines);
    expect(titleContinuation(lines, heading!, () => false)).toBe(2);
  });
  it('stops at a blank row after a complete title', () => {
    const lines = linesFromText('§ 2 Ändrad taxa\n\nbygglov och planbesked')[0]!;
    expect(titleContinuation(lines, findItemHeadings(lines)[0]!, () => false)).toBe(0);
  });
});

describe('glued § numbers alone on their row', () => {
  it('reads a chain of "856", "8 57", "858" rows with titles below as §§ 56–58', () => {
    const lines = linesFromText('856\nVal av justerare\nText.\n8 57\nDetaljplan\nText.\n858\nMedborgarförslag\nText.')[0]!;
    expect(findItemHeadings(lines).map((h) => h.number)).toEqual(['56', '57', '58']);
  });
  it('does not read a single lone number as a heading', () => {
    const lines = linesFromText('Kostnaden blir\n856\nkronor per elev.')[0]!;
    expect(findItemHeadings(lines)).toEqual([]);
  });
});

describe('§ glued to a one-digit number', () => {
  it('reads a chain of "81", "82", "83" headings from one as §§ 1–3', () => {
    expect(headings('Närvarande: Ola Grå\n\n81 Öppnande\nText.\n. 82 Vallista\nText.\n83 Avslut\nText.')).toEqual([
      ['1', 'Öppnande'],
      ['2', 'Vallista'],
      ['3', 'Avslut'],
    ]);
  });
  it('reads glued and spaced misreadings mixed in one chain', () => {
    expect(headings('81 Öppnande\nText.\n8 2 Vallista\nText.\n83 Tältet\nText.\n8 4 Avslut\nText.').map(([n]) => n)).toEqual(['1', '2', '3', '4']);
  });
  it('leaves a chain that would not start at one alone', () => {
    expect(headings('82 Vallista\nText.\n83 Avslut\nText.\n84 Slut\nText.').map(([n]) => n)).not.toContain('2');
  });
});

describe('damaged § before a one-digit number', () => {
  it('reads "8 1- …", "8 2 - …", "8 3 - …" as §§ 1–3 without the dash', () => {
    expect(headings('8 1- Öppnande\nText.\n8 2 - Vallista\nText.\n8 3 - Avslut\nText.')).toEqual([
      ['1', 'Öppnande'],
      ['2', 'Vallista'],
      ['3', 'Avslut'],
    ]);
  });
});

describe('number before a damaged §', () => {
  it('reads "1 8 …", "2 $ …", "4 8 …" as §§ 1, 2, 4 and the lone "§ 9" row between 2 and 4 as § 3', () => {
    expect(headings('1 8 Öppnande\nText.\n2 $ Vallista\nText.\n§ 9 Tältet\nText.\n4 8 Avslut\nText.')).toEqual([
      ['1', 'Öppnande'],
      ['2', 'Vallista'],
      ['3', 'Tältet'],
      ['4', 'Avslut'],
    ]);
  });
  it('does not trust two such rows alone', () => {
    expect(headings('1 8 Öppnande\nText.\n2 8 Vallista\nText.')).toEqual([]);
  });
});

describe('a sentence under a title', () => {
  it('does not join a lower-case sentence to a title that was complete', () => {
    const lines = linesFromText('§ 2 Val av sekreterare\nnora Ek valdes att föra protokollet.')[0]!;
    expect(titleContinuation(lines, findItemHeadings(lines)[0]!, () => false)).toBe(0);
  });
  it('does not join a whole sentence to a title ending in a spaced dash, which may be a speck', () => {
    const lines = linesFromText('§ 4 Val av justerare -\nKulturnämnden beslutar att utse Ebbe Mulm att justera protokollet.')[0]!;
    expect(titleContinuation(lines, findItemHeadings(lines)[0]!, () => false)).toBe(0);
  });
  it('still joins the rest of a title broken after a spaced dash', () => {
    const lines = linesFromText('§ 5 Detaljplan för Kvarnen –\nsamråd\nText.')[0]!;
    expect(titleContinuation(lines, findItemHeadings(lines)[0]!, () => false)).toBe(1);
  });
});

describe('points whose stop or dash OCR lost', () => {
  it('leads a numbered chain with bare numbers counting up from 1 above it', () => {
    expect(headings('1 Start\nText.\n2 Kassan\nText.\n3 – Tältet\nText.\n4 – Avslut\nText.').map(([n]) => n)).toEqual(['1', '2', '3', '4']);
  });
  it('does not lead it with a gap in the count', () => {
    expect(headings('1 Start\nText.\n3 – Tältet\nText.\n4 – Avslut\nText.').map(([n]) => n)).toEqual(['3', '4']);
  });
});

describe('one point whose stop OCR lost between two numbered points', () => {
  it('is the bare-numbered row with the missing number', () => {
    expect(headings('Ärenden\n1. Vallista\n2 Bryggan vid Ekudden\n3. Övrigt').map(([n]) => n)).toEqual(['1', '2', '3']);
  });
});

describe('the first paragraphs above a § chain', () => {
  it('reads "81. …" above "8 2. …" and "§ 3. …" as § 1', () => {
    const text = 'Närvarande: Ola Grå\n\n81. Öppnande\nText.\n§ 2. Vallista\nText.\n§ 3. Tältet\nText.\n§ 4. Avslut\nText.';
    expect(headings(text).map(([n]) => n)).toEqual(['1', '2', '3', '4']);
  });
});

describe('OCR damage to a numbered point', () => {
  it('reads a comma for the stop before a capital', () => {
    expect(headings('1. Start\n2. Kassan\n3, Tältet\n4. Avslut').map(([n]) => n)).toEqual(['1', '2', '3', '4']);
  });
  it('reads a speck dash before the first number', () => {
    expect(headings('-1. Start\nText.\n2. Kassan\nText.\n3. Avslut\nText.').map(([n]) => n)).toEqual(['1', '2', '3']);
  });
});

describe('the last paragraph after a § chain', () => {
  it('reads "84 Avslutning" after §§ 1–3 as § 4', () => {
    expect(headings('§ 1 Start\nText.\n§ 2 Kassan\nText.\n§ 3 Tältet\nText.\n84 Avslut\nText.')).toEqual([
      ['1', 'Start'], ['2', 'Kassan'], ['3', 'Tältet'], ['4', 'Avslut'],
    ]);
  });
  it('reads "859" alone after §§ 57–58 as § 59, its title below beside a speck cell', () => {
    const lines = linesFromText('§ 57 Start\nText.\n§ 58 Kassan\nText.\n\n859\nInformationsärenden    :\nText.')[0]!;
    const last = findItemHeadings(lines).at(-1)!;
    expect(last.number).toBe('59');
    expect(titleContinuation(lines, last, () => false)).toBe(1);
  });
});

describe('Roman-numbered points', () => {
  it('reads a first point with a speck after its title', () => {
    expect(headings('I. Öppnande :\nText.\nII. Vallista\nText.\nIII. Avslut\nText.').map(([n]) => n)).toEqual(['I', 'II', 'III']);
  });
});

describe('an agenda printed before the minutes', () => {
  it('takes the repeated headings as the items even when OCR left a speck after an agenda title', () => {
    const lines = linesFromText('Dagordning\n1. Start\n2. Kassan 2025 :\n3. Slut\n\n1. Start\nText.\n2. Kassan 2025\nText.\n3. Slut\nText.')[0]!;
    expect(findItemHeadings(lines).map((h) => h.line)).toEqual([5, 7, 9]);
  });
});

describe('scheduled agenda points', () => {
  it('reads an agenda point behind its scheduled time and leaves an unnumbered break out', () => {
    expect(headings('13.00 1. Mötets öppnande\n13.10 2. Information om Ekebo\n14.20 Kaffe\n14.40\t3. Frågor')).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Information om Ekebo'],
      ['3', 'Frågor'],
    ]);
  });
});

describe('speckles after a title', () => {
  it('drops a spaced colon or a glued semicolon that OCR left after a title', () => {
    expect(withoutTrailingSpeckle('Informationsärenden :')).toBe('Informationsärenden');
    expect(withoutTrailingSpeckle('Bygglov för flerbostadshus;')).toBe('Bygglov för flerbostadshus');
    expect(withoutTrailingSpeckle('Taxa 2024')).toBe('Taxa 2024');
  });
  it('lets a title broken off mid-phrase continue past a trailing speckle', () => {
    const lines = linesFromText('5. Bygglov för nybyggnad av ;\nflerbostadshus på Ösby 1:12\nText.')[0]!;
    const [heading] = findItemHeadings(lines);
    expect(titleContinuation(lines, heading!, () => false)).toBe(1);
  });
});

describe('items numbered with Roman numerals or letters', () => {
  it('reads a chain of Roman numerals as the items, keeping the numeral as printed', () => {
    expect(headings('I. Öppnande\ntext\nII. Val av ordförande\ntext\nIII. Ekonomi\nIV. Avslutning')).toEqual([
      ['I', 'Öppnande'],
      ['II', 'Val av ordförande'],
      ['III', 'Ekonomi'],
      ['IV', 'Avslutning'],
    ]);
  });
  it('reads a chain of lettered points as the items when nothing else numbers them', () => {
    expect(headings('a) Inledning\nText.\nb) Rapporter\nText.\nc) Nästa träff')).toEqual([
      ['a', 'Inledning'],
      ['b', 'Rapporter'],
      ['c', 'Nästa träff'],
    ]);
  });
  it('leaves lettered sub-points inside numbered items alone', () => {
    expect(headings('1. Ekonomi\na) Intäkter\nb) Kostnader\nc) Prognos\n2. Lokaler\n3. Övrigt\n4. Avslut')).toEqual([
      ['1', 'Ekonomi'],
      ['2', 'Lokaler'],
      ['3', 'Övrigt'],
      ['4', 'Avslut'],
    ]);
  });
  it('does not read lettered sentences as headings', () => {
    expect(headings('a) Vi gick igenom listan.\nb) Kassören redovisade.\nc) Inget mer togs upp.')).toEqual([]);
  });
  it('does not read a non-canonical numeral chain as items', () => {
    expect(headings('IIII. Första\nVX. Andra\nXXXXX. Tredje')).toEqual([]);
  });
});

/** Headings with their titles continued onto the rows below, as the segmenter joins them. */
const fullTitles = (text: string) => {
  const lines = linesFromText(text)[0]!;
  return findItemHeadings(lines).map((h) => {
    const rows = lines.slice(h.line + 1, h.line + 1 + titleContinuation(lines, h, () => false)).map((l) => withoutTrailingSpeckle(l.text));
    return [h.number, withoutTrailingSpeckle([withoutTrailingSpeckle(h.title), ...rows].filter(Boolean).join(' '))];
  });
};

describe('OCR damage around headings', () => {
  it('reads "8 1", "8 2", "8 3" as paragraphs whose sign was read as a figure', () => {
    expect(headings('8 1 Mötets öppnande\nText.\n8 2 val av justerare\nText.\n8 3 Lokalfrågan\nText.')).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'val av justerare'],
      ['3', 'Lokalfrågan'],
    ]);
  });
  it('does not trust two such rows alone', () => {
    expect(headings('1. Inledning\n8 1 Ekorre\n8 2 Hare\n2. Avslut')).toEqual([
      ['1', 'Inledning'],
      ['2', 'Avslut'],
    ]);
  });
  it('takes the title after a blank row below a heading row that has none', () => {
    expect(fullTitles('§ 21\n\nBidrag till Gransjö byalag\nText.\n§ 22 Övrigt')).toEqual([
      ['21', 'Bidrag till Gransjö byalag'],
      ['22', 'Övrigt'],
    ]);
  });
  it('reads "3. | KFN 2023/12" as a point whose title wraps below it', () => {
    expect(fullTitles('1. Upprop\n2. Dagordning\n3. | TN 2021/40\nTaxa för\n\nhamnplatser\n4. Övrigt')).toEqual([
      ['1', 'Upprop'],
      ['2', 'Dagordning'],
      ['3', 'Taxa för hamnplatser'],
      ['4', 'Övrigt'],
    ]);
  });
  it('continues a title after OCR\'s semicolon for its comma', () => {
    expect(fullTitles('1. Upprop\n2. Bygglov för förråd;\nGransjö 1:4\n3. Övrigt')[1]).toEqual(['2', 'Bygglov för förråd Gransjö 1:4']);
  });
});

describe('scraps after a title', () => {
  it('drops lower-case scraps behind a speckle', () => {
    expect(withoutTrailingSpeckle('Val av justerare | ij')).toBe('Val av justerare');
    expect(withoutTrailingSpeckle('Fiskevård : | i')).toBe('Fiskevård');
  });
  it('drops one lone letter that is no word, but keeps "i" and "ö"', () => {
    expect(withoutTrailingSpeckle('Nästa möte e')).toBe('Nästa möte');
    expect(withoutTrailingSpeckle('Bryggor på Lilla ö')).toBe('Bryggor på Lilla ö');
  });
});

describe('separators between number and title', () => {
  it('reads "1 – Title" as a numbered point', () => {
    expect(headings('1 – Välkommen\nText.\n2 – Lokaler\nText.\n3 – Övrigt')).toEqual([
      ['1', 'Välkommen'],
      ['2', 'Lokaler'],
      ['3', 'Övrigt'],
    ]);
  });
  it('leaves the dash of "§ 4 - Title" out of the title', () => {
    expect(headings('§ 4 - Bidrag till Gransjö byalag\nText.\n§ 5 - Övrigt')).toEqual([
      ['4', 'Bidrag till Gransjö byalag'],
      ['5', 'Övrigt'],
    ]);
  });
  it('does not read "2023 – 2024" as a point', () => {
    expect(headings('1. Budget\n2023 – 2024 Plan\n2. Övrigt')).toEqual([
      ['1', 'Budget'],
      ['2', 'Övrigt'],
    ]);
  });
});

describe('an agenda printed before the minutes', () => {
  it('takes the repeated headings after the agenda as the items', () => {
    const lines = linesFromText('Dagordning\n1. Inledning\n2. Bryggor\n3. Övrigt\n\n1. Inledning\nText.\n2. Bryggor\nText.\n3. Övrigt\nText.')[0]!;
    expect(findItemHeadings(lines).map((h) => h.line)).toEqual([5, 7, 9]);
  });
  it('keeps an agenda that is not repeated', () => {
    const lines = linesFromText('Dagordning\n1. Inledning\n2. Bryggor\n3. Övrigt')[0]!;
    expect(findItemHeadings(lines).map((h) => h.line)).toEqual([1, 2, 3]);
  });
});

describe('run-in titles', () => {
  it('splits "2. Title: notes." at the colon', () => {
    const lines = linesFromText('1. Föregående anteckningar: Godkändes.\n2. Bryggan: Tyra redovisade läget.\n3. Övrigt: Inga.')[0]!;
    expect(findItemHeadings(lines).map((h) => [h.number, h.title, h.trailing[0]])).toEqual([
      ['1', 'Föregående anteckningar', 'Godkändes.'],
      ['2', 'Bryggan', 'Tyra redovisade läget.'],
      ['3', 'Övrigt', 'Inga.'],
    ]);
  });
  it('keeps a colon inside a title that is no sentence', () => {
    expect(headings('1. Remiss: Regional plan\n2. Övrigt')).toEqual([
      ['1', 'Remiss: Regional plan'],
      ['2', 'Övrigt'],
    ]);
  });
});

describe('a colon after the number', () => {
  it('reads "1: Inledning" as a point, but not a clock time', () => {
    expect(headings('1: Inledning\nText.\n2: Bryggor\n13:00 Lunch\n3: Övrigt')).toEqual([
      ['1', 'Inledning'],
      ['2', 'Bryggor'],
      ['3', 'Övrigt'],
    ]);
  });
});

describe('the number before the paragraph sign', () => {
  it('reads "1 § Title" as paragraph 1', () => {
    expect(headings('1 § Öppnande\nText.\n2 § Bryggor\nText.\n3 § Avslutning')).toEqual([
      ['1', 'Öppnande'],
      ['2', 'Bryggor'],
      ['3', 'Avslutning'],
    ]);
  });
});

describe('OCR damage in an agenda beside a Dnr column', () => {
  it('moves "Dnr SBN 23/0188" with a two-digit year off the end of a title', () => {
    expect(headings('1. Upprop\n2. Budget 2025 Dnr TN 24/0077\n3. Övrigt')[1]).toEqual(['2', 'Budget 2025']);
  });
  it('reads ".6. Title" with a speck before the number as point 6', () => {
    expect(headings('4. Upprop\n5. Budget\n.6. Sammanträdesplan\n7. Övrigt').map((h) => h[0])).toEqual(['4', '5', '6', '7']);
  });
});

describe('a numbered list of people', () => {
  it('does not take "1) Name, Organisation" rows for items', () => {
    expect(headings('Deltagare:\n1) Tyra Ek, Solna stad\n2) Ivar Holm, Polisen\n3) Elna Fors, Täby kommun\n\nPunkt 1 Läget\nText.\nPunkt 2 Övrigt')).toEqual([
      ['1', 'Läget'],
      ['2', 'Övrigt'],
    ]);
  });
  it('keeps a point whose title names a place before a comma', () => {
    expect(headings('1. Region Stockholm, remiss\n2. Övrigt')[0]).toEqual(['1', 'Region Stockholm, remiss']);
  });
});

describe('a title wrapped onto the row of its Dnr', () => {
  it('continues the title with the first cell of the row and leaves the Dnr out', () => {
    const lines = linesFromText('1. Upprop\n2. Yttrande över remiss om regional\nvattenplan\tKS 2021/87\n3. Övrigt')[0]!;
    const [, second] = findItemHeadings(lines);
    expect(titleContinuation(lines, second!, () => false)).toBe(1);
    expect(titleRowText(lines[second!.line + 1]!)).toBe('vattenplan');
  });
});

describe('an agenda repeated with the notes run on after each title', () => {
  it('takes the repeated points as the items, their notes after the dash as what was said under them', () => {
    const text = 'Mötesanteckningar\nDatum: 2025-04-03\n\nAgenda\n1. Föregående anteckningar\n2. Budget\n\nAnteckningar\n1. Föregående anteckningar – godkändes.\n2. Budget – Gruppen beslutade att flytta inköpet till hösten.\n';
    expect(headings(text)).toEqual([['1', 'Föregående anteckningar'], ['2', 'Budget']]);
    const m = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(m.items.map((i) => i.decisions)).toEqual([[], ['Gruppen beslutade att flytta inköpet till hösten.']]);
  });
});

describe('a paragraph heading behind specks in the left margin', () => {
  it('reads "\\"> §23 – Title" as § 23 after § 22', () => {
    expect(headings('§ 22\tDelegationsbeslut\nBeslut\nLäggs till handlingarna.\n"> §23 – Gatubelysning i Ekby\nNämnden noterar informationen.')).toEqual([
      ['22', 'Delegationsbeslut'],
      ['23', 'Gatubelysning i Ekby'],
    ]);
  });
});
