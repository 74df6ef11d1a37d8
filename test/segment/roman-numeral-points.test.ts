import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('points numbered with Roman numerals', () => {
  it('reads a numeral in a column of its own, with Arabic sub-points that start over under each, as the items', () => {
    const m = run(
      'FÖREDRAGNINGSLISTA\n\nStyrelsens sammanträde\nTisdag 4 mars 2025, kl. 10.00–12.00\n\n' +
        'I.\tMötets öppnande\nII.\tVal av justerare\nIII.\tBeslutsärenden\n\t1. Budget för Lövbacka gård\n\t2. Hyra av lokal\n' +
        'IV.\tInformation\n\t1. Kansliet informerar\n\t2. Rapport från valberedningen\nV.\tMötets avslutande\n',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'Mötets öppnande'],
      ['II', 'Val av justerare'],
      ['III', 'Beslutsärenden'],
      ['IV', 'Information'],
      ['V', 'Mötets avslutande'],
    ]);
    expect(m.items[2]!.text).toBe('1. Budget för Lövbacka gård\n2. Hyra av lokal');
  });

  it('takes rows whose numerals OCR damaged ("I." for II, "nn." for III, "vil." for VII) for the numbers missing between those read right', () => {
    const m = run(
      'FÖREDRAGNINGSLISTA\n\nI. Öppnande\n\nI. Val av justerare\n\nnn. Dagordning\nIV. Protokoll\n\nVv. Beslutsärenden\n1. Budget\n2. Lokaler\n\n' +
        'VI. Anmälningar\n1. Delegationsbeslut\n\nvil. — Information\n1. Kansliet\n\nvill. Övriga frågor\n\nIX. Avslutning\n',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'Öppnande'],
      ['II', 'Val av justerare'],
      ['III', 'Dagordning'],
      ['IV', 'Protokoll'],
      ['V', 'Beslutsärenden'],
      ['VI', 'Anmälningar'],
      ['VII', 'Information'],
      ['VIII', 'Övriga frågor'],
      ['IX', 'Avslutning'],
    ]);
  });

  it('passes over lettered sub-points between the numerals when it fills the damaged ones', () => {
    const m = run(
      'Anteckningar\n\nI. Välkommen\nOla hälsade välkommen.\n\nIl. Rapporter\na) Ekby har anställt en ny handläggare.\nb) Åsby har flyttat kontoret.\n\n' +
        'Ill. Budget\nBudgeten håller.\n\nIV. Utbildning\na) Kursen i maj ställs in.\n\nVv. Övrigt\nInget.\n\nVI. Nästa möte\nI juni.\n',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'Välkommen'],
      ['II', 'Rapporter'],
      ['III', 'Budget'],
      ['IV', 'Utbildning'],
      ['V', 'Övrigt'],
      ['VI', 'Nästa möte'],
    ]);
  });

  it('leaves the numbering alone when the rows between two numerals are more than the numbers missing', () => {
    const m = run('Dagordning\n\nI. Öppnande\nII. Val\nab. Första\ncd. Andra\nIV. Avslutning\n');
    expect(m.items.map((i) => i.number)).not.toContain('III');
  });
});
