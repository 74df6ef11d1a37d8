import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { sectionHeading } from '../../src/segment/sections.ts';
import { segment } from './by-field/segment-text.ts';

describe("a body's decision heading read by OCR on a poor scan", () => {
  it('knows the heading with a speck read as a comma between its words', () => {
    expect(sectionHeading('Kultur- och fritidsnämndens, beslut')).toBe('decision');
  });
  it('knows the heading with a letter or two of dust before its capital', () => {
    expect(sectionHeading('is Kultur- och fritidsnämndens beslut')).toBe('decision');
  });
  it('still reads a sentence that merely mentions a decision as no heading', () => {
    expect(sectionHeading('om nämndens beslut')).toBeNull();
  });
  it('takes the paragraph under the heading as the decision when dust stands far out on the heading row', () => {
    const rows = [documentLine(1, ['Kultur- och fritidsnämndens beslut', 'ee Forbo. or']), documentLine(1, ['Nämnden godkänner verksamhetsplanen för 2026.'])];
    expect(extractDecisions(rows)).toEqual(['Nämnden godkänner verksamhetsplanen för 2026.']);
  });
  it('still reads text printed beside a section label as its paragraph', () => {
    const rows = [documentLine(1, ['Beslut', 'Nämnden godkänner verksamhetsplanen för 2026.'])];
    expect(extractDecisions(rows)).toEqual(['Nämnden godkänner verksamhetsplanen för 2026.']);
  });
});

describe('the first paragraph of a protokoll whose head ends in a signing block and a notice of adjustment', () => {
  const text = [
    'Plats och tid\tRådhuset, kl. 17.00–18.30',
    'Beslutande\tTove Linder (M), ordförande',
    '\tAhmed Sari (S)',
    'Utses att justera\tAhmed Sari (S)',
    'Underskrifter\tSekreterare',
    '\t\tKarin Holm',
    '\tOrdförande',
    '\t\tTove Linder',
    '',
    'ANSLAG/BEVIS',
    'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
    'Organ\tValnämnden',
    'Sammanträdesdatum\t2026-01-14',
    '',
    '§ 1\tVal av justerare',
    'Valnämndens beslut',
    'Ahmed Sari (S) utses att justera protokollet.',
    '',
    '§ 2\tValdistrikt inför valet 2026',
    'Valnämndens beslut',
    'Valnämnden fastställer indelningen i valdistrikt.',
  ].join('\n');
  it('keeps the decision heading under the first paragraph, so its decision is read', () => {
    expect(segment(text).items[0]!.decisions).toEqual(['Ahmed Sari (S) utses att justera protokollet.']);
  });
});
