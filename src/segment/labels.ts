import { editDistance } from '../text/edit-distance.ts';
import { CATALOGUE, type LabelKind } from './label-catalogue.ts';

export type { LabelKind } from './label-catalogue.ts';

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
const COLON_ONLY: ReadonlySet<string> = new Set(['Länk', 'När', 'Var', 'Med', 'Vid mötet', 'På linjen', 'Ej med', 'Inte med', 'Vilka', 'Date', 'Time', 'Location', 'Venue', 'Participants', 'Attendees', 'Absent', 'Apologies', 'Next meeting']);

const TOKEN = /[^\s:;]+/gy;
const BODIES_QUALIFIER = /^\s*(?:föreningar(?:na)?|organisationer(?:na)?|företag(?:en)?|kommuner(?:na)?|förvaltningar(?:na)?|myndigheter(?:na)?|verksamheter(?:na)?|skolor(?:na)?)\s*:/u;
const PEOPLE_KINDS: ReadonlySet<LabelKind> = new Set(['attendees', 'others', 'absent', 'substitutes']);
const ATTENDANCE_MODE = /^\s*(?:på\s+plats|på\s+distans|på\s+länk|via\s+[\p{L}-]+|digitalt|fysiskt|per\s+telefon)\s*(?=:)/iu;
// "Beslutande, deltar på distans ⇥ Åsa Lind (S)", "Övriga, närvarande via Teams": how the listed people took part, after a
// comma behind the label; it describes the whole list, so it is no part of the first person. "Beslutande, deltar på ⇥ Åsa
// Lind (S)" / "distans": the label wrapped in its column and OCR read its last word on a row of its own.
const ATTENDANCE_MODE_AFTER_COMMA = /^\s*,?\s*(?:(?:deltar|deltog|närvarande|närvarar|närvarade)\s+)?(?:på\s+plats|på\s+distans|på\s+länk|via\s+[\p{L}-]+|digitalt|fysiskt|per\s+telefon|(?<=(?:deltar|deltog|närvarande|närvarar|närvarade)\s+)på(?=\s+\p{Lu}))(?=[\s:]|$)/iu;

// "Från bolaget", "Närvarande från kansliet:": staff of the organisation that holds the meeting, named by a definite noun.
// "Från kommunen deltog Malin Ek och Daniel Berg.": the same as a sentence.
// "Från kommunen deltog planchef Eva Ek, …": each name may follow its title in lower case.
const FROM_ORGANISATION = /^(?:[Nn]ärvarande\s+)?[Ff]rån\s+(\p{Ll}+(?:et|en|na|n))\s*(?::\s*(.*)|\s+(?:deltog|närvarade)\s+((?:\p{Ll}[\p{L}-]+\s+)?\p{Lu}.*))?$/u;

// "Vid mötet deltog vd Maria Ek, … och Per Ås.": who took part, as a sentence with no label word first;
// the names may follow a lower-case title, so nothing is asked of the word after the verb.
// "Med på mötet var Eva Ek (Björkskolan), …": a letter's words for the same; after the bare "var" a name must follow.
// "Vi var Eva Ek, Per Ås och …", "Vi som var med var …": the writer's group counting who came.
const TOOK_PART_SENTENCE = /^(?:(?:[Mm]ed\s+på|[Vv]id|[Pp]å|I)\s+(?:mötet|sammanträdet|träffen|dagens\s+möte)\s+(?:deltog|närvarade|var\s+närvarande|var(?=\s+\p{Lu}))|[Vv]i\s+(?:som\s+(?:var\s+med|deltog)\s+)?var(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu}))\s+(\S.*)$/u;
// "Anders Krok hade förhinder.", "Eva Ek och Bo Lind var frånvarande.": who was away, the names before the verb.
const AWAY_SENTENCE = /^(\p{Lu}[\p{L}\-'’]+(?:[\s,]+(?:och\s+)?\p{Lu}[\p{L}\-'’]+)+(?:\s*\([^()]{1,40}\))?)\s+(?:hade\s+(?:anmält\s+)?förhinder|hade\s+anmält\s+frånvaro|var\s+frånvarande|kunde\s+inte\s+(?:delta|närvara|komma))\s*\.?$/u;

// "… och kommunikatör Eva Ek. Ett trettiotal boende kom.": the sentence that names who took part ends at its stop; a
// capital and a word in lower case or a figure after it open the next sentence ("Cirka 40 boende kom."); an initial's
// stop ("Eva K. Ek") ends nothing.
const NEXT_SENTENCE = /(?<=\p{L}\p{Ll}|\))\.\s+\p{Lu}\p{Ll}*\s+[\p{Ll}\d].*$/u;

// "… Per Ås och jag själv.": the writer counting herself in names no one the list can read.
const WRITER_HERSELF = /(?:\s*,|\s+och|\s+samt)\s+(?:jag|mig|undertecknad(?:e)?)(?:\s+själv)?(?=\s*[.!]?\s*$)/iu;

function withoutNextSentence(names: string): string {
  return names.replace(NEXT_SENTENCE, '.').replace(WRITER_HERSELF, '');
}

/**
 * The label a line starts with, if any: exact, case-insensitive, or one edit
 * away for labels of five letters or more. The label must be followed by the
 * end of the line, a colon, or whitespace.
 */
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

// "F rånvarande: …", "N ärvarande": OCR set the first letter of a label apart from the rest of the word.
const SPLIT_INITIAL = /^(\p{Lu}) (\p{Ll}{4,})(?=[\s:]|$)/u;

function matchLabelUncached(line: string): LabelMatch | null {
  const split = SPLIT_INITIAL.exec(line.trim().replace(LEADING_SPECKS, ''));
  if (split) {
    const joined = matchLabel(line.trim().replace(LEADING_SPECKS, '').replace(SPLIT_INITIAL, '$1$2'));
    if (joined && joined.label.toLowerCase().startsWith(`${split[1]}${split[2]}`.toLowerCase())) return joined;
  }
  const fromOrganisation = FROM_ORGANISATION.exec(line.trim().replace(LEADING_SPECKS, ''));
  if (fromOrganisation && !/^(?:och|den|det|en|ett)$/u.test(fromOrganisation[1]!)) {
    return { kind: 'others', label: `Från ${fromOrganisation[1]!}`, rest: (fromOrganisation[2] ?? withoutNextSentence(fromOrganisation[3] ?? '')).trim() };
  }
  const tookPart = TOOK_PART_SENTENCE.exec(line.trim().replace(LEADING_SPECKS, ''));
  if (tookPart) return { kind: 'attendees', label: 'Deltog', rest: withoutNextSentence(tookPart[1]!).trim() };
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
      // "… som anmält" / "förhinder; därjämte …": a word in lower case before a semicolon ends a clause of prose wrapped
      // onto its row; a label, capitalised or not, takes a colon.
      if (/^\p{Ll}/u.test(trimmed) && trimmed[end] === ';') continue;
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
        .replace(PEOPLE_KINDS.has(entry.kind) ? ATTENDANCE_MODE_AFTER_COMMA : /$^/u, '')
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
