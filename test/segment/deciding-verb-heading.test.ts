import { describe, expect, it } from 'vitest';
import { isDecidingVerbHeading } from '../../src/segment/deciding-verb-heading.ts';
import { decisions } from './by-field/segment-text.ts';

describe('a body and its deciding verb alone on a row, heading the decision below', () => {
  it('heads a sentence of its own or a numbered point', () => {
    expect(isDecidingVerbHeading('Nämnden beslutar', 'Planen antas.')).toBe(true);
    expect(isDecidingVerbHeading('Fritidsnämnden beslutar:', '1. Fritidsnämnden antar taxan.')).toBe(true);
    expect(isDecidingVerbHeading('Nämnden beslutar', '» Taxan antas.')).toBe(true);
  });
  it('opens the sentence instead when an att-clause follows, or when the row goes on', () => {
    expect(isDecidingVerbHeading('Utskottet beslutar', 'att anta taxan.')).toBe(false);
    expect(isDecidingVerbHeading('Utskottet beslutar', 'Att anta taxan.')).toBe(false);
    expect(isDecidingVerbHeading('Nämnden beslutar att anta taxan.', 'Taxan gäller från maj.')).toBe(false);
    expect(isDecidingVerbHeading('Nämnden beslutar', undefined)).toBe(false);
  });
  it('takes the sentence below as the decision, without the verb row', () => {
    expect(decisions('Bakgrund\nFörvaltningen har sett över taxan.\nNämnden beslutar\nTaxan för tillsyn höjs med tre procent.')).toEqual([
      'Taxan för tillsyn höjs med tre procent.',
    ]);
    expect(decisions('Tekniska nämnden beslutar\natt anta taxan, samt\natt den gäller från maj.')).toEqual([
      'Tekniska nämnden beslutar att anta taxan, samt att den gäller från maj.',
    ]);
  });
});
