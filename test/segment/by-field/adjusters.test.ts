import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../../src/segment/index.ts';
import { segment } from './segment-text.ts';

describe('reads who adjusts the minutes', () => {
  it('reads those who sign for each side under a "Justeras:" heading as adjusters, and the heading as no signature', () => {
    const m = segment(
      'Minnesanteckningar\nLokal samverkansgrupp\n\nDatum: 2026-02-10\n\nNärvarande\nArbetsgivare: Tyra Malm, rektor\nKommunal: Ebbe Mulm\n\n1. Start\nText.\n\n2. Slut\nText.\n\nJusteras:\nFör arbetsgivaren: Tyra Malm\nFör arbetstagarna: Ebbe Mulm',
    );
    expect(m.signatures).toEqual([
      { role: 'För arbetsgivaren', name: 'Tyra Malm' },
      { role: 'För arbetstagarna', name: 'Ebbe Mulm' },
    ]);
    expect(m.adjusters).toEqual(['Tyra Malm', 'Ebbe Mulm']);
  });
  it('takes the adjuster a body chose "(S) att tillsammans med ordföranden justera", the party between', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-04-17\n\n§ 1 Val av justerare\nFjällnämnden utser Vilja Trosk (S) att tillsammans med ordföranden justera protokollet.\n\nJusteras\nEbbe Mulm\tVilja Trosk');
    expect(m.adjusters).toEqual(['Vilja Trosk']);
  });
  it('reads the adjusters from a paragraph whose only sentence chooses them', () => {
    const m = segment('PROTOKOLL\nFjällföreningen\n\nDatum: 1961-05-03\nNärvarande: Vilja Trosk, ordf., Ebbe Mulm, Saga Frell\n\n§ 1. Öppnande.\n\n§ 2. Att jämte ordf. justera dagens protokoll utsågos Ebbe Mulm och Saga Frell.\n\nJusteras:\n\nVilja Trosk\tEbbe Mulm\tSaga Frell');
    expect(m.adjusters).toEqual(['Ebbe Mulm', 'Saga Frell']);
  });
  it('reads the adjusters from "A och B valdes." under a point titled "Val av justerare"', () => {
    const m = segment('Protokoll\nFjällbyalaget\n\nDatum: 2025-12-06\n\n§ 1 Öppnande\nText.\n\n§ 2 Val av justerare tillika rösträknare\nSaga Frell och Orvar Lind valdes.\n\n§ 3 Avslutning\nText.');
    expect(m.adjusters).toEqual(['Saga Frell', 'Orvar Lind']);
  });
  it('reads an adjuster behind a two-letter speckle', () => {
    expect(segment('Protokoll\nJusterare et Johanna Kärnä (S)\n\n§ 1 Val\ntext').adjusters).toEqual(['Johanna Kärnä']);
  });
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

describe('reads adjusters named in the passive "justeras av"', () => {
  it('reads "Justering: Protokollet justeras av Ebbe Mulm och Saga Frell." in the head as the adjusters', () => {
    const m = segment('PROTOKOLL\nFjällby IF, styrelsen\n\nDatum: 2025-04-09\nNärvarande: Vilja Trosk, Ebbe Mulm, Saga Frell\nJustering: Protokollet justeras av Ebbe Mulm och Saga Frell.\n\n§ 1 Öppnande\nText.\n\n§ 2 Slut\nText.');
    expect(m.adjusters).toEqual(['Ebbe Mulm', 'Saga Frell']);
  });
  it('reads "Protokollet justeras av Vilja Trosk (S)." under a point', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-04-09\n\n§ 1 Justering\nProtokollet justeras av Vilja Trosk (S).\n\n§ 2 Slut\nText.');
    expect(m.adjusters).toEqual(['Vilja Trosk']);
  });
});

describe('reads adjusters chosen in a point\'s prose', () => {
  const minutes = segment(
    'PROTOKOLL\n\nfört vid sammanträde med kommunalfullmäktige i Norrbyns landskommun den 3 juni 1958 kl. 18.00 i kommunalhuset.\n\nNärvarande: ordföranden herr Eskil Rönn, vice ordföranden herr Hugo Björk, herrar Anton Sund och Bror Vikner samt fru Alma Tjärn.\n\n§ 1. Justering\nSedan ordföranden förklarat sammanträdet öppnat, valdes att jämte ordföranden justera dagens protokoll herrar Anton Sund och Bror Vikner.\n\n§ 2. Vägen\nFullmäktige beslöt att bifalla förslaget.\n\nSom ovan:\nAlma Tjärn\n\nJusteras:\nEskil Rönn\t\tAnton Sund\t\tBror Vikner',
  );
  it('reads "Till att jämte ordföranden justera protokollet valdes A och B." as the adjusters', () => {
    const m = segment('Protokoll fört vid månadsmöte\nPRO Lappvik\n\nTid: 14.00–16.00\n\n1. Öppnande\nText.\n\n2. Val av justerare\nTill att jämte ordföranden justera protokollet valdes Aune Kivi och Sixten Rova.\n\n3. Avslutning\nText.');
    expect(m.adjusters).toEqual(['Aune Kivi', 'Sixten Rova']);
  });
  it('reads "valdes att jämte ordföranden justera dagens protokoll herrar A och B" as the adjusters', () => {
    expect(minutes.adjusters).toEqual(['Anton Sund', 'Bror Vikner']);
  });
});

describe('reads the adjusters chosen "tillsammans med ordföranden"', () => {
  it('leaves the chair out, as with "jämte ordföranden"', () => {
    const m = segment('Protokoll\nByalaget\n\nDatum: 1958-04-11\n\n§ 1. Till att tillsammans med ordföranden justera protokollet valdes Brita Ulv.\n\n§ 2. Avslutning.\n\nVid protokollet:\nEbbe Sten\n\nJusteras:\nOlle Ring\t\tBrita Ulv\n');
    expect(m.adjusters).toEqual(['Brita Ulv']);
  });
});

describe('reads each adjuster once when the head names them twice', () => {
  it('keeps one of two spellings of a name that OCR damaged in one of them', () => {
    const m = segment('PROTOKOLL\nFullmäktige\n\nDatum: 2025-06-16\nUtses att justera: Rolf Ehgström (S) och Sanna Dal (KD)\nJusterare: Rolf Engström, Sanna Dal\n\n§ 1 Upprop\nText.\n\n§ 2 Val\nText.\n');
    expect(m.adjusters).toEqual(['Rolf Ehgström', 'Sanna Dal']);
  });
});
