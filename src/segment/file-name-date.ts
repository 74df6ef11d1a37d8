import type { DocumentLine } from './document-lines.ts';
import { calendarDay, findDates } from './swedish-dates.ts';

// "G:\Hemtjänst\APT\2025\APT 250211.docx", "Minnesanteckningar 2024-03-05.docx": the path of the file the notes were
// typed in, which a word processor prints in the footer; workplaces name the file by the meeting's day.
const FILE_NAME = /(?:^|[\s\\/])([^\\/\t]*?)\.(?:docx?|odt|pdf|rtf)\b/iu;
const COMPACT = /(?<!\d)(?:(20\d{2})|(\d{2}))(\d{2})(\d{2})(?!\d)/u;

/** The day a file name printed on the page names ("APT 250211.docx" → 2025-02-11), or null. */
export function fileNameDate(lines: readonly DocumentLine[]): string | null {
  for (const line of lines) {
    const file = FILE_NAME.exec(line.text);
    if (!file) continue;
    const written = findDates(file[1]!).find((d) => d.explicitYear);
    if (written) return written.iso;
    const compact = COMPACT.exec(file[1]!);
    if (!compact) continue;
    const year = compact[1] ? Number(compact[1]) : 2000 + Number(compact[2]);
    const day = calendarDay(year, Number(compact[3]), Number(compact[4]));
    if (day) return day;
  }
  return null;
}
