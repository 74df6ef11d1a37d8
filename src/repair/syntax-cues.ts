// General Swedish syntax that tells apart readings the small context model
// has seen too rarely: "år" after a number or a time determiner ("3 år",
// "varje år"), "än" after a comparative ("mer än"), "bör" before an
// infinitive ("bör vara"), a supine after "har"/"hade" ("har nått"), "är"
// after a subject pronoun. Each cue is a log lift for one reading given its
// neighbours (lower-case, as context-model.ts gives them).

// Neighbours on a damaged page have lost their diacritics too ("i tva ar"),
// so every set is matched with å, ä, ö folded to a and o.
const folded = (words: string[]): Set<string> => new Set(words.map(fold));
const TIME_DETERMINERS = folded(['varje', 'förra', 'nästa', 'per', 'i', 'detta', 'samma', 'hela', 'ett', 'halvt', 'innevarande', 'kommande', 'under', 'två', 'tre', 'fyra', 'fem', 'sex', 'flera', 'några', 'många', 'tidigare', 'senaste', 'föregående', 'sista', 'första', 'andra', 'tredje', 'varannat', 'vartannat']);
const COMPARATIVES = folded(['mer', 'mera', 'mindre', 'fler', 'flera', 'färre', 'större', 'bättre', 'sämre', 'längre', 'högre', 'lägre', 'annat', 'annan', 'hellre', 'snarare', 'mest']);
const SUBJECTS = folded(['det', 'den', 'detta', 'denna', 'som', 'vilket', 'vilka', 'han', 'hon', 'vi', 'ni', 'de', 'man', 'jag', 'du', 'vad', 'vem', 'här', 'där', 'nu', 'frågan', 'syftet', 'målet', 'beslutet', 'ärendet']);
const PERFECT_AUXILIARIES = folded(['har', 'hade', 'ha', 'hunnit']);
/** Infinitives too short or irregular to be told by their ending. */
const SHORT_INFINITIVES = folded(['ha', 'gå', 'se', 'få', 'ske', 'bli', 'stå', 'ta', 'ge', 'dra', 'nå', 'tas', 'ses', 'ges', 'fås']);
// Where and how one lives ("bor hemma", "bor ensamma"); adverbs in -a ("hemma", "borta") are no infinitives.
const PLACE_WORDS = folded(['i', 'på', 'hos', 'kvar', 'nära', 'där', 'här', 'utanför', 'vid', 'ensam', 'ensamma', 'tillsammans', 'hemma', 'borta', 'själv', 'själva', 'utomlands']);
// Finite verbs that are no noun: "har" (has) takes a supine or an object, never one of them, so
// "Har kommer" / "har finns" is "Här kommer" / "här finns" (a greeting line's "Här kommer kallelsen").
const FINITE_NON_NOUNS = folded(['kommer', 'finns', 'följer', 'ligger', 'blir', 'står']);
// An action list's header names its columns with question words: "Vad  Vem  När".
const QUESTION_HEADERS = folded(['vad', 'vem']);
const DECIDING_VERBS = folded(['beslutar', 'beslutade', 'beslöt', 'beslutas']);
const PERSONAL_SUBJECTS = folded(['vi', 'de', 'ni', 'man', 'jag', 'du', 'hon', 'han']);

/** The word with å, ä, ö written a, a, o. */
export function fold(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const c = word[k]!;
    out += c === 'å' || c === 'ä' ? 'a' : c === 'ö' ? 'o' : c;
  }
  return out;
}
/** Readings a cue argues about, and the pair each belongs to. */
const YEAR = 'år';
const IS = 'är';

function isNumber(word: string): boolean {
  if (!word) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** An infinitive, active ("vara") or passive ("samordnas"), told by its ending. */
function looksInfinitive(word: string): boolean {
  if (SHORT_INFINITIVES.has(word)) return true;
  const stem = word.endsWith('as') ? word.slice(0, -1) : word;
  // "-rna" is a plural noun ("frågorna"), not a verb.
  return stem.length >= 4 && stem.endsWith('a') && !stem.endsWith('rna');
}

/** log lift of reading `lower` between `left` and `right` from syntax alone (0 = no cue). */
export function syntaxLift(lower: string, rawLeft: string, rawRight: string): number {
  const left = fold(rawLeft);
  const right = fold(rawRight);
  if (lower === YEAR) {
    // "Arbetspaket 2 är försenat": a number then a past participle in -ad/-at is a numbered thing's state.
    if (isNumber(left) && isParticiple(right)) return 0;
    if (isNumber(left) || TIME_DETERMINERS.has(left)) return 3;
    // "år 1964": a year number follows.
    if (isNumber(right) && right.length === 4) return 3;
    if (SUBJECTS.has(left)) return -2;
    return 0;
  }
  if (lower === IS) {
    if (isNumber(left) && isParticiple(right)) return 1.5;
    if (isNumber(left) || (TIME_DETERMINERS.has(left) && left !== 'i' && left !== 'under')) return -2;
    if (isNumber(right) && right.length === 4) return -1;
    if (SUBJECTS.has(left)) return 1.5;
    return 0;
  }
  // "så att" is the conjunction (so that), and "beslutar så" the formula closing a proposal; "sa" (said)
  // wants a speaker before it and is the spoken form, which minutes write "sade".
  if (lower === 'så') return right === 'att' || DECIDING_VERBS.has(left) ? 1.5 : 0;
  // "Föreläggande om åtgärder": the verbal noun before its preposition; the adjective "föreliggande"
  // (the one at hand) wants its noun after it, never "om".
  if (lower === 'föreläggande') return right === 'om' ? 3 : 0;
  if (lower === 'föreliggande') return right === 'om' ? -3 : 0;
  if (lower === 'här') return FINITE_NON_NOUNS.has(right) ? 3 : 0;
  // "Hur når vi ...": a question adverb, then the verb and its subject; "hur när" is no Swedish.
  if (lower === 'når') return left === 'hur' && PERSONAL_SUBJECTS.has(right) ? 3 : 0;
  if (lower === 'när') return QUESTION_HEADERS.has(left) ? 2 : left === 'hur' ? -3 : 0;
  if (lower === 'än') return COMPARATIVES.has(left) || (left.length > 4 && left.endsWith('are')) ? 3 : 0;
  if (lower === 'in') return COMPARATIVES.has(left) ? -2 : 0;
  if (lower === 'bör') return looksInfinitive(right) && !PLACE_WORDS.has(right) ? 2.5 : PLACE_WORDS.has(right) ? -2 : 0;
  if (lower === 'bor') return PLACE_WORDS.has(right) ? 1.5 : looksInfinitive(right) ? -2 : 0;
  // A supine after "har"/"hade": the -tt/-t reading with a vowel change is the verb ("har nått", not "har natt").
  if (PERFECT_AUXILIARIES.has(left) && hasDiacritic(lower) && (lower.endsWith('tt') || lower.endsWith('t'))) return 1.5;
  return 0;
}

/** A first-conjugation past participle ("försenad", "oförändrat"): a state, which "är" gives and "år" does not take. */
function isParticiple(word: string): boolean {
  return word.length >= 6 && (word.endsWith('ad') || word.endsWith('at'));
}

function hasDiacritic(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word[k];
    if (c === 'å' || c === 'ä' || c === 'ö') return true;
  }
  return false;
}
