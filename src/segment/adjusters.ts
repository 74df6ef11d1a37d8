import type { Item, Signature } from '../domain/index.ts';
import { editDistance } from '../text/edit-distance.ts';
import type { HeadField } from './head-field.ts';
import { withoutHonorifics } from './name-text-cleanup.ts';
import { splitNames } from './person.ts';

// "Till justerare valdes …", "Till justerare tillika rösträknare valdes …", "Att justera protokollet utsågs …".
// "Att jämte ordf. justera …": the chair abbreviated as in the list of those present.
// "Till att jämte ordföranden justera protokollet valdes …": an older wording with "till" before "att".
// "Till att tillsammans med ordföranden justera …": the same with "tillsammans med" for "jämte".
// "Till justeringsmän valdes …", "Till justeringspersoner valdes …": the older and the neutral word for the adjusters.
const ADJUSTER_ROLE = String.raw`(?:till\s+(?:(?:protokoll)?justerar(?:e|na)|justeringsm(?:an|än|ännen)|justeringspersoner(?:na)?)(?:\s+(?:tillika|och|samt)\s+rösträknare)?|(?:till\s+)?att\s+(?:(?:jämte|tillsammans\s+med)\s+(?:ordförande[n]?|ordf\.?)\s+)?justera(?:\s+(?:protokollet|anteckningarna|dagens\s+protokoll))?)`;
// "Till justerare från arbetstagarsidan valdes …": the side or group the adjuster comes from may stand between.
// "4 Att jämte ordföranden justera …": a figure or speck OCR put before the paragraph's first word.
const CHOSEN_ADJUSTER = new RegExp(String.raw`(?:^(?:(?:\d{1,2}|[^\p{L}\d\s]{1,3})\s+)?|[.:]\s*)${ADJUSTER_ROLE}(?:\s+(?:från|för)\s+\p{Ll}+)?\s+(?:utses|utsågs|valdes|väljs|utsåg\w*)\s+([^.]+)`, 'iu');
// "… valdes att jämte ordföranden justera dagens protokoll herrar A och B": the verb first, then the task and the names.
const CHOSEN_TO_ADJUST = new RegExp(String.raw`(?:utses|utsågs|valdes|väljs)\s+${ADJUSTER_ROLE}\s+(\p{Lu}[^.]+)`, 'u');
// "… att jämte ordföranden-justera …": OCR may read the space before "justera" as a hyphen.
const ADJUSTER_CHOSEN = /([\p{Lu}][^.:]*?)\s+(?:utses|utsågs|valdes|väljs)\s+(?:till\s+(?:protokoll)?justerare|att\s+(?:(?:jämte|tillsammans\s+med)\s+(?:ordförande[n]?|ordf\.?)(?:\s+|\s*-\s*))?justera)/u;
// "Till protokollförare valdes Saga Ek och till justerare Reza Ali": the verb serves both roles.
const SHARED_VERB_ADJUSTER = /\boch\s+till\s+(?:protokoll)?justerar(?:e|na)\s+((?:\p{Lu}[\p{L}-]+\s*)+(?:(?:,|och)\s*(?:\p{Lu}[\p{L}-]+\s*)+)*)/u;
/** "Beslutades att utse Anna Berg att jämte ordföranden justera …", "valde Anna Berg till justerare". */
// "utser Ingrid Fors (S) att justera": the party between the name and the clause.
const CHOOSE_ADJUSTER =
  /\b(?:utse|utser|utsåg|välja|väljer|valde)\s+((?:[\p{Lu}][\p{L}-]+\s+)+(?:\([^()]{1,12}\)\s+)?(?:(?:,|och)\s*(?:[\p{Lu}][\p{L}-]+\s+)+(?:\([^()]{1,12}\)\s+)?)*?)(?:till\s+justerare|att\s+(?:(?:jämte|tillsammans\s+med)\s+(?:ordförande[n]?|ordf\.?)\s+)?justera)/u;

// "Justering: Protokollet justeras av Ebbe Mulm och Saga Frell.": who adjusts, in a sentence in the passive.
// "Anteckningarna justeras via e-post av Per Ek.": informal notes are adjusted by e-mail.
// "Protokollet justerades 2024-11-25 av …", "Justerat den 25 november av …": the adjustment done, its day between.
const ADJUSTED_BY = /\bjuster(?:as|ades|at|ad)\s+(?:(?:den\s+)?(?:\d{1,2}\s+\p{Ll}+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)\s+)?(?:(?:jämte|tillsammans\s+med)\s+ordföranden\s+)?(?:(?:via|per|genom)\s+(?:e-post|mejl|mail)\s+)?av\s+((?:\p{Lu}[\p{L}-]+\s*)+(?:\([^()]{1,12}\)\s*)?(?:(?:,|och)\s*(?:\p{Lu}[\p{L}-]+\s*)+(?:\([^()]{1,12}\)\s*)?)*)/u;

export function adjustersFrom(fields: HeadField[], items: Item[], signatures: Signature[], closing: readonly string[] = []): string[] {
  // "Jimmy Lund «cos ”e, | | S i": on a poor scan OCR reads the dust after the name in the value column as marks and
  // scraps of letters; from the first guillemet, bar or quote on, nothing is a name.
  const fromFields = fields.filter((f) => f.kind === 'adjusters').flatMap((f) => f.values.flatMap((value) => {
    const names = splitNames(value);
    return names.length > 0 ? names : splitNames(value.replace(/\s+[«»|”“"].*$/u, ''));
  }));
  // "Utses att justera: Rolf Ehgström …" and "Justerare | Rolf Engström" in the signatures: one adjuster, OCR's slip in
  // one of the two spellings.
  // "Justerare | Anna Ek och Göran Sund" in the head and "Justerare" / "Anna Ek Göran Sund" over the signing lines: the
  // second reads the same two names with the gap between them closed.
  const twoRunTogether = (name: string) => fromFields.some((a) => a !== name && fromFields.some((b) => b !== name && b !== a && editDistance(`${a} ${b}`, name) <= 2));
  if (fromFields.length > 0) return fromFields.filter((name, k) => !fromFields.slice(0, k).some((earlier) => editDistance(earlier, name) <= 2) && !twoRunTogether(name));
  // "Justering: Protokollet justeras av …": the adjustment's own label, holding a sentence that names them.
  // "Justerat 2024-11-25 av Per Lind och Eva Strand" in a protokollsutdrag's head: the row reads as the "Justeras" label.
  for (const field of fields.filter((f) => f.kind === 'adjustPlaceTime' || (f.kind === 'signature' && f.label === 'Justeras'))) {
    const m = ADJUSTED_BY.exec(field.kind === 'signature' ? `justerat ${field.values.join(' ')}` : field.values.join(' '));
    const names = m ? splitNames(m[1]!.trim()) : [];
    if (names.length > 0) return names;
  }
  // "§ 7. Att jämte ordf. justera dagens protokoll utsågos …": in older minutes the sentence can be the paragraph's
  // only row, which the item carries as its title.
  for (const source of [...items.map((item) => item.text), ...items.map((item) => item.title).filter((t) => /\s\p{Ll}/u.test(t))]) {
    // "ulla Aho valdes att justera …": a sentence always opens in upper case; OCR lost the capital of the name.
    // "Roland Eskilsson. valdes att …": a stop before a lower-case verb ends no sentence; it is a speck.
    // "… utsågs fru Greta Pihl.": an older style's courtesy title before the name.
    // "… utsågos ledamöterna Tore Sund och Asta Berg": the function the adjusters hold in the body, before their names.
    // "… utsågs vice ordf. Greta Holm": the vice chair named by function, abbreviated as in the list of those present.
    const text = withoutHonorifics(source).replace(/\s+/g, ' ').replace(/(?:\b(?:ledamöterna|ledamoten|ersättarna|ersättaren|suppleanterna|suppleanten)|\bv(?:ice|\.)\s*(?:ordf\.|ordföranden))\s+(?=\p{Lu}\p{Ll})/gu, '').replace(/(?<=\p{Lu}\p{Ll}+)[.,]\s+(?=(?:utses|utsågs|valdes|väljs)\b)/gu, ' ').replace(/(^|[.!?:]\s+)(\p{Ll})(?=\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:utses|utsågs|valdes|väljs)\b)/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
    const m = CHOSEN_TO_ADJUST.exec(text) ?? CHOSEN_ADJUSTER.exec(text) ?? ADJUSTER_CHOSEN.exec(text) ?? CHOOSE_ADJUSTER.exec(text) ?? SHARED_VERB_ADJUSTER.exec(text) ?? ADJUSTED_BY.exec(text);
    if (m) {
      const names = splitNames(m[1]!);
      if (names.length > 0) return names;
    }
  }
  // "Sammanställt av: Eva Ek" / "Anteckningarna justeras via e-post av Per Ek.": a sentence among the closing rows.
  for (const row of closing) {
    const m = ADJUSTED_BY.exec(row);
    const names = m ? splitNames(m[1]!.trim()) : [];
    if (names.length > 0) return names;
  }
  // "§ 3 Val av justerare tillika rösträknare" / "Lena Berg och Kjell Nord valdes.": the title says what they were chosen for.
  for (const item of items) {
    if (!/\bval\s+av\s+(?:två\s+)?(?:(?:protokoll)?justerare|justeringsm(?:an|än)|justeringspersoner)/iu.test(item.title)) continue;
    const first = withoutHonorifics(item.text.split('\n')[0] ?? '');
    const m = /^\s*((?:\p{Lu}[\p{L}-]+\s+)+(?:(?:,|och)\s*(?:\p{Lu}[\p{L}-]+\s*)+)*)\s*(?:valdes|utsågs|väljs|utses)\s*\.?\s*$/u.exec(first) ??
      // "Till Jesteringsmän valdes Erik Ek och Bo Ros.": under such a title the one word after "Till" names the task, however
      // OCR spelt it.
      /^\s*Till\s+\p{L}+\s+(?:valdes|utsågs|väljs|utses)\s+((?:\p{Lu}[\p{L}-]+\s*)+(?:(?:,|och)\s*(?:\p{Lu}[\p{L}-]+\s*)+)*)\.?\s*$/u.exec(first);
    const names = m ? splitNames(m[1]!) : [];
    if (names.length > 0) return names;
  }
  // Minutes without a named adjuster are adjusted by whoever signs "Justeras" / "Justerande".
  return signatures.filter((s) => /^juster/i.test(s.role) && s.name).map((s) => s.name!);
}
