import type { DocumentLine } from './document-lines.ts';
import { signatureRoles } from './signature-role-rows.ts';
import { rowAbove } from './signer-name-rows.ts';
import { isSignedName, stripFiller } from './signer-names.ts';

/**
 * "Antecknat av" / "Eva Ek" / "Justerat" / "Bo Lind": signers stacked one under the other, each role over its own name.
 * Read from the last role upward, the name over a role belongs to the role above it, not to the one below; the block
 * starts at the topmost role of the stack. Returns that row, or `rolesRow` when no pair stands above it.
 */
export function topOfStackedSigners(lines: readonly DocumentLine[], rolesRow: number): number {
  let top = rolesRow;
  for (;;) {
    const nameRow = rowAbove(lines, top);
    const nameLine = nameRow >= 0 ? lines[nameRow]! : null;
    if (!nameLine || nameLine.cells.length !== 1 || !isSignedName(stripFiller(nameLine.cells[0]!))) break;
    const roleRow = rowAbove(lines, nameRow);
    const roles = roleRow >= 0 ? signatureRoles(lines[roleRow]!) : null;
    if (!roles || roles.length !== 1 || roles[0]!.name !== null) break;
    top = roleRow;
  }
  return top;
}
