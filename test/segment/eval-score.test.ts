import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../src/domain/index.ts';
import { sameName, scoreDocument } from '../../scripts/eval-segment/score.ts';

const base: Minutes = {
  schemaVersion: '1',
  source: { file: 'a.txt', sha256: null, pages: 1 },
  documentType: 'minnesanteckningar',
  title: 'Minnesanteckningar',
  body: null,
  meeting: { date: '2023-03-09', start: '09:30', end: '11:00', place: 'Tyresö kommunhus, rum Björkö' },
  attendees: [
    { name: 'Anna Öberg', organisation: 'Haninge', role: 'ordförande' },
    { name: 'Jörgen Sjöström', organisation: 'Tyresö', role: null },
  ],
  absent: [],
  adjusters: ['Anna Öberg'],
  items: [
    { number: '1', title: 'Välkommen', text: '', decisions: [] },
    { number: '2', title: 'Budget', text: '', decisions: ['Nätverket ställer sig bakom budgeten.'] },
  ],
  nextMeeting: null,
  signatures: [{ role: 'Justeras', name: 'Anna Öberg' }],
  corrections: [],
};

describe('segment evaluation score', () => {
  it('gives 1 on every scored field of an identical document and skips fields empty on both sides', () => {
    const score = scoreDocument(base, structuredClone(base));
    expect(score.mean).toBe(1);
    expect(score.fields.absent).toBeUndefined();
    expect(score.fields.next).toBeUndefined();
    expect(score.fields.attendees).toBe(1);
  });
  it('matches names one or two OCR typos apart, not different people', () => {
    expect(sameName('Jörgen Sjöström', 'Jorgen Sj6ström')).toBe(true);
    expect(sameName('Anna Öberg', 'Märta Åkesson')).toBe(false);
  });
  it('scores a missing attendee by F1 and an invented one as not real', () => {
    const produced = structuredClone(base);
    produced.attendees = [base.attendees[0]!, { name: 'Kommunhuset Tyresö', organisation: null, role: null }];
    const score = scoreDocument(base, produced);
    expect(score.fields.attendees).toBeCloseTo(0.5);
    expect(score.attendees).toEqual({ produced: 2, real: 1 });
  });
  it('scores a guessed next meeting as wrong when the document has none', () => {
    const produced = structuredClone(base);
    produced.nextMeeting = { date: '2023-04-13', start: null, end: null, place: null };
    expect(scoreDocument(base, produced).fields.next).toBe(0);
  });
  it('counts an item only when both number and title match', () => {
    const produced = structuredClone(base);
    produced.items = [{ ...base.items[0]!, number: '3' }, base.items[1]!];
    const score = scoreDocument(base, produced);
    expect(score.fields.items).toBeCloseTo(0.5);
    expect(score.items).toEqual({ produced: 2, real: 1 });
  });
  it('separates decision recall from precision', () => {
    const produced = structuredClone(base);
    produced.items[1]!.decisions = ['Nätverket ställer sig bakom budgeten.', 'Ekonomichefen redogjorde för läget.'];
    const score = scoreDocument(base, produced);
    expect(score.fields.decisionsR).toBe(1);
    expect(score.fields.decisionsP).toBe(0.5);
  });
  it('compares the place loosely and the date exactly', () => {
    const produced = structuredClone(base);
    produced.meeting = { ...base.meeting!, place: 'Tyresö kommunhus, rum Björkö.', date: '2023-03-10' };
    const score = scoreDocument(base, produced);
    expect(score.fields.place).toBe(1);
    expect(score.fields.date).toBe(0);
  });
  it('requires a signature to match on role and name', () => {
    const produced = structuredClone(base);
    produced.signatures = [{ role: 'Vid anteckningarna', name: 'Anna Öberg' }];
    expect(scoreDocument(base, produced).fields.signatures).toBe(0);
  });
});
