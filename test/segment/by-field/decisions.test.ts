import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../../src/segment/decisions.ts';
import { linesFromText } from '../../../src/segment/document-lines.ts';
import { decisions, segment } from './segment-text.ts';

describe('reads what was decided', () => {
  it('joins "Styrelsen beslutade" and its att-clauses across the blank rows OCR put between them', () => {
    const lines = linesFromText('Styrelsen beslutade\n\natt godkänna rapporten, samt\n\natt uppdra åt vd att återkomma i maj.')[0]!;
    const decisions = extractDecisions(lines);
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.replace(/\s+/g, ' ')).toBe('Styrelsen beslutade att godkänna rapporten, samt att uppdra åt vd att återkomma i maj.');
  });
  it('keeps only the rows that state a decision, without their dash', () => {
    expect(decisions('Beslut/Åtgärder:\n- Nätverket beslutar att anta planen.\n- Eva bokar lokal.')).toEqual(['Nätverket beslutar att anta planen.']);
  });
  it('reads "bestämde att" as a decision', () => {
    expect(decisions('Vi bestämde att byta lokal. Eva bokar.')).toEqual(['Vi bestämde att byta lokal.']);
  });
  it('ends a decision at a "Särskilt yttrande" heading', () => {
    expect(decisions('Beslut\nNämnden beslutar att anta planen.\nSärskilt yttrande\nOla Ek (V) lämnar ett särskilt yttrande.')).toEqual(['Nämnden beslutar att anta planen.']);
  });
  it('reads a short sentence in the present passive as a decision, not one in the past', () => {
    expect(decisions('Rapporten noteras.')).toEqual(['Rapporten noteras.']);
    expect(decisions('Dagordningen godkändes.')).toEqual([]);
  });
  it('reads the decision column of a table of points', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\n\nPunkt\tDiskussion\tBeslut\n1. Lokaler\tTvå förslag finns.\tFrågan bordläggs.\n2. Övrigt\tInget.\t–');
    expect(m.items.map((i) => [i.number, i.decisions])).toEqual([
      ['1', ['Frågan bordläggs.']],
      ['2', []],
    ]);
  });
  it('reads "B:" as a decision where "Å:" marks the tasks, and not elsewhere', () => {
    expect(decisions('Budgeten diskuterades.\nB: Gruppen väntar med inköpet till hösten.\nÅ: Lovisa frågar säljaren om pris.')).toEqual(['Gruppen väntar med inköpet till hösten.']);
    expect(decisions('Två förslag fanns.\nA: Bygga om hallen.\nB: Hyra en lokal i Norrby.')).toEqual([]);
  });
  it('ends a decision at a label written in capitals', () => {
    expect(extractDecisions(linesFromText('BESLUT: Gruppen godkänner planen.\nÅTGÄRD: Eva bokar lokal.')[0]!)).toEqual(['Gruppen godkänner planen.']);
  });
  it('does not keep the row from opening a decision', async () => {
    const { extractDecisions } = await import('../../../src/segment/decisions.ts');
    const { linesFromText } = await import('../../../src/segment/document-lines.ts');
    expect(extractDecisions(linesFromText(': Nämnden beslutar att anta planen.')[0]!)).toEqual(['Nämnden beslutar att anta planen.']);
  });
  it('drops a decision label that says nothing was decided', () => {
    expect(decisions('Beslut: Inget beslut fattades. Frågan tas upp i maj.')).toEqual([]);
    expect(decisions('Beslut: Gruppen godkänner planen.')).toEqual(['Gruppen godkänner planen.']);
  });
  it('decides with "lägger" and a long object before "till handlingarna"', () => {
    expect(decisions('Utskottet lägger anmälan av delegationsbeslut för mars månad till handlingarna.')).toHaveLength(1);
  });
  it('decides with "noterar informationen", and splits a dash list whose entries OCR set apart with blank rows', () => {
    expect(extractDecisions(linesFromText('Utskottet noterar informationen.')[0]!)).toEqual(['Utskottet noterar informationen.']);
    expect(extractDecisions(linesFromText('Beslut: :\n\n— att köpa bollar,\n\n— att hyra hallen.')[0]!)).toEqual(['att köpa bollar,', 'att hyra hallen.']);
  });
  it('decides with "ger … i uppdrag", and drops specks after a list dash', () => {
    const decide = (text: string) => extractDecisions(linesFromText(text)[0]!);
    expect(decide('Presidiet ger kansliet i uppdrag att ta fram ett program.')).toHaveLength(1);
    expect(decide('Beslut\n- . Nämnden antar planen.')).toEqual(['Nämnden antar planen.']);
  });
  it('keeps the notes of the last point of short minutes where OCR left a blank row under its heading', () => {
    const m = segment('PROTOKOLL\nPresidiet\n\nDatum: 2025-05-06\n\n§ 1 Öppnande\nOrdföranden öppnade.\n\n§ 2 Plan\nPlanen godkändes.\n\n§ 3 Utbildning\n\nPresidiet ger kansliet i uppdrag att planera.\n\nVid protokollet\n\nSaga Frell');
    expect(m.items[2]!.decisions).toEqual(['Presidiet ger kansliet i uppdrag att planera.']);
  });
  it('decides with "väljer … att justera" as with "utser"', () => {
    expect(extractDecisions(linesFromText('Fjällnämnden väljer Vilja Trosk (S) att justera protokollet.')[0]!)).toHaveLength(1);
  });
  it('reads "Efter diskussion beslöts att …" and a paragraph whose only sentence decides as decisions', () => {
    const m = segment('PROTOKOLL\nFjällföreningen\n\nDatum: 1961-05-03\n\n§ 1. Förelåg en skrivelse från Trollbergs vägförening.\nEfter diskussion beslöts att bifalla skrivelsen.\n\n§ 2. Beslöts att höja medlemsavgiften till 12 kr. från den 1 juli.\n\n§ 3. Kassören redogjorde för kassan.');
    expect(m.items.map((i) => i.decisions)).toEqual([
      ['Efter diskussion beslöts att bifalla skrivelsen.'],
      ['Beslöts att höja medlemsavgiften till 12 kr. från den 1 juli.'],
      [],
    ]);
  });
  it('reads "Efter omröstning med 29 röster mot 5 beslutade mötet att …" as a decision', () => {
    const m = segment('Protokoll\nFjällbyalaget\n\nDatum: 2025-12-06\n\n§ 1 Skolhuset\nFrågan diskuterades.\nEfter omröstning med 29 röster mot 5 beslutade mötet att sälja skolhuset.\n\n§ 2 Avslutning\nText.');
    expect(m.items[0]!.decisions).toEqual(['Efter omröstning med 29 röster mot 5 beslutade mötet att sälja skolhuset.']);
  });
  it('reads a decision numbered in a project\'s decision log ("Beslut SG-26:03 – …", "Beslut nr 2026:4: …")', () => {
    expect(decisions('Budgeten följs upp.\nBeslut SG-26:03 – Styrgruppen godkänner prognosen.\nBeslut nr 2026:4: Piloten förlängs till maj.')).toEqual([
      'Styrgruppen godkänner prognosen.',
      'Piloten förlängs till maj.',
    ]);
  });
  it('reads "Beslut 1:" and "Beslut 2:" as two decisions of one point', () => {
    const m = segment('Protokoll\nFjällbolaget AB\n\nDatum: 2025-12-12\n\n§ 1 Program\nVd presenterade programmet.\nBeslut 1: Styrelsen godkänner programmet.\nBeslut 2: Styrelsen fastställer priserna.\n\n§ 2 Avslutning\nText.');
    expect(m.items[0]!.decisions).toEqual(['Styrelsen godkänner programmet.', 'Styrelsen fastställer priserna.']);
  });
  it('reads a decision whose row OCR opened with a dash glued to its capital', () => {
    const m = segment('PROTOKOLL\nFjällfullmäktige\n\nDatum: 2026-01-26\n\n§ 1 Motion om bänkar\nKommunstyrelsen har yttrat sig över motionen. Åtgärden pågår redan.\n-Kommunfullmäktige beslutar att anse motionen besvarad.\n\n§ 2 Slut\nText.');
    expect(m.items[0]!.decisions).toEqual(['Kommunfullmäktige beslutar att anse motionen besvarad.']);
  });
  it('reads "Styrelsen föreslår årsmötet att …" as the decision of the board "fört vid sammanträde med styrelsen för …"', () => {
    const m = segment('Protokoll fört vid sammanträde med styrelsen för Fjällvägföreningen\nDatum: 2026-01-24\n\n§ 1 Avgift\nStyrelsen föreslår årsmötet att behålla avgiften.\n\n§ 2 Slut\nText.');
    expect(m.body).toBe('Styrelsen för Fjällvägföreningen');
    expect(m.items[0]!.decisions).toEqual(['Styrelsen föreslår årsmötet att behålla avgiften.']);
  });
  it('ends a decision at the closing formula on the next row', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2026-01-22\n\n1. Utbildning\nBeslut: Utbildningen genomförs vecka 10.\nMötet avslutades 14.40.');
    expect(m.items[0]!.decisions).toEqual(['Utbildningen genomförs vecka 10.']);
  });
  it('reads a proposal-to-the-board heading with a trailing speckle as the decision heading', () => {
    const minutes = segment(
      'Protokoll\n\n§ 66 Detaljplan\nSammanfattning\nText.\nArbetsutskottets förslag till kommunstyrelsen ;\n\nKommunstyrelsen föreslår kommunfullmäktige besluta att anta detaljplanen.\n\n§ 67 Övrigt\ntext',
    );
    expect(minutes.items[0]!.decisions).toEqual(['Kommunstyrelsen föreslår kommunfullmäktige besluta att anta detaljplanen.']);
  });
});

describe('reads an outcome, a vote of the body and an assignment given as decisions', () => {
  it('reads "Beslutet blev att …" as a decision', () => {
    expect(decisions('Två förslag redovisades. Beslutet blev att förslag B används från mars.')).toEqual(['Beslutet blev att förslag B används från mars.']);
  });
  it('reads "Rådet röstade för att …" as a decision, not a minority\'s vote', () => {
    expect(decisions('Rådet röstade för att pengarna går till en filmkväll.')).toEqual(['Rådet röstade för att pengarna går till en filmkväll.']);
    expect(decisions('Två ledamöter röstade för att skjuta upp frågan.')).toEqual([]);
  });
  it('reads "Ordföranden uppdrogs att …" and "Kansliet fick i uppdrag att …" as decisions', () => {
    expect(decisions('Ordföranden uppdrogs att begära anslag.\nKansliet fick i uppdrag att ta fram underlag.')).toEqual([
      'Ordföranden uppdrogs att begära anslag.',
      'Kansliet fick i uppdrag att ta fram underlag.',
    ]);
  });
});

describe('reads what a network concluded as a decision', () => {
  it('reads "Nätverket kom fram till att …" as a decision', () => {
    expect(decisions('Planeringen fortsätter. Nätverket kom fram till att övningen hålls i maj.')).toEqual(['Nätverket kom fram till att övningen hålls i maj.']);
  });
});

describe('reads decisions worded with the noun or as a postponement', () => {
  it('reads "Arbetsgruppen tog beslut om att …" and "Styrelsen fattade beslut om att …" as decisions', () => {
    expect(decisions('Läget redovisades.\nArbetsgruppen tog beslut om att hyra en buss.')).toEqual(['Arbetsgruppen tog beslut om att hyra en buss.']);
    expect(decisions('Styrelsen fattade beslut om att sälja båten.')).toEqual(['Styrelsen fattade beslut om att sälja båten.']);
  });
  it('reads "Ärendet bordläggs." and "Ärendet återremitteras …" as the decision of a paragraph', () => {
    expect(decisions('Underlaget var ofullständigt.\nÄrendet bordläggs.')).toEqual(['Ärendet bordläggs.']);
    expect(decisions('Ärendet återremitteras till förvaltningen.')).toEqual(['Ärendet återremitteras till förvaltningen.']);
  });
  it('does not read a member\'s motion to send the matter back as a decision', () => {
    expect(decisions('Saga Ruth (V) yrkar att ärendet återremitteras.')).toEqual([]);
  });
});

describe('reads decisions written in English', () => {
  it('reads "The group agreed to …" as a decision', () => {
    expect(decisions('Budgeten diskuterades.\nThe group agreed to move 5 000 euro to travel.')).toEqual(['The group agreed to move 5 000 euro to travel.']);
  });
});

describe('reads decisions whose bullets OCR read as guillemets', () => {
  it('reads "» Ärendet återremitteras …" under a decision heading without the guillemet', () => {
    expect(decisions('Utskottets beslut\n» Ärendet återremitteras till förvaltningen.')).toEqual(['Ärendet återremitteras till förvaltningen.']);
  });
  it('reads "« att …" / blank / "» att …" under a decision heading as two decisions without the marks', () => {
    expect(decisions('Kassören redovisade.\nStyrelsens beslut\n\n« att fastställa årsbokslutet\n\n» att föreslå stämman en utdelning om 2 kr')).toEqual([
      'att fastställa årsbokslutet',
      'att föreslå stämman en utdelning om 2 kr',
    ]);
  });
  it('does not take an unmarked paragraph after the blank row for another entry', () => {
    expect(decisions('Beslut\n» att anta planen\n\nNämnden noterar att arbetet fortsätter.')).toEqual(['att anta planen']);
  });
});

describe('reads the formula that closes an information point as its decision', () => {
  it('reads "Arbetsutskottet tackar för informationen." as a decision, but not the chair thanking for it', () => {
    expect(decisions('Direktören informerade om läget.\nArbetsutskottet tackar för informationen.')).toEqual(['Arbetsutskottet tackar för informationen.']);
    expect(decisions('Direktören informerade om läget.\nOrdföranden tackar för informationen.')).toEqual([]);
  });
});

describe('reads a decision label run on after a sentence', () => {
  it('reads "Ebbe rapporterade. Beslut: Att betala fakturan." as the decision after the label', () => {
    expect(decisions('Ebbe rapporterade om läget. Beslut: Att betala fakturan från entreprenören.')).toEqual(['Att betala fakturan från entreprenören.']);
  });
  it('does not read a sentence that only mentions an earlier decision ("… enligt tidigare beslut.") as one', () => {
    expect(decisions('Frågan utreds enligt tidigare beslut.')).toEqual([]);
  });
});

describe('reads an association\'s meeting electing someone as a decision', () => {
  it('reads "Stämman valde …" and "Årsmötet omvalde …" as decisions, but not the passive "Till justerare valdes …"', () => {
    expect(decisions('Stämman valde Saga Frell till ordförande för stämman.')).toEqual(['Stämman valde Saga Frell till ordförande för stämman.']);
    expect(decisions('Årsmötet omvalde Ebbe Mulm till kassör för två år.')).toEqual(['Årsmötet omvalde Ebbe Mulm till kassör för två år.']);
    expect(decisions('Till justerare valdes Vilja Trosk.')).toEqual([]);
  });
});

describe('reads what the meeting noted as a decision', () => {
  it('reads "Mötet noterade att …" and "Direktionen noterade informationen." as decisions', () => {
    expect(decisions('Rektor redogjorde för läget.\nMötet noterade att kocken bjuds in till nästa möte.')).toEqual(['Mötet noterade att kocken bjuds in till nästa möte.']);
    expect(decisions('Direktören informerade om larmstatistiken.\nDirektionen noterade informationen.')).toEqual(['Direktionen noterade informationen.']);
  });
  it('does not read a report of what someone noted as a decision', () => {
    expect(decisions('Kassören noterade att två medlemmar inte betalat.')).toEqual([]);
  });
});

describe('reads a body\'s labelled decision, not a proposal', () => {
  it('reads "Styrelsens beslut: att köpa en gräsklippare." as the decision on its row', () => {
    expect(decisions('Klipparen är trasig.\nStyrelsens beslut: att köpa en gräsklippare.')).toEqual(['att köpa en gräsklippare.']);
  });
  it('reads the board\'s proposal to its member municipalities, under its own heading after the motions, as the decision', () => {
    const m = segment(
      'PROTOKOLL\nDirektionen\n\nDatum: 2016-09-23\n\n§ 5 Budget\nText.\nYrkanden\nEje Vallin (M) yrkar att avgiften sänks.\n' +
        'Direktionens förslag till medlemskommunerna\nDirektionen föreslår medlemskommunernas fullmäktige att besluta\natt fastställa budgeten.\n\n§ 6 Övrigt\nText.',
    );
    expect(m.items[0]!.decisions).toEqual(['Direktionen föreslår medlemskommunernas fullmäktige att besluta att fastställa budgeten.']);
  });
  it('reads the note that the paragraph was adjusted at once, on its own row under the decision, as no decision', () => {
    expect(decisions('Beslut\nNämnden beslutar att tilldela Fjällby Kök AB kontraktet.\nParagrafen förklaras omedelbart justerad.')).toEqual(['Nämnden beslutar att tilldela Fjällby Kök AB kontraktet.']);
    expect(decisions('Beslut\n1. Nämnden stänger simhallen.\n2. Paragrafen justeras omedelbart.')).toEqual(['Nämnden stänger simhallen.', 'Paragrafen justeras omedelbart.']);
  });
  it('reads OCR\'s specks after the deciding verb at its row\'s end as no sentence end, so the att-clauses below still follow', () => {
    expect(decisions('Beslut\nNämnden beslutar . :\n\natt sälja tomten, och\natt uppdra åt chefen att skriva avtalet.')).toEqual(['Nämnden beslutar att sälja tomten, och att uppdra åt chefen att skriva avtalet.']);
  });
  it('reads a quote mark standing apart before a decision\'s capital as a speck', () => {
    expect(decisions('" Direktionen väljer Eje Vallin att justera protokollet.')).toEqual(['Direktionen väljer Eje Vallin att justera protokollet.']);
  });
  it('ends a decision at the registry number printed under it', () => {
    expect(decisions('Beslut\nNämnden beslutar att anta yttrandet.\nDnr 2016/131')).toEqual(['Nämnden beslutar att anta yttrandet.']);
    expect(decisions('Dnr: KS 2019/00187\nNämnden beslutar att anta planen.')).toEqual(['Nämnden beslutar att anta planen.']);
  });
  it('does not read "Förslag till beslut: …" as the decision', () => {
    expect(decisions('Förslag till beslut: att anta planen.')).toEqual([]);
  });
});
