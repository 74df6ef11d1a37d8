import type { ItemHeading } from './item-heading.ts';

// "1) Budget: ok.", "2) Fest: 17/5 kl 18.": quick notes put a short sentence of any kind after the colon.
const RUN_IN_AFTER_COLON = /^([^:.!?]{2,60}?):\s+((?:\p{Lu}|\p{Ll}{2,}\s*[.!]?$|\p{Ll}+\s|\d).*[.!?])$/u;
// "§ 2 Val av mötesordförande: Till mötesordförande valdes Britt Lund" / "och till …": the sentence after the colon
// wrapped at the margin, so it has no stop on the heading's row; a verb in the past says it is a sentence, not the
// rest of a title ("Motion: Fler cykelbanor i centrum").
const RUN_IN_AFTER_COLON_WRAPPED = /^([^:.!?]{2,60}?):\s+(\p{Lu}\S*(?:\s+\S+){3,})$/u;
export const PAST_VERB = /(?<!\p{L})\p{L}{2,}(?:de|te|des|tes|ts|gs|os|ogs)(?<!nde|ndes)(?!\p{L})/u;
// "beslöt", "föreslog", "gick", "var": the strong verbs of minutes, whose past takes no ending PAST_VERB knows.
export const STRONG_PAST_VERB = /(?<!\p{L})(?:\p{L}*(?:beslöt|beslot|slog|drog|tog|gav|fick|gick|kom|blev|höll|bjöd|lät|stod|såg|skrev|sköt|låg)s?|var|voro|blevo|sade)(?!\p{L})/iu;

export function runInAfterColon(title: string): RegExpExecArray | null {
  const whole = RUN_IN_AFTER_COLON.exec(title);
  // "Gästföreläsning: Ensamhet bland äldre – vad säger forskningen?": a talk's subject and the question it asks after a
  // dash is the point's title, not a note's question ("Fest: Vem ordnar?").
  if (whole && /\s[–—-]\s+\p{Ll}[^.!?]*\?$/u.test(whole[2]!)) return null;
  if (whole) return whole;
  const wrapped = RUN_IN_AFTER_COLON_WRAPPED.exec(title);
  return wrapped && PAST_VERB.test(wrapped[2]!) ? wrapped : null;
}
// The title's last word has three letters or more and no stop of its own, so "kl." or "t.ex." never ends it.
// The sentence may wrap onto the next row, and OCR may double the stop without a space ("småföretag..KL berättade").
export const RUN_IN_AFTER_STOP = /^(\p{Lu}[^.:!?]{1,58}?\p{L}{3})(?:\.\s+|\.\.\s*)(\p{Lu}.*(?:[.!?]|\s\p{L}+))$/u;

/**
 * "81 Mötets öppnande: Klubbens ordförande … öppnade mötet kl. 18.00.": a heading found past the usual patterns (a sign
 * glued to its number, a gap filled in a chain) keeps its run-in notes after the colon as every other heading does.
 */
export function withRunInTitle(heading: ItemHeading): ItemHeading {
  if (heading.runIn) return heading;
  const runIn = runInAfterColon(heading.title);
  return runIn ? { ...heading, title: runIn[1]!.trim(), trailing: [runIn[2]!, ...heading.trailing], runIn: true } : heading;
}
