import { type DocumentLine, documentLine } from './document-lines.ts';
import { colonLabelCells } from './glued-label-cells.ts';
import { matchLabel } from './labels.ts';

const SIGNING = new Set(['signature', 'adjusters']);

/**
 * "Antecknare: Eva Ek Justeras: Bo Ros": two signing labels with their names side by side, whose column gap OCR closed
 * into one cell. Each label opens a cell of its own again, so each signer is read with the role beside them.
 */
export function withSigningLabelsApart(line: DocumentLine): DocumentLine {
  if (line.cells.length !== 1) return line;
  const cells = colonLabelCells(line.cells[0]!);
  if (cells.length < 2 || !cells.every((c) => SIGNING.has(matchLabel(c)?.kind ?? '') && Boolean(matchLabel(c)?.rest))) return line;
  return documentLine(line.page, cells);
}
