import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const agenda = '\n\nTid Tisdagen den 7 mars 2023 kl. 18.00\n\n1. Val av justerare\n2. Budget\n3. Meddelanden';

describe('a header row whose columns OCR closed up: organisation, document word and page number', () => {
  it('reads the document word before "Sida 1(2)"', () => {
    expect(segment(`EKMORA KOMMUN FÖREDRAGNINGSLISTA Sida 1(2)\nTekniska nämnden${agenda}`).documentType).toBe('kallelse');
  });
  it('reads it before a page number OCR damaged to "12)"', () => {
    expect(segment(`EKMORA KOMMUN KUNGÖRELSE 12)\nKommunfullmäktige${agenda}`).documentType).toBe('kallelse');
  });
  it('reads it before "Sida 2 av 3" in a protokoll', () => {
    expect(segment(`EKMORA KOMMUN PROTOKOLL Sida 1 av 3\nTekniska nämnden${agenda}`).documentType).toBe('protokoll');
  });
});
