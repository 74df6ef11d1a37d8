import type { DocumentLine } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';

// OCR reads bold Roman numerals badly: "II." as "I.", "III." as "nn." or "ll.", "V." as "Vv.", "VII." as "vil." or
// "väl.", "VIII." as "vill.". A short run of letters with a stop, then a capitalised title, is such a damaged numeral
// (a speck or a dash in the gaps is dropped). Arabic figures are not: "1." rows are the sub-points between the numerals.
const DAMAGED_NUMERAL = /^[\s«»"'`|]*(\p{L}{1,4})\s*[.)]\s*(?:[–—-]+\s*)?(\p{Lu}.*)?$/u;

function damagedNumeralRow(line: DocumentLine, index: number): ItemHeading | null {
  const [first, ...rest] = line.cells;
  if (first === undefined) return null;
  const m = DAMAGED_NUMERAL.exec(first);
  if (!m) return null;
  // "a) Haninge har …", "b) …": lettered sub-points under a numeral are no numerals; a numeral's I, l or V read small
  // may be.
  if (/^[\s«»"'`|]*\p{Ll}\s*\)/u.test(first) && !/^[ilv]$/u.test(m[1]!)) return null;
  // "Vv. | Ekonomi": the title in the next column when the numeral has one of its own.
  const title = (m[2] ?? (rest.length > 0 && /^\p{Lu}/u.test(rest[0]!) ? rest[0]! : '')).trim();
  if (!title) return null;
  return { line: index, number: '', title, trailing: m[2] ? rest : rest.slice(1), kind: 'roman' };
}

function numeral(n: number): string {
  const parts: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of parts) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/**
 * Roman-numbered points where OCR damaged some numerals: the numerals it read right ("I.", "IV.", "VI.", "IX.") rise from
 * I, and between two of them stand exactly as many damaged-numeral rows as numbers are missing, so those rows are the
 * missing points in order. Null unless every gap fills so, or when nothing was damaged.
 */
export function romanChainAcrossDamage(lines: readonly DocumentLine[], candidates: readonly ItemHeading[]): ItemHeading[] | null {
  const romans = candidates.filter((c) => c.kind === 'roman' && c.order !== undefined);
  const anchors: ItemHeading[] = [];
  for (const c of romans) {
    const last = anchors[anchors.length - 1];
    if (last ? c.order! > last.order! : c.order === 1) anchors.push(c);
  }
  if (anchors.length < 3) return null;
  const chain: ItemHeading[] = [anchors[0]!];
  for (let k = 1; k < anchors.length; k++) {
    const [from, to] = [anchors[k - 1]!, anchors[k]!];
    const missing = to.order! - from.order! - 1;
    if (missing > 0) {
      const rows: ItemHeading[] = [];
      for (let i = from.line + 1; i < to.line; i++) {
        const row = damagedNumeralRow(lines[i]!, i);
        if (row) rows.push(row);
      }
      if (rows.length !== missing) return null;
      rows.forEach((row, j) => chain.push({ ...row, number: numeral(from.order! + j + 1), order: from.order! + j + 1 }));
    }
    chain.push(to);
  }
  return chain.length > anchors.length ? chain : null;
}
