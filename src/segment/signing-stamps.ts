import { type DocumentLine, documentLine } from './document-lines.ts';

// "Signerat elektroniskt 2020-04-02", "Digitalt signerad 2021-05-10 14:03", "E-signerat 2022-01-12": the stamp an
// e-signing service prints beside each signer in the signing table. It names no one; the name beside it signs.
// "Signerat elektroniskt", "Digitalt signerad": a meeting system may print the stamp without its time, the signing
// itself kept in the file; the manner of signing (or the "e-") still marks it as a stamp, not a bare "signerat".
const VERB = String.raw`(?:signerat|signerad|undertecknat|undertecknad)`;
const MANNER = String.raw`(?:digitalt|elektroniskt)`;
const DATED = String.raw`(?:${MANNER}\s+)?(?:e-)?${VERB}(?:\s+${MANNER})?\s+(?:den\s+)?\d{4}-\d{2}-\d{2}(?:\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?)?`;
const UNDATED = String.raw`(?:${MANNER}\s+(?:e-)?${VERB}|e-${VERB}|${VERB}\s+${MANNER})`;
const STAMP = `(?:${DATED}|${UNDATED})`;
const STAMP_CELL = new RegExp(`^\\s*${STAMP}\\s*$`, 'iu');
// "Ordförande Eva Holm Signerat elektroniskt 2020-04-02": the same stamp where OCR joined the cells of the row.
// "Lena Holm: Signerat …", "Omid Said | Signerat …": specks OCR read in the gap before the stamp go with it.
// "… signerat digitalt 2023-11-16 10:12.": a stop or speck after the stamp goes too.
const STAMP_AT_END = new RegExp(`(?<=\\p{L})[\\s:;.,|'"\u0060]*\\s${STAMP}[\\s.,:;|'"\u0060]*$`, 'iu');

/** A signing row without the e-signing stamp beside its name: "Ordförande | Eva Holm | Signerat elektroniskt 2020-04-02". */
export function withoutSigningStamp(line: DocumentLine): DocumentLine {
  const kept = line.cells.filter((c) => !STAMP_CELL.test(c));
  if (kept.length === 0) return line;
  const cells = kept.map((c) => c.replace(STAMP_AT_END, ''));
  if (cells.length === line.cells.length && cells.every((c, k) => c === line.cells[k])) return line;
  const cellX = line.cellX && kept.length === line.cells.length ? line.cellX : line.cellX?.filter((_, k) => !STAMP_CELL.test(line.cells[k]!));
  return documentLine(line.page, cells, cellX);
}
