import { editDistance } from '../text/edit-distance.ts';

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

const CATALOGUE: Record<LabelKind, readonly string[]> = {
  // English labels, as a template made for an international project prints them: "Date:", "Time:", "Location:".
  // "Starttid: 13.00" / "Sluttid: 14.30": a digital template's two fields for one meeting (see meetingFrom).
  time: ['När', 'Tid', 'Klockan', 'Tidpunkt', 'Datum och tid', 'Datum/tid', 'Dag och tid', 'Mötestid', 'Sammanträdestid', 'Sammanträde', 'Time', 'Starttid', 'Sluttid', 'Start', 'Slut'],
  // "Dag: Torsdagen den 14 april": an older invitation's day of the meeting (only with its colon: Dag is a name, too).
  date: ['Datum', 'Date', 'Mötesdatum', 'Sammanträdesdatum', 'Sammanträdets datum', 'Sammanträdesdag', 'Mötesdag', 'Dag'],
  // "Samling: Norrby torg": where a walk or a visit gathers, as a trygghetsvandring's or study visit's notes say.
  place: ['Var', 'Plats', 'Location', 'Venue', 'Lokal', 'Mötesplats', 'Mötesplats/lokal', 'Sammanträdesplats', 'Mötesrum', 'Möteslokal', 'Sammanträdeslokal', 'Sammanträdesrum', 'Samling', 'Samlingsplats'],
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
    'Ej med',
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
  ],
};

export interface LabelMatch {
  kind: LabelKind;
  /** The label as the catalogue spells it. */
  label: string;
  /** What follows the label on the same line, without separators. */
  rest: string;
}

interface Entry {
  kind: LabelKind;
  label: string;
  words: string[];
  letters: number;
}

const ENTRIES: Entry[] = Object.entries(CATALOGUE)
  .flatMap(([kind, labels]) =>
    labels.map((label) => ({
      kind: kind as LabelKind,
      label,
      words: label.toLowerCase().split(/\s+/),
      letters: label.replace(/[^\p{L}]/gu, '').length,
    })),
  )
  // Longest first, so that "Plats och tid" wins over "Plats".
  .sort((a, b) => b.words.length - a.words.length || b.letters - a.letters);

// "Med: Jan Ek, Ulla Sten" lists who took part; "Med anledning av …" opens a sentence.
// Abbreviations one OCR slip from a common word, read only as printed.
// "Justeringens" (the first row of a label wrapped over two) is one letter from "Justeringen har tillkännagivits …".
const EXACT_ONLY: ReadonlySet<string> = new Set(['Frånv', 'Justeringens']);
// Labels that are adjectives too ("lokal" = local).
const ADJECTIVE_LABELS: ReadonlySet<string> = new Set(['Lokal']);
// "Sammanträdesrum ⇥ Rådhuset, rum Ekorren": a label only with its colon or alone in its cell; the same word opens many
// a place ("Plats: Sammanträdesrum Tallen, kommunhuset", "… i kommunalkontorets" / "sammanträdesrum, Hedemora.").
// "Dag ⇥ Torsdagen den 28 november": an invitation's label column names the day by the bare word, alone in its cell (or
// alone on its row where OCR read the label column apart); in running text "Dag" opens a sentence.
const COLON_OR_ALONE: ReadonlySet<string> = new Set(['Sammanträdesrum', 'Dag']);
const COLON_ONLY: ReadonlySet<string> = new Set(['Länk', 'När', 'Var', 'Med', 'Vid mötet', 'På linjen', 'Ej med', 'Vilka', 'Date', 'Time', 'Location', 'Venue', 'Participants', 'Attendees', 'Absent', 'Apologies', 'Next meeting']);

const TOKEN = /[^\s:;]+/gy;
const BODIES_QUALIFIER = /^\s*(?:föreningar(?:na)?|organisationer(?:na)?|företag(?:en)?|kommuner(?:na)?|förvaltningar(?:na)?|myndigheter(?:na)?|verksamheter(?:na)?|skolor(?:na)?)\s*:/u;
const PEOPLE_KINDS: ReadonlySet<LabelKind> = new Set(['attendees', 'others', 'absent', 'substitutes']);
const ATTENDANCE_MODE = /^\s*(?:på\s+plats|på\s+distans|på\s+länk|via\s+[\p{L}-]+|digitalt|fysiskt|per\s+telefon)\s*(?=:)/iu;

/**
 * The label a line starts with, if any: exact, case-insensitive, or one edit
 * away for labels of five letters or more. The label must be followed by the
 * end of the line, a colon, or whitespace.
 */
// "Från bolaget", "Närvarande från kansliet:": staff of the organisation that holds the meeting, named by a definite noun.
// "Från kommunen deltog Malin Ek och Daniel Berg.": the same as a sentence.
const FROM_ORGANISATION = /^(?:[Nn]ärvarande\s+)?[Ff]rån\s+(\p{Ll}+(?:et|en|na|n))\s*(?::\s*(.*)|\s+(?:deltog|närvarade)\s+(\p{Lu}.*))?$/u;

// "Vid mötet deltog vd Maria Ek, … och Per Ås.": who took part, as a sentence with no label word first;
// the names may follow a lower-case title, so nothing is asked of the word after the verb.
const TOOK_PART_SENTENCE = /^(?:[Vv]id|[Pp]å|I)\s+(?:mötet|sammanträdet|träffen|dagens\s+möte)\s+(?:deltog|närvarade|var\s+närvarande)\s+(\S.*)$/u;
// "Anders Krok hade förhinder.", "Eva Ek och Bo Lind var frånvarande.": who was away, the names before the verb.
const AWAY_SENTENCE = /^(\p{Lu}[\p{L}\-'’]+(?:[\s,]+(?:och\s+)?\p{Lu}[\p{L}\-'’]+)+(?:\s*\([^()]{1,40}\))?)\s+(?:hade\s+(?:anmält\s+)?förhinder|hade\s+anmält\s+frånvaro|var\s+frånvarande|kunde\s+inte\s+(?:delta|närvara|komma))\s*\.?$/u;

export function matchLabel(line: string): LabelMatch | null {
  // The same rows are asked about many times (head block, titles, signature search); the answer depends on the text alone.
  const known = MATCHED.get(line);
  if (known !== undefined) return known;
  const match = matchLabelUncached(line);
  if (MATCHED.size >= 20_000) MATCHED.clear();
  MATCHED.set(line, match);
  return match;
}

const MATCHED = new Map<string, LabelMatch | null>();

// OCR reads specks before a label as dashes, bullets, bars and quotes ('"Tid: kl. 18.00'), or as a spaced stop ('. Närvarande:').
// ': Absent: …': a speck read as a colon before the label.
const LEADING_SPECKS = /^(?:[\s\-–—•*|"'“”‘’»«]|[.,:;](?=\s))+/u;

// "Plats / Paikka  Rådhuset": a Finland-Swedish protokoll's label column gives the Finnish label after the Swedish one,
// with the value in the next column (a tab, or nothing after it where OCR read the columns apart) instead of a colon.
const BILINGUAL_LABEL = /^(\p{L}[\p{L} ]{1,30}?)\s*\/\s*(\p{L}[\p{L} ]{1,30}?)(?=\s*:|\t|\s*$)/u;

function matchLabelUncached(line: string): LabelMatch | null {
  const fromOrganisation = FROM_ORGANISATION.exec(line.trim().replace(LEADING_SPECKS, ''));
  if (fromOrganisation && !/^(?:och|den|det|en|ett)$/u.test(fromOrganisation[1]!)) {
    return { kind: 'others', label: `Från ${fromOrganisation[1]!}`, rest: (fromOrganisation[2] ?? fromOrganisation[3] ?? '').trim() };
  }
  const tookPart = TOOK_PART_SENTENCE.exec(line.trim().replace(LEADING_SPECKS, ''));
  if (tookPart) return { kind: 'attendees', label: 'Deltog', rest: tookPart[1]!.trim() };
  const away = AWAY_SENTENCE.exec(line.trim().replace(LEADING_SPECKS, ''));
  if (away) return { kind: 'absent', label: 'Förhinder', rest: away[1]!.trim() };
  // "Tid/Time:", "Deltagare/Participants:": a bilingual template gives each label in two languages; the first is read.
  // "Närvarande / Frånvarande": a table header of two labels of different things is not one label in two languages
  // ("Plats/lokal", two words for one thing, still is).
  const trimmed = line.replace(LEADING_SPECKS, '').replace(BILINGUAL_LABEL, (all, first: string, second: string) => {
    const other = matchLabel(second.trim());
    return other && other.kind !== matchLabel(first.trim())?.kind ? all : first;
  });
  const tokens: { text: string; end: number }[] = [];
  TOKEN.lastIndex = 0;
  let position = 0;
  while (tokens.length < 6) {
    const spaces = /^[ \t]*/.exec(trimmed.slice(position))?.[0].length ?? 0;
    position += spaces;
    TOKEN.lastIndex = position;
    const m = TOKEN.exec(trimmed);
    if (!m) break;
    tokens.push({ text: m[0], end: position + m[0].length });
    position += m[0].length;
    if (trimmed[position] === ':' || trimmed[position] === ';') break;
  }
  // "Oordf.:", "Ssekr.": OCR doubles a label's first letter, which no label word begins with; short labels, where one
  // edit is too many to allow, are still read then.
  for (const pass of ['exact', 'fuzzy', 'doubled'] as const) {
    const fuzzy = pass === 'fuzzy';
    for (const entry of ENTRIES) {
      if (tokens.length < entry.words.length) continue;
      const end = tokens[entry.words.length - 1]!.end;
      // "Ordt.:": a signer's short title one OCR slip away counts with its colon (a doubled first letter, "Oordf.:", is
      // read by the last pass).
      const shortSigner = entry.kind === 'signature' && entry.letters >= 4 && /^\.?:/u.test(trimmed.slice(end));
      if (fuzzy && entry.letters < 5 && !shortSigner) continue;
      // "Frånv" is one letter from "Från", which opens a group of people ("Från Haninge: …").
      if (pass !== 'exact' && EXACT_ONLY.has(entry.label)) continue;
      const read = tokens
        .slice(0, entry.words.length)
        .map((t) => t.text.toLowerCase().replace(/[.,]+$/, ''))
        .join(' ');
      const candidate = pass === 'doubled' ? read.replace(/^(\p{L})\1/u, '$1') : read;
      if (pass === 'doubled' && candidate === read) continue;
      const target = entry.words.join(' ');
      // "Frånvararide" alone on its row: a long label two OCR slips away still heads the list below it.
      const alone = /^[\s:.;]*$/u.test(trimmed.slice(end));
      const slips = fuzzy && alone && entry.letters >= 10 && PEOPLE_KINDS.has(entry.kind) && /^\p{L}+$/u.test(candidate) ? 2 : 1;
      const near = Math.abs(candidate.length - target.length) <= slips && editDistance(candidate, target) <= slips;
      // "Plats och tld": a label of several words one slip away wins over the exact shorter label its first word is.
      const nearLonger = pass === 'exact' && entry.words.length > 1 && entry.letters >= 5 && near;
      if (fuzzy || nearLonger ? !near : candidate !== target) continue;
      // "När:" and "Var:" are labels only with their colon; without it they open a sentence.
      if (COLON_ONLY.has(entry.label) && trimmed[end] !== ':') continue;
      if (COLON_OR_ALONE.has(entry.label) && trimmed[end] !== ':' && !alone) continue;
      // "Lokal samverkansgrupp (LSG) …", "Lokal styrgrupp": an adjective before the group it names in a title, not the label.
      if (ADJECTIVE_LABELS.has(entry.label) && /^ \p{Ll}*(?:grupp|gruppen|samverkan|råd|rådet|nätverk|nätverket|kommitté|kommittén|förening|föreningen)\b/u.test(trimmed.slice(end))) continue;
      // "Närvarande föreningar: Fjällby AIF, PRO Fjällby": a list of the bodies that came names no person.
      if (PEOPLE_KINDS.has(entry.kind) && BODIES_QUALIFIER.test(trimmed.slice(end))) return { kind: 'ignored', label: entry.label, rest: '' };
      const rest = trimmed
        .slice(end)
        // "Deltagare (4):", "Ersättare (ej tjänstgörande)": a count or a qualifier in brackets after the label.
        // Not a party before a name: "Ledamöter (M) Mattias Granlund" where OCR closed the gap after the label.
        .replace(/^\s*\((?!\s*\p{L}{1,3}\s*\)\s+\p{Lu}\p{Ll}+[\s-]+\p{Lu})[^()]{1,30}\)/u, '')
        // "Närvarande på plats:", "Närvarande via Teams:": how people took part, between the label and its colon.
        .replace(ATTENDANCE_MODE, '')
        // "Närvarande föräldrar:", "Närvarande personal:": which group, between a list label and its colon.
        .replace(PEOPLE_KINDS.has(entry.kind) ? /^\s*\p{Ll}+(?:\s+\p{Ll}+)?\s*(?=:)/u : /$^/u, '')
        // "Beslutande > Åsa Lind (S)", "Övriga | Karin Holm": a speck in the gap before the value.
        // "Plats =: Via Teams": OCR's "=" of the same gap.
        .replace(/^[\s:;.,>|=~]+/, '')
        .trim();
      return { kind: entry.kind, label: entry.label, rest };
    }
  }
  return null;
}
