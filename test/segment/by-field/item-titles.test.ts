import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../../src/segment/index.ts';
import { findItemHeadings } from '../../../src/segment/items.ts';
import { headings, runInParagraphsWrappedByOcr, segment } from './segment-text.ts';

describe('leaves the time set aside for a point out of its title', () => {
  it('reads "1. Inledning (09.00–09.15)", "(kl. 10.30)" and "(15 min)" as the bare titles', () => {
    expect(headings('Närvarande: Tyra Malm\n\n1. Inledning (09.00–09.15)\nText.\n2. Budget (kl. 10.30)\nText.\n3. Fika (15 min)\nText.')).toEqual([
      ['1', 'Inledning'],
      ['2', 'Budget'],
      ['3', 'Fika'],
    ]);
  });
  it('leaves out the time in brackets when OCR read a speck after the bracket', () => {
    expect(headings('1. Inledning (09:00-09.15) |\nText.\n2. Budget (10.15-11.00)\nText.')).toEqual([
      ['1', 'Inledning'],
      ['2', 'Budget'],
    ]);
  });
  it('keeps a year in brackets in the title', () => {
    expect(headings('1. Val av revisorer (2026)\nText.\n2. Avslutning\nText.')).toEqual([
      ['1', 'Val av revisorer (2026)'],
      ['2', 'Avslutning'],
    ]);
  });
});

describe('reads the title of a point', () => {
  it('keeps a sentence in the past under a bare paragraph sign as notes, and a short title there as the title', () => {
    const m = segment('Protokoll\nStyrelsen för Ekby fiskeklubb\n\nDatum: 1981-03-03\n\n§ 1.\nMedlemsavgifterna för året diskuterades av styrelsen.\n\n§ 2.\nVal av kassör\nTill kassör valdes Olle Berg.\n\n§ 3.\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['1', ''], ['2', 'Val av kassör'], ['3', 'Text']]);
  });
  it('keeps a sentence with a strong verb in the past ("beslöt", "gick", "var") under a bare paragraph sign as notes', () => {
    const m = segment('Protokoll\nStyrelsen för Ekby fiskeklubb\n\nDatum: 1981-03-03\n\n§ 1.\nStyrelsen beslöt att höja avgiften.\n\n§ 2.\nKassören gick igenom årets räkenskaper.\n\n§ 3.\nVal av revisor\nTill revisor valdes Olle Berg.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['1', ''], ['2', ''], ['3', 'Val av revisor']]);
    expect(m.items[0]!.decisions).toEqual(['Styrelsen beslöt att höja avgiften.']);
  });
  it('goes on with a run-in sentence, not the title, on the row below', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\n\n1. Öppnande. Ordföranden hälsade alla\nvälkomna.\n2. Avslut. Mötet avslutades.');
    expect(m.items.map((i) => i.title)).toEqual(['Öppnande', 'Avslut']);
  });
  it('takes the title from the row below', () => {
    const m = segmentMinutes({ text: 'Kallelse\nNämnden\n\nDatum: 2024-03-05\n\nÄrende 1\nLokalförsörjning\n\nÄrende 2\nTaxor 2025' }, { file: 'x.txt', sha256: null, pages: 1 });
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Lokalförsörjning'],
      ['2', 'Taxor 2025'],
    ]);
  });
  it('drops a case reference in brackets after the title', () => {
    expect(findItemHeadings(linesFromText('§ 4 Taxor 2025 (Dnr KS 2024/19)\ntext\n§ 5 Övrigt')[0]!).map((h) => h.title)).toEqual(['Taxor 2025', 'Övrigt']);
  });
  it('reads a run-in paragraph title before a colon', () => {
    expect(findItemHeadings(linesFromText('§ 4 Val av justerare: Ola Ek utses.\n§ 5 Budget\ntext')[0]!).map((h) => [h.number, h.title])).toEqual([
      ['4', 'Val av justerare'],
      ['5', 'Budget'],
    ]);
  });
  it('takes a lone word that could label a field as the title under a bare paragraph sign, without its full stop', () => {
    const m = segment('PROTOKOLL\nNämnden\n\nDatum: 1986-05-14\n\n§ 7.\nJustering.\nAtt justera protokollet utses Ebbe Mulm.\n\n§ 8.\nMeddelanden.\nMeddelandena läggs till handlingarna.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['7', 'Justering'], ['8', 'Meddelanden']]);
  });
  it('ends a title before a row that holds two sentences', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\n1. Platser i sommar -\nFjällby har 40 platser. Sjöby har 20\nplatser.\n\n2. Slut\nText.');
    expect(m.items[0]!.title).toBe('Platser i sommar -');
  });
  it('reads a capital Å, Ä or Ö alone after a title as a speck', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\n1. Avslutning Å\nText.');
    expect(m.items[0]!.title).toBe('Avslutning');
  });
  it('ends a title before the kind of matter ("Beslut", "Information") where OCR ran an agenda table\'s Typ column into it', () => {
    const m = segment('KALLELSE\nFjällförbundet\n\nNär: Onsdag 17 september 2025, kl 09.00\n\nNr — Ärende Typ Föredragande\n1 Val av justerare Beslut\n2 Taxa för avlopp 2026 Beslut Vilja Trosk\n3 Lägesrapport om verket i Fjällby Information Ebbe Mulm\n4 Information från förbundet\n5 Övriga frågor');
    expect(m.items.map((i) => i.title)).toEqual(['Val av justerare', 'Taxa för avlopp 2026', 'Lägesrapport om verket i Fjällby', 'Information från förbundet', 'Övriga frågor']);
  });
  it('ends a title before a table\'s Handling column ("Bilaga 1", "Delges på sammanträdet") that OCR ran into it', () => {
    const m = segment('Kungörelse\nFjällfullmäktige\n\nFullmäktige sammanträder torsdagen den 27 november 2025 klockan 18.30 i Fjällhuset.\n\nNr Ärende Handling\n\n1 Upprop\n\n2 Budget 2026 och plan för 2027-2028 Bilaga 1\n\n3 Svar på interpellation om skolskjutsar Å Delges på sammanträdet\n\n4 Val av ersättare i socialnämnden');
    expect(m.items.map((i) => i.title)).toEqual(['Upprop', 'Budget 2026 och plan för 2027-2028', 'Svar på interpellation om skolskjutsar', 'Val av ersättare i socialnämnden']);
  });
  it('takes a registry number written with slashes ("RS/2024/0964") off the title, also where the title wraps past it', () => {
    const m = segment('KALLELSE\nFjällfullmäktige\n\nDatum: 2025-09-16\n\nÄrenden Diarienummer\n1. Budget 2026 RS/2025/0412\n2. Svar på motion om fria bussresor för RS/2024/0964\nunga\n3. Valärenden');
    expect(m.items.map((i) => i.title)).toEqual(['Budget 2026', 'Svar på motion om fria bussresor för unga', 'Valärenden']);
  });
  it('takes the title from the row below "Au 8 203 Dnr 94.0330 :", a speck after the case number', () => {
    const m = segment('PROTOKOLL\nArbetsutskottet\n\nDatum: 1994-11-08\n\nAu § 202 Dnr 94.0288\nBudget 1995\nText.\n\nAu 8 203 Dnr 94.0330 :\n\nUthyrning av lokaler\nText.\n\nAu § 204\nInformation\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['202', 'Budget 1995'], ['203', 'Uthyrning av lokaler'], ['204', 'Information']]);
  });
  it('takes the title from the row below "& 31 Dnr KFKS 2025/112", past a blank row, and drops a ">" after a signature role', () => {
    const m = segment(
      'PROTOKOLL\nFjällnämnden\n\nDatum: 2025-03-12\n\n& 31 Dnr FN 2025/112\n\nVal av justerare\nText.\n\n8 32 Dnr FN 2025/113\nFjällplan\nText.\n\n8 33 Dnr FN 2025/114\nFjällbidrag\nText.\n\nOrdförande\tJusterare >\nVilja Trosk\tEbbe Mulm',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['31', 'Val av justerare'],
      ['32', 'Fjällplan'],
      ['33', 'Fjällbidrag'],
    ]);
    expect(m.signatures.map((s) => s.role)).toEqual(['Ordförande', 'Justerare']);
  });
  it('joins the rows of a paragraph\'s first sentence that OCR wrapped at the margin into its title', () => {
    const m = segment(
      'PROTOKOLL\nFjällföreningen\n\nDatum: 1961-05-03\n\nS 1. Ordf. hälsade de närvarande välkomna och förklarade\nsammanträdet öppnat.\n\n' +
        'S 2. Beslöts att höja avgiften för nya medlemmar till 25\nkr. från den 1 juli.\n\n§ 3. Att jämte ordf. justera dagens protokoll utsågs Ebbe\nMulm och Saga Frell.',
    );
    expect(m.items.map((i) => [i.title, i.decisions])).toEqual([
      ['Ordf. hälsade de närvarande välkomna och förklarade sammanträdet öppnat', []],
      ['Beslöts att höja avgiften för nya medlemmar till 25 kr. från den 1 juli', ['Beslöts att höja avgiften för nya medlemmar till 25 kr. från den 1 juli.']],
      ['Att jämte ordf. justera dagens protokoll utsågs Ebbe Mulm och Saga Frell', []],
    ]);
    expect(m.adjusters).toEqual(['Ebbe Mulm', 'Saga Frell']);
  });
  it('leaves a heading with a participle in -nde and the notes under it apart', () => {
    const m = segment('PROTOKOLL\nFjällbolaget\n\nDatum: 2023-05-03\n\n1. Beslut om fastställande av resultaträkning och balansräkning\nStämman fastställde räkningarna.\n\n2. Avslutning\nText.');
    expect(m.items[0]!.title).toBe('Beslut om fastställande av resultaträkning och balansräkning');
  });
  it('keeps a title with a colon whose second part names the matter, not a sentence', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-03-02\n\n§ 1 Motion: Fler cykelbanor i centrala Fjällby\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.items[0]!.title).toBe('Motion: Fler cykelbanor i centrala Fjällby');
  });
  it('drops one or two lower-case letters after a figure at a title\'s end, but not a unit the figure counts', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-03-02\n\n§ 1 Budget 2026 ij\nText.\n\n§ 2 Bidrag om 5 000 kr\nText.\n\n§ 3 Avslutning\nText.');
    expect(m.items.map((i) => i.title)).toEqual(['Budget 2026', 'Bidrag om 5 000 kr', 'Avslutning']);
  });
});

describe('reads the titles of run-in paragraphs OCR wrapped', () => {
  const text = runInParagraphsWrappedByOcr;
  it('reads the title before a run-in sentence that wraps at the margin, the sentence as the notes', () => {
    const m = segment(text);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Val av justerare'],
      ['3', 'Medlemsavgift 2026'],
      ['4', 'Mötets avslutande'],
    ]);
    expect(m.items[2]!.decisions).toEqual(['Årsmötet fastställde medlemsavgiften till 400 kr för seniorer och 250 kr för juniorer.']);
    expect(m.adjusters).toEqual(['Ebbe Mulm', 'Saga Frell']);
  });
});

describe('reads a point title ended by a colon and a note', () => {
  it('reads "2) Fest: 17/5 kl 18." as the title "Fest" and a note', () => {
    expect(headings('1) Budget: Klar.\nText.\n2) Fest: 17/5 kl 18.\nText.')).toEqual([
      ['1', 'Budget'],
      ['2', 'Fest'],
    ]);
  });
});

describe('a title wrapped in the narrow column of an agenda table', () => {
  it('goes on with a span of years on the next row, however long the title\'s first row', () => {
    const m = segment('KALLELSE\nDirektionen\n\nDatum: 2026-03-02\n\nNr\tÄrende\tDnr\n1\tVal av justerare\t\n2\tPlan för skydd mot olyckor i Ekmora\t2025/88\n\t2027–2030, remissversion\n3\tÖvrigt\t');
    expect(m.items.map((i) => i.title)).toEqual(['Val av justerare', 'Plan för skydd mot olyckor i Ekmora 2027–2030, remissversion', 'Övrigt']);
  });
  it('does not take a row that opens with a single year after a long title', () => {
    const m = segment('KALLELSE\nDirektionen\n\nDatum: 2026-03-02\n\nNr\tÄrende\tDnr\n1\tVal av justerare\t\n2\tPlan för skydd mot olyckor i Ekmora\t2025/88\n\t2024 antogs den förra planen\n3\tÖvrigt\t');
    expect(m.items[1]!.title).toBe('Plan för skydd mot olyckor i Ekmora');
  });
  it('goes on with a lower-case row after a title that broke off mid-phrase, though its first word reads like a label', () => {
    const m = segment('KUNGÖRELSE\nKommunfullmäktige\n\nTid: måndag 24 november 2025 kl. 18.00\n\n1 Upprop\n2 Budget 2026, skattesats och\növriga ekonomiska ramar\n3 Motioner');
    expect(m.items.map((i) => i.title)).toEqual(['Upprop', 'Budget 2026, skattesats och övriga ekonomiska ramar', 'Motioner']);
  });
});
