import { type DocumentLine, isBlank } from './document-lines.ts';
import type { HeadField } from './head-field.ts';
import { matchLabel } from './labels.ts';
import { findDates } from './swedish-dates.ts';

// The lists that name people present or away, each row with a party in brackets or a title after a comma.
const PEOPLE_LISTS: ReadonlySet<string> = new Set(['attendees', 'substitutes', 'others', 'absent']);
// "Barbro Lindh", "Barbro Lindh .": a name alone, OCR's speck after it aside.
const BARE_NAME = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?:\s+[.,:;|'"`]+)?\s*$/u;
// "§§ 61–67" read as "88 61-67": the sign doubled and misread before a span of paragraphs.
const PARAGRAPH_SPAN = /^\s*\S{0,3}\s*\d{1,4}\s*[-–—]\s*\d{1,4}\b/u;

/**
 * Whether a value read after a label column belongs to the label waiting next rather than to the field it would go on.
 * "Kulturhuset, sal 2" / "Kl. 16.30, (S) i sal 2" under "Plats" / "Gruppmöten": a place has no clock of its own. "Rut
 * Ek (S), ersättare" / "Barbro Lindh" under "Övriga deltagande" / "Utses att justera": a bare name after rows that each
 * give a party or a title is the adjuster. "Barbro Lindh" / "Pastorsexpeditionen, 2002-09-24" / "§§ 61–67": then the
 * place and day of adjusting, then the paragraphs.
 */
export function belongsToNextWaiting(current: HeadField, waiting: readonly HeadField[], value: string): boolean {
  const next = waiting[0]?.kind;
  if (next === undefined || current.values.length === 0) return false;
  if (current.kind === 'place') return /^\s*[kK][lI1]\.?\s*\d{1,2}[.:]\d{2}/u.test(value);
  if (PEOPLE_LISTS.has(current.kind)) return next === 'adjusters' && BARE_NAME.test(value) && current.values.every((v) => /[(,]/u.test(v));
  if (current.kind === 'adjusters') return next === 'adjustPlaceTime' && findDates(value).length > 0;
  if (current.kind === 'adjustPlaceTime') return next === 'paragraphs' && PARAGRAPH_SPAN.test(value);
  return false;
}

// "Rut Ek (S), ersättare", "Mats Ivarsson, kyrkoherde": a person with a title in lower case, a party between them.
const TITLED_PERSON = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:\(\p{Lu}{1,4}\)\s*)?,\s*\p{Ll}{4,}/u;

/**
 * "Mats Ivarsson, kyrkoherde" / "" / "Rut Ek (S), ersättare" under "Beslutande" / "Övriga deltagande" / "Utses att
 * justera" read first: after OCR's blank row a person given with a title still belongs to the list, not to the adjusters
 * or the place of adjusting waiting next, which name no one by a title.
 */
export function staysInList(current: HeadField, waiting: readonly HeadField[], next: DocumentLine | undefined): boolean {
  const after = waiting[0]?.kind;
  return PEOPLE_LISTS.has(current.kind) && current.values.length > 0 && after !== undefined && !PEOPLE_LISTS.has(after) && next !== undefined && TITLED_PERSON.test(next.text);
}

// "Beslutande, deltar på Åsa Lind (S)": a label whose way of taking part broke off after "på", the first name beside it.
const MODE_BROKEN_AFTER_PÅ = /^\s*\p{Lu}[\p{L} ]*,?\s+(?:deltar|deltog|närvarande|närvarar|närvarade)\s+på\s+\p{Lu}/u;

/**
 * "Justeringens plats och" / "tid": a label too long for its narrow column wraps after "och"; where OCR read the label
 * column on its own, the two rows are one label.
 */
export function withWrappedLabels(lines: readonly DocumentLine[]): DocumentLine[] {
  const result: DocumentLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next !== undefined && line.cells.length === 1 && next.cells.length === 1 && /\s(?:och|samt)\s*$/u.test(line.text) && /^\s*\p{Ll}+\s*$/u.test(next.text)) {
      const joined = `${line.text.trim()} ${next.text.trim()}`;
      const label = matchLabel(joined);
      if (label !== null && label.rest === '' && matchLabel(line.text)?.rest !== '') {
        result.push({ ...line, cells: [joined], text: joined, cellX: undefined });
        i++;
        continue;
      }
    }
    // "Beslutande, deltar på ⇥ Åsa Lind (S)" / "" / "distans": how the list took part, wrapped in a narrow label column;
    // OCR put the label's last word on a row of its own, which names no one and is no label of its own.
    const tail = MODE_BROKEN_AFTER_PÅ.test(line.text) ? lines.slice(i + 1, i + 3).findIndex((l) => !isBlank(l)) : -1;
    if (tail >= 0 && /^\s*(?:distans|plats|länk)\s*$/u.test(lines[i + 1 + tail]!.text)) {
      result.push(line);
      i += tail + 1;
      continue;
    }
    result.push(line);
  }
  return result;
}
