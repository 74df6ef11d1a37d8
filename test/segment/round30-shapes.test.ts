import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { matchLabel } from '../../src/segment/labels.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });
const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

describe('labels naming a group or "Vilka"', () => {
  it('reads the group word between a people label and its colon as no part of the value', () => {
    expect(matchLabel('Närvarande elever: Ali Ek, Bo Al')).toMatchObject({ kind: 'attendees', rest: 'Ali Ek, Bo Al' });
    expect(matchLabel('Datum för nästa möte: 3 maj')?.rest).toBe('för nästa möte: 3 maj');
  });
  it('reads "Vilka:" as who took part, only with its colon', () => {
    expect(matchLabel('Vilka: Ali Ek')?.kind).toBe('attendees');
    expect(matchLabel('Vilka frågor tas upp?')).toBeNull();
  });
  it('reads a lower-case title before a name in a list', () => {
    const m = segment('Minnesanteckningar\nRådet\n\nDatum: 2024-03-05\nNärvarande personal: Rektor Ida Berg, lärare Per Sten\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Ida Berg', organisation: null, role: 'rektor' },
      { name: 'Per Sten', organisation: null, role: 'lärare' },
    ]);
  });
});

describe('members paired with serving substitutes', () => {
  it('makes a member with a substitute beside them absent', () => {
    const m = segment('Protokoll\nFullmäktige\n\nDatum: 2024-03-05\n\nOrdinarie ledamot\tTjänstgörande ersättare\nAnna Ek (M)\nBo Ny (S)\tCia Sund (S)\n\n§ 1 Upprop\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Anna Ek', null],
      ['Cia Sund', 'tjänstgörande ersättare'],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Bo Ny']);
  });
});

describe('titles and decisions of a protokoll', () => {
  it('drops a case reference in brackets after the title', () => {
    expect(findItemHeadings(linesFromText('§ 4 Taxor 2025 (Dnr KS 2024/19)\ntext\n§ 5 Övrigt')[0]!).map((h) => h.title)).toEqual(['Taxor 2025', 'Övrigt']);
  });
  it('reads a short sentence in the present passive as a decision, not one in the past', () => {
    expect(decisions('Rapporten noteras.')).toEqual(['Rapporten noteras.']);
    expect(decisions('Dagordningen godkändes.')).toEqual([]);
  });
});

describe('a meeting announced after the agenda', () => {
  it('dates a kallelse whose head gives no date from "Sammanträdet hålls …"', () => {
    const m = segment('Kallelse\nNämnden\n\n1. Upprop\n2. Budget\n\nSammanträdet hålls onsdagen den 6 mars 2024 kl. 18.00 i Rådhuset, sal A.');
    expect(m.meeting).toMatchObject({ date: '2024-03-06', start: '18:00', place: 'Rådhuset, sal A' });
  });
});

describe('the last signer under a place and date', () => {
  it('reads the name above a lone "Justerare"', () => {
    const m = segment('Protokoll\nRådet\n\nDatum: 2024-03-05\n\n§ 1 Start\nText.\n\nNacka 2024-03-06\n\nEva Ek\nOrdförande\n\nNacka 2024-03-08\n\nOla Berg\nJusterare');
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Eva Ek' },
      { role: 'Justerare', name: 'Ola Berg' },
    ]);
  });
});

describe('OCR of round-30 shapes', () => {
  it('drops a page-edge letter after a surname', async () => {
    const { cleanNameText } = await import('../../src/segment/person.ts');
    expect(cleanNameText('Petra Kvist i')).toBe('Petra Kvist');
    expect(cleanNameText('Anna af Ek')).toBe('Anna af Ek');
  });
  it('trusts two damaged-sign paragraphs when the first is the opening item', () => {
    const found = findItemHeadings(linesFromText('8 5 Val av justerare .\ntext\n8 6 Budget\ntext')[0]!).map((h) => [h.number, h.title]);
    expect(found.map(([n]) => n)).toEqual(['5', '6']);
    expect(findItemHeadings(linesFromText('8 5 Budget\ntext\n8 6 Lokaler\ntext')[0]!)).toEqual([]);
  });
});

describe('OCR of a table pairing members with serving substitutes', () => {
  it('reads the header and the rows when OCR closed the column gaps and put blank rows between', () => {
    const m = segment('Protokoll\nFullmäktige\n\nDatum: 2024-03-05\n\nOrdinarie ledamot Tjänstgörande ersättare\nAnna Ek (M)\n\nBo Ny (S) Cia Sund (S)\n\n§ 1 Upprop\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Anna Ek', null],
      ['Cia Sund', 'tjänstgörande ersättare'],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Bo Ny']);
  });
});
