// Fixed OCR slips that need no dictionary: "§" read as "$", "&", "8" or "3"
// before a paragraph number; "i" read as "1" between words; en dashes read as
// em dashes or hyphens. Each returns the replacement for a token, or null.
import { isProperNounForm, type Lexicon } from './lexicon.ts';
import type { Token } from './tokenise.ts';

export interface PatternFix {
  corrected: string;
  confidence: number;
  reason: string;
  /** What is replaced, when it is not the token's word: 0-based line offset and the original text. */
  span?: { start: number; original: string };
}

const QUOTE_MARKS = new Set(["'", '‘', '’', '"', '“', '”', '„', '`', '´', ',,', "''"]);
const SIGN_LOOKALIKES = new Set(['$', '&', '8', '3', '5', '§']);

const UNITS_AFTER_ONE = new Set([
  'st', 'kr', 'kronor', 'procent', 'timme', 'timmar', 'dag', 'dagar', 'vecka', 'veckor', 'månad', 'månader',
  'år', 'miljon', 'miljoner', 'miljard', 'person', 'personer', 'gång', 'plats', 'januari', 'februari', 'mars',
  'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december', 'och', 'eller',
  'till', 'av', 'mnkr', 'tkr', 'sek', 'minuter', 'minut', 'h', 'ggr', 'tim',
]);
const NUMBER_WORDS_BEFORE = new Set(['kl', 'kl.', 'nr', 'nr.', '§', 'den', 'sid', 'sidan', 'punkt', 'bilaga', 'ärende', 'paragraf']);

function isDigits(s: string): boolean {
  if (!s) return false;
  for (const ch of s) if (ch < '0' || ch > '9') return false;
  return true;
}

/**
 * A stray quote mark opening a line ("‘Minnesanteckningar", "'5.") or a word
 * inside one ("Justerare ‘Karin Lund"): OCR reads a speck as a quote, and
 * nothing in the line closes it. Returns the fix that deletes it, or null.
 * Inside a line only a mark before a letter counts: before a digit it may be
 * an elided century ("sommaren '24").
 */
export function strayQuoteFix(tokens: readonly Token[], k: number): PatternFix | null {
  const t = tokens[k]!;
  let n = 0;
  while (n < t.chunk.length && QUOTE_MARKS.has(t.chunk[n]!)) n++;
  if (n === 0 || n >= t.chunk.length) return null;
  const rest = t.chunk[n]!;
  const letter = rest.toLowerCase() !== rest.toUpperCase();
  if (k === 0 ? !letter && !isDigits(rest) && !SIGN_LOOKALIKES.has(rest) : !letter) return null;
  for (let j = 0; j < tokens.length; j++) {
    const chunk = j === k ? t.chunk.slice(n) : tokens[j]!.chunk;
    for (const ch of chunk) if (QUOTE_MARKS.has(ch)) return null;
  }
  const where = k === 0 ? 'opening the line' : 'opening a word';
  return {
    corrected: '',
    confidence: 0.85,
    reason: `pattern: a quote mark ${where} that nothing in the line closes is a speck ('${t.chunk.slice(0, n)}' dropped)`,
    span: { start: t.chunkStart, original: t.chunk.slice(0, n) },
  };
}

/**
 * A stray quote mark closing a word that nothing in the line opened ("Anneli’",
 * "arbetet.”"): a speck, as one opening a word is. An apostrophe after s, x or z
 * is the genitive of a name ending in one ("Lars’"), and stays.
 */
export function strayClosingQuoteFix(tokens: readonly Token[], k: number): PatternFix | null {
  const t = tokens[k]!;
  let n = t.chunk.length;
  while (n > 0 && QUOTE_MARKS.has(t.chunk[n - 1]!)) n--;
  if (n === t.chunk.length || n === 0) return null;
  const before = /[.,:;!?]$/.test(t.chunk.slice(0, n)) ? t.chunk[n - 2] : t.chunk[n - 1];
  if (before === undefined || before.toLowerCase() === before.toUpperCase()) return null;
  const marks = t.chunk.slice(n);
  if (/^['’]$/.test(marks) && /[sxz]/i.test(before)) return null;
  for (let j = 0; j < tokens.length; j++) {
    const chunk = j === k ? t.chunk.slice(0, n) : tokens[j]!.chunk;
    for (const ch of chunk) if (QUOTE_MARKS.has(ch)) return null;
  }
  return {
    corrected: '',
    confidence: 0.85,
    reason: `pattern: a quote mark closing a word that nothing in the line opens is a speck ('${marks}' dropped)`,
    span: { start: t.chunkStart + n, original: marks },
  };
}

/** Marks OCR makes of a speck or a rule's end before a word; a bullet ("•") or a footnote star is left alone. */
const SPECK_MARKS = new Set(['-', '–', '—', '_', '.']);
/** After these a hyphen before a word is an elided first part ("start och -slut"). */
const ELIDING_CONJUNCTIONS = new Set(['och', 'eller', 'samt', 'resp', 'respektive', 'som', 'till']);

/**
 * A dash, underscore or stop glued to the front of a word ("-Ärende",
 * "_Täby", ".Lundin"): Swedish sets a dash before a word only spaced, as a
 * tankstreck or a list dash, and glues one on only for an elided first part
 * after a conjunction ("start och -slut"); a stop opens no word but a file name
 * (".pdf"), so it counts only before a capital. The scan's speck or a rule's end
 * read as a mark: deleted.
 */
export function strayLeadingMarkFix(tokens: readonly Token[], k: number): PatternFix | null {
  const t = tokens[k]!;
  const mark = t.chunk[0]!;
  if (!SPECK_MARKS.has(mark) || t.chunk.length < 3) return null;
  const first = t.chunk[1]!;
  if (first.toLowerCase() === first.toUpperCase()) return null;
  if (mark === '.' && first === first.toLowerCase()) return null;
  if (mark === '-' && k > 0 && ELIDING_CONJUNCTIONS.has(tokens[k - 1]!.text.toLowerCase())) return null;
  return {
    corrected: '',
    confidence: 0.85,
    reason: `pattern: a '${mark}' glued to the front of a word is a speck, not punctuation Swedish sets there (dropped)`,
    span: { start: t.chunkStart, original: mark },
  };
}

/** What the OCR models make of a list bullet "•" standing alone at a line's start. */
const BULLET_LOOKALIKES = new Set(['«', '»']);

/**
 * A lone « or » opening a line before a word is a list bullet: Swedish sets its
 * guillemet quotes (»så här») against the word, never spaced, and OCR draws the round bullet as one.
 */
export function bulletFix(tokens: readonly Token[], k: number): PatternFix | null {
  if (k !== 0 || !BULLET_LOOKALIKES.has(tokens[0]!.chunk)) return null;
  const next = tokens[1]?.chunk[0];
  if (next === undefined || (next.toLowerCase() === next.toUpperCase() && !isDigits(next))) return null;
  return { corrected: '•', confidence: 0.86, reason: `pattern: a lone '${tokens[0]!.chunk}' opening a line before a word is a list bullet` };
}

/** "$$ 12-16", "88 12-16" after "Paragrafer": the double paragraph sign §§. */
export function doubleParagraphSignFix(tokens: readonly Token[], k: number): PatternFix | null {
  const t = tokens[k]!;
  if (t.text.length !== 2 || t.text === '§§' || !SIGN_LOOKALIKES.has(t.text[0]!) || !SIGN_LOOKALIKES.has(t.text[1]!)) return null;
  const next = tokens[k + 1];
  if (!next || !/^\d{1,4}(?:[-–—]+\d{1,4})?[,.]?$/.test(next.chunk)) return null;
  const before = tokens[k - 1]?.text.toLowerCase() ?? '';
  const afterParagraphWord = before.startsWith('paragraf');
  const signLike = /[$&§]/.test(t.text);
  const range = /[-–—]/.test(next.chunk);
  // "Sara Vik (V) 88 49-51": a range of numbers after "88" counts paragraphs, unless a § stands before it ("§ 88").
  const rangeOfParagraphs = range && !/^§/.test(tokens[k - 1]?.chunk ?? '');
  if (!afterParagraphWord && !(signLike && range) && !(signLike && k === 0) && !rangeOfParagraphs) return null;
  return { corrected: '§§', confidence: afterParagraphWord || signLike ? 0.92 : 0.85, reason: `pattern: '${t.text}' before paragraph numbers is §§` };
}

/** "$ 12", "$12", "&12", and "8 12"/"3 12"/"5 12" opening a line: the paragraph sign. */
export function paragraphSignFix(tokens: readonly Token[], k: number, documentHasParagraphs = false): PatternFix | null {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if ((t.text === '$' || t.text === '&') && t.chunk.endsWith(t.text) && next && isDigits(next.text)) {
    return { corrected: '§', confidence: 0.95, reason: `pattern: '${t.text}' before a number is the paragraph sign §` };
  }
  if ((t.text.startsWith('$') || t.text.startsWith('&')) && isDigits(t.text.slice(1))) {
    return { corrected: `§${t.text.slice(1)}`, confidence: 0.93, reason: `pattern: '${t.text[0]}' before a number is the paragraph sign §` };
  }
  const after = tokens[k + 2];
  // The title may follow a stop or a dash on the number ("8 1. Mötets öppnande", "8 2 - Val av justerare").
  const title = after && DASHES.has(after.chunk) ? tokens[k + 3] : after;
  // "KS 8 113 Detaljplan …": an organ's abbreviation may stand before the sign.
  const opensLine = k === 0 || (k === 1 && ORGAN_ABBREVIATION.test(tokens[0]!.chunk));
  if (
    opensLine &&
    (t.chunk === '8' || t.chunk === '3' || t.chunk === '5' || (documentHasParagraphs && (t.chunk === 'S' || t.chunk === 's'))) &&
    next &&
    PARAGRAPH_NUMBER.test(next.chunk) &&
    // "3 8 Midsommarfesten": a number before an 8 is '3 § …', the sign written after it.
    !(t.chunk !== '8' && next.chunk === '8') &&
    title &&
    isCapitalisedWord(title.text)
  ) {
    return { corrected: '§', confidence: 0.85, reason: `pattern: '${t.chunk}' opening a line before a paragraph number and a title is §` };
  }
  // "3 8 Midsommarfesten": in a text that numbers its items with §, an 8 after the number opening a titled line is
  // the sign written after it ("3 § Midsommarfesten").
  // ("8 8 Stämmans avslutande" is '§ 8 …': the first 8 is the sign, as on the page's other headings.)
  if (documentHasParagraphs && k === 1 && t.chunk === '8' && tokens[0]!.chunk !== '8' && /^[1-9]\d{0,2}\.?$/.test(tokens[0]!.chunk) && next && isCapitalisedWord(next.text)) {
    return { corrected: '§', confidence: 0.85, reason: "pattern: '8' after the paragraph number opening a titled line in a § protocol is §, written after its number" };
  }
  // "26 kap. 1 8 offentlighets- och sekretesslagen": a law is cited chapter, then section (§), then the law's
  // name (or the line breaks there).
  const number = tokens[k - 1];
  if (t.chunk === '8' && number && isDigits(number.chunk) && tokens[k - 2]?.chunk === 'kap.' && (!next || OPENS_SMALL.test(next.text))) {
    return { corrected: '§', confidence: 0.9, reason: "pattern: '8' between a chapter's section number and a law's name ('N kap. N § lag') is §" };
  }
  return null;
}

/** "KS", "AU", "KFN": a body's abbreviation that may stand before its paragraph sign. */
const ORGAN_ABBREVIATION = /^[A-ZÅÄÖ]{2,5}$/;

const DASHES = new Set(['-', '–', '—']);
/** A paragraph number as it stands after §: "12", "1.", "1-", "41/2023" (numbered per year). */
const PARAGRAPH_NUMBER = /^\d{1,4}(?:\/(?:19|20)\d{2})?[.-]?$/;

/**
 * "8 57" alone on a line, or "8 23 (forts.)": in a text that numbers its items with §,
 * an 8 before a lone paragraph number opening the line is § (a heading whose title wrapped or continues).
 */
export function loneParagraphSignFix(tokens: readonly Token[], k: number, documentHasParagraphs: boolean): PatternFix | null {
  if (!documentHasParagraphs || k !== 0 || tokens[0]!.chunk !== '8') return null;
  const next = tokens[1];
  if (!next || !isDigits(next.chunk) || next.chunk.length > 3) return null;
  const rest = tokens.slice(2).map((t) => t.chunk).join(' ');
  if (rest !== '' && !/^\(forts(?:\.|ättning)?\)$/i.test(rest)) return null;
  return { corrected: '§', confidence: 0.85, reason: "pattern: '8' before a lone paragraph number opening a line in a § protocol is §" };
}

/**
 * "Eva Lund, ekonomichef, 8 3", "Au 8 201 Dnr …", "… justerare. 8 17 Renovering …": inside a line of a text
 * that numbers its items with §, an 8 before a paragraph number is the sign where a role's comma or a
 * preposition ("från 8 52") stands before it, or a title follows it after a sentence's end, a name or an
 * organ (a heading the OCR ran into the line before). Never after a word that takes a plain number
 * ("den 8 12", "kl 8 30"), nor before another number or a unit ("8 500 kr").
 */
export function inlineParagraphSignFix(tokens: readonly Token[], k: number, documentHasParagraphs: boolean): PatternFix | null {
  if (!documentHasParagraphs || k === 0 || tokens[k]!.chunk !== '8') return null;
  const previous = tokens[k - 1]!;
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  if (!next || !INLINE_PARAGRAPH_NUMBER.test(next.chunk) || /\d$/.test(previous.chunk) || PLAIN_NUMBER_BEFORE.has(previous.chunk.toLowerCase())) return null;
  if (after && (/^\d/.test(after.chunk) || UNITS_AFTER_ONE.has(after.text.toLowerCase()))) return null;
  const titled = after !== undefined && OPENS_CAPITAL.test(after.text);
  const roleOrPreposition = previous.chunk.endsWith(',') || PARAGRAPH_PREPOSITIONS.has(previous.chunk.toLowerCase());
  const headingRunIn = titled && (/[.:]$/.test(previous.chunk) || CAPITAL_WORD.test(previous.chunk));
  if (!roleOrPreposition && !headingRunIn) return null;
  return { corrected: '§', confidence: 0.85, reason: "pattern: '8' before a paragraph number inside a line of a § protocol is §" };
}
const INLINE_PARAGRAPH_NUMBER = /^\d{1,3}(?:\/(?:19|20)\d{2})?\.?$/;
const PLAIN_NUMBER_BEFORE = new Set(['den', 'kl', 'kl.', 'klockan', 'ca', 'ca.', 'cirka', 'nr', 'nr.', 'nummer', 'sid', 'sid.', 'sidan', 'vecka', 'v.', 'och', 'eller', 'till', 'mellan']);
const PARAGRAPH_PREPOSITIONS = new Set(['från', 'fr.o.m.', 't.o.m.']);

/**
 * "841 Val av justerare": § read as 8 and glued to its number, opening a line
 * before a title, in a text that numbers its items with §.
 */
export function gluedParagraphSignFix(tokens: readonly Token[], k: number, documentHasParagraphs: boolean): PatternFix | null {
  if (!documentHasParagraphs || k !== 0) return null;
  const t = tokens[0]!;
  const m = /^8([1-9]\d{0,2})$/.exec(t.chunk);
  const next = tokens[1];
  if (!m || !next || !CAPITALISED_WORD.test(next.chunk)) return null;
  return { corrected: `§${m[1]}`, confidence: 0.85, reason: `pattern: '8' glued to a paragraph number opening a titled line in a § protocol is §` };
}

const KL_LOOKALIKES = new Set(['ki', 'kI', 'k1', 'KI', 'Ki', 'K1', 'kL', 'k|']);

// Module constants, not literals in the functions: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const OPENS_SMALL = /^\p{Ll}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const CAPITAL_WORD = /^\p{Lu}\p{L}*$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A small word or a number, or any word closed by a comma: what stands before "kl" inside a sentence. */
const INSIDE_SENTENCE_BEFORE_KL = /^(?:[\p{Ll}\d][\p{L}\d]*,?|[\p{L}\d]+,)$/u;

/** "13-15.30", "9–12": a range of hours, its first written without minutes. */
const HOUR_RANGE = /^(?:[01]?\d|2[0-4])[-–—](?:[01]?\d|2[0-4])(?:[.:]\d{2})?$/;
/** "14." or "9" after "ki.": a whole hour, which only the abbreviation's own period marks as a time. */
const WHOLE_HOUR = /^(?:[01]?\d|2[0-4])[.,]?$/;

/** "ki 13.00", "kI. 9.30", "ki 13-15.30", "ki. 14.": the abbreviation kl (klockan) before a time, its l read as i, I or 1. */
export function klockanFix(tokens: readonly Token[], k: number): PatternFix | null {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || !(/^\d{1,2}[.:]\d{2}/.test(next.text) || HOUR_RANGE.test(next.text) || (t.chunk.endsWith('.') && WHOLE_HOUR.test(next.chunk)))) return null;
  // "23 januari Kl. 13.15", "sal Lyran, Kl. 18": kl is written small inside a sentence, after a small word, a
  // number or any word closed by a comma (a place named before the time), so a capital there is the OCR's.
  const previous = tokens[k - 1];
  const lookalike = KL_LOOKALIKES.has(t.text);
  if ((t.text === 'Kl' || lookalike) && t.text[0] === 'K' && previous && INSIDE_SENTENCE_BEFORE_KL.test(previous.chunk)) {
    return { corrected: 'kl', confidence: 0.9, reason: `pattern: '${t.text}' before a time inside a sentence is 'kl' (klockan)` };
  }
  if (!lookalike) return null;
  const corrected = t.text[0] === 'K' ? 'Kl' : 'kl';
  return { corrected, confidence: 0.93, reason: `pattern: '${t.text}' before a time is '${corrected}' (klockan)` };
}

/** Quote marks OCR split in two: ",," for „ and '' for ”, at either end of a chunk. */
export function splitQuoteFixes(t: Token): PatternFix[] {
  const pairs: Array<[string, string]> = [[',,', '„'], ["''", '”'], ['``', '“'], ['‘‘', '“'], ['’’', '”']];
  const out: PatternFix[] = [];
  for (const [pair, quote] of pairs) {
    const opens = t.chunk.startsWith(pair);
    const closes = t.chunk.length > 3 && t.chunk.endsWith(pair);
    // Most chunks hold neither: the reason is written only for one that does.
    if (!opens && !closes) continue;
    const reason = `pattern: '${pair}' is the quote mark ${quote} read as two marks`;
    if (opens) out.push({ corrected: quote, confidence: 0.9, reason, span: { start: t.chunkStart, original: pair } });
    if (closes) out.push({ corrected: quote, confidence: 0.9, reason, span: { start: t.chunkStart + t.chunk.length - 2, original: pair } });
  }
  return out;
}

/**
 * "sofia.bergQhuddinge.se" → "sofia.berg@huddinge.se": the Swedish model's character set has no @
 * (swe.lstm-unicharset holds Q, not @), so it reads an address's @ as the Q it most resembles. A Q between
 * the small letters of an address's name and its domain is that @; the English model reads @ as it is.
 */
export function emailAtFix(t: Token): PatternFix | null {
  if (!t.text.includes('Q') || t.text.includes('@')) return null;
  const m = EMAIL_WITH_Q.exec(t.text);
  if (!m) return null;
  return { corrected: `${m[1]}@${m[2]}`, confidence: 0.9, reason: "pattern: 'Q' between an address's name and its domain is '@', which the Swedish model cannot read" };
}
const EMAIL_WITH_Q = /^([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)Q([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:se|com|nu|org|net|eu|info|fi|no|dk))$/;

/**
 * "kommuner.." → "kommuner.", "synpunkter.-" → "synpunkter.": two periods after a word or number close
 * nothing in Swedish (an ellipsis has three), nor does a hyphen after a word's closing period (a word
 * broken over the line has no period before its hyphen), so the second mark is a speck the OCR read.
 */
export function periodSpeckFix(t: Token): PatternFix | null {
  const chunk = t.chunk;
  if (chunk.length < 3 || chunk[chunk.length - 2] !== '.') return null;
  const last = chunk[chunk.length - 1];
  // A dotted line the OCR broke with letters ("......ooo..") is no word.
  if (last === '.' && DOUBLED_PERIOD_END.test(chunk) && !chunk.includes('...')) {
    return { corrected: '.', confidence: 0.9, reason: "pattern: '..' after a word is one period and a speck", span: { start: t.chunkStart + chunk.length - 2, original: '..' } };
  }
  // Only after letters: "500.-" is an amount written the old way.
  if (last === '-' && HYPHEN_AFTER_PERIOD_END.test(chunk)) {
    return { corrected: '.', confidence: 0.85, reason: "pattern: '.-' after a word is its period and a speck", span: { start: t.chunkStart + chunk.length - 2, original: '.-' } };
  }
  return null;
}
const DOUBLED_PERIOD_END = /[\p{L}\d]\.\.$/u;
const HYPHEN_AFTER_PERIOD_END = /\p{L}{2}\.-$/u;

/**
 * "Kjell Berg (5)": the party letter S (Socialdemokraterna) read as the digit it resembles, in
 * brackets after a person's first name and surname. A count in brackets follows a label
 * ("Närvarande (5)"), a single word, never a name pair.
 */
export function partyLetterFix(tokens: readonly Token[], k: number): PatternFix | null {
  const t = tokens[k]!;
  if (!/^\(5\)[,.;:]?$/.test(t.chunk)) return null;
  const surname = tokens[k - 1];
  const firstName = tokens[k - 2];
  if (!surname || !firstName || !NAME_WORD.test(surname.chunk) || !NAME_WORD.test(firstName.chunk)) return null;
  return { corrected: 'S', confidence: 0.85, reason: "pattern: '5' in brackets after a first name and a surname is the party letter S" };
}
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * A lone "1" between words is the preposition i ("1 samband med"); so is one after the time of a
 * meeting, where its place follows ("kl. 19.00 1 församlingshemmet", "kl. 14.00 1 Arboga"). (A "|"
 * opening a line before a small-letter word is as often a table's rule before a title as the capital I.)
 * @param lexicon tells a place after a time (a proper noun) from an agenda item's title
 */
export function prepositionOneFix(tokens: readonly Token[], k: number, lexicon?: Lexicon): PatternFix | null {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (t.chunk !== '1' || !next) return null;
  const previous = tokens[k - 1];
  if (previous && CLOCK_TIME.test(previous.chunk) && !UNITS_AFTER_ONE.has(next.text.toLowerCase())) {
    const place = isLowerWord(next.text) || (lexicon !== undefined && isCapitalisedWord(next.text) && isProperNounForm(lexicon, next.text.toLowerCase()));
    return place ? { corrected: 'i', confidence: 0.85, reason: "pattern: '1' after a time and before a place is the preposition 'i'" } : null;
  }
  if (!isLowerWord(next.text) || UNITS_AFTER_ONE.has(next.text)) return null;
  if (previous) {
    const prev = previous.chunk.toLowerCase();
    if (NUMBER_WORDS_BEFORE.has(prev) || /\d/.test(prev)) return null;
    const sentenceEnd = /[.!?:]$/.test(prev);
    if (!sentenceEnd && !isLowerWord(previous.text)) return null;
    return sentenceEnd
      ? { corrected: 'I', confidence: 0.85, reason: "pattern: '1' opening a sentence before a word is 'I'" }
      : { corrected: 'i', confidence: 0.9, reason: "pattern: '1' between words is the preposition 'i'" };
  }
  return null;
}

/**
 * "4, Övrigt": an agenda line opening with its item number and a capitalised title, the number's full
 * stop read as a comma (a speck under it). Only where the line before is blank or itself an item
 * ("3. Ekonomi"): after running text the same shape is an address or a list wrapped onto the line
 * ("… lokaler, Storgatan / 4, Solna").
 */
export function itemNumberCommaFix(tokens: readonly Token[], k: number, afterBlankOrItem: boolean): PatternFix | null {
  if (k !== 0 || !afterBlankOrItem) return null;
  const t = tokens[0]!;
  const next = tokens[1];
  if (!next || !ITEM_WITH_COMMA.test(t.chunk) || t.chunk === '0,' || !isCapitalisedWord(next.text) || next.text.length < 2 || next.start !== next.chunkStart) return null;
  return { corrected: `${t.text}.`, confidence: 0.85, reason: `pattern: '${t.chunk}' opening an agenda line before its title is the item number '${t.text}.'` };
}
const ITEM_WITH_COMMA = /^\d{1,2},$/;

const TIME = '\\d{1,2}[.:]\\d{2}';
/** A clock time as a chunk of its own ("19.30", "14:00,"). */
const CLOCK_TIME = /^(?:[01]?\d|2[0-3])[.:][0-5]\d,?$/;
const YEAR = '(?:19|20)\\d{2}';
const DATE = '(?:19|20)\\d{2}-\\d{2}-\\d{2}';
const RANGE = new RegExp(`^(${DATE}|${TIME}|${YEAR}|\\d{1,3})(—-|–-|—|-)(${DATE}|${TIME}|${YEAR}|\\d{1,3})$`);

/**
 * Dashes in ranges. An em dash (or "—-") between two times, dates or numbers
 * is an en dash read wrong: applied. A plain hyphen there may be what the
 * source typed (pages mix both), so it is only flagged, with a higher
 * confidence where the document writes its other ranges with en dashes. A spaced em dash
 * or hyphen between words is flagged only.
 * @param enDashRanges the document's other ranges use en dashes (see document-profile.ts)
 */
export function dashFix(t: Token, enDashRanges = false, afterParagraphSign = false): PatternFix | null {
  const m = RANGE.exec(t.text);
  if (!m) return null;
  const [, a, dash, b] = m as unknown as [string, string, string, string];
  const kind = (x: string): string => (x.length === 10 ? 'date' : x.includes('.') || x.includes(':') ? 'time' : x.length === 4 ? 'year' : 'number');
  if (kind(a) !== kind(b)) return null;
  if (kind(a) === 'number' && !afterParagraphSign && dash === '-') return null;
  if ((kind(a) === 'year' || kind(a) === 'number') && Number(b) <= Number(a)) return null;
  const corrected = `${a}–${b}`;
  if (dash !== '-') return { corrected, confidence: 0.92, reason: `pattern: '${dash}' in a range of ${kind(a)}s is an en dash read wrong` };
  // A hyphen range on a page that also writes en-dash ranges means the page mixes both
  // (sources do, and the Swedish model reads en dashes right): flag, never apply.
  return enDashRanges
    ? { corrected, confidence: 0.7, reason: `pattern: a hyphen in a range of ${kind(a)}s on a page that also writes en-dash ranges (flagged only: the page mixes both)` }
    : { corrected, confidence: 0.55, reason: `pattern: a range of ${kind(a)}s, perhaps an en dash (flagged only: sources differ)` };
}

const RANGE_END = new RegExp(`^(${DATE}|${TIME}|${YEAR}|\\d{1,4})$`);

/**
 * A dash standing alone between spaces. Only one BETWEEN two numbers, times or
 * dates ("10 - 12") may be a range written with an en dash; a dash opening or
 * closing a line is a list bullet or a break, never a range. An em dash between
 * words may be an en dash the OCR drew long, so it is flagged; a hyphen between
 * words is what the source typed.
 */
export function spacedDashFix(tokens: readonly Token[], k: number): PatternFix | null {
  const t = tokens[k]!;
  const long = t.chunk === '—' || t.chunk === '—-';
  if (t.chunk !== '-' && !long) return null;
  const previous = tokens[k - 1];
  const next = tokens[k + 1];
  // Swedish sets its tankstreck, its list dashes and its spaced ranges with the en dash (Språkrådet); the
  // em dash is all but unused, and OCR models draw an en dash long. So a spaced em dash
  // between two words or numbers, or opening a line's list item, or closing a line, is an en dash.
  // A spaced hyphen between numbers may be what was typed (below).
  if (long && (previous || next)) {
    const where = !previous ? 'opening a line' : !next ? 'closing a line' : 'between words or numbers';
    return { corrected: '–', confidence: 0.86, reason: `pattern: a spaced '${t.chunk}' ${where} is the en dash (tankstreck) drawn long` };
  }
  if (!previous || !next) return null;
  // Between two words the spaced dash is a tankstreck, and word processors set it as an en dash;
  // neither OCR model writes one. After a number ("§ 1 - Val") it may be a typed hyphen: left as typed.
  if (endsWithLetter(previous.chunk) && startsWithLetter(next.chunk)) {
    return { corrected: '–', confidence: 0.86, reason: "pattern: a spaced hyphen between two words is the tankstreck, an en dash" };
  }
  if (RANGE_END.test(previous.chunk) && RANGE_END.test(next.text)) {
    return { corrected: '–', confidence: 0.5, reason: 'pattern: a spaced hyphen between two numbers, perhaps an en-dash range (flagged only: sources differ)' };
  }
  return null;
}

function endsWithLetter(s: string): boolean {
  const last = s.at(-1);
  return last !== undefined && last.toLowerCase() !== last.toUpperCase();
}

function startsWithLetter(s: string): boolean {
  const first = s[0];
  return first !== undefined && first.toLowerCase() !== first.toUpperCase();
}

function isLowerWord(s: string): boolean {
  if (!s) return false;
  for (const ch of s) if (ch === ch.toUpperCase()) return false;
  return true;
}

function isCapitalisedWord(s: string): boolean {
  const first = s[0];
  return !!first && first !== first.toLowerCase();
}
