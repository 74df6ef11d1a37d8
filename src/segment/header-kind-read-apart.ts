import type { DocumentType } from '../domain/index.ts';
import type { DocumentLine } from './document-lines.ts';
import { documentTypeOfHeading } from './document-kind.ts';

// "KALLELSE", "PROTOKOLL ,": the document word in capitals alone on its row, OCR's speck after it aside.
const CAPITAL_KIND_ROW = /^\s*(\p{Lu}{5,})[\s.,;:|'"`]*$/u;

/**
 * "ÅSBY KOMMUN" / "Fritidsnämnden" / "Tid" / "Plats" … then "KALLELSE" / "2024-05-02" further down: the header's
 * right-hand column (the document's kind and date) that plain OCR text read only after the left-hand column's rows, the
 * head table and the agenda. Where the top of the page names no kind, a row of nothing but a document word in capitals
 * anywhere on the first page names it.
 */
export function headerKindReadApart(firstPage: readonly DocumentLine[]): { documentType: DocumentType; title: string } | null {
  for (const line of firstPage) {
    if (line.cells.length !== 1) continue;
    const m = CAPITAL_KIND_ROW.exec(line.cells[0]!);
    const type = m ? documentTypeOfHeading(m[1]!) : null;
    if (m && type) return { documentType: type, title: m[1]! };
  }
  return null;
}
