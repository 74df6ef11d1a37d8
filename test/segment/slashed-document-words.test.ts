import { describe, expect, it } from 'vitest';
import { documentTypeOfHeading } from '../../src/segment/document-kind.ts';

describe('two document words joined by a slash', () => {
  it('reads the first word as the document type', () => {
    expect(documentTypeOfHeading('KALLELSE/DAGORDNING')).toBe('kallelse');
    expect(documentTypeOfHeading('Protokoll/beslutsuppteckning')).toBe('protokoll');
  });
});
