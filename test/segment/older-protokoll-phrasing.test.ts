import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { findTimeRange } from '../../src/segment/swedish-times.ts';

const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);
const minutes = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('older protokoll phrasing', () => {
  it('reads a member named by function in the definite singular as absent', () => {
    const m = minutes('PROTOKOLL\n\nSammanträdesdag: 9/5 1961\n\nNärvarande: ordf. Agda Rehn, ledamöterna Ivar Nolin och Sten Ulfsson.\n\nFrånvarande: ledamoten Märta Kjell.\n\n§ 1. Mötets öppnande\nOrdföranden förklarade sammanträdet öppnat.\n');
    expect(m.absent.map((p) => p.name)).toEqual(['Märta Kjell']);
  });
  it('reads the adjuster after the vice chair\'s abbreviated function', () => {
    const m = minutes('PROTOKOLL\n\nSammanträdesdag: 9/5 1961\n\nNärvarande: ordf. Agda Rehn, vice ordf. Ivar Nolin och ledamoten Sten Ulfsson.\n\n§ 1. Justeringsmän\nAtt jämte ordföranden justera dagens protokoll utsågs vice ordf. Ivar Nolin.\n\n§ 2. Nästa sammanträde\nBeslöts att nästa sammanträde skall hållas den 6/6 1961.\n\nJusteras:\n\nAgda Rehn\tIvar Nolin\n');
    expect(m.adjusters).toEqual(['Ivar Nolin']);
  });
  it('keeps a wrapped sentence under a bare paragraph sign as the notes, not the title', () => {
    const m = minutes('PROTOKOLL\nfört vid fullmäktiges sammanträde den 3 mars 1955.\n\n§ 1.\nAtt jämte ordföranden justera dagens protokoll utsågos herr\nValter Bohm och fru Ebba Sand.\n\n§ 2.\nSedan herr Olle Dahn avsagt sig sitt uppdrag i skolstyrelsen,\nutsågs fru Stina Ryd i hans ställe för återstående tid.\n\n§ 3.\nFöredrogs en skrivelse från länsstyrelsen, som lades till handlingarna.\n');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', ''],
      ['2', ''],
      ['3', ''],
    ]);
    expect(m.adjusters).toEqual(['Valter Bohm', 'Ebba Sand']);
  });
  it('reads the outcome stated after a vote as the decision', () => {
    expect(decisions('Sedan votering begärts, utföll den med 9 röster mot 6.\nFullmäktige hade alltså beslutat att avslå motionen.')).toEqual(['Fullmäktige hade alltså beslutat att avslå motionen.']);
  });
  it('leaves a member\'s reservation after the decision out of it', () => {
    expect(decisions('Beslut\nNämnden beslutar att bevilja bidraget. Ulla Ek (m) reserverar sig mot beslutet.')).toEqual(['Nämnden beslutar att bevilja bidraget.']);
    expect(decisions('Beslut\nNämnden beslutar att bevilja bidraget. Mot beslutet reserverade sig herr Ek.')).toEqual(['Nämnden beslutar att bevilja bidraget.']);
  });
  it('reads a time after "kl." with OCR\'s space after its separator, and the place after it', () => {
    expect(findTimeRange('den 2 maj 1966 kl. 18. 30 å skolans bibliotek')).toMatchObject({ start: '18:30', end: null });
    const m = minutes('PROTOKOLL\n\nfört vid hälsovårdsnämndens sammanträde tisdagen den 2 maj 1966 kl.\n18. 30 å skolans bibliotek.\n\n§ 1\tJustering\n\tAtt justera protokollet utsågs Per Wall.\n');
    expect(m.meeting).toMatchObject({ date: '1966-05-02', start: '18:30', place: 'skolans bibliotek' });
  });
});

describe('an older run-in list of those present', () => {
  const head = (list: string) =>
    segmentMinutes({ text: `PROTOKOLL\n\nfört vid sammanträde den 4 april 1958.\n\n${list}\n\n§ 1. Mötets öppnande\nOrdföranden förklarade sammanträdet öppnat.\n` }, { file: 'x.txt', sha256: null, pages: 1 });
  it('reads the members that the last named stood in for as a group, after "de båda sistnämnda i stället för", as absent', () => {
    const m = head('Närvarande: ordföranden Allan Udd, ledamöterna Rune Tholin och Gerda Ask samt suppleanterna Erik Bolin och Maj Frö, de båda sistnämnda i stället för ledamöterna Nils Hed och Olga Rask, vilka anmält förhinder.');
    expect(m.absent.map((p) => p.name)).toEqual(['Nils Hed', 'Olga Rask']);
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Allan Udd', 'ordförande'],
      ['Rune Tholin', 'ledamot'],
      ['Gerda Ask', 'ledamot'],
      ['Erik Bolin', 'suppleant'],
      ['Maj Frö', 'suppleant'],
    ]);
  });
  it('reads the row after a divided word as the list going on, though its second half reads like a label', () => {
    const m = head('Närvarande: ordföranden Allan Udd, ledamöterna Rune Tholin och Gerda Ask samt\nsuppleanten Erik Bolin, den sist-\nnämnde i stället för ledamoten Nils Hed.');
    expect(m.absent.map((p) => p.name)).toEqual(['Nils Hed']);
  });
  it('parts the people after "; vidare" and after a row that wrapped after "samt"', () => {
    const m = head('Närvarande: ordf. Allan Udd, ledamöterna Rune Tholin och Gerda Ask samt\nsuppleanten Erik Bolin; vidare byggnadsinspektör Ove Sahl.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Allan Udd', 'ordförande'],
      ['Rune Tholin', 'ledamot'],
      ['Gerda Ask', 'ledamot'],
      ['Erik Bolin', 'suppleant'],
      ['Ove Sahl', 'byggnadsinspektör'],
    ]);
  });
});

describe('a typewritten label column', () => {
  it('reads a label wrapped after its first word over the list\'s second row as one label', () => {
    const m = minutes('PROTOKOLL\n1969-03-12\n\nNärvarande\tKarl Ohlin, ordf.\nledamöter\tAnna Brodd\n\nNärvarande\tLisa Wern\nsuppleanter\tTage Fahl\n\n§ 12\nJUSTERING\nAtt justera protokollet utsågs Anna Brodd.\n');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Karl Ohlin', 'ordförande'],
      ['Anna Brodd', null],
      ['Lisa Wern', 'suppleant'],
      ['Tage Fahl', 'suppleant'],
    ]);
  });
  it('reads "tjg suppl." as a serving substitute', () => {
    const m = minutes('PROTOKOLL\n1969-03-12\n\nNärvarande\tKarl Ohlin, ordf.\n\tAnna Brodd\n\tOla Rimm, tjg suppl.\n\n§ 12\nJUSTERING\nAtt justera protokollet utsågs Anna Brodd.\n');
    expect(m.attendees.find((p) => p.name === 'Ola Rimm')?.role).toBe('tjänstgörande suppleant');
  });
});

describe('OCR specks in an older head', () => {
  it('reads a range whose dash OCR read with a colon against it', () => {
    expect(findTimeRange('Kommunalhuset, kl. 18.30:- 20.45')).toMatchObject({ start: '18:30', end: '20:45' });
  });
  it('drops a courtesy title that OCR read with a stop after it', () => {
    const m = minutes('PROTOKOLL\nfört vid sammanträde den 4 april 1958.\n\nNärvarande: herr ordföranden Allan Udd, fru. Gerda Ask, herr Rune Tholin och fröken Maj Frö.\n\n§ 1.\nOrdföranden förklarade sammanträdet öppnat.\n');
    expect(m.attendees.map((p) => p.name)).toEqual(['Allan Udd', 'Gerda Ask', 'Rune Tholin', 'Maj Frö']);
  });
});
