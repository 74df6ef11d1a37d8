/** An item heading found on a row of the document, before its title is finished from the rows below. */
export interface ItemHeading {
  /** Index of the heading row in the document's lines. */
  line: number;
  number: string;
  /** The title as it stands on the heading row. */
  title: string;
  /** Cells after the title on the heading row ("Dnr KS 2023/123"). */
  trailing: string[];
  kind: 'paragraph' | 'numbered' | 'bare' | 'glued' | 'spaced' | 'signAfter' | 'roman' | 'lettered' | 'timed' | 'dashed' | 'unnumbered';
  /** Where a heading numbered with letters or Roman numerals stands in its sequence (a = 1, IV = 4). */
  order?: number;
  /** The notes start on the heading's own row ("2. Ekonomi: Kassören …"), so the row below goes on with them, not the title. */
  runIn?: boolean;
  /** A glued "81. Justering" read from a numbered row with its title, which needs another misread sign beside it. */
  titled?: boolean;
}
