import { matchLabel } from './labels.ts';
import { PLACE_COLUMN, ROLE_COLUMN } from './people-table-header.ts';
import { looksLikeTitle } from './person-parts.ts';

// "Nadia Ek 4 Bergby kommun", "Bo Sund Ekby kommun 5": a figure alone in a table of names, places and functions is a
// speck OCR read in a column gap or at the margin.
// "Per Hedin", "Anna-Lena Ek": a first name and a surname.
const FULL_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const LONE_FIGURE = /^\d[.,:;]?$/u;
// "Siv Ek . Region Dal oo Antecknare": one or two small letters that make no Swedish word are a speck in a column gap.
const SMALL_SPECK = /^(?!(?:i|på|av|en|om|ut|vid|och)$)\p{Ll}{1,2}$/u;

/**
 * "Helena Gran = : projektledare Täby kommun" under "Namn Roll Organisation": a row of a people table whose column gaps
 * OCR closed, as one cell per column. The name is its first two capitalised words; a role column before the last takes
 * words up to the next capitalised one (at least one word), the last column the rest; a bar OCR read in a gap splits
 * there too. Null when the row does not fill the columns so.
 */
export function closedRowCells(text: string, header: readonly string[]): string[] | null {
  // "Botkyrka Linnea Sahlström", ":-Huddinge Maryam Rahimi ." under "Kommun Namn": the name is the last two capitalised
  // words, where the person comes from the rest.
  if (header.length === 2 && header[1] === 'namn') {
    // "Botkyrka Linnea Ström, Per Hedin": several people from one place, the names after the first listed with commas;
    // the first name's cell shares the place, as a row of one person does.
    const [first, ...others] = text.split(/\s*,\s*/u).map((part) => part.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''));
    const more = others.every((o) => FULL_NAME.test(o)) ? others : [];
    const words = (more.length > 0 ? first! : text).replace(/\s+\|\s+/gu, ' ').split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
    const name = words.slice(-2);
    if (words.length < 3 || !name.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) || !/^\p{Lu}/u.test(words[0]!)) return null;
    return [[name.join(' '), ...more].join(', '), words.slice(0, -2).join(' ')];
  }
  // "Lindberg . Karin M ordförande", "Wahlström Erik + SD" under "Efternamn Förnamn Parti Funktion": the surname and the
  // first name as two cells (the table's own order, which the reading of such tables turns), a party in capitals, the rest.
  if (header[0] === 'efternamn' && header[1] === 'förnamn') {
    const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
    if (words.length < 2 || !words.slice(0, 2).every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w))) return null;
    const cells = words.slice(0, 2);
    let at = 2;
    if (header[2] === 'parti' && /^\p{Lu}{1,3}$/u.test(words[at] ?? '')) cells.push(words[at++]!);
    if (at < words.length) cells.push(words.slice(at).join(' '));
    return cells;
  }
  // "Kalix kommun Maria Lundbäck socialsekreterare", "Region Norrbotten Sara Keskitalo kurator" under "Organisation Namn
  // Funktion": the name is the two capitalised words right before the first word in lower case that follows them.
  if (header.length === 3 && header[1] === 'namn') {
    const words = text.replace(/\s+\|\s+/gu, ' ').split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+/u, '')).filter(Boolean);
    const nameWord = (w: string | undefined) => w !== undefined && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w);
    const at = words.findIndex((w, j) => j >= 3 && /^\p{Ll}/u.test(w) && nameWord(words[j - 1]) && nameWord(words[j - 2]));
    if (at === -1) return null;
    return [words.slice(at - 2, at).join(' '), words.slice(0, at - 2).join(' '), words.slice(at).join(' ').replace(/[\s:;.|]+$/u, '')];
  }
  // "Karin Lundqvist | KL socialchef", "Johanna Sand : JS enhetschef …" under "Namn Initialer Funktion": the initials a
  // person signs with say nothing more about them.
  if (header[0] === 'namn' && header[1] === 'initialer') {
    const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
    if (words.length < 3 || !words.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return null;
    const rest = /^\p{Lu}{2,3}$/u.test(words[2]!) ? words.slice(3) : words.slice(2);
    return rest.length > 0 ? [words.slice(0, 2).join(' '), rest.join(' ')] : [words.slice(0, 2).join(' ')];
  }
  // "Eva Lindkvist M ordförande", "Petra Nord SD.", "Göran Bäck Vv :" under "Namn Parti Funktion": the name, the party in
  // capitals (OCR's doubled small letter, "Vv", is the one capital), then the function.
  if (header[0] === 'namn' && header[1] === 'parti') {
    const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
    if (words.length < 3 || !words.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return null;
    // "Eva Lind, ordförande M Åby", "Bo Ek, vice ordförande S X": the function after the name's comma, in the name's
    // cell, before the party.
    const roleWords = /^\s*\S+\s+\S+?,/u.test(text) ? words.slice(2).findIndex((w) => !/^\p{Ll}+$/u.test(w)) : 0;
    const at = 2 + Math.max(roleWords, 0);
    if (at >= words.length) return null;
    const doubled = /^(\p{Lu})(\p{Ll})$/u.exec(words[at]!);
    // "SS" for "S": OCR doubled a lone capital; no Swedish party is one letter twice.
    const party = /^(\p{Lu})\1$/u.test(words[at]!) ? words[at]!.charAt(0) : /^\p{Lu}{1,3}$/u.test(words[at]!) ? words[at]! : doubled && doubled[1]!.toLowerCase() === doubled[2] ? doubled[1]! : null;
    if (!party) return null;
    const name = at > 2 ? `${words.slice(0, 2).join(' ')}, ${words.slice(2, at).join(' ')}` : words.slice(0, 2).join(' ');
    return [name, party, ...(words.length > at + 1 ? [text.slice(text.indexOf(words[at + 1]!, text.indexOf(words[at]!) + words[at]!.length)).replace(/[\s:;.,|]+$/u, '')] : [])];
  }
  // "Emir Hadzic ? Polisen, lokalpolisområde Botkyrka - Protokollförare" under "Namn Organisation Roll": the name is the
  // first two capitalised words, the role the last word where it names a function (the column is often empty), and
  // where the person comes from is what lies between. A semicolon inside it is OCR's comma; a cell holds one person.
  if (header.length === 3 && header[0] === 'namn' && PLACE_COLUMN.test(header[1]!) && header[1] !== 'parti' && ROLE_COLUMN.test(header[2]!)) {
    const tokens = text.split(/\s+/).map((t) => t.replace(/^["'`´‘’“”]+/u, '')).filter((t) => /[\p{L}\d]/u.test(t) && !LONE_FIGURE.test(t) && !SMALL_SPECK.test(t));
    if (tokens.length < 3 || !tokens.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return null;
    const last = tokens[tokens.length - 1]!.replace(/[^\p{L}]+$/u, '');
    const label = matchLabel(last);
    const role = tokens.length > 3 && ((label !== null && !label.rest && (label.kind === 'signature' || label.kind === 'others')) || looksLikeTitle(last)) ? last : null;
    const place = tokens.slice(2, role ? -1 : undefined).join(' ').replace(/\s*;\s*/gu, ', ').replace(/\s+[,;:.|–—-]+$|[;:.|–—-]+$/u, '');
    return [tokens.slice(0, 2).join(' '), ...(place ? [place] : []), ...(role ? [role] : [])];
  }
  // "Namn Organisation Funktion": where people come from before what they do is read well without this ("Solna stad
  // ordförande": the organisation's own small words), so only roles before the last column are cut here.
  if (header.length < 2 || header.slice(1, -1).some((h) => !ROLE_COLUMN.test(h)) || !ROLE_COLUMN.test(header[header.length - 1]!) && !PLACE_COLUMN.test(header[header.length - 1]!)) return null;
  const tokens = text.split(/\s+/).map((t) => t.replace(/^["'`´‘’“”]+/u, '')).filter((t) => (/[\p{L}\d]/u.test(t) && !LONE_FIGURE.test(t)) || t === '|');
  const name = tokens.slice(0, 2);
  if (name.length < 2 || !name.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return null;
  const cells = [name.join(' ')];
  let at = 2;
  for (const k of header.slice(1).keys()) {
    while (tokens[at] === '|') at++;
    const last = k === header.length - 2;
    let end = at;
    if (last) end = tokens.length;
    else {
      end = at + 1;
      while (end < tokens.length && tokens[end] !== '|' && !/^\p{Lu}/u.test(tokens[end]!)) end++;
    }
    const words = tokens.slice(at, end).filter((t) => t !== '|');
    if (words.length === 0) return null;
    cells.push(words.join(' '));
    at = end;
  }
  return cells;
}
