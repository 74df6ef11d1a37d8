import type { Signature } from '../domain/index.ts';

/**
 * "Justeras:" over "För arbetsgivaren: Camilla Forsgren" / "För arbetstagarna: Therese Wikström": a heading that asks
 * for the minutes to be adjusted, with the signers under it each named with a role of their own. The heading signs
 * nothing itself; those who sign under it adjust the minutes.
 */
export function withoutSigningHeading(signatures: readonly Signature[]): { signatures: Signature[]; adjusting: string[] } {
  const at = signatures.findIndex((s, k) => !s.name && /^juster(?:as|at)\b/iu.test(s.role) && signatures[k + 1]?.name);
  if (at < 0) return { signatures: [...signatures], adjusting: [] };
  const under: Signature[] = [];
  for (const signature of signatures.slice(at + 1)) {
    if (!signature.name || /^juster/iu.test(signature.role)) break;
    under.push(signature);
  }
  return { signatures: signatures.filter((_, k) => k !== at), adjusting: under.map((s) => s.name!) };
}

// "Som ovan", "In fidem", "Ut supra": the formula that closes older minutes ("as above", "in good faith").
const SIGN_OFF = /^(?:som\s+ovan|in\s+fidem|ut\s+supra)\b/iu;

/**
 * "Som ovan" / "Vid protokollet:" / "Lennart Berg": the closing formula over another signer's role signs nothing of its
 * own; the name under the role is the one who signed. Over the name itself ("Som ovan" / "Petrus Wikström") it stays
 * the role, as it was printed.
 */
export function withoutBareSignOff(signatures: readonly Signature[]): Signature[] {
  return signatures.filter((s, k) => s.name || !SIGN_OFF.test(s.role.trim()) || !signatures[k + 1]?.name);
}
