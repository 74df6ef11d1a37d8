const PERSON_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
// The parties of the Riksdag by their usual letters, which a table of members prints after the name without brackets.
const BARE_PARTY = String.raw`(?:S|M|C|V|L|KD|MP|SD)`;

// "Eva Ek S, ordförande Per Lind M": the left member with a party and maybe a function in lower case, then the right
// member with a party. The right one's function, if any, runs to the row's end.
const PARTY_PAIR = new RegExp(String.raw`^(${PERSON_NAME}\s+${BARE_PARTY}(?:\s*,\s*\p{Ll}[\p{Ll}.\s-]*?)?)\s+(${PERSON_NAME}\s+${BARE_PARTY}(?:\s*,\s*\p{Ll}[\p{Ll}.\s-]*)?)[\s|.,]*$`, 'u');

// "Ersättare", "Suppleanter": the heading of the right-hand column, which OCR read as a row of its own above the pairs
// after the left heading went to the label.
const RIGHT_HEADING = /^(ersättare|suppleanter)$/iu;

/**
 * Members and substitutes printed side by side, each name with its party in letters and no brackets, read by OCR one
 * row at a time: "Eva Ek S, ordförande Per Lind M" is two people. A prose list would not put a name straight after a
 * party letter, but only where two or more rows have this shape are they split in place. When the right column's
 * heading stands alone above them, the people on the right are substitutes, as that heading says.
 */
export function partyPairsPerRow(rows: string[]): void {
  const pairs = rows.map((row) => PARTY_PAIR.exec(row.trim()));
  if (pairs.filter(Boolean).length < 2) return;
  const headingAt = rows.findIndex((row) => RIGHT_HEADING.test(row.trim().replace(/^[|.,:;'"`]+\s*/u, '')));
  const firstPair = pairs.findIndex(Boolean);
  const heading = headingAt >= 0 && headingAt < firstPair ? RIGHT_HEADING.exec(rows[headingAt]!.trim().replace(/^[|.,:;'"`]+\s*/u, ''))![1]!.toLowerCase() : null;
  const role = heading === null ? null : heading.startsWith('suppleant') ? 'suppleant' : 'ersättare';
  for (let k = rows.length - 1; k >= 0; k--) {
    const m = pairs[k];
    if (!m) continue;
    const right = role && !m[2]!.includes(',') ? `${m[2]!}, ${role}` : m[2]!;
    rows.splice(k, 1, m[1]!.trim(), right.trim());
  }
  if (heading !== null) rows.splice(headingAt, 1);
}
