import { type DocumentLine, isBlank } from './document-lines.ts';
import { bestChain, fillOneNumberGaps } from './heading-chains.ts';
import type { ItemHeading } from './item-heading.ts';
import { withoutReference, withoutTrailingSpeckle } from './item-title-tails.ts';

// The items a protokoll opens with, whatever the body: the opening, the roll call, choosing who adjusts the minutes.
// "Öppnande och val av justerare": the opening and the choice of adjusters in one point, as short minutes write it.
const OPENING_ITEM = /^(?:val\s+av\s+(?:protokoll)?justerare?|(?:(?:mötets|sammanträdets)\s+)?öppnande(?:\s+och\s+val\s+av\s+(?:protokoll)?justerare?)?|upprop(?:\s+och\s+val\s+av\s+justerare)?|justering)$/iu;

// "Dnr 2024/12", "Dnr: KS 2023/301": the case reference a protokoll prints under a paragraph's title.
const CASE_REFERENCE_ROW = /^\s*dnr\b/iu;

/** The first row with text after the heading's is a case reference, as under a § paragraph's title. */
function referenceBelow(lines: readonly DocumentLine[], heading: ItemHeading): boolean {
  const next = lines.slice(heading.line + 1, heading.line + 4).find((line) => !isBlank(line));
  return next !== undefined && CASE_REFERENCE_ROW.test(next.cells[0] ?? '');
}

const SHORT_TITLE = /^\p{Lu}[\p{L} ,-]{2,60}$/u;

/** The first row with text under the heading is a sentence of five words or more. */
function sentenceBelow(lines: readonly DocumentLine[], heading: ItemHeading): boolean {
  const next = lines.slice(heading.line + 1, heading.line + 4).find((line) => !isBlank(line));
  return next !== undefined && /^\p{Lu}\S*(?:\s+\S+){4,}/u.test(next.text);
}

/**
 * The § chain. Headings whose sign was glued to the number ("841 Val av
 * justerare") join it only when the chain also holds two or more of them, so
 * that a lone figure opening a row ("300 Elever …") never becomes a paragraph.
 */
export function pickParagraphChain(candidates: ItemHeading[], lines: readonly DocumentLine[]): ItemHeading[] {
  const plain = bestChain(candidates.filter((c) => c.kind === 'paragraph'));
  const mixed = bestChain(candidates.filter((c) => c.kind === 'paragraph' || c.kind === 'glued'));
  const gluedCount = mixed.filter((c) => c.kind === 'glued').length;
  // "821 Val av justerare" / "§ 22 …": one glued sign trusted where it opens the chain with the item every protokoll opens with.
  const opensGlued = gluedCount === 1 && mixed[0]?.kind === 'glued' && OPENING_ITEM.test(withoutTrailingSpeckle(mixed[0].title));
  let chain = (gluedCount >= 2 || opensGlued) && mixed.length > plain.length ? mixed : plain;
  // "8 1 …", "8 2 …", "8 3 …": a one-digit number after a damaged sign is a heading only among three or more such rows.
  const withSpaced = bestChain(candidates.filter((c) => c.kind === 'paragraph' || c.kind === 'spaced'));
  const spacedCount = withSpaced.filter((c) => c.kind === 'spaced').length;
  // "8 5 Val av justerare" / "8 6 Förslag …": two such rows do, when the first is the item every protokoll opens with.
  const opensMinutes = spacedCount === 2 && OPENING_ITEM.test(withoutTrailingSpeckle(withSpaced.find((c) => c.kind === 'spaced')!.title));
  // "8 9 Tillsynsplan" / "8 10 Yttrande …": one such row in a chain with a sign-and-number heading the pattern trusts
  // ("8 10", two digits) counts on from it, so the two stand or fall together.
  const besideTrusted = spacedCount >= 1 && withSpaced.length - spacedCount >= 1 && withSpaced.length >= 2;
  // "8 7 ÅRSREDOVISNING 2023" / "Dnr 2024/12" … "8 8 INVESTERINGSPLAN" / "Dnr 2024/19": two such rows do, when each
  // has the case reference a paragraph carries under its title.
  const referenced = spacedCount === 2 && withSpaced.every((c) => c.kind !== 'spaced' || referenceBelow(lines, c));
  // "UTDRAG ur protokoll …" / "8 7 Firmateckning" / "Efter årsstämmans val …": an extract of one paragraph, its sign
  // misread. The document's only heading-like row, a short title in words with a paragraph of sentences under it.
  const lone = candidates.length === 1 && spacedCount === 1 && SHORT_TITLE.test(candidates[0]!.title) && sentenceBelow(lines, candidates[0]!);
  if ((spacedCount >= 3 || opensMinutes || besideTrusted || referenced || lone) && withSpaced.length > chain.length) chain = withSpaced;
  // "1 8 …", "2 8 …", "4 8 …": the number before a damaged sign, likewise only among three or more such rows.
  const withSignAfter = bestChain(candidates.filter((c) => c.kind === 'paragraph' || c.kind === 'signAfter'));
  if (withSignAfter.filter((c) => c.kind === 'signAfter').length >= 3 && withSignAfter.length > chain.length) chain = withSignAfter;
  // "81 Öppnande", "82 Föregående protokoll": "§1" read with the sign as a figure glued to a one-digit number.
  // A bare two-digit number cannot tell, so only a chain from 1 of three or more such rows is trusted.
  // "81. Justering", "\"83. Skolskjutsarna": with its stop and title too, where no point is numbered below ten, which
  // a list that goes on to 31 or 81 would have.
  const lowNumbered = candidates.some((c) => c.kind === 'numbered' && Number(c.number) < 10);
  const gluedSmall = candidates
    // "81." alone on its row, the title below it, is "§1." read the same way.
    // "81 – Krisledningen träder i funktion": with a dash after the number, as "§ 1 – …" prints it, not a list's stop.
    .filter((c) => (c.kind === 'bare' || (c.kind === 'numbered' && (c.title === '' || !lowNumbered || DASH_AFTER_NUMBER.test(lines[c.line]?.cells[0] ?? '')))) && /^[38][1-9]$/.test(c.number) && (c.title === '' || /^\p{Lu}/u.test(c.title)))
    .map((c): ItemHeading => ({ ...c, number: c.number.slice(1), kind: 'glued', titled: c.kind === 'numbered' && c.title !== '' && !DASH_AFTER_NUMBER.test(lines[c.line]?.cells[0] ?? '') }));
  if (gluedSmall.length >= 1) {
    // "81 …", "8 2 …", "83 …", "8 4 …": glued and spaced misreadings of one document's signs mix.
    const signed = candidates.filter((c) => (c.kind === 'paragraph' || c.kind === 'spaced') && Number(c.number) <= 9);
    const found = bestChain([...signed, ...gluedSmall].sort((a, b) => a.line - b.line));
    const lead = found[0]?.number === '2' ? bareFirstSignAbove(lines, found[0]) : null;
    const small = lead ? [lead, ...found] : found;
    const reread = small.filter((c) => c.kind === 'glued').length;
    // "8 1 Val av justerare" / "82 Hyresförhandlingar": two rows do, when the first is the item every protokoll opens with.
    const opens = small.length >= 2 && OPENING_ITEM.test(withoutTrailingSpeckle(small[0]!.title));
    // A titled "81. Justering" is trusted only beside a row that shows the sign some other way ("8 2. …", "§ 3 …"): a
    // list numbered 81, 82, 83 reads the same.
    const trusted = !small.some((c) => c.titled) || small.some((c) => c.kind === 'paragraph' || c.kind === 'spaced');
    // "81 Krisledningsnämnden träder i funktion" over "8 2 …", "§ 3 …", "§ 4 …": one glued row that three rows showing the
    // sign go on from is "§1"; a list numbered 81 does not go on with 2, 3 and 4.
    const ledBySigned = small.length >= 4 && small.slice(1).every((c) => c.kind === 'paragraph' || c.kind === 'spaced');
    if (((small.length >= 3 && reread >= 2) || opens || ledBySigned) && small[0]!.number === '1' && small.length > chain.length && trusted) chain = small;
  }
  // "Ks § 187 | Dnr …" … "Ks § 190 | Dnr …": an extract prints a few paragraphs of the minutes, their numbers far apart.
  // Rows with the sign, in rising order and each with its case reference on its row or under it, are all headings.
  // "818 Fördelning …" / "Dnr KFN 2024/12" … "821 Öppettider …": the same with OCR's figure for the sign glued to the
  // number; the case reference under each row vouches for it as it does for a printed sign.
  const signed = candidates.filter((c) => c.kind === 'paragraph' || c.kind === 'glued').sort((a, b) => a.line - b.line);
  const rising = signed.every((c, k) => k === 0 || Number(c.number) > Number(signed[k - 1]!.number));
  if (signed.length >= 2 && signed.length > chain.length && rising && signed.every((c) => CASE_REFERENCE_ON_ROW.test(lines[c.line]?.text ?? '') || referenceBelow(lines, c))) chain = signed;
  // "894 | Dnr KS 21/0412": an extract of one paragraph, the sign glued to its number, with the case reference on its
  // row or on the row under the title ("837 Uppdrag att …" / "Dnr KS-0211/2026"), as extracts print it; the first
  // heading-like row of the document, the points below it its decision's.
  const onlySigned = signed.length === 1 ? signed[0]! : null;
  const onlyReferenced = onlySigned !== null && (CASE_REFERENCE_ON_ROW.test(lines[onlySigned.line]?.text ?? '') || referenceBelow(lines, onlySigned));
  if (chain.length === 0 && onlySigned?.kind === 'glued' && onlyReferenced && candidates.every((c) => c.line >= onlySigned.line)) chain = [onlySigned];
  return chain.map((c) => (c.kind === 'glued' || c.kind === 'spaced' || c.kind === 'signAfter' ? { ...c, kind: 'paragraph' } : c));
}

const CASE_REFERENCE_ON_ROW = /\bdnr\b/iu;

const DASH_AFTER_NUMBER = /^\s*\d{1,2}\s+[–—-]\s/u;

/**
 * "si." above "82.", "83.", "84.": old minutes' "§ 1." alone on its row, the sign and the figure both misread (the figure
 * as a letter I, l or i), which leads a chain of glued signs that starts at 2. Only such a row, with nothing after the
 * stop, within the twelve rows above.
 */
function bareFirstSignAbove(lines: readonly DocumentLine[], second: ItemHeading): ItemHeading | null {
  for (let i = second.line - 1; i >= Math.max(0, second.line - 12); i--) {
    const [cell, ...rest] = lines[i]!.cells;
    if (rest.length === 0 && /^\s*[§$S358s]\s*[1Iil|][.:]?\s*$/u.test(cell ?? '')) return { line: i, number: '1', title: '', trailing: [], kind: 'glued' };
  }
  return null;
}

/**
 * "81. Mötets öppnande" above "8 2. Val …", "§ 3. …": the first paragraphs of a chain with the sign glued
 * or misread. Rows above the chain's first heading that open with a sign-like character and exactly the
 * missing numbers, counting down to 1, lead it.
 */
export function withParagraphLead(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  const first = chain[0];
  if (!first || chain.length < 2 || Number(first.number) < 2 || Number(first.number) > 3) return chain;
  const lead: ItemHeading[] = [];
  let before = first.line;
  for (let n = Number(first.number) - 1; n >= 1; n--) {
    let found: ItemHeading | null = null;
    for (let i = before - 1; i >= Math.max(0, before - 12) && !found; i--) {
      const [cell, ...rest] = lines[i]!.cells;
      // "$ I Öppnande" before "§ 2 …": OCR reads the figure 1 as a capital I or l, too.
      const m = /^\s*[§$S358s]\s*(\d|[Il|](?=\s))[.:]?\s+(\p{Lu}[^.!?]{0,78})$/u.exec(cell ?? '');
      if (m && Number(m[1]!.replace(/[Il|]/u, '1')) === n) found = withoutReference({ line: i, number: String(n), title: m[2]!.trim(), trailing: rest, kind: 'paragraph' });
    }
    if (!found) return chain;
    lead.unshift(found);
    before = found.line;
  }
  return [...lead, ...chain];
}

/**
 * "84 Avslutning" or "859" after "§ 1" … "§ 3" or "§ 56" … "§ 58": the last paragraph with its sign glued or
 * misread. The first row after the chain that opens with a sign-like character and the next number is it.
 */
export function withParagraphTail(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  const last = chain[chain.length - 1];
  if (!last || chain.length < 2 || !/^\d+$/.test(last.number)) return chain;
  const next = String(Number(last.number) + 1);
  for (let i = last.line + 1; i < lines.length; i++) {
    const [cell, ...rest] = lines[i]!.cells;
    // ". 836 Sammanträdesplan": a speck before the sign, as before any heading.
    // '8 9 "Sammanträdets avslutande': a speck read as a quote before the title.
    // "8134 :' Dnr KS 2024/0412": specks after the number, before the case reference.
    const m = /^\s*(?:[.,'`|:;]\s*)?[§$S38s]\s*(\d{1,4})[.:]?(?:\s+[|.:;'"`’]+(?=\s))*(?:\s+["'“”‘’`|]?(\p{Lu}[^.!?]{0,78}))?$/u.exec(cell ?? '');
    if (m && m[1] === next) return [...chain, withoutReference({ line: i, number: next, title: (m[2] ?? '').trim(), trailing: rest, kind: 'paragraph' })];
  }
  return chain;
}

/**
 * One number missing between two § headings ("§ 1", "§ 3") whose row OCR
 * damaged past the heading patterns ("8 2 val av justerare": the sign read as
 * a figure, the capital lost): a row between them that opens with a sign-like
 * character and exactly the missing number is that heading.
 */
export function fillParagraphGaps(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  return fillOneNumberGaps(chain, (heading, next, missing) => {
    const found: ItemHeading[] = [];
    for (let i = heading.line + 1; i < next.line; i++) {
      const [first, ...rest] = lines[i]!.cells;
      // ". 84 Budget 2024": a speck before the sign, as before any heading.
      // "8:46 Årsredovisning …": a speck between the misread sign and the number, which makes the row look like a time.
      // "£' 21 | Dnr 83/112", "sg 22": a typewriter's tall sign read as a pound sign and a speck, or as two letters; the
      // number alone in its cell, its title on the row below. "8131 :' Dnr …": specks after the number.
      // "8 3;", "85. .": a typewritten "§ 3." alone on its row, its stop read as a semicolon or a speck after it.
      const m = /^\s*(?:[.,'`|:;]\s*)?(?:[§$S358s£]|[sS][g8])\s*[:;.,'’`]?\s*(\d{1,4})[.:;,]?(?:\s+[|.:;'"`’]+(?=\s|$))*(?:\s+(\p{L}[^.!?]{0,78}))?$/u.exec(first ?? '');
      // The title under it may come after OCR's blank row.
      const below = lines.slice(i + 1, i + 3).find((l) => !isBlank(l));
      const alone = m !== null && m[2] === undefined && (rest.length === 0 || /^\s*dnr\b/iu.test(rest[0]!)) && /^\s*\p{Lu}/u.test(below?.text ?? '');
      if (m && m[1] === missing && (m[2] !== undefined || alone)) found.push(withoutReference({ line: i, number: missing, title: (m[2] ?? '').trim(), trailing: rest, kind: 'paragraph' }));
    }
    if (found.length === 1) return found[0]!;
    // "§ 8 Midsommarfesten" between "2 § …" and "4 § …": the sign read, its number misread. The only row between
    // that opens with a real sign and a number before a short capitalised title stands where the missing one must.
    const misread: ItemHeading[] = [];
    for (let i = heading.line + 1; i < next.line; i++) {
      const [first, ...rest] = lines[i]!.cells;
      const m = /^\s*(?:§\s*\d{1,4}|\d{1,3}\s*§)[.:]?\s+(\p{Lu}[^.!?]{0,78})$/u.exec(first ?? '');
      if (m) misread.push(withoutReference({ line: i, number: missing, title: m[1]!.trim(), trailing: rest, kind: 'paragraph' }));
    }
    if (found.length === 0 && misread.length === 1) return misread[0]!;
    if (found.length > 0 || misread.length > 0) return null;
    // "så Byggnadsplan för bostäder vid Ormsta" between "§ 3" and "§ 5": a typewriter's sign glued to its figure, read
    // (or repaired) as a small word. The only row between that opens a paragraph with a sign or a small "s" and at most
    // one letter or figure after it, then a short capitalised title without a stop, stands where the missing one must; a
    // sentence in the notes never opens in lower case after a blank row.
    const lost: ItemHeading[] = [];
    for (let i = heading.line + 1; i < next.line; i++) {
      const [first, ...rest] = lines[i]!.cells;
      // "så | Byggnadsplan …": read with geometry, the sign in a cell of its own.
      const apart = rest.length > 0 && /^\s*(?:[§$£]|s)[\p{L}\d]?\s*$/u.test(first ?? '');
      const m = /^\s*(?:[§$£]|s)[\p{L}\d]?\s+(\p{Lu}\p{Ll}[^.!?]{0,78})$/u.exec(apart ? `${first!.trim()} ${rest[0]!.trim()}` : (first ?? ''));
      // A row read with geometry has no blank row above it; its cells in columns say it stands apart from prose.
      const opensParagraph = i > 0 && (isBlank(lines[i - 1]!) || apart);
      if (m && opensParagraph && m[1]!.split(/\s+/).length <= 10) lost.push(withoutReference({ line: i, number: missing, title: m[1]!.trim(), trailing: apart ? rest.slice(1) : rest, kind: 'paragraph' }));
    }
    return lost.length === 1 ? lost[0]! : null;
  });
}
