import { extractDecisions } from '../../../src/segment/decisions.ts';
import { linesFromText } from '../../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../../src/segment/index.ts';
import { findItemHeadings } from '../../../src/segment/items.ts';

/**
 * The minutes of a test's text. A form feed starts a new page, so tests of
 * running rows and page footers see the pages a scan would have.
 */
export const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: text.split('\f').length });

/** The decisions of a text's first page, without the rest of segmentation. */
export const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

/** [number, title] of each point heading on a text's first page. */
export const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title]);

/**
 * [name, organisation, role] of those present when a list heads a protokoll
 * of a board whose paragraphs are numbered with §.
 */
export const attendeesOfProtokoll = (list: string) =>
  segment(`Protokoll\nStyrelsen\n\nDatum: 2025-04-09\n\n${list}\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.`).attendees.map((p) => [p.name, p.organisation, p.role]);

/**
 * [name, organisation, role] of those present when a list heads minnesanteckningar
 * whose points are plainly numbered.
 */
export const attendeesOfNotes = (list: string) =>
  segment(`Minnesanteckningar\nReferensgruppen\n\nDatum: 2025-05-06\n\n${list}\n\n1. Start\nText.\n\n2. Slut\nText.`).attendees.map((p) => [p.name, p.organisation, p.role]);

/** The meeting read from a head of minnesanteckningar with plainly numbered points. */
export const meetingOfNotes = (head: string) => segment(`Minnesanteckningar\nStyrgruppen\n\n${head}\n\n1. Start\nText.\n\n2. Slut\nText.`).meeting;

/** Club minutes whose run-in paragraphs OCR wrapped at the margin, the § read as 8: item titles and the closing time both come from it. */
export const runInParagraphsWrappedByOcr =
  'FJÄLLKLUBBEN\nProtokoll fört vid årsmöte 2025-03-02 i klubbstugan\n\n' +
  '81 Mötets öppnande: Klubbens ordförande Vilja Trosk öppnade mötet kl. 18.00.\n\n' +
  '8 2 Val av justerare: Till justerare valdes Ebbe Mulm\noch Saga Frell.\n\n' +
  '83 Medlemsavgift 2026: Årsmötet fastställde medlemsavgiften till 400 kr för seniorer och\n250 kr för juniorer.\n\n' +
  '8 4 Mötets avslutande: Ordföranden tackade och avslutade mötet kl.\n19.40.';
