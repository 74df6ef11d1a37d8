import { describe, expect, it } from 'vitest';
import { type Minutes, MinutesSchema } from '../../src/domain/index.ts';
import { applyChangesToMinutes, applyDecisionsToText, locateToken, type StoredCorrection } from '../../src/review/apply-decisions.ts';
import type { DecisionAction, ReviewDecision } from '../../src/review/review-decision.ts';

const TEXT = 'Protokoll\nOrdförande Sjöström foérklarar mötet\nBudget för året\fNästa möte året';

function correction(over: Partial<StoredCorrection>): StoredCorrection {
  return { page: 1, line: 2, column: 12, original: 'Sj6strom', corrected: 'Sjöström', confidence: 0.9, reason: 'r', applied: true, ...over };
}

const CORRECTIONS: StoredCorrection[] = [
  correction({}),
  correction({ column: 21, original: 'foérklarar', corrected: 'förklarar', applied: false, confidence: 0.5 }),
  correction({ line: 3, column: 12, original: 'aret', corrected: 'året' }),
  correction({ page: 2, line: 1, column: 12, original: 'aret', corrected: 'året' }),
];

function decide(map: Record<number, [DecisionAction, string?]>) {
  return (c: StoredCorrection): ReviewDecision | undefined => {
    const hit = map[CORRECTIONS.findIndex((x) => x.page === c.page && x.line === c.line && x.column === c.column)];
    if (!hit) return undefined;
    return { document: 'd', page: c.page, line: c.line, column: c.column, original: c.original, action: hit[0], value: hit[1], decidedAt: '' };
  };
}

describe('applyDecisionsToText', () => {
  it('leaves the text and corrections as they were without decisions', () => {
    const out = applyDecisionsToText(TEXT, CORRECTIONS, () => undefined);
    expect(out.text).toBe(TEXT);
    expect(out.corrections).toEqual(CORRECTIONS);
    expect(out.changes).toEqual([]);
  });

  it('reverts a rejected applied correction and shifts later columns on its line', () => {
    const out = applyDecisionsToText(TEXT, CORRECTIONS, decide({ 0: ['reject'] }));
    expect(out.text.split('\n')[1]).toBe('Ordförande Sj6strom foérklarar mötet');
    expect(out.corrections[0]).toMatchObject({ applied: false, column: 12 });
    expect(out.corrections[1]!.column).toBe(21);
  });

  it('applies an accepted flag, and moves the next token when the length changes', () => {
    const text = 'a foérklarar Sjöström';
    const corrections = [
      correction({ line: 1, column: 3, original: 'foérklarar', corrected: 'förklarar', applied: false }),
      correction({ line: 1, column: 14 }),
    ];
    const out = applyDecisionsToText(text, corrections, (c) =>
      c.column === 3 ? { ...c, document: 'd', action: 'accept', decidedAt: '' } : undefined,
    );
    expect(out.text).toBe('a förklarar Sjöström');
    expect(out.corrections[0]).toMatchObject({ applied: true, column: 3 });
    expect(out.corrections[1]!.column).toBe(13);
    expect(out.text.slice(out.corrections[1]!.column - 1)).toBe('Sjöström');
  });

  it('writes an edited value and records it as the correction', () => {
    const out = applyDecisionsToText(TEXT, CORRECTIONS, decide({ 2: ['edit', 'åren'] }));
    expect(out.text.split('\f')[0]!.split('\n')[2]).toBe('Budget för åren');
    expect(out.corrections[2]).toMatchObject({ applied: true, corrected: 'åren' });
    expect(out.changes).toEqual([{ from: 'året', to: 'åren' }]);
  });

  it('reports a token that is not in its line instead of writing over other words', () => {
    const out = applyDecisionsToText('Budget för något', [correction({ line: 1, column: 12, original: 'aret', corrected: 'året' })], () => ({
      document: 'd', page: 1, line: 1, column: 12, original: 'aret', action: 'reject', decidedAt: '',
    }));
    expect(out.text).toBe('Budget för något');
    expect(out.missing).toHaveLength(1);
  });
});

describe('locateToken', () => {
  it('finds a whole word near the expected column when the column is off', () => {
    expect(locateToken('året och året', 'året', 8)).toBe(9);
    expect(locateToken('föråret året', 'året', 0)).toBe(8);
    expect(locateToken('inget här', 'året', 0)).toBe(-1);
  });
});

describe('applyChangesToMinutes', () => {
  const base: Minutes = MinutesSchema.parse({
    schemaVersion: '1',
    source: { file: 'a.pdf', pages: 2 },
    documentType: 'protokoll',
    title: 'Ordförande Sjöström',
    attendees: [{ name: 'Anna Sjöström' }],
    absent: [],
    adjusters: [],
    items: [{ number: '1', title: 'Budget för året', text: 'Nästa möte året', decisions: [] }],
    signatures: [],
    corrections: CORRECTIONS,
    quality: { meanOcrConfidence: 0.9, tokens: 10, corrected: 3, flagged: 1, unknown: 0 },
  });

  it('replaces a token whose every occurrence in the text was changed the same way', () => {
    const out = applyDecisionsToText(TEXT, CORRECTIONS, decide({ 0: ['reject'] }));
    const minutes = applyChangesToMinutes(base, TEXT, out.changes, out.corrections);
    expect(minutes.title).toBe('Ordförande Sj6strom');
    expect(minutes.attendees[0]!.name).toBe('Anna Sj6strom');
    expect(minutes.quality).toMatchObject({ corrected: 2, flagged: 2 });
    expect(minutes.corrections[0]!.applied).toBe(false);
  });

  it('keeps a token that also occurs where the review did not change it', () => {
    const out = applyDecisionsToText(TEXT, CORRECTIONS, decide({ 2: ['reject'] }));
    const minutes = applyChangesToMinutes(base, TEXT, out.changes, out.corrections);
    expect(minutes.items[0]!.title).toBe('Budget för året');
    expect(out.text.split('\f')[0]!.split('\n')[2]).toBe('Budget för aret');
  });
});
