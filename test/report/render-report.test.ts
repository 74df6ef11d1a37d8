import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReportBatch, ReportEntry } from '../../src/report/report-batch.ts';
import { findErrorSeries, jsonForScript, renderReport, sortEntries } from '../../src/report/render-report.ts';

function entry(over: Partial<ReportEntry>): ReportEntry {
  return {
    document: 'doc',
    page: 1,
    line: 1,
    column: 1,
    original: 'aret',
    corrected: 'året',
    confidence: 0.9,
    reason: 'lexicon',
    evidence: 'lexicon',
    applied: true,
    crop: null,
    context: null,
    ...over,
  };
}

function batch(entries: ReportEntry[], over: Partial<ReportBatch> = {}): ReportBatch {
  return {
    title: 'batch',
    documents: [{ name: 'doc', file: 'doc.pdf', pages: 1, quality: null, entries }],
    failures: [],
    ...over,
  };
}

const HOSTILE = '<script>alert(1)</script>';
const ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>';

describe('renderReport', () => {
  it('escapes document strings everywhere they appear in markup', () => {
    const html = renderReport(
      batch(
        [
          entry({
            original: HOSTILE,
            corrected: ATTRIBUTE_BREAK,
            reason: ATTRIBUTE_BREAK,
            document: ATTRIBUTE_BREAK,
            context: { before: HOSTILE, token: ATTRIBUTE_BREAK, after: '</li>' },
            crop: `crops/${encodeURIComponent(ATTRIBUTE_BREAK)}/p1-l1-c1.webp`,
          }),
        ],
        { title: HOSTILE, failures: [{ file: ATTRIBUTE_BREAK, reason: HOSTILE }] },
      ),
    );
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    // Only the two script elements of the report itself.
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('embeds data as JSON that cannot close its script element', () => {
    const json = jsonForScript({ s: '</script><!-- & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ s: '</script><!-- & \u2028' });
  });

  it('allows its inline script and style by hash, and no remote source', () => {
    const html = renderReport(batch([entry({})]));
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:|\*|unsafe-inline/);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
  });

  it('links each crop by its relative path and marks the token in its line', () => {
    const html = renderReport(
      batch([entry({ crop: 'crops/doc/p1-l1-c1.webp', context: { before: 'Budget för ', token: 'året', after: ' godkändes' } })]),
    );
    expect(html).toContain('<img src="crops/doc/p1-l1-c1.webp"');
    expect(html).toContain('Budget för <mark>året</mark> godkändes');
  });

  it('offers decision buttons only when served for review', () => {
    expect(renderReport(batch([entry({}), entry({ line: 2 })]))).not.toContain('data-action="accept"');
    const reviewing = renderReport(batch([entry({}), entry({ line: 2 })], { review: { decisions: [] } }));
    expect(reviewing).toContain('data-action="accept"');
    expect(reviewing).toContain('Accept all 2');
  });
});

describe('sortEntries', () => {
  it('puts the least confident correction first, then keeps reading order', () => {
    const sorted = sortEntries(
      batch([
        entry({ line: 3, confidence: 0.9 }),
        entry({ line: 1, confidence: 0.95 }),
        entry({ line: 2, confidence: 0.4 }),
        entry({ line: 1, confidence: 0.9 }),
      ]).documents,
    );
    expect(sorted.map((e) => [e.confidence, e.line])).toEqual([
      [0.4, 2],
      [0.9, 1],
      [0.9, 3],
      [0.95, 1],
    ]);
  });
});

describe('findErrorSeries', () => {
  it('groups repeated original → corrected pairs, most frequent first, and ignores singletons', () => {
    const series = findErrorSeries([
      entry({ original: 'Gverskott', corrected: 'Överskott' }),
      entry({ original: 'aret' }),
      entry({ original: 'dr', corrected: 'är' }),
      entry({ original: 'aret' }),
      entry({ original: 'dr', corrected: 'är' }),
      entry({ original: 'aret' }),
    ]);
    expect(series.map((s) => [s.original, s.indices])).toEqual([
      ['aret', [1, 3, 5]],
      ['dr', [2, 4]],
    ]);
  });
});
