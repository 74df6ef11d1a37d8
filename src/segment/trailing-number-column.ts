import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';

// "Dnr | Ärende | Punkt", "Diarienr Ärende Nr": a table head whose last column numbers the points, after the titles'.
const HEADER_NUMBER_LAST = /(?:^|\s)(?:ärende|ärenden|rubrik)\b.*\s(?:punkt|nr|nummer)\.?\s*$/iu;

// "… för kommunen och de helägda 3": the row's number alone at its end, after the title (or after a speck OCR read in
// the gap: "… val av justerare a 1", "… | 4").
const NUMBER_AT_END = /^(.*?\S)(?:\s+(?:[^\p{L}\d\s]{1,2}|\p{Ll}))?\s+(\d{1,2})\s*[|.]?\s*$/u;

// "KS 2024/118", "KS/2024:96", "2023/412", "BUN 2024.17": the diary number that opens the row before its title.
const DIARY_NUMBER_FIRST = /^\s*(?:\p{Lu}{1,6}[\s/-]*)?(?:\d{2}|\d{4})\s*[/:.-]\s*\d{1,5}(?:\s*[/:.-]\s*\d{1,5})?\s+(?=\S)/u;

/**
 * "Dnr | Ärende | Punkt" over "KS 2024/118 | Delårsrapport … | 3": an agenda table that prints the diary number first
 * and the running number of the point last, in a narrow column on the right. The rows that end in the numbers 1, 2, 3 …
 * under that head are the points; their titles are what stands between the diary number and the point's number.
 */
export function trailingNumberColumnHeadings(lines: readonly DocumentLine[], from = 0): ItemHeading[] {
  const header = lines.findIndex((line, i) => i >= from && !isBlank(line) && HEADER_NUMBER_LAST.test(line.text) && line.text.length <= 60);
  if (header === -1) return [];
  const points: ItemHeading[] = [];
  for (let i = header + 1; i < lines.length; i++) {
    // A title wraps over a row or two; a figure at the end of a row further down is no longer the table's.
    if (i - (points[points.length - 1]?.line ?? header) > 4) break;
    const m = NUMBER_AT_END.exec(lines[i]!.text);
    if (!m || Number(m[2]) !== points.length + 1) continue;
    const title = m[1]!.replace(DIARY_NUMBER_FIRST, '').trim();
    if (!/^\P{Ll}*\p{Lu}/u.test(title)) continue;
    points.push({ line: i, number: m[2]!, title: title.replace(/^[^\p{L}\d]+(?=\p{Lu})/u, ''), trailing: [], kind: 'bare' });
  }
  return points.length >= 3 ? points : [];
}
