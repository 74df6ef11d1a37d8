import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { parsePeopleList, parsePerson } from '../../src/segment/person.ts';
import { hasSignatureLayout } from '../../src/segment/signatures.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', pages: 1 });

describe('shapes seen only in held-out minutes', () => {
  it('reads "Punkt 2 Title" and "Ärende 3: Title" as agenda points', () => {
    const lines = linesFromText('Punkt 1 Inledning\ntext\nPunkt 2 Skolval\nÄrende 3: Budget')[0]!;
    expect(findItemHeadings(lines).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Inledning'],
      ['2', 'Skolval'],
      ['3', 'Budget'],
    ]);
  });
  it('reads a title in brackets as the role, a municipality in brackets as the organisation', () => {
    expect(parsePerson('Lina Östman (HR-partner)')).toEqual({ name: 'Lina Östman', organisation: null, role: 'HR-partner' });
    expect(parsePerson('Görel Sandqvist (Nynäshamn)')).toEqual({ name: 'Görel Sandqvist', organisation: 'Nynäshamn', role: null });
    expect(parsePerson('Pia Öst (KD), vice ordförande')).toEqual({ name: 'Pia Öst', organisation: 'KD', role: 'vice ordförande' });
  });
  it('does not take an association acronym for a second person', () => {
    expect(parsePeopleList('Ingegerd Björk, PRO Jakobsberg')).toBeNull();
    expect(parsePerson('Ingegerd Björk, PRO Jakobsberg')).toEqual({ name: 'Ingegerd Björk', organisation: 'PRO Jakobsberg', role: null });
  });
  it('keeps a unit of an organisation with the organisation', () => {
    expect(parsePerson('Pontus Åkerblom, Polisen, lokalpolisområde Södertörn')?.organisation).toBe('Polisen, lokalpolisområde Södertörn');
  });
  it('only counts head rows as signatures where there is room to sign', () => {
    expect(hasSignatureLayout(linesFromText('Sekreterare: Daniel Åkesson\nJusterare: Ingegerd Björk')[0]!)).toBe(false);
    expect(hasSignatureLayout(linesFromText('Sekreterare\t..........\n\tDaniel Åkesson')[0]!)).toBe(true);
  });
  it('does not sign a head field "Sekreterare: name" as a signature', () => {
    const minutes = segment(
      ['Protokoll', 'Tid: 2023-10-03 kl 14-16', 'Sekreterare: Daniel Åkesson', '', '§ 1 Öppnande', 'Mötet öppnades.', '', 'Sekreterare\tJusterare', 'Daniel Åkesson\tIngegerd Björk'].join('\n'),
    );
    expect(minutes.signatures).toEqual([
      { role: 'Sekreterare', name: 'Daniel Åkesson' },
      { role: 'Justerare', name: 'Ingegerd Björk' },
    ]);
  });
  it('rejoins a comma-separated attendee list that OCR hyphenated across rows', () => {
    const minutes = segment('Minnesanteckningar\nNärvarande: Mikael Bergström, Salem, Jenny -\n- Ödlund, Nykvarn\n\n1. Start\ntext\n2. Slut\ntext');
    expect(minutes.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Mikael Bergström', 'Salem'],
      ['Jenny Ödlund', 'Nykvarn'],
    ]);
  });
  it('takes the next meeting from a list of upcoming meetings, rolling into the new year', () => {
    const minutes = segment(
      ['Minnesanteckningar', 'Datum: 2023-11-21', '', '1. Lägesbild', 'text', '2. Kommande möten', 'Mötestider våren:', '- 23 januari kl. 13.15–15.45, Botkyrka', '- 19 mars kl. 13.15–15.45'].join('\n'),
    );
    expect(minutes.nextMeeting?.date).toBe('2024-01-23');
  });
  it('leaves next meeting and absent empty when the minutes state neither', () => {
    const minutes = segment('Minnesanteckningar\nDatum: 2023-10-02\nNärvarande: Helena Sköld (utbildningschef)\n\nPunkt 1 Övrigt\nÖppet hus den 21 oktober.');
    expect(minutes.nextMeeting).toBeNull();
    expect(minutes.absent).toEqual([]);
  });
});

describe('OCR damage around head values and signatures', () => {
  it('drops speckles that open a wrapped place-and-time row', () => {
    const minutes = segment(
      ['Protokoll', 'Plats och tid Huddinge kommunhus, sal Glömsta, tisdagen den 7', '- » februari 2023 kl. 18.00—-20.15', 'Beslutande : Rasmus Ölander (M)', '', '§ 1 Val', 'text'].join('\n'),
    );
    expect(minutes.meeting).toEqual({ date: '2023-02-07', start: '18:00', end: '20:15', place: 'Huddinge kommunhus, sal Glömsta' });
  });
  it('reads an adjuster behind a two-letter speckle', () => {
    expect(segment('Protokoll\nJusterare et Johanna Kärnä (S)\n\n§ 1 Val\ntext').adjusters).toEqual(['Johanna Kärnä']);
  });
  it('drops symbols OCR left inside a role', () => {
    expect(parsePerson('Mehmet Yilmaz (KD), tjänstgörande € ersättare')?.role).toBe('tjänstgörande ersättare');
  });
  it('splits three names on one row at the names of the attendees', () => {
    const minutes = segment(
      [
        'Protokoll',
        'Beslutande Rasmus Ölander (M), ordförande',
        'Johanna Kärnä (S)',
        'Övriga närvarande Malin Nordén, nämndsekreterare',
        '',
        '§ 1 Val',
        'text',
        'Sekreterare Ordförande | Justerare',
        'Malin Nordén Rasmus Ölander kr Johanna Kärnä',
      ].join('\n'),
    );
    expect(minutes.signatures).toEqual([
      { role: 'Sekreterare', name: 'Malin Nordén' },
      { role: 'Ordförande', name: 'Rasmus Ölander' },
      { role: 'Justerare', name: 'Johanna Kärnä' },
    ]);
  });
  it('does not read a sentence above the roles as signed names', () => {
    const minutes = segment(
      ['Minnesanteckningar', 'Datum: 2023-03-09', '', '1. Start', 'text', '2. Slut', 'Nästa möte: den 21 september i Huddinge kommunhus, sal Visättra', '', 'Vid anteckningarna\tJusteras', 'Jöns Åkerlund\tMaria Söderström'].join('\n'),
    );
    expect(minutes.signatures.map((s) => s.name)).toEqual(['Jöns Åkerlund', 'Maria Söderström']);
  });
});

describe('damage seen only in pages from the full pipeline', () => {
  it('reads "s 41" at the start of a row as a damaged §', () => {
    const lines = linesFromText('s 41 Ansökan om bygglov\nDnr BN 1998/0214\ntext')[0]!;
    expect(findItemHeadings(lines).map((h) => [h.number, h.title])).toEqual([['41', 'Ansökan om bygglov']]);
  });
  it('ignores a speckle cell between two signed names', () => {
    const minutes = segment('Kallelse\nTid: 2023-09-12 kl. 18\n\n1. Upprop\n2. Val\n3. Övrigt\n\nGöran Hällström\tes\tMalin Åberg\nOrdförande\tNämndsekreterare');
    expect(minutes.signatures).toEqual([
      { role: 'Ordförande', name: 'Göran Hällström' },
      { role: 'Nämndsekreterare', name: 'Malin Åberg' },
    ]);
  });
  it('rejoins a name that a list row wrapped without a hyphen', () => {
    const minutes = segment('Minnesanteckningar\nNärvarande: Cecilia Hammarström, Södertälje, Mikael Bergström, Salem, Jenny\nÖdlund, Nykvarn, Tobias Håkansson, Botkyrka\n\n1. Start\ntext\n2. Slut\ntext');
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Cecilia Hammarström', 'Mikael Bergström', 'Jenny Ödlund', 'Tobias Håkansson']);
  });
  it('reads "Rätt utdraget intygar" as a signature of an extract', () => {
    const minutes = segment('Protokollsutdrag\n\n§ 41 Bygglov\nBeslut\nNämnden beslutar att avslå.\n\nVid protokollet\nÅke Nyström\n\nRätt utdraget intygar\nÅke Nyström');
    expect(minutes.signatures).toEqual([
      { role: 'Vid protokollet', name: 'Åke Nyström' },
      { role: 'Rätt utdraget intygar', name: 'Åke Nyström' },
    ]);
  });
});

describe('second held-out round', () => {
  it('reads "När:" and "Var:" as time and place, but not "Var" opening a sentence', () => {
    const minutes = segment('Anteckningar\nNär: 14 mars 2023 kl 13-15\nVar: Botkyrka kommunhus, rum Flottiljen\n\n1. Start\nVar och en presenterade sig.\n2. Slut\ntext');
    expect(minutes.meeting).toEqual({ date: '2023-03-14', start: '13:00', end: '15:00', place: 'Botkyrka kommunhus, rum Flottiljen' });
    expect(minutes.items[0]!.text).toBe('Var och en presenterade sig.');
  });
  it('reads a spaced dash after a name as the separator before the organisation', () => {
    expect(parsePerson('Åsa Fröberg – Botkyrka kommun, samordnare')).toEqual({ name: 'Åsa Fröberg', organisation: 'Botkyrka kommun', role: 'samordnare' });
    expect(parsePerson('i - Daniel Sjöholm, controller', 'other')?.name).toBe('Daniel Sjöholm');
  });
});

describe('speckles around OCR headings', () => {
  it('finds a paragraph behind a stray quote', () => {
    const lines = linesFromText("§ 64 Dagordning\ntext\n'$ 65 Månadsrapport mars 2023\ntext")[0]!;
    expect(findItemHeadings(lines).map((h) => h.number)).toEqual(['64', '65']);
  });
  it('reads a proposal-to-the-board heading with a trailing speckle as the decision heading', () => {
    const minutes = segment(
      'Protokoll\n\n§ 66 Detaljplan\nSammanfattning\nText.\nArbetsutskottets förslag till kommunstyrelsen ;\n\nKommunstyrelsen föreslår kommunfullmäktige besluta att anta detaljplanen.\n\n§ 67 Övrigt\ntext',
    );
    expect(minutes.items[0]!.decisions).toEqual(['Kommunstyrelsen föreslår kommunfullmäktige besluta att anta detaljplanen.']);
  });
});

describe('adjusters chosen in an item decision', () => {
  it('takes the adjuster from "att utse NAME att jämte ordföranden justera" rather than every Justeras signer', () => {
    const minutes = segmentMinutes(
      {
        text: 'Mötesprotokoll\n\n§1 Val av justerare\nBeslutades att utse Märta Åkesson att jämte ordföranden justera protokollet.\n\n§2 Övrigt\nInget.\n\nJusteras\nÅsa Lindström\t\tMärta Åkesson',
      },
      { file: 'a.txt', pages: 1 },
    );
    expect(minutes.adjusters).toEqual(['Märta Åkesson']);
  });

  it('reads "valde Per Holm och Eva Ek till justerare" as two adjusters', () => {
    const minutes = segmentMinutes(
      { text: 'Protokoll\n\n§1 Justering\nMötet valde Per Holm och Eva Ek till justerare.\n\n§2 Övrigt\nInget.' },
      { file: 'a.txt', pages: 1 },
    );
    expect(minutes.adjusters).toEqual(['Per Holm', 'Eva Ek']);
  });
});
