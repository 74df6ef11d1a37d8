// Decides one word: ranks its candidate readings by prior, edits and context, and gives the
// winner a calibrated confidence, lowered where the word's place makes a change a guess.
import type { CorrectionEvidence } from '../domain/index.ts';
import type { Candidate } from './candidate.ts';
import { casePattern } from './case-pattern.ts';
import { describeEdits } from './confusion-table.ts';
import { calibratedConfidence } from './confidence.ts';
import { contextFeatures, type Neighbours } from './context-model.ts';
import { isAddedDiacritic, isLostDiacritic, type DamageLevel } from './document-profile.ts';
import { dropHalfRepairedCompounds } from './half-repaired.ts';
import { isCommonEnoughAfterOpener, isInventedCapital } from './invented-capital.ts';
import { CONTEXT_ON_DAMAGE_CONFIDENCE, isContextOnDamage } from './context-on-damage.ts';
import { isRestoredCompound, RESTORED_COMPOUND_CONFIDENCE } from './restored-compound.ts';
import { isNounAfterModifier, NOUN_AFTER_MODIFIER_CONFIDENCE } from './noun-after-modifier.ts';
import { shareOfBest } from './listed-over-compound.ts';
import { outranksUnrankedSpelling } from './ranked-over-unranked.ts';
import { isProperNounForm, type Lexicon } from './lexicon.ts';
import { isAbbreviationEntry } from './lexicon-format.ts';
import { corpusPrefers, neighbourLifts } from './neighbour-lift.ts';
import { foldDiacritics, learnedForm, writeInCaseOf } from './reading-case.ts';
import { dropsLetter, endsInNameElement, hasPresentTense, isProperNoun, isVerbInfinitive, restoresNameElement, splitsIntoElementsAlone, swapsCapitalInitial, tradesLatinLetters } from './reading-checks.ts';
import { syntaxLift } from './syntax-cues.ts';
import { tradesIntoNameEnd } from './name-end-slip.ts';
import { isListedSurnameTwin } from './surname-twin.ts';
import { INFINITIVE_AFTER_DETERMINER_CONFIDENCE, isInfinitiveAfterDeterminer } from './infinitive-after-determiner.ts';
import { passiveFamilyLift } from './passive-family-prior.ts';
import { isUnrankedTwin, rankedTwinFolds, UNRANKED_TWIN_SHIFT } from './unranked-twin.ts';
import { ROOM_NAME_LIFT } from './room-name.ts';
import { isFiniteVerb } from './capital-after-capitalised.ts';
import { isYearBeforeNumber, YEAR_BEFORE_NUMBER_CONFIDENCE } from './year-before-number.ts';
import type { WordPlace } from './word-place.ts';
import { mayDoubleAtLineEnd, wordCandidates } from './word-candidates.ts';
import { DOMAIN_PER_MILLION, MAX_NAME_LENGTH, NAME_COMPOUND_LOG_PRIOR, wordLogPrior } from './word-prior.ts';

/** A decision to change a word: its reading and the evidence for it. */
export interface WordFix {
  corrected: string;
  confidence: number;
  evidence: CorrectionEvidence;
  reason: string;
}

/** A change, 'unknown' (nothing accepts the word), or null (the word stays as it is). */
export type Decision = WordFix | 'unknown' | null;

// Same word, same neighbours: same decision. OCR confidence varies per word, so it bypasses this cache.
export function cachedDecision(
  word: string,
  lexicon: Lexicon,
  around: Neighbours,
  lineEnd: boolean,
  level: DamageLevel,
  ocrConfidence: number | undefined,
  place: WordPlace,
): Decision {
  lineEnd &&= mayDoubleAtLineEnd(word);
  if (ocrConfidence !== undefined) return decideWord(word, lexicon, around, lineEnd, level, place, ocrConfidence);
  const key = `${word}\u0002${around.left}\u0002${around.right}\u0002${placeMark(lineEnd, level, place)}`;
  const hit = lexicon.cache.get(key) as Decision | undefined;
  if (hit !== undefined) return hit;
  const decision = decideWord(word, lexicon, around, lineEnd, level, place);
  remember(lexicon, key, decision);
  return decision;
}

/**
 * Everything but the neighbours' text that a decision depends on, as one character ending its cache key: the key is
 * built for every word, and nine marks written one by one cost more than the lookup itself.
 */
function placeMark(lineEnd: boolean, level: DamageLevel, place: WordPlace): string {
  let code = lineEnd ? 1 : 0;
  code = code * 2 + (place.inName ? 1 : 0);
  code = code * 3 + (place.afterLowerWord ? 1 : place.afterOpener ? 2 : 0);
  code = code * 2 + (place.roleAfterName ? 1 : 0);
  code = code * 2 + (place.datesNext ? 1 : 0);
  code = code * 2 + (place.namesRoom === true ? 1 : 0);
  code = code * 3 + (place.afterCapitalised === 'genitive' ? 2 : place.afterCapitalised ? 1 : 0);
  code = code * 3 + LEVEL_CODE[level];
  return PLACE_MARKS[code]!;
}
const LEVEL_CODE: Record<DamageLevel, number> = { damaged: 0, mixed: 1, clean: 2 };
/** One string per combination (2·2·3·2·2·2·3·3), made once: a character above Latin-1 would be a new string each time. */
const PLACE_MARKS = Array.from({ length: 864 }, (_, code) => String.fromCharCode(0x100 + code));

// Bounds the cache for long-running workers; refilling it is cheap.
const MAX_CACHE_ENTRIES = 300_000;
function remember(lexicon: Lexicon, key: string, value: unknown): void {
  if (lexicon.cache.size >= MAX_CACHE_ENTRIES) lexicon.cache.clear();
  lexicon.cache.set(key, value);
}

/**
 * log P(OCR wrote the plain letter | truth had the diacritic), relative to what the
 * confusion table (learned on diacritic-losing OCR) assumes, per lost-diacritic edit:
 * on a damaged page nearly every å/ä/ö came out plain; on a clean page almost none did.
 */
const LOST_DIACRITIC_BONUS: Record<DamageLevel, { a: number; o: number }> = {
  damaged: { a: 1.7, o: 1.0 },
  mixed: { a: 0, o: 0 },
  clean: { a: -3, o: -3 },
};
/**
 * é for ö is what a model without ö draws; a model that reads å, ä and ö on
 * this page wrote é because é was printed ("Lindén", "armén").
 */
const CLEAN_ACUTE_PENALTY = -3;
const ACUTE = /[éÉ]/;
const SWEDISH_VOWEL = /[åäöÅÄÖ]/;
/** How much less likely an unknown reading is on a damaged page, where unknown words are mostly damage. */
const UNKNOWN_SHIFT: Record<DamageLevel, number> = { damaged: -1.5, mixed: 0, clean: 0.5 };
/**
 * A small-letter word no list or compound analysis accepts, while a reading of it is accepted, is
 * damage: in the training pages (training/ocr, training/scan-ocr, eng and swe) none of 546 such
 * tokens was right as written. Names and headings are capitalised and keep their benefit of the doubt.
 */
const LOWER_UNKNOWN_SHIFT: Record<DamageLevel, number> = { damaged: -1, mixed: 0, clean: 0 };
/** A capitalised unknown word is given a name's benefit of the doubt only where damage is not systematic. */
const NAME_SHIFT: Record<DamageLevel, number> = { damaged: -3, mixed: -1, clean: 0 };

const AGENT_NOUN = /ör$/;
const ROLE_AGENT_LIFT = 2;

/** Weight of a compound's part productivity (part-productivity.ts) on a damaged page. */
const PART_LIFT_WEIGHT = 1;
const NAME_PAIR_LIFT = 1.5;
/** The log prior of a listed name (word-prior.ts gives a domain word 20 per million). */
const NAME_LOG_PRIOR = Math.log(DOMAIN_PER_MILLION / 1e6);

/**
 * A listed form the corpus never saw beside a twin it saw: at -1 generated forms ("hojs") still
 * only flagged their seen twin ("höjs"); on the training texts folded as the English model folds
 * them, -1.5 fixes one more and breaks none of 2825 valid plain words.
 */
const UNSEEN_TWIN_SHIFT = -1.5;

/** Takes back the name prior wordCandidates gave a capitalised unknown word. */
const CAPITAL_IS_NO_NAME = -3.4;
const MIXED_CASE_SHIFT = -2;
const RARE_READING_CONFIDENCE = 0.6;
const OVER_DAMAGED_CONFIDENCE = 0.85;
/** Confidence of a reading one edit beyond the table, by its number of edits (index 4: four or more): below the 0.8 default threshold at four. */
const FREE_EDIT_CONFIDENCE = [0.85, 0.85, 0.85, 0.82, 0.7];
const NAME_TWIN_CONFIDENCE = 0.6;

// A module constant, not a literal in the function: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const HAS_LETTER_OR_SIGN = /\p{L}|[&$]/u;

function decideWord(
  word: string,
  lexicon: Lexicon,
  around: Neighbours,
  lineEnd: boolean,
  level: DamageLevel,
  place: WordPlace,
  ocrConfidence?: number,
): Decision {
  const { inName } = place;
  if (!hasTwoCodePoints(word) || !HAS_LETTER_OR_SIGN.test(word)) return null;
  const learned = lexicon.learned.get(word.toLowerCase());
  if (learned) {
    const corrected = learnedForm(word, learned);
    if (corrected === word) return null;
    return { corrected, confidence: 0.97, evidence: 'learned', reason: `learned: the review dictionary replaces '${word}' with '${learned}'` };
  }
  const key = lineEnd ? `${word}\u0001` : word;
  let candidates = lexicon.cache.get(key) as Candidate[] | undefined;
  if (!candidates) {
    candidates = wordCandidates(word, lexicon, lineEnd);
    remember(lexicon, key, candidates);
  }
  const original = candidates.find((c) => c.text === word)!;
  if (candidates.length === 1) return original.evidence === 'unknown' ? 'unknown' : null;

  const features = contextFeatures(around);
  const originalBonus = ocrConfidence === undefined ? 0 : Math.max(-1, Math.min(0.6, 4 * (ocrConfidence - 0.85)));
  // A word that is already a word only loses diacritics; rarer slips (i→ä, d→å)
  // are evidence enough for an unknown token, never for a valid one ("sitt").
  // A capital after a small letter ("kI") is itself an OCR sign, whatever the lexicon says.
  const originalKnown = original.evidence !== 'unknown' && casePattern(word) !== 'mixed';
  // An original that is only a compound split ("hand+liggning") is weaker: a listed word may replace it by any slip.
  const originalListed = originalKnown && original.evidence !== 'compound' && original.smallProperNoun !== true;
  const rivals = candidates.filter(
    (c) =>
      c === original ||
      (c.evidence !== 'unknown' &&
        !c.edits.some(swapsCapitalInitial) &&
        (c.overDamaged !== true || level === 'damaged') &&
        (!originalKnown ||
          c.edits.every(isLostDiacritic) ||
          (!originalListed && c.evidence !== 'compound') ||
          (c.rivalOfRare === true && (level === 'damaged' || (c.edits.length > 0 && c.edits.every(isAddedDiacritic)))) ||
          (c.corpusSlip === true && level === 'damaged' && corpusPrefers(lexicon, c, original, around)))),
  );
  if (level === 'damaged') dropHalfRepairedCompounds(rivals, original, word);
  // Nothing the word's place allows stands against it: it stays, as a word with no other reading does, and
  // weighing its neighbours for it alone would change nothing.
  if (rivals.length === 1) return original.evidence === 'unknown' ? 'unknown' : null;
  const pattern = casePattern(word);
  // A capital opening a sentence or a heading says nothing about names.
  const nameLike = (pattern === 'title' || pattern === 'upper') && around.left !== '<s>';
  // The table's low odds of an é being right come from the model without ö; here it is.
  let acuteIdentityRefund = 0;
  if (level === 'clean') for (const ch of word) if (ACUTE.test(ch)) acuteIdentityRefund -= lexicon.confusions.identity.get(ch) ?? 0;
  // Spellings a common noun of the lexicon also gives ("osten", "högländer"): where a name stands, the name is likelier.
  const corpusWords = lexicon.corpus?.words;
  const unseenBesideSeenTwin =
    corpusWords !== undefined &&
    original.evidence === 'lexicon' &&
    !corpusWords.has(original.lower) &&
    rivals.some((c) => c !== original && c.evidence === 'lexicon' && corpusWords.get(c.lower)?.listed === true && foldDiacritics(c.lower) === foldDiacritics(original.lower));
  const commonNounFolds = new Set(inName ? rivals.filter((c) => c.evidence === 'lexicon').map((c) => foldDiacritics(c.lower)) : []);
  const nameTwinFolds = new Set(
    inName && pattern === 'title'
      ? rivals
          .filter((c) => c !== original && ((c.evidence === 'domain' && !c.parts && isProperNoun(lexicon, c.lower)) || restoresNameElement(lexicon, c, original)))
          .map((c) => foldDiacritics(c.lower))
      : [],
  );
  const rankedFolds = rankedTwinFolds(lexicon, rivals, original);
  const lifts = neighbourLifts(lexicon, around, features);
  const scored = rivals.map((c) => {
    const lift = lifts.context(c.lower) + syntaxLift(c.lower, around.left, around.right) + lifts.bigram(c);
    let adjust = c === original ? originalBonus + (level === 'clean' ? acuteIdentityRefund : 0) : 0;
    for (const e of c.edits) {
      if (isLostDiacritic(e)) adjust += LOST_DIACRITIC_BONUS[level][e.from.toLowerCase() === 'o' ? 'o' : 'a'];
      else if (level === 'clean' && ACUTE.test(e.from) && SWEDISH_VOWEL.test(e.to)) adjust += CLEAN_ACUTE_PENALTY;
    }
    if (c.evidence === 'unknown') {
      adjust += UNKNOWN_SHIFT[level] + (nameLike ? NAME_SHIFT[level] : pattern === 'lower' ? LOWER_UNKNOWN_SHIFT[level] : CAPITAL_IS_NO_NAME);
      // "BoksJut": a capital inside a small-letter word is itself a sign of OCR damage.
      if (pattern === 'mixed' && c.text.length > 3) adjust += MIXED_CASE_SHIFT;
    }
    // An unlisted word that merely splits into parts is, on a damaged page, as suspect as an unknown one.
    else if (c === original && (c.evidence === 'compound' || c.smallProperNoun === true)) adjust += UNKNOWN_SHIFT[level];
    if (level === 'damaged' && c.partLift) adjust += PART_LIFT_WEIGHT * c.partLift;
    adjust += passiveFamilyLift(lexicon, c, original);
    // A role in brackets after a name is a person: the agent noun in -ör ("kassör", "direktör"),
    // not the plural in -or its lost ö leaves ("kassor").
    if (place.roleAfterName && c !== original && AGENT_NOUN.test(c.lower) && c.edits.some(isLostDiacritic)) adjust += ROLE_AGENT_LIFT;
    // A listed word the large corpus never saw, beside a diacritic twin it did see
    // ("nedskrapning" / "nedskräpning"), is the rarer of the two.
    if (c === original && unseenBesideSeenTwin) adjust += UNSEEN_TWIN_SHIFT;
    // "värdcentralerna" beside "vårdcentralerna": a generated form nobody ranks is the rarer twin.
    if (isUnrankedTwin(lexicon, c, original, rankedFolds)) adjust += UNRANKED_TWIN_SHIFT;
    // "Eva Lindback" / "Lindbäck": only the reading splits into name elements (lind+bäck). A lift the size of a
    // name pair's, no more: plain names of the same shape are real too ("Tornberg" beside "Törnberg"), and with
    // 2.5 three held-out names were broken for seven fixed.
    if (inName && pattern === 'title' && c !== original && splitsIntoElementsAlone(lexicon, c, original)) adjust += NAME_PAIR_LIFT;
    // "sal Vattern" is "sal Vättern": after a room word a place hunspell knows only with its capital names the room.
    if (place.namesRoom && pattern === 'title' && c !== original && c.edits.length > 0 && c.edits.every(isLostDiacritic) && isProperNounForm(lexicon, c.lower)) adjust += ROOM_NAME_LIFT;
    // "Osten Hällqvist": a capitalised word before a surname is a first name, so a listed name beats a common noun.
    if (inName && pattern === 'title' && c.evidence === 'domain' && commonNounFolds.has(foldDiacritics(c.lower))) {
      adjust += NAME_PAIR_LIFT;
      // ... and is weighed as a name: a listed name gets at least a listed name's prior, whatever the corpus says of the word.
      adjust += Math.max(0, NAME_LOG_PRIOR - wordLogPrior(lexicon, c.lower));
    }
    // "Göran Back (V)": how common "back" is as a word says nothing of how common it is as a surname,
    // so beside a listed name it spells with å/ä/ö ("Bäck") it is weighed as a name no list holds
    // (as one of name elements is), at most.
    if (c === original && inName && pattern === 'title' && c.evidence === 'lexicon' && nameTwinFolds.has(foldDiacritics(c.lower))) {
      adjust -= Math.max(0, wordLogPrior(lexicon, c.lower) - NAME_COMPOUND_LOG_PRIOR);
    }
    return { c, score: c.score + lift + adjust, base: c.score + adjust, lift };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  if (best.c === original) return original.evidence === 'unknown' ? 'unknown' : null;
  const byPriorBest = [...scored].sort((a, b) => b.base - a.base)[0]!;
  const contextDecided = byPriorBest.c !== best.c;

  const probability = shareOfBest(scored, best, original);
  const corrected =
    (place.afterLowerWord ||
      (place.afterOpener && isCommonEnoughAfterOpener(best.c.lower, lexicon)) ||
      place.afterCapitalised === 'genitive' ||
      (place.afterCapitalised === 'word' && isFiniteVerb(lexicon, best.c.lower))) &&
    best.c.evidence !== 'unknown' &&
    !endsInNameElement(best.c, lexicon) &&
    isInventedCapital(word, best.c.lower, lexicon)
      ? best.c.lower
      : writeInCaseOf(word, best.c.text);
  const evidence: CorrectionEvidence = contextDecided ? 'context' : best.c.evidence === 'unknown' ? 'lexicon' : best.c.evidence;
  let confidence = calibratedConfidence(evidence, probability);
  if (isRestoredCompound(word, best.c, original, rivals, level)) confidence = Math.max(confidence, RESTORED_COMPOUND_CONFIDENCE);
  if (isContextOnDamage(word, best.c, original, contextDecided, level)) confidence = Math.max(confidence, CONTEXT_ON_DAMAGE_CONFIDENCE);
  if (isNounAfterModifier(lexicon, word, best.c, original, around.left, level)) confidence = Math.max(confidence, NOUN_AFTER_MODIFIER_CONFIDENCE);
  if (isYearBeforeNumber(best.c.lower, around)) confidence = Math.max(confidence, YEAR_BEFORE_NUMBER_CONFIDENCE);
  // A reading the frequency list marks as rare (below 1 per million: rude or odd words like a
  // dropped-letter "kåt" for "ökat") is never written in on its own evidence: flag it.
  const listedFrequency = lexicon.frequency.get(best.c.lower);
  if (listedFrequency !== undefined && listedFrequency < 1) confidence = Math.min(confidence, RARE_READING_CONFIDENCE);
  // Both spellings are names the domain list holds (Marit/Märit): nothing on the page tells them apart.
  // A spelling only name elements build (ram+sson) is no listed name: the listed one stands against a guess.
  if (original.evidence === 'domain' && !original.parts && best.c.evidence === 'domain' && !best.c.parts && pattern === 'title') {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  if (isInfinitiveAfterDeterminer(lexicon, best.c.lower, original.lower, originalKnown, around.left)) confidence = Math.min(confidence, INFINITIVE_AFTER_DETERMINER_CONFIDENCE);
  // A listed word nobody writes as a common word, after a first name, is a surname as written (Backman/Bäckman).
  // First names are left to the lists: on the training pages the listed spelling with å/ä/ö was right (6 of 6).
  if (inName && pattern === 'title' && isProperNoun(lexicon, around.left) && isListedSurnameTwin(lexicon, best.c, original)) confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  // A reading beyond the confusion table rests on the page's damage and one list: never near-certain.
  if (best.c.overDamaged) confidence = Math.min(confidence, OVER_DAMAGED_CONFIDENCE);
  // A reading one edit beyond the table: each further edit is one more guess, so many of them only flag it.
  if (best.c.freeEditCount !== undefined) confidence = Math.min(confidence, FREE_EDIT_CONFIDENCE[Math.min(best.c.freeEditCount, FREE_EDIT_CONFIDENCE.length - 1)]!);
  // "Minutes" is no "Minuts": a capitalised word of a name's length (a name, an English label) may hold
  // any letters, so a letter dropped from it that leaves only a word the frequency list never ranks is a guess.
  if ((pattern === 'title' || pattern === 'upper') && [...word].length <= MAX_NAME_LENGTH && best.c.edits.length > 0 && best.c.edits.every(dropsLetter) && listedFrequency === undefined) {
    confidence = Math.min(confidence, RARE_READING_CONFIDENCE);
  }
  // A capitalised word in a name pair ("Hédi Larsson", "Saga Nordin") is most likely a name: merging
  // its letters into a common word ("Häl"), or trading a word it already spells for another common
  // word ("Säga"), is only ever a suggestion.
  // (Surnames built of name elements, "Séderholm" → "Söderholm", are not common words: they pass; so does
  // a reading that only restores å/ä/ö to give a name element where the spelling as written is none:
  // "Linda Ost" is "Linda Öst", "Per Hall" is "Per Häll".)
  if (
    inName &&
    pattern === 'title' &&
    best.c.evidence === 'lexicon' &&
    (original.evidence !== 'unknown' || [...best.c.text].length !== [...word].length) &&
    !restoresNameElement(lexicon, best.c, original) &&
    !splitsIntoElementsAlone(lexicon, best.c, original) &&
    !(original.evidence === 'unknown' && isProperNounForm(lexicon, best.c.lower)) &&
    !outranksUnrankedSpelling(lexicon, best.c, original)
  ) {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  // "Ulla Aho" is no "Åbo": the English model reads plain Latin letters of a name well, so a
  // common word reached by trading one for another ("h" → "b") is another word, not the name repaired.
  if (inName && pattern === 'title' && best.c.evidence === 'lexicon' && best.c.edits.some(tradesLatinLetters) && !tradesIntoNameEnd(lexicon, best.c, original)) {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  // "Pelle Ånström" is no "Åström": on a page the Swedish model read (clean), a name's letters came out as
  // printed, so a name-pair word that only loses a letter to meet a listed name is another name, not a slip.
  if (inName && pattern === 'title' && level === 'clean' && best.c.edits.length > 0 && best.c.edits.every(dropsLetter)) {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  // "Sten & Son", "hennes son" are no "sön": a weekday's or month's abbreviation stands before its date
  // ("sön 3 mars") or in a range ("mån-fre"); elsewhere it is no reading of a word the lexicon lists.
  if (best.c.evidence === 'domain' && original.evidence !== 'unknown' && !place.datesNext && isAbbreviationEntry(lexicon.domain.get(best.c.lower) ?? '')) {
    confidence = Math.min(confidence, RARE_READING_CONFIDENCE);
  }
  // "Rana Aziz" is no "Råna": surnames are often nouns and adjectives ("Lönn", "Grön", "Sköld"), never a verb's
  // infinitive, so a name-pair word no list holds that only a verb explains is only ever a suggestion.
  if (inName && pattern === 'title' && original.evidence === 'unknown' && best.c.evidence === 'lexicon' && isVerbInfinitive(lexicon, best.c.lower)) {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  // "rum Saga" is no "rum Säga": a capital after a small-letter word marks a name, and a verb is never
  // written with one there (a capital the reading turns into å/ä/ö is the English model's, invented-capital.ts).
  if ((place.afterLowerWord || place.namesRoom === true) && pattern === 'title' && best.c.lower[0] === word[0]!.toLowerCase() && hasPresentTense(lexicon, best.c.lower)) {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  return { corrected, confidence, evidence, reason: describe(evidence, best.c, word, around) };
}

/** `[...word].length >= 2` without spreading the word: three code units are two code points at least, two are unless they pair. */
function hasTwoCodePoints(word: string): boolean {
  if (word.length >= 3) return true;
  if (word.length < 2) return false;
  const high = word.charCodeAt(0);
  const low = word.charCodeAt(1);
  return !(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff);
}

function describe(evidence: CorrectionEvidence, c: Candidate, word: string, around: Neighbours): string {
  const edits = describeEdits(c.edits);
  switch (evidence) {
    case 'compound':
      return `compound: ${edits} gives ${c.parts?.join('+') ?? c.lower}, a compound of known words ('${word}' is unknown)`;
    case 'domain':
      return c.parts
        ? `domain: ${edits} gives '${c.text}', a name made of ${c.parts.join('+')}`
        : `domain: ${edits} gives '${c.text}' from the domain dictionary`;
    case 'context':
      return `context: ${edits} gives '${c.lower}', which fits between '${around.left}' and '${around.right}'`;
    default:
      return `lexicon: ${edits} gives a known word '${c.lower}'`;
  }
}
