// Readings of one OCR token that a dictionary accepts, each with a score:
// channel log probability (how likely the OCR made these edits) plus the
// word's log prior (how common the word is). Context is added later, per
// occurrence; this part depends on the token alone and is cached.
import { tableWithAForÖ } from './a-for-o-umlaut.ts';
import { MAX_EDITS, readingsOf, SCORE_WINDOW } from './accepted-readings.ts';
import { mergeSameWord, type Candidate } from './candidate.ts';
import { casePattern } from './case-pattern.ts';
import { weighFirstPartTwins } from './first-part-twins.ts';
import { isPlainWord } from './letter-classes.ts';
import { knowWord, type Lexicon } from './lexicon.ts';
import { corpusSlipRivals, frequentRivals, isRareListed, isSmallProperNoun, knownWordCandidates } from './listed-word-rivals.ts';
import { innerDropVariants, leadingDropVariants, lengthVariants, mergedDoubleVariants, strayLetterReadings } from './one-letter-variants.ts';
import { plainSlipReadings } from './plain-slip-readings.ts';
import { oldPluralPassiveReadings } from './old-plural-passive.ts';
import { rareSlipReadings } from './rare-slip-readings.ts';
import { signPairReadings } from './sign-pair-readings.ts';
import { identityLogChannel, searchReadings } from './variant-search.ts';
import { nearDomainWords } from './domain-near.ts';
import { freeEditVariants, keepFreeEditReadings } from './free-edit-readings.ts';
import { garbledPartEndVariants } from './garbled-part-end.ts';
import { nameEndReadings } from './name-end-reading.ts';
import { MAX_NAME_LENGTH, UNKNOWN_LOG_PRIOR, UNKNOWN_NAME_LOG_PRIOR, UNLISTED_START_NAME_LOG_PRIOR, wordLogPrior } from './word-prior.ts';

/**
 * Candidate readings of `token`, best first; the token itself is always among
 * them (evidence 'unknown' when nothing accepts it).
 * @param lineEnd a doubled last letter at the end of a line is a known OCR slip
 */
export function wordCandidates(token: string, lexicon: Lexicon, lineEnd: boolean): Candidate[] {
  // A listed word may only lose diacritics (repair-line.ts allows no other rival),
  // so it needs only those readings: most tokens are listed words, and this keeps them cheap.
  const smallProperNoun = isSmallProperNoun(token, lexicon);
  const listed = knowWord(lexicon, token.toLowerCase()) !== null && !hasInnerCapital(token) && !smallProperNoun;
  if (listed) {
    const known = knownWordCandidates(token, lexicon);
    if (isRareListed(token, lexicon)) known.push(...frequentRivals(token, lexicon));
    known.push(...corpusSlipRivals(token, lexicon));
    return mergeSameWord(known).slice(0, 8);
  }
  const variants = searchReadings(token, lexicon.confusions, lexicon, { maxEdits: MAX_EDITS, limit: 4000, minLogp: -16, compounds: true });
  if (lineEnd && mayDoubleAtLineEnd(token)) {
    variants.push({ text: token.slice(0, -1), logChannel: Math.log(0.05), edits: [{ from: token.slice(-2), to: token.slice(-1) }] });
  }
  // The search keeps whatever may still become a word, a compound or a name; whether the table's
  // slips explain the token is what a list accepts of it.
  const out = readingsOf(token, variants, lexicon);
  out.push(...oldPluralPassiveReadings(token, lexicon));
  // The rare ö read as a: searched only when the table's usual slips explain nothing, which keeps it cheap.
  if (!firmReading(out) && /a/i.test(token)) out.push(...readingsOf(token, searchReadings(token, tableWithAForÖ(lexicon), lexicon, { maxEdits: MAX_EDITS, limit: 4000, minLogp: -16, compounds: true }), lexicon));
  const tableExplains = firmReading(out);
  const rarer = [
    ...lengthVariants(token),
    // Slips the table explains are likelier than a stray letter: search those only when none gave anything.
    ...strayLetterReadings(token, lexicon, tableExplains),
    ...leadingDropVariants(token, lexicon),
    // A dropped letter is rarer than any slip the table explains: looked for only when none did.
    ...(tableExplains ? [] : innerDropVariants(token, lexicon)),
    ...mergedDoubleVariants(token, lexicon),
  ];
  // Readings already found set the bar the rarer ones' splits must reach, as if judged together.
  out.push(...readingsOf(token, rarer, lexicon, out.reduce((m, c) => Math.max(m, c.score), -Infinity) - SCORE_WINDOW));
  const capitalised = token[0] !== undefined && token[0] !== token[0].toLowerCase();
  // Only where no listed word explains the token already: a garbled glyph is rarer than any slip the table holds.
  if (!out.some((c) => c.evidence === 'lexicon' || c.evidence === 'domain')) out.push(...garbledPartEndReadings(token, lexicon));
  // A sign glyph with a stray piece beside it ("Kassb6ren"): only where nothing else explains the token.
  if (!firmReading(out)) out.push(...signPairReadings(token, lexicon));
  // A plain letter for å/ä/ö that the table holds too rarely to search everywhere: only where nothing else explains the token.
  if (!firmReading(out)) out.push(...rareSlipReadings(token, lexicon));
  // Only where nothing else explains the token: a reading that also restores the first part ("Öhrström") is better.
  if (capitalised && !firmReading(out)) {
    for (const v of nameEndReadings(token, lexicon)) {
      out.push({ text: v.text, lower: v.text.toLowerCase(), score: v.logChannel + UNLISTED_START_NAME_LOG_PRIOR, evidence: 'domain', edits: v.edits, parts: v.parts });
    }
  }
  if (!firmReading(out)) out.push(...overDamagedReadings(token, lexicon));
  // A slip beyond the table is rarer than any the table explains: only where no listed word explains the token already.
  // A token a list accepts as written (a compound, a name) is never read through a slip the table does not know;
  // nor a capitalised one the table reads as a compound already ("Sjédalens": a place, whatever word one free edit finds).
  const explained = out.some((c) => c.evidence === 'lexicon' || c.evidence === 'domain' || c.text === token) || (capitalised && firmReading(out));
  if (!explained) out.push(...freeEditReadings(token, lexicon));
  // A slip between two plain letters is rarer still, and turns valid words into others: only where no list accepts
  // the token as written and no listed word explains it through the table; a split or a reading beyond the table
  // (a split after a stray letter) is a rival, no reason not to look.
  if (!out.some((c) => c.text === token || ((c.evidence === 'lexicon' || c.evidence === 'domain') && !c.overDamaged))) out.push(...plainSlipReadings(token, lexicon));
  if (smallProperNoun) for (const c of out) if (c.text === token) c.smallProperNoun = true;
  if (!out.some((c) => c.text === token)) {
    const lower = token.toLowerCase();
    // Names are short; a capitalised word this long is a heading's compound, not a name.
    const name = token[0] !== undefined && token[0] !== token[0].toLowerCase() && token.length <= MAX_NAME_LENGTH;
    out.push({
      text: token,
      lower,
      score: (name ? UNKNOWN_NAME_LOG_PRIOR : UNKNOWN_LOG_PRIOR) + identityLogChannel(token, lexicon.confusions),
      evidence: 'unknown',
      edits: [],
    });
  }
  // Not a capitalised token: a name's elements ("Bäck+elin") are not weighed as common words.
  if (casePattern(token) === 'lower') weighFirstPartTwins(out, lexicon);
  return topKeepingToken(mergeSameWord(out), token);
}

/**
 * Whether some reading explains the token well enough that rarer slips need not be searched. A
 * compound opening with a learned start does not: it proposes a reading, but one that no flag
 * vouches for must not keep a reading through a rarer slip from being weighed against it.
 */
function firmReading(out: readonly Candidate[]): boolean {
  return out.some((c) => c.learnedStart !== true);
}

/**
 * The token's last letter may be the doubled slip a line's end shows. Not for a capitalised word: names end in
 * doubled letters ("Stigg"), and a line-end slip rarely hits one. Elsewhere a line's end changes nothing of the
 * token's readings, so decide-word.ts keys them (and its decisions) alike wherever the token stands.
 */
export function mayDoubleAtLineEnd(token: string): boolean {
  return token.length > 3 && token.at(-1) === token.at(-2) && casePattern(token) !== 'title';
}

/** The best readings, the token as written always among them: the decision weighs every reading against it. */
function topKeepingToken(ranked: Candidate[], token: string): Candidate[] {
  const top = ranked.slice(0, 8);
  if (top.some((c) => c.text === token)) return top;
  const own = ranked.find((c) => c.text === token);
  if (own) top[top.length - 1] = own;
  return top;
}

/**
 * "miljpnamnden" → "miljönämnden": a first part's final å/ä/ö drawn as any glyph, or none (garbled-part-end.ts).
 * A name of elements fits too many strings; and where a listed word explains the glyphs, a compound that splits
 * them otherwise ("miljös+nämnden", the s read as a linking s) is no rival to it.
 */
function garbledPartEndReadings(token: string, lexicon: Lexicon): Candidate[] {
  // A letter read as nothing is told by no glyph at all: only a listed word may rest on it ("miljnamnden"), no split.
  const readings = readingsOf(token, garbledPartEndVariants(token, lexicon), lexicon).filter(
    (c) => !(c.evidence === 'domain' && c.parts) && (c.evidence !== 'compound' || c.edits[0]?.from !== ''),
  );
  return readings.some((c) => c.evidence !== 'compound') ? readings.filter((c) => c.evidence !== 'compound') : readings;
}

const SHORT_NAME_LENGTH = 8;
/** log P per edit the confusion table does not explain, and per diacritic restored with it. */
const LOG_PLAIN_EDIT = Math.log(0.002);
const LOG_RESTORED = Math.log(0.3);

/** Domain words two plain edits (one for short words) from an unknown token that nothing else explains. */
function overDamagedReadings(token: string, lexicon: Lexicon): Candidate[] {
  // Short names lie one letter apart (Wahlin/Wallin, Lindh/Lundh): a clean-looking
  // capitalised token that short is a name of its own, not a listed one misread.
  if (token.length < SHORT_NAME_LENGTH && casePattern(token) === 'title' && isPlainWord(token)) return [];
  const lower = token.toLowerCase();
  const near = nearDomainWords(lower, lexicon);
  if (near.length === 0) return [];
  // Two domain words equally near: the token tells them apart no better than a guess.
  if (near.length > 1 && near[1]!.plainEdits === near[0]!.plainEdits) return [];
  const best = near[0]!;
  const score = best.plainEdits * LOG_PLAIN_EDIT + best.restored * LOG_RESTORED + wordLogPrior(lexicon, best.lower);
  return [{ text: best.lower, lower: best.lower, score, evidence: 'domain', edits: [{ from: token, to: best.lower }], overDamaged: true }];
}

/** "arsberatelse" → "årsberättelse": readings one edit beyond the table, kept as free-edit-readings.ts says. */
function freeEditReadings(token: string, lexicon: Lexicon): Candidate[] {
  const variants = freeEditVariants(token, lexicon);
  return variants.length === 0 ? [] : keepFreeEditReadings(token, readingsOf(token, variants, lexicon), lexicon);
}

function hasInnerCapital(token: string): boolean {
  for (let k = 1; k < token.length; k++) {
    const ch = token[k]!;
    if (ch !== ch.toLowerCase()) return token !== token.toUpperCase();
  }
  return false;
}
