import type { LabelKind } from './labels.ts';

/** A labelled field of the head block and the value cells that belong to it, in order. */
export interface HeadField {
  kind: LabelKind;
  label: string;
  values: string[];
}

export const LIST_KINDS: ReadonlySet<LabelKind> = new Set(['attendees', 'substitutes', 'others', 'absent', 'adjusters']);

export const MEETING_KINDS: ReadonlySet<LabelKind> = new Set(['date', 'time', 'place', 'placeTime']);

/** The label of the day a document head says the document was written: the meeting's only when nothing else dates it. */
export const DOCUMENT_DATE = 'Dokumentdatum';
