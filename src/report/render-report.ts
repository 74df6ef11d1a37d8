import { createHash } from 'node:crypto';
import escapeHtml from 'escape-html';
import { correctionKeyId } from '../review/review-decision.ts';
import type { ReportBatch, ReportDocument, ReportEntry } from './report-batch.ts';
import { REPORT_SCRIPT } from './report-script.ts';
import { REPORT_STYLE } from './report-style.ts';

/** Context shown on each side of the highlighted token, in characters. */
const CONTEXT_CHARS = 48;

/** A pair seen at least this often is offered as an error series to accept in one action. */
export const SERIES_MIN_COUNT = 2;

export interface ErrorSeries {
  original: string;
  corrected: string;
  /** Positions in the sorted entry list. */
  indices: number[];
}

/** Doubtful first: lowest confidence at the top, then in reading order. */
export function sortEntries(documents: readonly ReportDocument[]): ReportEntry[] {
  const order = new Map(documents.map((d, i) => [d.name, i]));
  return documents
    .flatMap((d) => d.entries)
    .sort(
      (a, b) =>
        a.confidence - b.confidence ||
        (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) ||
        a.page - b.page ||
        a.line - b.line ||
        a.column - b.column,
    );
}

/** The same original → corrected pair seen SERIES_MIN_COUNT or more times, most frequent first. */
export function findErrorSeries(entries: readonly ReportEntry[]): ErrorSeries[] {
  const groups = new Map<string, ErrorSeries>();
  entries.forEach((e, i) => {
    const key = JSON.stringify([e.original, e.corrected]);
    const group = groups.get(key) ?? { original: e.original, corrected: e.corrected, indices: [] };
    group.indices.push(i);
    groups.set(key, group);
  });
  return [...groups.values()]
    .filter((g) => g.indices.length >= SERIES_MIN_COUNT)
    .sort((a, b) => b.indices.length - a.indices.length || a.original.localeCompare(b.original, 'sv'));
}

/**
 * The whole report as one self-contained HTML file: inline CSS and script
 * (allowed by hash in a Content-Security-Policy with no remote sources), data
 * in a JSON block with `<` escaped, and every string from a document escaped.
 * Pure: the same batch gives the same bytes.
 */
export function renderReport(batch: ReportBatch): string {
  const entries = sortEntries(batch.documents);
  const series = findErrorSeries(entries);
  const reviewing = batch.review !== undefined;
  const data = {
    review: reviewing,
    decisions: batch.review?.decisions ?? [],
    series: series.map((s) => ({ indices: s.indices })),
    entries: entries.map((e) => ({
      id: correctionKeyId(e),
      document: e.document,
      page: e.page,
      line: e.line,
      column: e.column,
      original: e.original,
      corrected: e.corrected,
      applied: e.applied,
      confidence: e.confidence,
    })),
  };
  const csp = [
    "default-src 'none'",
    `script-src '${cspHash(REPORT_SCRIPT)}'`,
    `style-src '${cspHash(REPORT_STYLE)}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Review · ${escapeHtml(batch.title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header class="top">
<h1>OCR review · ${escapeHtml(batch.title)}</h1>
<div class="sub">${describeTotals(batch, entries)}</div>
</header>
<main>
${reviewing ? '' : `<p class="notice">Read-only report. To accept, reject or edit corrections, run <code>minutes review &lt;out-dir&gt;</code> and open the address it prints.</p>`}
<h2>Documents</h2>
${renderSummary(batch.documents)}
${renderFailures(batch)}
${renderSeries(series, reviewing)}
<h2 id="corrections">Corrections and flags <span class="file">(doubtful first)</span></h2>
${renderToolbar(batch.documents, reviewing)}
<ol class="entries" aria-label="Corrections">
${entries.map((e) => renderEntry(e, reviewing)).join('\n')}
</ol>
<p class="empty" id="no-match" hidden>No correction matches the filters.</p>
${entries.length === 0 ? '<p class="empty">No corrections or flags in this batch.</p>' : ''}
</main>
<div id="live" role="status" aria-live="polite"></div>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function cspHash(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/** JSON that cannot close its script element or start a comment inside it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function describeTotals(batch: ReportBatch, entries: readonly ReportEntry[]): string {
  const pages = batch.documents.reduce((n, d) => n + d.pages, 0);
  const applied = entries.filter((e) => e.applied).length;
  const parts = [
    plural(batch.documents.length, 'document'),
    plural(pages, 'page'),
    `${applied} applied`,
    `${entries.length - applied} flagged`,
  ];
  if (batch.failures.length > 0) parts.push(`${batch.failures.length} failed`);
  return escapeHtml(parts.join(' · '));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function confidenceClass(value: number): string {
  return value < 0.5 ? 'conf-low' : value < 0.8 ? 'conf-mid' : 'conf-high';
}

function confidenceBar(value: number): string {
  const v = Math.max(0, Math.min(1, value));
  return `<span class="${confidenceClass(v)}"><span class="bar" aria-hidden="true"><span data-fill="${v.toFixed(3)}"></span></span>${Math.round(v * 100)} %</span>`;
}

function renderSummary(documents: readonly ReportDocument[]): string {
  if (documents.length === 0) return '<p class="empty">No documents in this folder.</p>';
  const rows = documents.map((d) => {
    const applied = d.entries.filter((e) => e.applied).length;
    const q = d.quality;
    const ocr = q?.meanOcrConfidence == null ? '<span class="file">no OCR</span>' : confidenceBar(q.meanOcrConfidence);
    const name = escapeHtml(d.name);
    const file = d.file && d.file !== `${d.name}.pdf` ? ` <span class="file">${escapeHtml(d.file)}</span>` : '';
    return `<tr><td>${name}${file}</td><td class="num">${d.pages}</td><td>${ocr}</td><td class="num">${q?.corrected ?? applied}</td><td class="num">${q?.flagged ?? d.entries.length - applied}</td><td class="num">${q?.unknown ?? '—'}</td><td class="num">${q?.tokens ?? '—'}</td></tr>`;
  });
  const sum = (f: (d: ReportDocument) => number) => documents.reduce((n, d) => n + f(d), 0);
  const totals = `<tr><td>Total</td><td class="num">${sum((d) => d.pages)}</td><td></td><td class="num">${sum((d) => d.quality?.corrected ?? d.entries.filter((e) => e.applied).length)}</td><td class="num">${sum((d) => d.quality?.flagged ?? d.entries.filter((e) => !e.applied).length)}</td><td class="num">${sum((d) => d.quality?.unknown ?? 0)}</td><td class="num">${sum((d) => d.quality?.tokens ?? 0)}</td></tr>`;
  return `<table class="summary">
<thead><tr><th>Document</th><th class="num">Pages</th><th>Mean OCR confidence</th><th class="num">Corrections applied</th><th class="num">Flagged words</th><th class="num">Unknown words</th><th class="num">Words</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot>${totals}</tfoot>
</table>`;
}

function renderFailures(batch: ReportBatch): string {
  if (batch.failures.length === 0) return '';
  const items = batch.failures.map((f) => `<li><span class="file">${escapeHtml(f.file)}</span>: ${escapeHtml(f.reason)}</li>`);
  return `<h2>Failed documents</h2>
<ul class="failures">
${items.join('\n')}
</ul>`;
}

function renderSeries(series: readonly ErrorSeries[], reviewing: boolean): string {
  if (series.length === 0) return '';
  const items = series.map((s, i) => {
    const n = s.indices.length;
    const button = reviewing ? ` <button type="button" class="series-accept" data-series="${i}">Accept all ${n}</button>` : '';
    return `<li><span class="tok orig">${escapeHtml(s.original)}</span><span class="arrow">→</span><span class="tok corr">${escapeHtml(s.corrected)}</span> <span class="n">× ${n}</span>${button}</li>`;
  });
  return `<h2>Error series</h2>
<ul class="series change">
${items.join('\n')}
</ul>`;
}

function renderToolbar(documents: readonly ReportDocument[], reviewing: boolean): string {
  const docOptions = documents.map((d) => `<option value="${escapeHtml(d.name)}">${escapeHtml(d.name)}</option>`).join('');
  const status = reviewing
    ? `<label>Decision<select id="f-status"><option value="">All</option><option value="undecided">Undecided</option><option value="decided">Decided</option><option value="accept">Accepted</option><option value="reject">Rejected</option><option value="edit">Edited</option></select></label>`
    : '';
  const keys = reviewing
    ? '<p class="keys"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>e</kbd> edit (<kbd>Enter</kbd> saves, <kbd>Esc</kbd> cancels) · <kbd>u</kbd> undo · <kbd>A</kbd> accept the whole series · <kbd>/</kbd> search. Decisions are saved and written into NAME.txt and NAME.json at once. <button type="button" id="undo">Undo</button></p>'
    : '<p class="keys"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>/</kbd> search</p>';
  return `<div class="toolbar" role="search">
<label>Document<select id="f-doc"><option value="">All documents</option>${docOptions}</select></label>
<label>Kind<select id="f-kind"><option value="">Applied and flagged</option><option value="applied">Applied</option><option value="flagged">Flagged</option></select></label>
${status}
<label>Min confidence <output id="f-min-out">0 %</output><input type="range" id="f-min" min="0" max="100" step="1" value="0"></label>
<label>Max confidence <output id="f-max-out">100 %</output><input type="range" id="f-max" min="0" max="100" step="1" value="100"></label>
<label>Search<input type="search" id="f-search" placeholder="word, reason, context …"></label>
<span class="count" id="count"></span>
</div>
${keys}`;
}

function renderEntry(e: ReportEntry, reviewing: boolean): string {
  const kind = e.applied ? 'applied' : 'flagged';
  const crop = e.crop
    ? `<div class="crop"><img src="${escapeHtml(e.crop)}" alt="${escapeHtml(`scan of “${e.original}”`)}" loading="lazy" decoding="async"></div>`
    : '<div class="crop none">no scan for this page</div>';
  const context = e.context
    ? `<div class="context">${escapeHtml(clipStart(e.context.before))}<mark>${escapeHtml(e.context.token)}</mark>${escapeHtml(clipEnd(e.context.after))}</div>`
    : '';
  const buttons = reviewing
    ? `<div class="buttons"><button type="button" class="accept" data-action="accept" title="Accept (a)">Accept</button><button type="button" class="reject" data-action="reject" title="Reject (r)">Reject</button><button type="button" class="edit" data-action="edit" title="Edit (e)">Edit</button></div>`
    : '';
  const where = `page ${e.page}, line ${e.line}`;
  return `<li class="entry kind-${kind}" tabindex="-1" aria-selected="false">
${crop}
<div class="change"><span class="tok orig">${escapeHtml(e.original)}</span><span class="arrow">→</span><span class="tok corr">${escapeHtml(e.corrected)}</span>
<div class="confidence">${confidenceBar(e.confidence)} <span class="pill ${kind}">${kind}</span></div></div>
<div class="detail">${context}<div class="meta"><span class="doc">${escapeHtml(e.document)}</span> · ${where} · ${escapeHtml(e.reason)}</div></div>
<div class="decision"><span class="status"></span>${buttons}</div>
</li>`;
}

function clipStart(text: string): string {
  return text.length > CONTEXT_CHARS ? `…${text.slice(-CONTEXT_CHARS)}` : text;
}

function clipEnd(text: string): string {
  return text.length > CONTEXT_CHARS ? `${text.slice(0, CONTEXT_CHARS)}…` : text;
}
