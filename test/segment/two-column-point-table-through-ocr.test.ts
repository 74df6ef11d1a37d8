import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { withPeopleColumnReadAfter } from '../../src/segment/people-column-read-after.ts';
import { startsInTitleColumn, titleColumnOf } from '../../src/segment/title-column.ts';
import { segment } from './by-field/segment-text.ts';

describe('reads minutes whose points are rows of a two-column table, as OCR read them', () => {
  it('finds the title column in a cell that holds the number too, so a wrapped title row in it goes on with the title', () => {
    const heading = documentLine(1, ['2. Föregående', 'Anteckningarna från förra mötet gicks igenom och'], [190, 630]);
    const column = titleColumnOf(heading, 'Föregående');
    expect(column).toEqual({ x: 190, nextX: 630 });
    expect(startsInTitleColumn(documentLine(1, ['minnesanteckningar', 'lades till handlingarna.'], [226, 631]), column)).toBe(true);
  });

  it("takes the table's head repeated on a later page for the columns OCR ran together on a point's row", () => {
    const m = segment(
      'Minnesanteckningar\nNätverket för fritidsgårdar i Ekby\n\nDatum: 3 mars 2024\n\nPunkt\n1. Inledning\n\n2. Lokaler\n\nAnteckningar\nVi hälsade varandra välkomna.\nTre lokaler står tomma.\n' +
        '\fPunkt Anteckningar\nTvå av dem kan hyras ut till föreningar.\n\n3. Bidrag till : Sex föreningar har sökt bidrag för\n\nferieläger = | sommarens läger.\n4. Övriga frågor Karin berättade om sommarens öppettider.\n',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Inledning'],
      ['2', 'Lokaler'],
      ['3', 'Bidrag till ferieläger'],
      ['4', 'Övriga frågor'],
    ]);
  });

  it("pairs a people table's second column, read after the names, with the names in order", () => {
    const rows = ['Namn', 'Eva Ek, ordförande', '', 'Bo Lind', 'Kommunlorganisation', 'Ekby kommun', '', '"Länsstyrelsen', '', 'Förhinder: Ada Sten'];
    const lines = withPeopleColumnReadAfter(rows.map((r) => documentLine(1, r ? [r] : [])));
    expect(lines.map((l) => l.cells)).toEqual([['Namn', 'Kommun/organisation'], ['Eva Ek, ordförande', 'Ekby kommun'], ['Bo Lind', 'Länsstyrelsen'], [], ['Förhinder: Ada Sten']]);
  });

  it("reads the column's heading with its two words joined by the repair as the same heading", () => {
    const rows = ['Namn', 'Eva Ek', 'Bo Lind', 'Kommunorganisation', 'Ekby kommun', 'Länsstyrelsen'];
    expect(withPeopleColumnReadAfter(rows.map((r) => documentLine(1, [r]))).map((l) => l.cells)).toEqual([['Namn', 'Kommun/organisation'], ['Eva Ek', 'Ekby kommun'], ['Bo Lind', 'Länsstyrelsen']]);
  });

  it('leaves the rows as they are when the column holds fewer rows than there are names', () => {
    const rows = ['Namn', 'Eva Ek', 'Bo Lind', 'Organisation', 'Ekby kommun', '', 'Förhinder: Ada Sten'];
    const lines = rows.map((r) => documentLine(1, r ? [r] : []));
    expect(withPeopleColumnReadAfter(lines).map((l) => l.cells)).toEqual(lines.map((l) => l.cells));
  });
});

describe('reads a table of points without a header whose columns OCR ran together on every row', () => {
  it('ends each title where the notes begin, when most titles run on to seven words or more', () => {
    const m = segment(
      'Minnesanteckningar\nNätverket för skolbibliotek i Ekby\nDatum: 2024-02-08\n\n1. Inledning Ada hälsade välkommen och gick igenom dagordningen.\n2. Läsfrämjande i högstadiet Ida berättade om bokcirklar i årskurs 8.\n3. Nya medieplaner Flera kommuner arbetar med nya planer.\n4. Nästa möte 11 april 2024 kl. 13.00 i Ekby.\n',
    );
    expect(m.items.map((i) => i.title)).toEqual(['Inledning', 'Läsfrämjande i högstadiet', 'Nya medieplaner', 'Nästa möte']);
  });

  it('leaves long titles whole where no sentence or date follows them', () => {
    const m = segment(
      'Minnesanteckningar\nNätverket för kollektivtrafik i Ekby\nDatum: 2024-02-08\n\n1. Information från Region Norrby om Kollektivtrafik och Färdtjänst\n2. Nya riktlinjer för skolskjuts och färdtjänst i Ekby kommun\n3. Samverkan med Norrby om ny linje till Sjöby och Åby\n',
    );
    expect(m.items.map((i) => i.title)).toEqual([
      'Information från Region Norrby om Kollektivtrafik och Färdtjänst',
      'Nya riktlinjer för skolskjuts och färdtjänst i Ekby kommun',
      'Samverkan med Norrby om ny linje till Sjöby och Åby',
    ]);
  });
});

describe("keeps a title's own date", () => {
  it('reads a date after "per den" as part of the title, not the start of notes', () => {
    const m = segment(
      'KUNGÖRELSE\nKommunfullmäktige i Ekby sammanträder i Folkets hus den 26 september 1988 kl. 19.00.\n\nÄrenden\n1. Val av justerare\n2. Delårsbokslut per den 31 augusti 1988 för kommunens samtliga förvaltningar\n3. Motion om gatubelysning längs Norra vägen genom Ekby by\n4. Detaljplan för del av Ekby 3:12 vid Norra vägen i Ekby\n',
    );
    expect(m.items[1]!.title).toBe('Delårsbokslut per den 31 augusti 1988 för kommunens samtliga förvaltningar');
  });
});
