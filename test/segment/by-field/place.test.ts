import { describe, expect, it } from 'vitest';
import { parseMeetingValue } from '../../../src/segment/meeting-time.ts';
import { meetingOfNotes, segment } from './segment-text.ts';

describe('reads the place of the meeting', () => {
  it('reads a meeting in a member\'s home, "kl. 19.00 hos Tyra Malm, Fjällby.", with "hos" as the place, and the host stays an attendee', () => {
    const m = segment('Fjällby byalag\nArbetsgruppen för sommarfesten\n\nAnteckningar från möte den 12 maj 1997 kl. 19.00 hos Tyra Malm, Fjällby.\n\nNärvarande: Tyra Malm, Orvar Lind och Saga Frell.\n\nI. Programmet\nText.\n\nII. Inköp\nText.\n\nIII. Affischer\nText.');
    expect(m.meeting).toEqual({ date: '1997-05-12', start: '19:00', end: null, place: 'hos Tyra Malm, Fjällby' });
    expect(m.attendees.map((p) => p.name)).toEqual(['Tyra Malm', 'Orvar Lind', 'Saga Frell']);
  });
  it('reads the place that opens a typewritten "Sammanträde i …" before the weekday, wrapped onto a second row', () => {
    const m = segment('FJÄLLBY KOMMUN\t\tPROTOKOLL\nByggnadsnämnden\t\t1974-02-12\n\nSammanträde i kommunhuset, nämndens sessionsrum,\ntisdagen den 12 februari 1974 kl 15.00 - 17.30.\n\nNärvarande:\tEje Vallin, ordf.\n\n§ 12.\tJustering.\nText.\n\n§ 13.\tBygglov.\nText.');
    expect(m.meeting).toEqual({ date: '1974-02-12', start: '15:00', end: '17:30', place: 'kommunhuset, nämndens sessionsrum' });
  });
  it('reads the house and its village after the date of an older protokoll head without a time', () => {
    const m = segment('Protokoll fört vid sammanträde med styrelsen för Ekby fiskeklubb den 3 mars 1981 i klubbhuset, Ekby.\n\n§ 1.\nText.\n\n§ 2.\nText.');
    expect(m.meeting?.place).toBe('klubbhuset, Ekby');
  });
  it('reads a place in lower case after "kl. … i" on a dated line, but not "i anslutning till"', () => {
    const own = segment('PROTOKOLL\nfört vid styrelsemöte den 4 juni 2025 kl. 17.00 i föreningens lokal, Tärnavägen 2\n\n§ 1 Öppnande\nText.');
    expect(own.meeting?.place).toBe('föreningens lokal, Tärnavägen 2');
    const after = segment('PROTOKOLL\nfört vid styrelsemöte den 4 juni 2025 kl. 17.00 i anslutning till årsmötet\n\n§ 1 Öppnande\nText.');
    expect(after.meeting?.place ?? null).toBeNull();
  });
  it('reads a lower-case place after "kl. … i" whose first word a comma closes ("i föreningslokalen, Trastvägen 3")', () => {
    const m = segment('PROTOKOLL fört vid styrelsesammanträde\nmåndagen den 3 mars 2025 kl. 19.00 i föreningslokalen, Trastvägen 3\n\n§ 1. Öppnande\nText.');
    expect(m.meeting).toMatchObject({ date: '2025-03-03', start: '19:00', place: 'föreningslokalen, Trastvägen 3' });
  });
  it('reads one lower-case room in the definite form after the time as the place, but not a phrase of time', () => {
    const room = segment('Fjällrådet\nAnteckningar från mötet onsdag 17 april 2024 kl. 14-15 i samlingssalen\n\n1. Start\nText.');
    expect(room.meeting?.place).toBe('samlingssalen');
    const when = segment('Fjällrådet\nAnteckningar från mötet onsdag 17 april 2024 kl. 14-15 i början\n\n1. Start\nText.');
    expect(when.meeting?.place).toBeNull();
  });
  it('reads the time and place from the row under a dated title that opens with "kl"', () => {
    const m = segment('Fjällträff - tis 3 okt 2023\nKl. 9.00-12.00, Fjällgården Toppen\n\nDeltog: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.');
    expect(m.meeting).toEqual({ date: '2023-10-03', start: '09:00', end: '12:00', place: 'Fjällgården Toppen' });
    const wrapped = segment('FJÄLLFÖRENINGEN\nProtokoll fört vid styrelsesammanträde den 12/11 1974\nkl. 19.00 i föreningens kontor.\n\nNärvarande: Vilja Trosk, Ebbe Mulm\n\n§ 1. Öppnande\nText.\n\n§ 2. Avslutning\nText.');
    expect(wrapped.meeting).toEqual({ date: '1974-11-12', start: '19:00', end: null, place: 'föreningens kontor' });
  });
  it('reads a lower-case room in the definite form after the date of a title with no time as the place', () => {
    const m = segment('FJÄLLKLUBBEN\nProtokoll fört vid årsmöte 2025-03-02 i klubbstugan\n\n§ 1 Öppnande: Text.\n§ 2 Avslutning: Text.');
    expect(m.meeting).toMatchObject({ date: '2025-03-02', place: 'klubbstugan' });
  });
  it('reads the row straight under a dated row that ends with the time as the place, but not the group\'s name', () => {
    const m = segment('Minnesanteckningar från Fjällrådet\n\nOnsdagen den 15 oktober 2025, 15.00-17.00\nFjällgården, Trollberg\n\nDeltagare: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.');
    expect(m.meeting).toEqual({ date: '2025-10-15', start: '15:00', end: '17:00', place: 'Fjällgården, Trollberg' });
    const group = segment('Minnesanteckningar\n\nOnsdagen den 15 oktober 2025, 15.00-17.00\nNätverket för fjällguider\n\nDeltagare: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.');
    expect(group.meeting?.place ?? null).toBeNull();
  });
  it('reads "Samling:" as the place a walk gathers at, and names after an estimated count of those not named', () => {
    const m = segment('Anteckningar från trygghetsvandring i Fjällby\n\nDatum: 2025-11-27\nTid: 18.00-19.30\nSamling: Fjällby torg\n\nDeltog: ca 15 boende, Vilja Trosk (polisen) och Ebbe Mulm (trygghetssamordnare)\n\n1. Belysning\nText.');
    expect(m.meeting?.place).toBe('Fjällby torg');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: 'polisen', role: null },
      { name: 'Ebbe Mulm', organisation: null, role: 'trygghetssamordnare' },
    ]);
  });
  it('drops speckles that open a wrapped place-and-time row', () => {
    const minutes = segment(
      ['Protokoll', 'Plats och tid Huddinge kommunhus, sal Glömsta, tisdagen den 7', '- » februari 2023 kl. 18.00—-20.15', 'Beslutande : Rasmus Ölander (M)', '', '§ 1 Val', 'text'].join('\n'),
    );
    expect(minutes.meeting).toEqual({ date: '2023-02-07', start: '18:00', end: '20:15', place: 'Huddinge kommunhus, sal Glömsta' });
  });
});

describe('reads when and where from a sentence that reports the meeting', () => {
  it('reads the place a kungörelse names before the date, also when the sentence wraps', () => {
    const m = segment('KUNGÖRELSE\nFullmäktige\n\nFullmäktige sammanträder i Tingshuset, stora salen, torsdagen den 5\njuni 2025 kl. 18.00.\n\nÄrenden\n1. Upprop\n2. Budget');
    expect(m.meeting).toEqual({ date: '2025-06-05', start: '18:00', end: null, place: 'Tingshuset, stora salen' });
  });
  it('dates, times and places a meeting that "ägde rum … mellan kl. … och … i …"', () => {
    const m = segment('Anteckningar\nNätverket Blåklint\n\nMötet ägde rum tisdagen den 6 maj 2025 mellan kl. 13.00 och 15.30 i Fjällhuset, rum Tärna.\n\nDeltagare: Vilja Trosk, Fjällby; Ebbe Mulm, Sjöby\n\n1. Start\nText.');
    expect(m.meeting).toEqual({ date: '2025-05-06', start: '13:00', end: '15:30', place: 'Fjällhuset, rum Tärna' });
  });
  it('times and places a meeting from a sentence that reports it below the dated title ("Mötet hölls kl. … i …")', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar från mötet den 7 mars 2025\n\nMötet hölls kl. 9.30–11 i Fjällhuset, lokal Kåsan, Åby.\n\n1. Start\nText.');
    expect(m.meeting).toEqual({ date: '2025-03-07', start: '09:30', end: '11:00', place: 'Fjällhuset, lokal Kåsan, Åby' });
  });
  it('reads the place before the time in the sentence that reports the meeting, also wrapped at the margin', () => {
    const oneRow = segment('FJÄLLFÖRENINGEN\nPROTOKOLL\n\nÅr 1961 den 3 maj sammanträdde styrelsen i Trollbergs bygdegård kl. 18.30.\n\nNärvarande voro: Vilja Trosk, Ebbe Mulm.\n\n§ 1. Öppnande.\n\n§ 2. Avslutning.');
    expect(oneRow.meeting).toEqual({ date: '1961-05-03', start: '18:30', end: null, place: 'Trollbergs bygdegård' });
    const wrapped = segment('FJÄLLFÖRENINGEN\nPROTOKOLL\n\nÅr 1961 den 3 maj sammanträdde styrelsen i Trollbergs\nbygdegård kl. 18.30.\n\nNärvarande voro: Vilja Trosk, Ebbe Mulm.\n\n§ 1. Öppnande.\n\n§ 2. Avslutning.');
    expect(wrapped.meeting).toEqual({ date: '1961-05-03', start: '18:30', end: null, place: 'Trollbergs bygdegård' });
  });
});

describe('ends the place where the next field begins', () => {
  it('keeps a room named by a place word after the comma of the address ("…, Lokal Kvarnen") in the place', () => {
    const m = segment('Minnesanteckningar\nProjektgruppen\n\nMötesdatum\t2025-01-21\nMötesplats\tFjällby kommunhus, Lokal Kvarnen\nAntecknare\tOrvar Lind\n\n1. Start\nText.');
    expect(m.meeting?.place).toBe('Fjällby kommunhus, Lokal Kvarnen');
  });
  it('ends a place before a sentence about who came', () => {
    const m = segment('Anteckningar\nDialogmöte\n\nDatum: 2025-05-06\nPlats och tid: Biblioteket i Fjällby, kl. 18.00–20.00\nCirka 30 boende deltog.\n\n1. Start\nText.');
    expect(m.meeting?.place).toBe('Biblioteket i Fjällby');
  });
  it('ends the place at a row with a label of its own no catalogue knows, but not at "Kl:"', () => {
    const m = segment('Protokoll\nFjällbyalaget\n\nDatum: 2025-12-06\nPlats: Bygdegården, Fjällby\nAntal närvarande medlemmar: 34\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.meeting?.place).toBe('Bygdegården, Fjällby');
    const kl = segment('Protokoll\nFjällföreningen\n\nDatum: Måndag den 17/11-25\nKl: 18.30\nLokal: Bygdegården\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(kl.meeting).toMatchObject({ date: '2025-11-17', start: '18:30' });
  });
});

describe('reads a place OCR wrapped with specks out of a dated sentence', () => {
  it('reads "… kl. 13.00 i Storbyns" / "- bygdegård. i" as the place "Storbyns bygdegård"', () => {
    const m = segment('VÄGFÖRENINGEN\n\nProtokoll fört vid årsstämma lördagen den 12 april 2025 kl. 13.00 i Storbyns\n- bygdegård. i\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutande\nText.');
    expect(m.meeting?.place).toBe('Storbyns bygdegård');
  });
});

describe('drops specks after the sentence that names the place', () => {
  it('reads "den 14 mars 1987 i Bärnö bygdegård.\' |" with the place, the specks from the page edge dropped', () => {
    const m = segment("PROTOKOLL\n\nfört vid Bärnö Hembygdsförenings styrelsesammanträde\nden 14 mars 1987 i Bärnö bygdegård.' |\n\nNärvarande: Edit Ros, ordf.; Algot Vik, sekr.\n\n§ 1. Öppnande\nOrdf. öppnade sammanträdet.\n\n§ 2. Avslutning\nText.");
    expect(m.meeting).toMatchObject({ date: '1987-03-14', place: 'Bärnö bygdegård' });
  });
});

describe('ends the place of an invitation at its exclamation mark', () => {
  it('ends the invitation\'s sentence at its exclamation mark, not taking the agenda heading into the place', () => {
    const m = segment('Västby byalag\n\nVälkommen till årsmöte söndagen den 4 maj 2025 kl. 14.00 i bystugan!\nDagordning\n1. Öppnande\n2. Val\n3. Avslutning');
    expect(m.meeting?.place).toBe('bystugan');
  });
  it('reads the place before the exclamation mark of "Välkommen till årsmöte … kl. 14.00 i bystugan!"', () => {
    const m = segment('Västby byalag\n\nVälkommen till årsmöte i Västby byalag söndagen den 4 maj 2025 kl. 14.00 i bystugan!\n\nDagordning\n1. Öppnande\n2. Val\n3. Avslutning');
    expect(m.meeting).toMatchObject({ date: '2025-05-04', start: '14:00', place: 'bystugan' });
  });
});

describe('reads the place of an invitation from the sentence after the time', () => {
  it('reads "Vi ses på …" after the sentence with the day and time', () => {
    const m = segment('Nätverket för fjällturism\n\nVälkomna till nätverksträff tisdagen den 3 mars 2026 kl. 10.00–15.00. Vi ses på Fjällstugan, Backvägen 4 i Åby. Lunch ingår.\n\nDagordning\n1. Start\n2. Slut');
    expect(m.meeting).toMatchObject({ date: '2026-03-03', start: '10:00', end: '15:00', place: 'Fjällstugan, Backvägen 4 i Åby' });
  });
  it('takes no place from a sentence after the time that says where nothing meets', () => {
    const m = segment('Nätverket för fjällturism\n\nVälkomna till nätverksträff tisdagen den 3 mars 2026 kl. 10.00–15.00. Anmäl dig till Tyra Malm.\n\nDagordning\n1. Start\n2. Slut');
    expect(m.meeting?.place).toBeNull();
  });
});

describe('reads the place after the older "å" for "på"', () => {
  it('reads the place after "å\'", OCR\'s speck read as a quote after the preposition', () => {
    const m = segment('ANTECKNINGAR\n\nvid sammanträde med skolkommittén torsdagen den 14 mars 1963 kl. 10\nå\' kommunalkontoret i Fjällby.\n\nNärvoro: herr Ebbe Mulm, fru Tyra Malm\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.meeting?.place).toBe('kommunalkontoret i Fjällby');
  });
  it('reads "… kl. 9.30 på socialbyrån" as the place, a definite form in "-ån"', () => {
    const m = segment('ANTECKNINGAR\nfrån sammanträde med arbetsgruppen för äldreomsorg\nden 12 maj 1975 kl. 9.30 på socialbyrån\n\nNärvarande: Tyra Malm, Ebbe Mulm\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.meeting).toMatchObject({ date: '1975-05-12', start: '09:30', place: 'socialbyrån' });
  });
  it('reads "… kl. 10 å kommunalkontoret i Fjällby." as the place', () => {
    const m = segment('ANTECKNINGAR\n\nvid sammanträde med skolkommittén torsdagen den 14 mars 1963 kl. 10\nå kommunalkontoret i Fjällby.\n\nNärvoro: herr Ebbe Mulm, fru Tyra Malm\n\n1.  Start\n    Text.\n\n2.  Slut\n    Text.');
    expect(m.meeting).toMatchObject({ date: '1963-03-14', start: '10:00', place: 'kommunalkontoret i Fjällby' });
  });
});

describe('reads the place on the row under a dated row that ends with its time', () => {
  it('reads "Musikskolan, sal B" with the room in lower case as the place', () => {
    const m = segment('Anteckningar\nReferensgruppen för kulturskolan\n\nTisdagen 12.3.1985 kl 15.00\nFjällskolan, sal B\n\nNärvarande: Tyra Malm, Ebbe Mulm\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.meeting).toMatchObject({ date: '1985-03-12', start: '15:00', place: 'Fjällskolan, sal B' });
  });
});

describe('reads place fields as templates print them, and the place after the time', () => {
  const meeting = meetingOfNotes;
  it('reads "Sammanträdeslokal:" as the place', () => {
    expect(meeting('Datum: 2025-05-06\nKlockan: 13.00-14.00\nSammanträdeslokal: Gamla tingshuset')?.place).toBe('Gamla tingshuset');
  });
  it('reads the place after the time in "Sammanträde: 2025-05-06, kl. 13.15–16.00, skolans bibliotek"', () => {
    expect(meeting('Sammanträde: 2025-05-06, kl. 13.15–16.00, skolans bibliotek')).toEqual({ date: '2025-05-06', start: '13:15', end: '16:00', place: 'skolans bibliotek' });
  });
  it('does not read what the time includes ("…, med lunch") as a place', () => {
    expect(meeting('Tid: 2025-05-06 kl. 13.00-14.00, med lunch')?.place).toBeNull();
  });
});

describe('reads the place after the time and a comma before "i"', () => {
  it('reads "… söndagen den 16 mars 2025, kl. 14.00, i Hembygdsgården" with its place', () => {
    const m = segment('Protokoll från årsmöte med Fjällby Hembygdsförening\nsöndagen den 16 mars 2025, kl. 14.00, i Hembygdsgården\n\nNärvarande: 23 medlemmar\n\n1. Mötets öppnande\nText.\n\n2. Avslutning\nText.');
    expect(m.meeting).toEqual({ date: '2025-03-16', start: '14:00', end: null, place: 'Hembygdsgården' });
  });
});

describe('reads the place a protokoll\'s opening sentence names before the weekday and date', () => {
  it('reads "fört vid fullmäktiges sammanträde i Folkets hus, Fjällby, måndagen den 3 mars 2025 kl. …" with its place', () => {
    const m = segment('PROTOKOLL\n\nfört vid kommunfullmäktiges sammanträde i Folkets hus, Fjällby, måndagen den 3 mars 2025 kl. 18.00–20.10.\n\nNärvarande: Vilja Trosk (S), Ebbe Mulm (M)\n\n§ 1 Upprop\nText.\n\n§ 2 Slut\nText.');
    expect(m.meeting).toEqual({ date: '2025-03-03', start: '18:00', end: '20:10', place: 'Folkets hus, Fjällby' });
  });
  it('reads no place from "sammanträde i Fjällklubben den 3 mars", where no weekday says a place came before the date', () => {
    const m = segment('PROTOKOLL\n\nfört vid sammanträde i Fjällklubben den 3 mars 2025 kl. 18.00.\n\nNärvarande: Vilja Trosk, Ebbe Mulm\n\n§ 1 Öppnande\nText.\n\n§ 2 Slut\nText.');
    expect(m.meeting?.place ?? null).toBeNull();
  });
});

describe('reads the date, time and place of a head sentence that OCR wrapped at the margin', () => {
  it('reads the place after "… 1979 i" from the row below, where a protokoll head without a time wraps', () => {
    const m = segment('Protokoll fört vid sammanträde med styrelsen för\nMossby fiskevårdsförening den 9 juni 1979 i\nskolhuset, Mossby.\n\nNärvarande: Ture Alm, Berit Sjö.\n\n§ 1.\nText.\n\n§ 2.\nText.');
    expect(m.meeting).toEqual({ date: '1979-06-09', start: null, end: null, place: 'skolhuset, Mossby' });
  });
  it('keeps no place when the row under a dated head row without "i" is the body, not a wrapped place', () => {
    const m = segment('Protokoll 2025-02-11\nStyrelsen för Mossby fiskevårdsförening\n\nNärvarande: Ture Alm, Berit Sjö.\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.meeting).toEqual({ date: '2025-02-11', start: null, end: null, place: null });
  });
  it('rejoins a date with an ordinal suffix ("den 3:e mars" / "2025 kl. 18.00—-20.10.") that OCR wrapped before its year', () => {
    const m = segment('PROTOKOLL\n\nfört vid kommunfullmäktiges sammanträde i Folkets hus, Fjällby, måndagen den 3:e mars\n2025 kl. 18.00—-20.10.\n\nNärvarande: Vilja Trosk (S), Ebbe Mulm (M)\n\n§ 1 Upprop\nText.\n\n§ 2 Slut\nText.');
    expect(m.meeting).toEqual({ date: '2025-03-03', start: '18:00', end: '20:10', place: 'Folkets hus, Fjällby' });
  });
  it('reads the year, time and place of a kallelse sentence wrapped between the month and the year', () => {
    const m = segment('Miljönämnden\nTorsby kommun\n\nLedamöterna i miljönämnden kallas härmed till sammanträde onsdagen den 8 oktober\n2025 kl. 13.30 i Kommunhuset, sal Fryken.\n\nÄrenden\n1. Val av justerare\n2. Tillsynsplan 2026\n\nTorsby den 24 september 2025\n\nGun Rask\nOrdförande');
    expect(m.meeting).toEqual({ date: '2025-10-08', start: '13:30', end: null, place: 'Kommunhuset, sal Fryken' });
  });
});

describe('reads a Finland-Swedish protokoll whose label column gives each label in Swedish and Finnish', () => {
  const protokoll = (head: string) =>
    segment(`KVARNVIKS STAD\tPROTOKOLL / PÖYTÄKIRJA\nTekniska nämnden / Tekninen lautakunta\n\n${head}\n\n§ 12 Laglighet och beslutförhet\nText.\n\n§ 13 Övriga ärenden\nText.`);
  it('reads the place after "Plats / Paikka" with the value in the next column, without the Finnish label', () => {
    const m = protokoll('Tid / Aika\tti 4.2.2025 kl. 17.00–19.15\nPlats / Paikka\tBiblioteket, Strandsalen');
    expect(m.meeting).toMatchObject({ date: '2025-02-04', start: '17:00', end: '19:15', place: 'Biblioteket, Strandsalen' });
  });
  it('reads the place when OCR read the label column apart from the values, the bilingual label alone on its row', () => {
    const m = protokoll('Tid / Aika\nPlats / Paikka\n\nti 4.2.2025 kl. 17.00–19.15\nBiblioteket, Strandsalen');
    expect(m.meeting?.place).toBe('Biblioteket, Strandsalen');
  });
});

describe('reads the place of a meeting held in two sessions', () => {
  it('leaves the "och" between the morning and the afternoon session out of the place', () => {
    const m = segment('PROTOKOLL\nByggnämnden\n\nPlats och tid\tRådhuset, sal Eken, kl. 09.00–12.00 och 13.15–16.05\n\n§ 4 Val av justerare\nText.\n\n§ 5 Bygglov\nText.');
    expect(m.meeting).toMatchObject({ start: '09:00', end: '16:05', place: 'Rådhuset, sal Eken' });
  });
});

describe('reads the place from the prose head of an older protokoll', () => {
  it('reads a building in lower case after "i" and before the weekday, with the parish that met between ("kyrkostämma med … församling i sockenstugan söndagen den …")', () => {
    const m = segment('PROTOKOLL\nhållet vid ordinarie kyrkostämma med Norra Vrams församling i prästgården söndagen den 9 maj 1926 efter gudstjänsten.\n\n§ 1. Justering\nText.\n\n§ 2. Kyrkans tak\nText.');
    expect(m.meeting).toMatchObject({ date: '1926-05-09', place: 'prästgården' });
  });
});

describe('reads the place from a prose head that wraps before the weekday', () => {
  it('reads "i prästgården" at the end of the row above "söndagen den 9 maj 1926 …"', () => {
    const m = segment('PROTOKOLL\nhållet vid ordinarie kyrkostämma med Norra Vrams församling i prästgården\nsöndagen den 9 maj 1926 efter gudstjänsten.\n\n§ 1. Justering\nText.\n\n§ 2. Kyrkans tak\nText.');
    expect(m.meeting).toMatchObject({ date: '1926-05-09', place: 'prästgården' });
  });
});

describe('reads a kallelse whose meeting is a table of a header row over a row of values', () => {
  it('reads the day, time and place under "Dag | Tid | Plats"', () => {
    const m = segment('Kallelse\nKulturnämnden\n\nDag\tTid\tPlats\nMåndag 8 december 2025\t09.00–11.30\tBiblioteket, Ljusgården\n\nÄrenden\n1. Val av justerare\n2. Budget 2026\n3. Meddelanden\n\nLinnea Ask\nordförande\n');
    expect(m.meeting).toMatchObject({ date: '2025-12-08', start: '09:00', end: '11:30', place: 'Biblioteket, Ljusgården' });
  });
});

describe('reads the meeting from a table whose columns OCR ran together', () => {
  it('reads "Dag Tid Plats" over one run of the values as date, time and place', () => {
    const m = segment('Kallelse\nKulturnämnden\n\nDag Tid Plats\nMåndag 8 december 2025 09.00-11.30 Biblioteket, Ljusgården\n\nÄrenden\n1. Val av justerare\n2. Budget 2026\n3. Meddelanden\n');
    expect(m.meeting).toMatchObject({ date: '2025-12-08', start: '09:00', end: '11:30', place: 'Biblioteket, Ljusgården' });
  });
  it('leaves an abbreviated weekday before the date ("Ons 12.11.2025") out of the place', () => {
    expect(parseMeetingValue('Ons 12.11.2025 kl. 18.00-20.40 Kommungården, rum Eken', { withPlace: true }).place).toBe('Kommungården, rum Eken');
  });
});

describe('ends the place where the head says something else', () => {
  it('reads the place after the time on an agenda\'s announcing row when the row below is a sentence of its own', () => {
    const m = segment('Kyrkorådet\n\nFÖREDRAGNINGSLISTA\nför sammanträde tisdagen 9/4 2024 kl. 19.00 i Tallgården, Bergsvägen 3, Lövnäs\nFika serveras från kl. 18.30.\n\n§ 1\tÖppnande\n§ 2\tVal av justerare');
    expect(m.meeting).toMatchObject({ date: '2024-04-09', start: '19:00', place: 'Tallgården, Bergsvägen 3, Lövnäs' });
  });
  it('still reads a place that OCR wrapped onto the next row after the time', () => {
    const m = segment('Kyrkorådet\n\nFÖREDRAGNINGSLISTA\nför sammanträde tisdagen 9/4 2024 kl. 19.00 i Lövnäs församlingshem,\nsal Ljuset.\n\n§ 1\tÖppnande\n§ 2\tVal av justerare');
    expect(m.meeting?.place).toBe('Lövnäs församlingshem, sal Ljuset');
  });
  it('ends the place at a row that puts a label of its own in the label column, one no catalogue knows', () => {
    const m = segment('KALLELSE\nDirektionen\n\nDatum\tMåndag 9 mars 2026\nLokal\tVärnhuset, rum Ugglan\nFjärrdeltagande\tLänk skickas separat\n\nÄrenden\n1. Val av justerare\n2. Budget');
    expect(m.meeting?.place).toBe('Värnhuset, rum Ugglan');
  });
  it('ends the place at a row that says how to take part from afar, with the column gap closed by OCR', () => {
    const m = segment('KALLELSE\nDirektionen\n\nDatum Måndag 9 mars 2026\nLokal Värnhuset, rum Ugglan\nDistans Länk till Teams skickas separat\n\nÄrenden\n1. Val av justerare\n2. Budget');
    expect(m.meeting?.place).toBe('Värnhuset, rum Ugglan');
  });
  it('keeps a place\'s second row when it continues the value column', () => {
    const m = segment('KALLELSE\nDirektionen\n\nDatum\tMåndag 9 mars 2026\nLokal\tVärnhuset, rum Ugglan\n\tTallstigen 4, Ekeby\n\nÄrenden\n1. Val av justerare\n2. Budget');
    expect(m.meeting?.place).toBe('Värnhuset, rum Ugglan, Tallstigen 4, Ekeby');
  });
  it('reads the place from a kungörelse\'s sentence when the day and time stand on a labelled row of their own', () => {
    const m = segment('KUNGÖRELSE\n\nKommunfullmäktige i Ekmora sammanträder i Ekmora kommunhus, fullmäktigesalen\n\nTid: måndag 24 november 2025 kl. 18.00\n\nÄrenden:\n1 Upprop\n2 Val av justerare\n3 Budget');
    expect(m.meeting).toMatchObject({ date: '2025-11-24', start: '18:00', place: 'Ekmora kommunhus, fullmäktigesalen' });
  });
  it('takes no place from a sentence about how the body meets when the head already names one', () => {
    const m = segment('KALLELSE\nStyrelsen\n\nDatum: 2025-11-24\nPlats: Ekmora bygdegård\n\nStyrelsen sammanträder i Ekmora varje månad.\n\n1. Val av justerare\n2. Budget');
    expect(m.meeting?.place).toBe('Ekmora bygdegård');
  });
  it('reads "Sammanträdesrum" as the place\'s label and leaves a bracketed aside under it out', () => {
    const m = segment('Kallelse\nGemensamma nämnden\n\nSammanträdesdag\tOnsdag 2025-10-15\nKlockan\t13.15–16.00\nSammanträdesrum\tRådhuset, rum Ekorren\n\t(lunch serveras 12.30 i matsalen)\n\nÄrenden\n1. Val av justerare\n2. Budget');
    expect(m.meeting).toMatchObject({ date: '2025-10-15', start: '13:15', end: '16:00', place: 'Rådhuset, rum Ekorren' });
  });
});

describe('reads "å" and a room before "den" and the date, without a weekday, in an older prose head', () => {
  it('reads "å sockenstugan den 3 maj 1938" as the place', () => {
    const m = segment('Protokoll fört vid sammanträde med fattigvårdsstyrelsen i Norrby landskommun å sockenstugan den 3 maj 1938.\n\n§ 1.\nText.\n\n§ 2.\nText.');
    expect(m.meeting).toMatchObject({ date: '1938-05-03', place: 'sockenstugan' });
  });
  it('reads it when the head wrapped before "å"', () => {
    const m = segment('Protokoll fört vid sammanträde med fattigvårdsstyrelsen i Norrby landskommun\nå sockenstugan den 3 maj 1938.\n\n§ 1.\nText.\n\n§ 2.\nText.');
    expect(m.meeting).toMatchObject({ date: '1938-05-03', place: 'sockenstugan' });
  });
});
