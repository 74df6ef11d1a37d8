import { z } from 'zod';

export const SCHEMA_VERSION = '1' as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const clockTime = z.string().regex(/^\d{2}:\d{2}$/, 'a time as HH:MM');

export const PersonSchema = z.object({
  name: z.string().min(1),
  /** Municipality or organisation; for politicians the party abbreviation. */
  organisation: z.string().min(1).nullish(),
  /** "ordförande", "sekreterare", "tjänstgörande ersättare", a job title … */
  role: z.string().min(1).nullish(),
});

export const MeetingTimeSchema = z.object({
  date: isoDate.nullish(),
  start: clockTime.nullish(),
  end: clockTime.nullish(),
  place: z.string().min(1).nullish(),
});

export const ItemSchema = z.object({
  /** "1", "7", or for a § protokoll the paragraph number without "§": "112". */
  number: z.string().min(1),
  title: z.string(),
  text: z.string(),
  decisions: z.array(z.string()),
});

export const SignatureSchema = z.object({
  role: z.string().min(1),
  name: z.string().min(1).nullish(),
});

export const CorrectionSchema = z.object({
  page: z.number().int().min(1),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  original: z.string(),
  corrected: z.string(),
  confidence: z.number().min(0).max(1),
  reason: z.string(),
  evidence: z.enum(['lexicon', 'compound', 'context', 'domain', 'learned', 'pattern']).optional(),
  applied: z.boolean().optional(),
});

export const QualitySchema = z.object({
  meanOcrConfidence: z.number().min(0).max(1).nullable(),
  tokens: z.number().int().min(0),
  corrected: z.number().int().min(0),
  flagged: z.number().int().min(0).optional(),
  unknown: z.number().int().min(0),
});

export const DocumentTypeSchema = z.enum(['minnesanteckningar', 'protokoll', 'kallelse', 'other']);

export const MinutesSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.object({
      file: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/).nullish(),
      pages: z.number().int().min(0),
    }),
    documentType: DocumentTypeSchema,
    title: z.string().nullish(),
    /** The group that met: "Nätverket för kulturchefer", "Kommunstyrelsens arbetsutskott". */
    body: z.string().nullish(),
    meeting: MeetingTimeSchema.nullish(),
    attendees: z.array(PersonSchema),
    absent: z.array(PersonSchema),
    adjusters: z.array(z.string()),
    items: z.array(ItemSchema),
    nextMeeting: MeetingTimeSchema.nullish(),
    signatures: z.array(SignatureSchema),
    corrections: z.array(CorrectionSchema),
    quality: QualitySchema.nullish(),
  })
  .describe('Structured Swedish meeting minutes (minnesanteckningar, protokoll, kallelse)');

export type Minutes = z.infer<typeof MinutesSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type MeetingTime = z.infer<typeof MeetingTimeSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type DocumentType = z.infer<typeof DocumentTypeSchema>;
export type Quality = z.infer<typeof QualitySchema>;

/** The JSON Schema committed at schema/minutes.schema.json; regenerate with `npm run schema`. */
export function minutesJsonSchema(): unknown {
  return z.toJSONSchema(MinutesSchema, { target: 'draft-2020-12' });
}
