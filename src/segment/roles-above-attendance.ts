import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { opensNamedPeopleTable } from './people-table-header.ts';

// A page's signing rows stand after the lists of who attended ("Beslutande", "Närvarande" … "Underskrifter"). A row of
// roles above those lists ("Mötesledare | Antecknare" over two names, then "Närvarande") names who led the meeting and
// who took the notes; nobody signs there.
const LIST_KINDS = new Set(['attendees', 'substitutes', 'others', 'absent']);

/** Whether a list of attendees opens on some row after `at`, under its label or as a table headed "Namn | …". */
export function attendanceListBelow(lines: readonly DocumentLine[], at: number): boolean {
  return lines.slice(at + 1).some((l) => {
    const label = matchLabel(l.cells[0]?.trim() ?? '');
    return (label !== null && LIST_KINDS.has(label.kind)) || opensNamedPeopleTable(l);
  });
}
