// A people table's party column (and a substitute's "tjg" column) read by OCR into the row as bare words after the name
// and function: put the party in brackets after the name, as a list in prose prints it, and the function after a comma.
const NAME = String.raw`\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3}`;
const PARTY = '(?:S|M|C|L|V|KD|MP|SD|FP)';
// "Siv Dahl, ordförande S": the party column after the function.
const PARTY_AFTER_FUNCTION = new RegExp(String.raw`^\s*(${NAME})\s*,\s*(\p{Ll}[\p{Ll} -]*?)\s+(${PARTY})\s*$`, 'u');
// "Omar Farah S ej tjg", "Tor Lind S tjg": the party, then whether the substitute served.
const PARTY_BEFORE_SERVING = new RegExp(String.raw`^\s*(${NAME})\s+(${PARTY})\s+((?:ej\s+|icke\s+)?tj(?:g|änstg(?:örande)?)\.?)\s*$`, 'u');

// "Märta Lundh Vv": OCR's doubled letter for the one-letter party alone in its column.
const DOUBLED_V = new RegExp(String.raw`^\s*(${NAME})\s+Vv\s*$`, 'u');

export function withPartyColumnInBrackets(row: string): string {
  const doubled = DOUBLED_V.exec(row);
  if (doubled) return `${doubled[1]} (V)`;
  const afterFunction = PARTY_AFTER_FUNCTION.exec(row);
  if (afterFunction) return `${afterFunction[1]} (${afterFunction[3]}), ${afterFunction[2]}`;
  const serving = PARTY_BEFORE_SERVING.exec(row);
  return serving ? `${serving[1]} (${serving[2]}), ${serving[3]}` : row;
}
