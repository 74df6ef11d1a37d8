import type { Minutes } from '../domain/index.ts';
import { decidedToken, type ReviewDecision } from './review-decision.ts';

export type StoredCorrection = Minutes['corrections'][number];

/** One token the review changed, at its place in the text the pipeline wrote. */
export interface TokenChange {
  from: string;
  to: string;
}

export interface AppliedText {
  text: string;
  /** Same order as the input; `applied`, `corrected` and `column` describe the new text. */
  corrections: StoredCorrection[];
  changes: TokenChange[];
  /** Corrections whose token was not at (or near) its position, left untouched. */
  missing: StoredCorrection[];
}

/**
 * Rewrites the pipeline's text so that every decided token reads as decided.
 * Always starts from the pipeline's own text and corrections, so decisions
 * can be changed or undone any number of times without drift. Tokens on one
 * line are replaced left to right and later columns shifted by the length
 * change, so the returned positions match the returned text.
 */
export function applyDecisionsToText(
  baseText: string,
  baseCorrections: readonly StoredCorrection[],
  decisionFor: (correction: StoredCorrection) => ReviewDecision | undefined,
): AppliedText {
  const pages = baseText.split('\f').map((p) => p.split('\n'));
  const corrections = baseCorrections.map((c) => ({ ...c }));
  const changes: TokenChange[] = [];
  const missing: StoredCorrection[] = [];

  const byLine = new Map<string, number[]>();
  baseCorrections.forEach((c, i) => {
    const key = `${c.page}:${c.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), i]);
  });

  for (const indices of byLine.values()) {
    const first = baseCorrections[indices[0]!]!;
    const lines = pages[first.page - 1];
    const line = lines?.[first.line - 1];
    if (lines === undefined || line === undefined) {
      for (const i of indices) missing.push(baseCorrections[i]!);
      continue;
    }
    const located: { index: number; at: number; from: string; to: string; applied: boolean; corrected: string }[] = [];
    for (const i of indices) {
      const c = baseCorrections[i]!;
      const from = decidedToken(c, undefined).token;
      const at = locateToken(line, from, c.column - 1);
      if (at < 0) {
        missing.push(c);
        continue;
      }
      const target = decidedToken(c, decisionFor(c));
      located.push({ index: i, at, from, to: target.token, applied: target.applied, corrected: target.corrected });
    }
    located.sort((a, b) => a.at - b.at);
    let out = '';
    let cursor = 0;
    for (const t of located) {
      if (t.at < cursor) {
        missing.push(baseCorrections[t.index]!);
        continue;
      }
      out += line.slice(cursor, t.at);
      const c = corrections[t.index]!;
      c.column = out.length + 1;
      c.applied = t.applied;
      c.corrected = t.corrected;
      out += t.to;
      cursor = t.at + t.from.length;
      if (t.from !== t.to) changes.push({ from: t.from, to: t.to });
    }
    lines[first.line - 1] = out + line.slice(cursor);
  }

  return { text: pages.map((p) => p.join('\n')).join('\f'), corrections, changes, missing };
}

/**
 * Where `token` starts in `line`: at `expected` when it is there, else the
 * nearest whole-word occurrence (a repair stage may count columns slightly
 * differently), else -1.
 */
export function locateToken(line: string, token: string, expected: number): number {
  if (token.length === 0) return -1;
  if (line.startsWith(token, expected)) return expected;
  let best = -1;
  for (let at = line.indexOf(token); at >= 0; at = line.indexOf(token, at + 1)) {
    if (!isWholeWord(line, at, token.length)) continue;
    if (best < 0 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  return best;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWholeWord(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  return (before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after));
}

function wholeWordPattern(token: string): RegExp {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Carries the changed tokens into the structured minutes (title, names, items …).
 * A token is replaced only where that is unambiguous: every whole-word
 * occurrence of it in the pipeline's text is one of the changed corrections,
 * and they all became the same new token. Otherwise the field is left as it was.
 */
export function applyChangesToMinutes(
  baseMinutes: Minutes,
  baseText: string,
  changes: readonly TokenChange[],
  corrections: StoredCorrection[],
): Minutes {
  const byFrom = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const c of changes) {
    byFrom.set(c.from, (byFrom.get(c.from) ?? new Set()).add(c.to));
    counts.set(c.from, (counts.get(c.from) ?? 0) + 1);
  }
  const replacements: [RegExp, string][] = [];
  for (const [from, targets] of byFrom) {
    if (targets.size !== 1) continue;
    const pattern = wholeWordPattern(from);
    const inText = baseText.match(pattern)?.length ?? 0;
    if (inText !== counts.get(from)) continue;
    replacements.push([pattern, [...targets][0]!]);
  }
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return replacements.reduce((s, [p, to]) => s.replace(p, () => to), value);
    if (Array.isArray(value)) return value.map(rewrite);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
    }
    return value;
  };
  const { schemaVersion, source, documentType, corrections: _old, quality, ...fields } = baseMinutes;
  const applied = corrections.filter((c) => c.applied !== false).length;
  return {
    schemaVersion,
    source,
    documentType,
    ...(rewrite(fields) as Omit<Minutes, 'schemaVersion' | 'source' | 'documentType' | 'corrections' | 'quality'>),
    corrections,
    ...(quality === undefined
      ? {}
      : { quality: quality === null ? null : { ...quality, corrected: applied, flagged: corrections.length - applied } }),
  };
}
