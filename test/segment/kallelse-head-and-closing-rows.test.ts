import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('the head and close of a kallelse', () => {
  it('reads the row under an unlabelled date and time as the place when it names house, room and street', () => {
    const m = run('FÖREDRAGNINGSLISTA\n\nStyrelsens sammanträde nr 3/2024\nMåndag 14 oktober 2024, kl. 9.00–11.00\nEkhuset; sal Linnean, Skogsvägen 12\n\n1. Öppnande\n2. Val av justerare\n3. Avslutning\n');
    expect(m.meeting?.place).toBe('Ekhuset; sal Linnean, Skogsvägen 12');
  });

  it('reads a mixed-case document word before the page mark at the end of the header row', () => {
    const m = run('Norrby kommun Kulturnämnden Kallelse 1 (2)\n2025-02-03\n\nTid och plats\nTisdagen den 11 februari 2025 kl. 18.00\n\n1. Val av justerare\nOrdföranden föreslår Per Ek (S).\n\n2. Budget\nFörvaltningen redovisar budgeten.\n');
    expect(m.documentType).toBe('kallelse');
  });

  it('signs with "Name, title" above a row of only the e-mail address and phone number', () => {
    const m = run('Kallelse till styrelsemöte\n\nDatum: 2025-03-04\n\n1. Öppnande\n2. Budget\n3. Avslutning\n\nVälkomna!\nMaja Lundin, förbundschef\nmaja. lundinQforbundet. se, 0155-12 34 56\n');
    expect(m.signatures).toEqual([{ role: 'förbundschef', name: 'Maja Lundin' }]);
  });

  it('signs with a prefekt\'s title under the name', () => {
    const m = run('FÖREDRAGNINGSLISTA\n\nDatum: 2025-03-04\n\n1. Öppnande\n2. Budget\n3. Avslutning\n\nEva Granqvist\nprefekt\n');
    expect(m.signatures).toEqual([{ role: 'prefekt', name: 'Eva Granqvist' }]);
  });
});

describe('an agenda table with a column of the matters\' kinds, through OCR', () => {
  const table =
    'Kallelse till styrelsemöte\n\nDatum: 2025-03-04\n\nNr — Ärende | "Typ\n\n1 Öppnande Beslut\n\n2 Budget för verksamheten i Ekby, Norrby och Lövsta med fördelning mellan Beslut\nskolorna under året\n\n' +
    '3 Uppföljning av projektet Vidare Info\n\n1 Hur ser vi till att fler unga får Diskussion\n\n"sommarjobb?\n\n4 Övriga frågor\n';
  it('goes on with a title wrapped under a row that ends in a lone kind word, without taking the word for a decision', () => {
    const item = run(table).items.find((i) => i.number === '2')!;
    expect(item.title).toBe('Budget för verksamheten i Ekby, Norrby och Lövsta med fördelning mellan skolorna under året');
    expect(item.decisions).toEqual([]);
  });

  it('takes the one row opening with a figure misread between two points for the point missing there', () => {
    const m = run(table.replace('4 Övriga frågor', '5 Övriga frågor'));
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(m.items[3]!.title).toMatch(/^Hur ser vi till att fler unga får sommarjobb\?$/);
  });
});

describe('point rows as OCR reads them', () => {
  it('reads "Ärende 6 —- Taxa" with a doubled dash after the number as point 6', () => {
    const m = run('KALLELSE\n\nÄrende 1 - Val av justerare\n\nÄrende 2 - Budget\n\nÄrende 3 —- Taxa för torghandel\n\nÄrende 4 - Övriga frågor\n');
    expect(m.items.map((i) => [i.number, i.title])).toContainEqual(['3', 'Taxa för torghandel']);
  });

  it('reads "i." above "2." as the first point with its figure misread', () => {
    const m = run('KALLELSE\n\ni. Justering av protokollet\n2. Anmälan av delegationsbeslut\n3. Övriga frågor\n');
    expect(m.items.map((i) => [i.number, i.title])[0]).toEqual(['1', 'Justering av protokollet']);
  });

  it('drops bars and an angle read after a title from the page\'s specks', () => {
    const m = run('KALLELSE\n\n1. Val av justerare\n2. Rapport från kansliet | | | >\n3. Övriga frågor\n');
    expect(m.items[1]!.title).toBe('Rapport från kansliet');
  });
});
