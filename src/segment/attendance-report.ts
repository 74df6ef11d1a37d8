// The attendance report a video meeting exports ("Namn | Anslöt | Lämnade | Varaktighet") gives, beside each name, when
// the person joined and left and for how long. Those times say nothing about who the person is.

// "08:56", "08:56:12", "2 h 6 min", "1h11 min", "45 min".
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?`;
const DURATION = String.raw`(?:\d{1,3}\s*(?:h|tim|min|s|sek)\.?\s*){1,3}`;

/** A cell of a people table that holds only a clock time or a duration. */
export const ATTENDANCE_TIME = new RegExp(String.raw`^\s*(?:${CLOCK}|${DURATION})\s*$`, 'u');

// "Josefin Ek | 08:56 11:02 . 2 h 6 min": the report's columns read by OCR into the name's row, with its specks.
const TRAILING_TIMES = new RegExp(String.raw`(?:\s+[|.,:;"'«»]*\s*(?:${CLOCK}|${DURATION}))+[\s|.,:;"'«»]*$`, 'u');

/** A people row without the join and leave times and the duration after the name. */
export function withoutAttendanceTimes(row: string): string {
  return row.replace(TRAILING_TIMES, '');
}
