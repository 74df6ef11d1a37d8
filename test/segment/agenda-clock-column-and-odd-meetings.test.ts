import { describe, expect, it } from 'vitest';
import { headings, segment } from './by-field/segment-text.ts';

describe('an agenda table with a column of planned times between the number and the title', () => {
  it('reads the number and the title around the clock cell', () => {
    const text = 'Nr\tKl\tÄrende\tDnr\tFöredragande\n1\t18.00\tVal av justerare\t\tOrdföranden\n2\t18.05\tTaxor för Ekmora simhall\tFN 2021/4\tIna Brask\n3\t18.30\tMeddelanden\t\t';
    expect(headings(text)).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Taxor för Ekmora simhall'],
      ['3', 'Meddelanden'],
    ]);
  });
  it('reads rows where OCR joined the number and clock columns, with specks in the gap', () => {
    const text = 'Nr Kl Ärende Dnr Föredragande\n\n7-.-19.45  Plan för Ekmora bibliotek\n\n8 20.15 Stipendium till Orvar\n\n9 20.35  Anmälan av beslut';
    expect(headings(text)).toEqual([
      ['7', 'Plan för Ekmora bibliotek'],
      ['8', 'Stipendium till Orvar'],
      ['9', 'Anmälan av beslut'],
    ]);
  });
  it('takes a row whose number OCR read as a short word before the clock as the missing point', () => {
    const text = 'Nr Kl Ärende\n1 18.00 Val av justerare\npå 18.05 Godkännande av listan\n3 18.10 Taxor för Ekmora\n4 18.40 Meddelanden';
    expect(headings(text)[1]).toEqual(['2', 'Godkännande av listan']);
  });
  it('ends a title at a case reference run into it, with the presenter after the reference', () => {
    const text = 'Nr Ärende Dnr Föredragande\n1. Val av justerare\n2. Taxor för Ekmora simhall FN 2021/4 Fritidschef Ina Brask\n3. Meddelanden';
    expect(headings(text)[1]).toEqual(['2', 'Taxor för Ekmora simhall']);
  });
  it('goes on with a title that broke off mid-phrase beside the next column\'s wrapped words', () => {
    const text = 'KALLELSE\nFritidsnämnden\nDatum: 2021-03-11\n\nNr\tKl\tÄrende\tDnr\tFöredragande\n1\t18.00\tVal av justerare\t\tOrdföranden\n2\t18.05\tBidrag till föreningar, fördelning av\tFN 2021/9\tKonsulent Ina\n\t\tlokalstöd och hyror\t\tBrask\n3\t18.40\tMeddelanden\t\t';
    expect(segment(text).items.map((i) => i.title)).toEqual(['Val av justerare', 'Bidrag till föreningar, fördelning av lokalstöd och hyror', 'Meddelanden']);
  });
});

describe('an agenda table whose columns OCR read one after the other', () => {
  it('gives each number row its title back, a wrapped title\'s rows joined and a pause kept apart', () => {
    const text =
      'KALLELSE\nFritidsnämnden\nDatum: 2021-03-11\n\nNr Kl\n1 18.00\npå 18.05\n3 18.20\n19.00\n4 19.15\n\nÄrende\n\nVal av justerare\nGodkännande av listan\nBidrag till föreningar i\nEkmora\nPaus\nTaxor för simhall och\nbadhus\n\nDnr\n\nFN 2021/4';
    expect(segment(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Godkännande av listan'],
      ['3', 'Bidrag till föreningar i Ekmora'],
      ['4', 'Taxor för simhall och badhus'],
    ]);
  });
  it('leaves the rows as read when the titles are not as many as the numbers', () => {
    const text = 'KALLELSE\nFritidsnämnden\n\nNr Kl\n1 18.00\n2 18.05\n3 18.20\n\nÄrende\n\nVal av justerare\nGodkännande av listan';
    expect(segment(text).items).toHaveLength(0);
  });
});

describe('the head of a kallelse with a label column', () => {
  it('takes the day under a bare "Dag" label before the date the letter went out', () => {
    const m = segment('EKMORA KOMMUN\tKALLELSE\nFritidsnämnden\tUtskickad 2021-03-02\n\nDag\tTorsdagen den 11 mars 2021\nTid\tKl. 18.00\nPlats\tRådhuset, sal Orvar\n\n1. Val av justerare\n2. Taxor');
    expect(m.meeting?.date).toBe('2021-03-11');
  });
  it('gives a row that opens with a clock after the place to the party groups\' label OCR read with the others', () => {
    const m = segment('KALLELSE\nFritidsnämnden\n\nDag\n\nTid\nPlats\nGruppmöten\n\nTorsdagen den 11 mars 2021\nKl. 18.00-20.00\n\nRådhuset, sal Orvar\nKI. 17.00, (S) i sal Orvar, (M) i sal Tyra\n\n1. Val av justerare\n2. Taxor');
    expect(m.meeting?.place).toBe('Rådhuset, sal Orvar');
    expect(m.meeting?.date).toBe('2021-03-11');
  });
});

describe('a network\'s kallelse', () => {
  it('keeps a talk\'s subject and its question after a dash as the point\'s title', () => {
    expect(headings('1. Välkomna\n2. Föreläsning: Ekmoras skogar – vad vet vi egentligen?\n3. Avslutning')[1]).toEqual(['2', 'Föreläsning: Ekmoras skogar – vad vet vi egentligen?']);
  });
  it('still reads a note\'s question after a colon as the notes', () => {
    expect(headings('1. Välkomna\n2. Fest: Vem ordnar lokalen?\n3. Avslutning')[1]).toEqual(['2', 'Fest']);
  });
  it('signs with an officer\'s title and the field they work in', () => {
    const m = segment('KALLELSE\nNätverket för Ekmoras skolor\n\nDatum: 2022-05-10\n\n1. Välkomna\n2. Avslutning\n\nVälkomna!\n\nTyra Malm\nProcessledare skolutveckling');
    expect(m.signatures).toEqual([{ role: 'Processledare skolutveckling', name: 'Tyra Malm' }]);
  });
});

describe('an association\'s årsmöte', () => {
  const text = (chosen: string, signers: string) =>
    `Protokoll fört vid årsmöte med Ekmora fiskeklubb\nTid: Lördagen den 5 mars 1994 kl 13.00\nPlats: Klubbstugan\n\n§1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n§2. Val av två justeringsmän\n${chosen}\n\n§3. Mötets avslutande\nMötet avslutades.\n\nSekreterare\nOrvar Lind\n\nJusteringsmän\n${signers}`;
  it('takes the adjusters chosen as "justeringsmän" and their signatures under the plural heading', () => {
    const m = segment(text('Till justeringsmän valdes Saga Frell och Ivar Tunn.', 'Saga Frell\tIvar Tunn'));
    expect(m.adjusters).toEqual(['Saga Frell', 'Ivar Tunn']);
    expect(m.signatures).toContainEqual({ role: 'Justeringsmän', name: 'Ivar Tunn' });
  });
  it('reads the adjusters under such a title whatever OCR made of the task\'s word, and splits their joined signatures', () => {
    const m = segment(text('Till Jesteringsmän valdes Saga Frell och Ivar Tunn.', 'Saga Frell Ivar Tunn'));
    expect(m.adjusters).toEqual(['Saga Frell', 'Ivar Tunn']);
    expect(m.signatures.filter((s) => s.role === 'Justeringsmän').map((s) => s.name)).toEqual(['Saga Frell', 'Ivar Tunn']);
  });
  it('names an officer from another authority after the members counted by the list', () => {
    const m = segment('Protokoll fört vid årsmöte med Ekmora fiskeklubb\nDatum: 1994-03-05\n\nNärvarande: 17 medlemmar enligt bifogad lista samt från länsstyrelsen naturvårdshandläggare Orvar Lind.\n\n§1. Öppnande\nText.\n§2. Avslutning\nText.');
    expect(m.attendees).toEqual([{ name: 'Orvar Lind', organisation: 'Länsstyrelsen', role: 'naturvårdshandläggare' }]);
  });
  it('does the same where OCR broke the row after the authority', () => {
    const m = segment('Protokoll fört vid årsmöte med Ekmora fiskeklubb\nDatum: 1994-03-05\n\nNärvarande: 17 medlemmar enligt bifogad lista samt från länsstyrelsen\nnaturvårdshandläggare Orvar Lind.\n\n§1. Öppnande\nText.\n§2. Avslutning\nText.');
    expect(m.attendees).toEqual([{ name: 'Orvar Lind', organisation: 'Länsstyrelsen', role: 'naturvårdshandläggare' }]);
  });
});

describe('a decision taken per capsulam and a protokoll\'s last paragraph', () => {
  it('lists the members who did not answer as absent', () => {
    const m = segment('PROTOKOLL PER CAPSULAM\nDirektionen\n\nBeslutsdatum:\t2012-04-02\nDeltagande i beslutet:\tTyra Malm, Ekmora kommun\n\tOrvar Lind, Region Tallby\nEj avgett svar:\tSaga Frell, Ivar kommun\n\n§ 4 Budget\nDirektionen beslutar att fastställa budgeten.\n§ 5 Justering\nText.');
    expect(m.absent).toEqual([{ name: 'Saga Frell', organisation: 'Ivar kommun', role: null }]);
    expect(m.attendees.map((p) => p.name)).toEqual(['Tyra Malm', 'Orvar Lind']);
  });
  it('takes a next-meeting label joined by "och" to another point as the title under a bare sign', () => {
    const m = segment('PROTOKOLL\nKyrkorådet\nDatum: 2003-02-11\n\n§ 8\nVal av justerare\nTyra Malm utses.\n\n§ 9\nNästa sammanträde och avslutning\nNästa sammanträde hålls den 11 mars.');
    expect(m.items.map((i) => i.title)).toEqual(['Val av justerare', 'Nästa sammanträde och avslutning']);
  });
  it('does so after OCR\'s blank row between the sign and the title', () => {
    const m = segment('PROTOKOLL\nKyrkorådet\nDatum: 2003-02-11\n\n§ 8\nVal av justerare\nTyra Malm utses.\n\n§ 9\n\nNästa sammanträde och avslutning\n\nNästa sammanträde hålls den 11 mars.');
    expect(m.items.map((i) => i.title)).toEqual(['Val av justerare', 'Nästa sammanträde och avslutning']);
  });
});

describe('a protokoll\'s label column that OCR read before its values', () => {
  const text =
    'SAMMANTRÄDESPROTOKOLL\nKyrkorådet\nSammanträdesdatum 2004-05-11\n\nPlats och tid Ekmora församlingshem, kl 19.00-21.00\n\nBeslutande Tyra Malm (POSK), ordförande\n\nÖvriga deltagande\n\nUtses att justera\nJusteringens plats och\ntid\n\nParagrafer\n\n' +
    'Orvar Lind (S), vice ordförande\n\nSaga Frell (POSK)\n\nIvar Tunn, kyrkoherde\n\nRut Sten (S), ersättare\n\nBo Ek, kyrkokamrer\n\nSaga Frell .\nKyrkokansliet, tisdagen den 18 maj 2004\n\n88 12-19\n\n§ 12\nVal av justerare\nText.\n§ 13\nBudget\nText.';
  it('keeps the list going past rows of four-letter nominating groups and of titles, and gives the bare name to the adjusters', () => {
    const m = segment(text);
    expect(m.attendees.map((p) => p.name)).toEqual(['Tyra Malm', 'Orvar Lind', 'Saga Frell', 'Ivar Tunn', 'Rut Sten', 'Bo Ek']);
    expect(m.adjusters).toEqual(['Saga Frell']);
  });
  it('drops a speck after a party and finds the member a serving substitute replaced, broken off over two rows', () => {
    const m = segment(
      text.replace('Saga Frell (POSK)\n', 'Saga Frell (POSK) ij\n').replace('Rut Sten (S), ersättare', 'Rut Sten (S), tjänstgörande ersättare för Tord\nBerglund (C)'),
    );
    expect(m.attendees.find((p) => p.name === 'Saga Frell')?.role).toBeNull();
    expect(m.absent).toEqual([{ name: 'Tord Berglund', organisation: 'C', role: null }]);
  });
});

