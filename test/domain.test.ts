import { describe, expect, it } from 'vitest';
import { MinutesSchema } from '../src/domain/index.ts';
import { minutesJsonSchema } from '../src/domain/minutes-schema.ts';

const minimal = {
  schemaVersion: '1',
  source: { file: 'a.pdf', sha256: 'a'.repeat(64), pages: 1 },
  documentType: 'other',
  attendees: [],
  absent: [],
  adjusters: [],
  items: [],
  signatures: [],
  corrections: [],
};

describe('Minutes schema', () => {
  it('accepts a document with only the required fields', () => {
    expect(MinutesSchema.parse(minimal).documentType).toBe('other');
  });

  it('rejects a meeting date that is not ISO', () => {
    expect(() => MinutesSchema.parse({ ...minimal, meeting: { date: '9 mars 2023' } })).toThrow();
  });

  it('rejects an unknown schema version', () => {
    expect(() => MinutesSchema.parse({ ...minimal, schemaVersion: '2' })).toThrow();
  });

  it('matches the committed JSON Schema file', async () => {
    const { readFile } = await import('node:fs/promises');
    const committed = JSON.parse(await readFile(new URL('../schema/minutes.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(minutesJsonSchema());
  });
});
