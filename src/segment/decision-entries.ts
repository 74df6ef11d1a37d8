// The entries of a decision printed as a list under its "Beslut" heading: dashes, capitalised "Att", or numbers.

// "« att godkänna …" / "» att föreslå …": OCR reads a list's bullets as guillemets.
export const ENTRY_START = /^\s*(?:[-–—•*«»]\s|Att\s)/u;

/**
 * Rows that form a list of separate decisions: each entry opens with a dash
 * or a capitalised "Att" (lower-case "att" continues one sentence), and a
 * row that opens neither continues the entry above it.
 */
export function listEntries(rows: readonly string[]): string[] | null {
  if (rows.length < 2 || !ENTRY_START.test(rows[0]!)) return null;
  const entries: string[] = [];
  for (const row of rows) {
    if (ENTRY_START.test(row)) entries.push(row.replace(/^\s*[-–—•*«»]\s*/, ''));
    else entries[entries.length - 1] += `\n${row}`;
  }
  return entries.length > 1 ? entries : null;
}

// "a) Nämnden antar …", "b) Nämnden uppdrar …": decision points lettered instead of numbered.
const NUMBERED_ENTRY = /^\s*(?:\d{1,2}[.)]|[a-h]\))\s+(?=\p{Lu})/u;

/**
 * Decision points numbered "1. …", "2. …" under a "Beslut" heading: each
 * point is a decision of its own, without its number; a row that opens no
 * number continues the point above it.
 */
export function numberedEntries(rows: readonly string[]): string[] | null {
  if (rows.length === 0 || !NUMBERED_ENTRY.test(rows[0]!)) return null;
  const entries: string[] = [];
  for (const row of rows) {
    if (NUMBERED_ENTRY.test(row)) entries.push(row.replace(NUMBERED_ENTRY, ''));
    else entries[entries.length - 1] += `\n${row}`;
  }
  return entries;
}
