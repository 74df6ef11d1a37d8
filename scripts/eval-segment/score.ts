import type { Minutes, Person } from '../../src/domain/index.ts';
import { editDistance, similarity } from '../../src/text/edit-distance.ts';

/** Per-field scores of one produced document against its ground truth; a field missing from both is not scored. */
export type FieldScores = Partial<Record<FieldName, number>>;
export const FIELDS = [
  'type',
  'date',
  'start',
  'end',
  'place',
  'attendees',
  'organisation',
  'role',
  'absent',
  'adjusters',
  'items',
  'decisionsR',
  'decisionsP',
  'next',
  'signatures',
] as const;
export type FieldName = (typeof FIELDS)[number];

export interface Realness {
  produced: number;
  real: number;
}
export interface DocumentScore {
  fields: FieldScores;
  mean: number;
  attendees: Realness;
  items: Realness;
  decisions: Realness;
}

function plain(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[–—‒]/g, '-').replace(/\s+/g, ' ').replace(/\s*([,.:;])\s*/g, '$1 ').trim();
}

/** Names match when at most a typo or two apart, so OCR damage in one letter still counts. */
export function sameName(a: string, b: string): boolean {
  const x = plain(a);
  const y = plain(b);
  return editDistance(x, y) <= 2 || similarity(x, y) >= 0.85;
}

function sameText(a: string, b: string, threshold: number): boolean {
  return similarity(plain(a), plain(b)) >= threshold;
}

/** Greedy one-to-one matching; returns matched index pairs. */
function match<T, U>(expected: readonly T[], produced: readonly U[], same: (e: T, p: U) => boolean): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  expected.forEach((e, i) => {
    const j = produced.findIndex((p, k) => !used.has(k) && same(e, p));
    if (j >= 0) {
      used.add(j);
      pairs.push([i, j]);
    }
  });
  return pairs;
}

function f1(expected: number, produced: number, matched: number): number | undefined {
  if (expected === 0 && produced === 0) return undefined;
  if (expected === 0 || produced === 0) return 0;
  const p = matched / produced;
  const r = matched / expected;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function exact(expected: string | null | undefined, produced: string | null | undefined, loose = false): number | undefined {
  if (!expected && !produced) return undefined;
  if (!expected || !produced) return 0;
  return loose ? (sameText(expected, produced, 0.9) ? 1 : 0) : plain(expected) === plain(produced) ? 1 : 0;
}

function peopleScores(expected: Person[], produced: Person[]) {
  const pairs = match(expected, produced, (e, p) => sameName(e.name, p.name));
  const attr = (key: 'organisation' | 'role') => {
    if (pairs.length === 0) return undefined;
    const scored = pairs.filter(([i, j]) => expected[i]![key] || produced[j]![key]);
    if (scored.length === 0) return undefined;
    return scored.filter(([i, j]) => plain(expected[i]![key]) === plain(produced[j]![key])).length / scored.length;
  };
  return { f1: f1(expected.length, produced.length, pairs.length), matched: pairs.length, organisation: attr('organisation'), role: attr('role') };
}

export function scoreDocument(expected: Minutes, produced: Minutes): DocumentScore {
  const fields: FieldScores = {};
  const set = (name: FieldName, value: number | undefined) => {
    if (value !== undefined) fields[name] = value;
  };
  set('type', expected.documentType === produced.documentType ? 1 : 0);
  set('date', exact(expected.meeting?.date, produced.meeting?.date));
  set('start', exact(expected.meeting?.start, produced.meeting?.start));
  set('end', exact(expected.meeting?.end, produced.meeting?.end));
  set('place', exact(expected.meeting?.place, produced.meeting?.place, true));

  const attendees = peopleScores(expected.attendees, produced.attendees);
  set('attendees', attendees.f1);
  set('organisation', attendees.organisation);
  set('role', attendees.role);
  set('absent', peopleScores(expected.absent, produced.absent).f1);
  const adjusters = match(expected.adjusters, produced.adjusters, sameName);
  set('adjusters', f1(expected.adjusters.length, produced.adjusters.length, adjusters.length));

  const items = match(expected.items, produced.items, (e, p) => e.number === p.number && sameText(e.title, p.title, 0.85));
  set('items', f1(expected.items.length, produced.items.length, items.length));

  const expectedDecisions = expected.items.flatMap((i) => i.decisions);
  const producedDecisions = produced.items.flatMap((i) => i.decisions);
  const decisions = match(expectedDecisions, producedDecisions, (e, p) => sameText(e, p, 0.85));
  if (expectedDecisions.length > 0 || producedDecisions.length > 0) {
    set('decisionsR', expectedDecisions.length ? decisions.length / expectedDecisions.length : 0);
    set('decisionsP', producedDecisions.length ? decisions.length / producedDecisions.length : 0);
  }
  set('next', exact(expected.nextMeeting?.date, produced.nextMeeting?.date));
  const signatures = match(
    expected.signatures,
    produced.signatures,
    (e, p) => plain(e.role) === plain(p.role) && (e.name && p.name ? sameName(e.name, p.name) : !e.name && !p.name),
  );
  set('signatures', f1(expected.signatures.length, produced.signatures.length, signatures.length));

  const values = Object.values(fields);
  return {
    fields,
    mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1,
    attendees: { produced: produced.attendees.length, real: attendees.matched },
    items: { produced: produced.items.length, real: items.length },
    decisions: { produced: producedDecisions.length, real: decisions.length },
  };
}
