import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';

// "… för behandling av följande ärenden: 1) …": the words that say a list of errands follows, right before its first point.
const ERRANDS_FOLLOW = /(?<!\p{L})(?:ärenden|ärende|dagordning|föredragningslista)\s*:\s*$/iu;

// "1) val av två justeringsmän; 2) …; samt 7) …": a point's figure and bracket inside the running text.
const MARKER = /(?<=^|[\s;:,])(\d{1,2})\)\s+/gu;

/**
 * "Kommunalfullmäktige … sammanträda … för behandling av följande ärenden: 1) val av justeringsmän; 2) …; samt
 * 7) övriga ärenden.": an older kungörelse runs its points on in one paragraph, parted by semicolons. The paragraph is
 * given back as the sentence before the list and one row per point, as if the points had been printed one under another.
 * Only where the words before the first figure say errands follow, and the figures run 1, 2, 3 … (three or more), so
 * that a decision's "att 1) … 2) …" in a protokoll stays prose.
 */
export function withInlineAgendaPoints(lines: readonly DocumentLine[]): DocumentLine[] {
  for (let start = 0; start < lines.length; start++) {
    if (isBlank(lines[start]!) || (start > 0 && !isBlank(lines[start - 1]!))) continue;
    let end = start;
    while (end < lines.length && !isBlank(lines[end]!) && lines[end]!.page === lines[start]!.page) end++;
    const text = lines
      .slice(start, end)
      .map((l) => l.text.trim())
      .join(' ');
    const markers = [...text.matchAll(MARKER)];
    const first = markers.findIndex((m) => m[1] === '1' && ERRANDS_FOLLOW.test(text.slice(0, m.index)));
    if (first === -1) continue;
    const chain = [markers[first]!];
    for (const m of markers.slice(first + 1)) if (Number(m[1]) === chain.length + 1) chain.push(m);
    if (chain.length < 3) continue;
    const page = lines[start]!.page;
    const points = chain.map((m, k) => {
      const to = k + 1 < chain.length ? chain[k + 1]!.index : text.length;
      const title = text
        .slice(m.index + m[0].length, to)
        .trim()
        .replace(/[;,]?\s*(?:samt|och)?\s*$/u, '')
        .replace(/\s*;\s*$/u, '');
      return documentLine(page, [`${m[1]}) ${title}`]);
    });
    const lead = text.slice(0, chain[0]!.index).trim();
    return [...lines.slice(0, start), ...(lead ? [documentLine(page, [lead])] : []), ...points, ...lines.slice(end)];
  }
  return lines as DocumentLine[];
}
