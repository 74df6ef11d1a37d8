/** The report's only stylesheet, inlined so that report.html works offline and from file://. */
export const REPORT_STYLE = `
:root {
  --ink: #1d2433; --muted: #5b6578; --line: #dde2ea; --bg: #f5f7fa; --card: #fff;
  --accent: #2456c7; --accent-soft: #e7eefc; --ok: #1f7a4d; --ok-soft: #e3f4ea;
  --warn: #a86206; --warn-soft: #fdf1de; --bad: #b3261e; --bad-soft: #fbe7e6;
  --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }
header.top { background: var(--card); border-bottom: 1px solid var(--line); padding: 18px 28px 14px; }
header.top h1 { margin: 0; font-size: 21px; font-weight: 650; letter-spacing: -0.01em; }
header.top .sub { color: var(--muted); margin-top: 2px; font-size: 14px; }
main { padding: 18px 28px 60px; max-width: 1280px; }
h2 { font-size: 15px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 22px 0 8px; font-weight: 600; }
table.summary { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
table.summary th, table.summary td { padding: 7px 12px; text-align: left; border-bottom: 1px solid var(--line); font-variant-numeric: tabular-nums; }
table.summary th { font-size: 12.5px; color: var(--muted); font-weight: 600; background: #fafbfd; }
table.summary td.num, table.summary th.num { text-align: right; }
table.summary tfoot td { font-weight: 600; background: #fafbfd; border-bottom: 0; }
.file { color: var(--muted); font-size: 13px; }
.failures { background: var(--bad-soft); border: 1px solid #f1c4c1; border-radius: 8px; padding: 8px 14px; }
.failures li { margin: 3px 0; }
.failures .file { color: var(--bad); font-weight: 600; font-size: 14px; }
.bar { display: inline-block; width: 84px; height: 7px; background: #e6e9ef; border-radius: 4px; overflow: hidden; vertical-align: middle; margin-right: 8px; }
.bar > span { display: block; height: 100%; width: 0; background: var(--ok); border-radius: 4px; }
.conf-mid .bar > span { background: #d08a1c; }
.conf-low .bar > span { background: var(--bad); }
.toolbar { position: sticky; top: 0; z-index: 5; background: rgba(245,247,250,0.96); backdrop-filter: blur(4px);
  display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: end; padding: 12px 0 10px; border-bottom: 1px solid var(--line); margin-top: 18px; }
.toolbar label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); font-weight: 600; gap: 3px; }
.toolbar select, .toolbar input[type=search] { font: inherit; font-size: 14px; padding: 5px 8px; border: 1px solid #c9d0db; border-radius: 6px; background: #fff; color: var(--ink); }
.toolbar input[type=search] { width: 220px; }
.toolbar input[type=range] { width: 120px; accent-color: var(--accent); }
.toolbar output { font-variant-numeric: tabular-nums; color: var(--ink); font-weight: 500; }
.toolbar .count { margin-left: auto; color: var(--muted); font-size: 13px; align-self: center; }
.keys { color: var(--muted); font-size: 12.5px; margin: 8px 0 0; }
kbd { font: 11.5px var(--mono); border: 1px solid #c9d0db; border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: #fff; }
ul.series { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px; }
ul.series li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 6px 8px 6px 12px; display: flex; gap: 10px; align-items: center; }
ul.series .n { color: var(--muted); font-variant-numeric: tabular-nums; }
ol.entries { list-style: none; padding: 0; margin: 10px 0 0; }
.entry { display: grid; grid-template-columns: 230px 250px minmax(0, 1fr) 200px; gap: 18px; align-items: center;
  background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 8px; padding: 10px 14px; margin-bottom: 8px; }
.entry.kind-flagged { border-left-color: #d08a1c; }
.entry.kind-applied { border-left-color: var(--accent); }
.entry:focus { outline: none; }
.entry.selected { box-shadow: 0 0 0 2px var(--accent); background: #fbfcff; }
.entry:focus-visible { box-shadow: 0 0 0 3px var(--accent); }
.crop { display: flex; align-items: center; justify-content: center; min-height: 48px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 4px; }
.crop img { display: block; max-width: 100%; max-height: 64px; image-rendering: auto; }
.crop.none { color: var(--muted); font-size: 12px; background: #fafbfd; }
.change { font-size: 17px; }
.change .orig { color: var(--bad); text-decoration: line-through; text-decoration-thickness: 1px; }
.change .arrow { color: var(--muted); margin: 0 6px; }
.change .corr { color: var(--ok); font-weight: 600; }
.change .tok { font-family: var(--mono); font-size: 15px; overflow-wrap: anywhere; }
.change input { font: 15px var(--mono); width: 150px; padding: 2px 6px; border: 2px solid var(--accent); border-radius: 5px; }
.confidence { font-size: 13px; color: var(--muted); margin-top: 4px; font-variant-numeric: tabular-nums; }
.context { font-family: var(--mono); font-size: 13.5px; color: #39414f; overflow-wrap: anywhere; }
.context mark { background: #fff0b3; color: inherit; border-radius: 3px; padding: 0 2px; box-shadow: 0 0 0 1px #ecd77c; }
.meta { font-size: 12.5px; color: var(--muted); margin-top: 4px; }
.meta .doc { font-weight: 600; color: #3d4656; }
.pill { display: inline-block; font-size: 11.5px; font-weight: 600; border-radius: 10px; padding: 1px 8px; }
.pill.applied { background: var(--accent-soft); color: var(--accent); }
.pill.flagged { background: var(--warn-soft); color: var(--warn); }
.decision { display: flex; flex-direction: column; gap: 6px; align-items: flex-end; }
.decision .buttons { display: flex; gap: 6px; }
button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #c3cad6; background: #fff; color: var(--ink); cursor: pointer; }
button:hover { background: #f0f3f8; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
button.accept[aria-pressed=true] { background: var(--ok-soft); border-color: var(--ok); color: var(--ok); }
button.reject[aria-pressed=true] { background: var(--bad-soft); border-color: var(--bad); color: var(--bad); }
button.edit[aria-pressed=true] { background: var(--accent-soft); border-color: var(--accent); color: var(--accent); }
button.series-accept { background: var(--accent); color: #fff; border-color: var(--accent); }
.status { font-size: 12.5px; font-weight: 600; min-height: 1em; }
.entry[data-status=accept] .status { color: var(--ok); }
.entry[data-status=reject] .status { color: var(--bad); }
.entry[data-status=edit] .status { color: var(--accent); }
.entry[data-status=reject] .corr { text-decoration: line-through; color: var(--muted); font-weight: 400; }
.entry[data-status=reject] .orig { text-decoration: none; color: var(--ink); font-weight: 600; }
.notice { background: var(--accent-soft); border: 1px solid #c5d5f6; color: #1c3f8f; border-radius: 8px; padding: 8px 14px; font-size: 14px; margin-top: 14px; }
#live { position: fixed; bottom: 14px; right: 18px; background: var(--ink); color: #fff; border-radius: 6px; padding: 6px 12px; font-size: 13px; opacity: 0; transition: opacity .2s; }
#live.show { opacity: 0.92; }
#live.error { background: var(--bad); }
.empty { color: var(--muted); padding: 20px 0; }
@media (max-width: 980px) { .entry { grid-template-columns: 1fr 1fr; } }
`;
