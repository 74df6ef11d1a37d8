// "Justeras för arbetsgivaren | Justeras för arbetstagarna": in a negotiation's notes (samverkan, MBL) each party's
// adjuster signs for their side. The side belongs to the role; read apart, "för arbetsgivaren" would be a second role
// left without a name, and the names would shift one role to the left.
const ADJUSTING = /^(?:justeras|justerat|justerare|justerande)$/iu;
const PARTY = /^för\s+(?:arbetsgivar(?:en|sidan|parten)|arbetstagar(?:na|sidan|parten|organisationerna|organisationen)|(?:de\s+)?fackliga\s+organisationerna|(?:den\s+)?fackliga\s+organisationen)[\s:._…]*$/iu;

/** The whole role ("Justeras för arbetsgivaren") when an adjusting label is followed by the side it signs for, or null. */
export function adjustingForParty(label: string, rest: string): string | null {
  if (!ADJUSTING.test(label.trim()) || !PARTY.test(rest.trim())) return null;
  return `${label.trim()} ${rest.trim().replace(/[\s:._…]+$/u, '')}`;
}

/**
 * "Justeras för arbetsgivaren = Justeras för arbetstagarna": both parties' roles in one cell, where OCR closed the gap
 * (a speck in it), parted into the two roles; any other cell stays as it is.
 */
export function adjustingRolesParted(cell: string): string[] {
  const parts = cell.split(/\s+[=|:;.,'"`~_-]*\s*(?=(?:justeras|justerat|justerare|justerande)\s+för\s)/iu).map((p) => p.trim());
  if (parts.length < 2) return [cell];
  const whole = parts.every((p) => {
    const m = /^(\S+)\s+(.*)$/u.exec(p);
    return m !== null && adjustingForParty(m[1]!, m[2]!) !== null;
  });
  return whole ? parts : [cell];
}
