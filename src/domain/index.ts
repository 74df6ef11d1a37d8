export type { BBox } from './geometry.ts';
export { unionBBox } from './geometry.ts';
export type { Word, Line, Page, PageSource, RasterImage } from './page.ts';
export { lineText, pageText } from './page.ts';
export type { Correction, CorrectionEvidence } from './correction.ts';
export { MinutesSchema, SCHEMA_VERSION } from './minutes-schema.ts';
export type { Minutes, Person, Item, MeetingTime, Signature, DocumentType, Quality } from './minutes-schema.ts';
