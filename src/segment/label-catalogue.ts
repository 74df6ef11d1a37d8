// The words a head-block or signature label is spelled with, by what each introduces; labels.ts reads a line against them.

/** What a head-block or signature label introduces. */
export type LabelKind =
  | 'time'
  | 'date'
  | 'place'
  | 'placeTime'
  | 'attendees'
  | 'substitutes'
  | 'others'
  | 'absent'
  | 'adjusters'
  | 'adjustPlaceTime'
  | 'paragraphs'
  | 'signature'
  | 'signatureHeading'
  | 'nextMeeting'
  | 'body'
  | 'ignored';

export const CATALOGUE: Record<LabelKind, readonly string[]> = {
  // English labels, as a template made for an international project prints them: "Date:", "Time:", "Location:".
  // "Starttid: 13.00" / "Sluttid: 14.30": a digital template's two fields for one meeting (see meetingFrom).
  time: ['När', 'Tid', 'Klockan', 'Tidpunkt', 'Datum och tid', 'Datum/tid', 'Dag och tid', 'Mötestid', 'Sammanträdestid', 'Sammanträde', 'Time', 'Starttid', 'Sluttid', 'Start', 'Slut', 'Aika', 'Kokousaika'],
  // "Dag: Torsdagen den 14 april": an older invitation's day of the meeting (only with its colon: Dag is a name, too).
  // "Aika | tiistai 3.6.2025 klo 17", "Paikka | Kaupungintalo": a bilingual Finland-Swedish kallelse gives each field
  // again in Finnish, on a row of its own or after a slash ("Plats / Paikka"); the Swedish field, given first, is read.
  date: ['Datum', 'Date', 'Päivämäärä', 'Mötesdatum', 'Sammanträdesdatum', 'Sammanträdets datum', 'Sammanträdesdag', 'Mötesdag', 'Dag'],
  // "Samling: Norrby torg": where a walk or a visit gathers, as a trygghetsvandring's or study visit's notes say.
  place: ['Var', 'Plats', 'Location', 'Venue', 'Lokal', 'Mötesplats', 'Mötesplats/lokal', 'Sammanträdesplats', 'Mötesrum', 'Möteslokal', 'Sammanträdeslokal', 'Sammanträdesrum', 'Samling', 'Samlingsplats', 'Paikka', 'Kokouspaikka'],
  // "Datum, tid och plats": the comma is dropped before matching.
  placeTime: ['Plats och tid', 'Tid och plats', 'Plats/tid', 'Tid/plats', 'Plats och datum', 'Datum tid och plats', 'Datum och plats', 'Tid plats'],
  attendees: [
    'Deltagare',
    'Närvarande',
    'Närvarande ledamöter',
    'Beslutande',
    'Beslutande ledamöter',
    'Ledamöter',
    'Mötesdeltagare',
    'Deltagande',
    'Deltog',
    // "Medverkande: …": those taking part, as a working group's notes put it.
    'Medverkande',
    // "Med på mötet: …", "Närvarande vid mötet: …": the list label with the meeting it was at spelled out.
    'Med på mötet',
    'Närvarande vid mötet',
    'Deltagare vid mötet',
    'Deltagare på mötet',
    'Ordinarie ledamöter',
    'Ordinarie ledamot',
    'Närvarande ordinarie ledamöter',
    'Styrelseledamöter',
    'Närvarande styrelseledamöter',
    'Ledamöter närvarande',
    'Närvaro',
    'Närvarolista',
    // "Närvaro- och omröstningslista": a council's roll call and its votes in one table, printed last.
    'Närvaro- och omröstningslista',
    'Närvaro- och voteringslista',
    // "Vid mötet: Anna Ek, Bo Lind", "På linjen: …": who was at the meeting, or on the line of a telephone meeting.
    'Vid mötet',
    'På linjen',
    // "Närvarorapport (från Teams)", "Deltagarlista": the list a video meeting exports, pasted under the notes.
    'Närvarorapport',
    'Deltagarlista',
    'Med',
    'Vilka',
    'Participants',
    'Attendees',
    // "Närv: Anna, Bo", "Närv.:": quick notes abbreviate the label.
    'Närv',
    // "Styrgrupp:  Anna Ek, kanslichef" / "  Bo Lind, IT-chef": a project's notes list the group that met under its name.
    'Styrgrupp',
    'Styrgruppen',
    'Projektgrupp',
    'Projektgruppen',
  ],
  substitutes: [
    'Ersättare',
    'Närvarande ersättare',
    'Närvarande tjänstgörande ersättare',
    'Närvarande icke tjänstgörande ersättare',
    'Närvarande ej tjänstgörande ersättare',
    'Ej tjänstgörande ersättare',
    'Icke tjänstgörande ersättare',
    'Suppleanter',
    'Suppleant',
    'Närvarande suppleanter',
    'Närvarande suppleant',
    'Ersättare närvarande',
    'Suppleanter närvarande',
    'Tjänstgörande ersättare',
    // An association's serving substitute: "Tjänstgörande suppleant: Helmi Laine".
    'Tjänstgörande suppleant',
    'Tjänstgörande suppleanter',
  ],
  others: [
    'Övriga närvarande',
    // "Därutöver närvarande": everyone else present, after the members or shareholders.
    'Därutöver närvarande',
    'Dessutom närvarande',
    // "Dessutom:" alone over the officials and substitutes who attended besides the members.
    'Dessutom',
    'Även närvarande',
    'Övriga deltagare',
    'Övriga deltagande',
    'Övriga',
    'Tjänstepersoner',
    'Från förvaltningen',
    'Från kommunen',
    'Från kontoret',
    'Närvarande från förvaltningen',
    'Närvarande tjänstemän',
    'Tjänstemän',
    'Närvarande tjänstepersoner',
    'Adjungerade',
    'Adjungerad',
    'Inbjudna',
    'Gäster',
    'Gäst',
    'Tjänstepersoner närvarande',
    // A company board's employee members, named by the union they represent: "Arbetstagarrepresentant: Per Ek, Kommunal".
    'Arbetstagarrepresentant',
    'Arbetstagarrepresentanter',
    // The employer's side of a samverkansgrupp, listed under its own heading opposite the employees' representatives.
    'Arbetsgivarrepresentant',
    'Arbetsgivarrepresentanter',
    'Personalrepresentant',
    'Personalrepresentanter',
    'Fackliga representanter',
    'Facklig representant',
  ],
  absent: [
    'Ej närvarande',
    'Ej närv',
    // "Frånv: Li Nord": quick notes abbreviate the absent as they abbreviate "Närv".
    'Frånv',
    'Frånvarande',
    'Förhinder',
    'Anmält förhinder',
    'Anmäld frånvaro',
    'Frånvarande ledamöter',
    'Ej deltagande',
    'Ej närvarande ledamöter',
    'Förhindrade',
    'Förhindrad',
    'Frånvaro',
    'Anmälda förhinder',
    'Anmält frånvaro',
    'Absent',
    'Apologies',
    // "Ej med: Lina Ek": a workplace meeting's quick notes say who was not there.
    // "Inte med: Saga": a youth council's informal notes the same way.
    'Ej med',
    'Inte med',
    // "Ej avgett svar: Tomas Lund": a decision taken per capsulam lists the members who did not answer, or took no part.
    'Ej avgett svar',
    'Har ej svarat',
    'Ej svarat',
    'Ej deltagit',
    'Ej deltagit i beslutet',
    'Deltog ej',
    'Deltog inte',
  ],
  adjusters: ['Utses att justera', 'Utsedd att justera', 'Utsedda att justera', 'Justerare', 'Att justera', 'Justeras av', 'Protokolljusterare'],
  // "Justeringsdag": the day only. "Justeringens" / "plats och tid": a label column too narrow for the whole label wraps it
  // over two rows, the value beside the first.
  adjustPlaceTime: ['Justeringens plats och tid', 'Justeringens tid och plats', 'Justeringens plats', 'Justeringens tid', 'Justeringsdatum', 'Justeringsdag', 'Justeringens', 'Justering', 'Tid för justering', 'Protokollets justering'],
  paragraphs: ['Paragrafer', 'Paragraf', 'Protokollet omfattar'],
  signature: [
    'Sekreterare',
    'Ordförande',
    'Justerande',
    'Vid anteckningarna',
    'Vid protokollet',
    'Justeras',
    // "Justeringsmän" over two names: the older word for the adjusters, as an association's minutes sign them.
    'Justeringsmän',
    'Justeringsman',
    // "Protokollet justerat" over the adjusters' names, in a Finland-Swedish protokoll above all.
    'Protokollet justerat',
    'Antecknare',
    'Antecknat av',
    'Mötessekreterare',
    'Vice ordförande',
    'Vid pennan',
    // "Vid tangentbordet", "Vid datorn": the note-taker's modern "Vid pennan".
    // "Ordf.:  Sekr.:": an older style abbreviates the signers' functions (the stop is dropped before matching).
    'Ordf',
    'Sekr',
    'Vid tangentbordet',
    'Vid datorn',
    'Vid tangenterna',
    // "Som ovan:" over the secretary's name: older minutes sign off what was recorded "as above".
    'Som ovan',
    // "In fidem:", "Ut supra:": the Latin of the same sign-off ("in good faith", "as above") in a protokoll of the 1800s
    // and early 1900s, a parish meeting's above all.
    'In fidem',
    'Ut supra',
    'Rätt utdraget intygar',
    'Rätt utdraget betygar',
    'Utdraget bestyrks',
    // "Utdragets överensstämmelse med originalet intygar:": the long form of "Rätt utdraget intygar".
    'Utdragets överensstämmelse med originalet intygar',
    'Utdragets överensstämmelse med originalet intygas',
    'Utdraget överensstämmer med originalet intygar',
    'Protokollförare',
    'Antecknat',
    'Anteckningar förda av',
    'Minnesanteckningar förda av',
    // "Minnesanteckningarna förda av", "Protokollet fört av": the same in the definite form, as an authority writes it.
    'Anteckningarna förda av',
    'Minnesanteckningarna förda av',
    'Protokollet fört av',
    // "Sammanställt av", "Noterat av", "Referent": other words for who kept the notes.
    'Sammanställt av',
    'Noterat av',
    'Skrivet av',
    'Referent',
    'Justerat av',
    'Justerad av',
    'Mötesledare',
    // "Moderator: Eva Ek": who leads a workshop's or conference's day, as a mötesledare leads a meeting.
    'Moderator',
    'Mötesordförande',
    'Sammankallande',
    // "Sakkunnigt biträde: Anna Lund, PwC": the auditors' professional assistant, a function at their meetings.
    'Sakkunnigt biträde',
    'Minutes taken by',
  ],
  signatureHeading: ['Underskrifter', 'Underskrift', 'Signaturer'],
  nextMeeting: ['Next meeting', 'Nästa möte', 'Nästa sammanträde', 'Nästa träff', 'Nästa mötestillfälle', 'Följande möte', 'Följande sammanträde', 'Nästkommande möte', 'Nästkommande sammanträde'],
  body: ['Organ', 'Nämnd', 'Instans'],
  ignored: [
    'Anslagsdatum',
    'Datum då anslaget sätts upp',
    'Datum då anslaget tas ned',
    'Datum för anslags uppsättande',
    'Datum för anslags nedtagande',
    'Förvaringsplats för protokollet',
    'Förvaringsplats',
    'Sammanträdesdatum',
    'Anslag/bevis',
    'Anslag',
    // "Protokollet framlagt till påseende  Tekniska centralen 11.3.2024": where and when a Finland-Swedish protokoll
    // was laid out for the public, and the adjusters' initials on every page; neither says anything about the meeting.
    'Protokollet framlagt till påseende',
    'Protokollet framlagt till',
    'Protokollet framlagt',
    'Protokolljusterarnas signaturer',
    'Bevis',
    'Protokollet är justerat',
    'Utdragsbestyrkande',
    'Anteckningar',
    'Anteckningsförare',
    // "Ajournering  kl. 14.10–14.25": a break in the meeting, not where or when it was held.
    'Ajournering',
    'Ajourneringar',
    'Ajournerat',
    // "Förhinder anmäls till  Kommunsekreterare Eva Ek, 08-123 45": a kallelse's label column says whom to tell of an
    // absence; the person named is the one who will be told, not one who is away.
    'Förhinder anmäls till',
    'Förhinder anmäls',
    'Förhinder meddelas till',
    'Förhinder meddelas',
    'Anmälan av förhinder',
    'Anmälan om förhinder',
    // "Gruppmöten: måndag 13 november kl. 17.00": the party groups meet before; that is not the meeting.
    'Gruppmöte',
    'Gruppmöten',
    'Partigruppmöten',
    'Förmöte',
    // "Distans  Länk till Teams skickas separat": how to take part from afar, beside the place; neither is the place.
    'Distans',
    'Deltagande på distans',
    'Distansdeltagande',
    'Digitalt deltagande',
    'Möteslänk',
    'Teamslänk',
    'Zoomlänk',
    'Länk',
    // "Observera  Sammanträdet är inte offentligt.": a kallelse's note beside the place about how the meeting is held.
    'Observera',
  ],
};
