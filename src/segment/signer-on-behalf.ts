import { type DocumentLine, documentLine } from './document-lines.ts';

// "Styrelsen genom Eva Ek, sekreterare", "För föreningen genom Bo Ros": a letter signed for a group by one of its members;
// the signer is the person after "genom", the group before it signs nothing of its own.
const ON_BEHALF = /^\s*(?:för\s+)?\p{L}+(?:\s+\p{Ll}+){0,2}\s+genom\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/iu;

export function withoutOnBehalfOf(line: DocumentLine): DocumentLine {
  if (line.cells.length !== 1 || !ON_BEHALF.test(line.cells[0]!)) return line;
  return documentLine(line.page, [line.cells[0]!.replace(ON_BEHALF, '')], line.cellX);
}
