import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { signatureRoles } from './signature-role-rows.ts';

export function isStructural(line: DocumentLine): boolean {
  return matchLabel(line.cells[0] ?? '') !== null || signatureRoles(line) !== null;
}
