import type { RasterImage } from '../domain/index.ts';
import { otsuThreshold } from './binarise.ts';

/** What eraseDotLeaders painted out, for the page's log. */
export interface DotLeaderRemoval {
  image: RasterImage;
  /** Dotted (or dashed) leader lines erased. */
  leaders: number;
  /** Dots and dashes erased, over all leaders. */
  marks: number;
}

export interface DotLeaderOptions {
  /**
   * Fewest evenly spaced marks on one line that make a leader. An ellipsis is 3 and a
   * row of i-dots is never evenly spaced with paper between each pair.
   * @defaultValue 8
   */
  minMarks?: number;
}

interface Component {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  area: number;
}

/**
 * Paints out dotted leader lines ("Justerande ……………… Namn"): tesseract reads them as
 * letters ("sssnssnsse", "mossen") and, worse, drops the text lines beside or under them.
 * A leader is a horizontal run of at least `minMarks` small, similar marks with plain paper
 * between neighbours and an even pitch; sentence periods, i/j/ä/ö dots, ellipses and decimal
 * points never form such a run. Expects a gray raster; returns the input itself when nothing is found.
 */
export function eraseDotLeaders(gray: RasterImage, options: DotLeaderOptions = {}): DotLeaderRemoval {
  if (gray.channels !== 1) throw new Error('eraseDotLeaders expects a 1-channel raster');
  const minMarks = options.minMarks ?? 8;
  const threshold = Math.min(otsuThreshold(gray), 200);
  const components = labelInk(gray, threshold);
  const dpi = gray.dpi > 0 ? gray.dpi : 300;
  // A printed period is 0.3–0.5 mm; 0.9 mm leaves room for bold type and scanner bleed but not for a letter.
  const maxDot = Math.max(3, Math.round(dpi * 0.035));
  // Leader dots sit up to about 9 pt apart (". . . ." with spaces); letters' pitch is not the concern here.
  const maxPitch = Math.max(8, Math.round(dpi * 0.125));
  const marks = components.filter((c) => isLeaderMark(c, maxDot, maxPitch));
  const leaders = findLeaders(marks, gray, threshold, maxPitch, minMarks);
  if (leaders.length === 0) return { image: gray, leaders: 0, marks: 0 };

  const data = new Uint8Array(gray.data);
  let erased = 0;
  for (const leader of leaders) {
    // Pair by pair, so the band follows a skewed line; the gaps held no ink, and the two-pixel
    // margin takes the gray JPEG rim that a threshold leaves around each dot.
    for (let i = 0; i < leader.length; i++) {
      const a = leader[i]!;
      const b = leader[Math.min(i + 1, leader.length - 1)]!;
      paintWhite(data, gray.width, gray.height, a.x0 - 2, Math.min(a.y0, b.y0) - 2, b.x1 + 2, Math.max(a.y1, b.y1) + 2);
      erased++;
    }
  }
  return { image: { ...gray, data }, leaders: leaders.length, marks: erased };
}

function paintWhite(data: Uint8Array, width: number, height: number, x0: number, y0: number, x1: number, y1: number): void {
  const left = Math.max(0, x0);
  const right = Math.min(width - 1, x1);
  for (let y = Math.max(0, y0); y <= Math.min(height - 1, y1); y++) data.fill(255, y * width + left, y * width + right + 1);
}

function isLeaderMark(c: Component, maxDot: number, maxPitch: number): boolean {
  const w = c.x1 - c.x0 + 1;
  const h = c.y1 - c.y0 + 1;
  if (h > maxDot || c.area < 2) return false;
  const fill = c.area / (w * h);
  // A dot: roughly round and solid.
  if (w <= maxDot && w <= h * 2 && h <= w * 2) return fill >= 0.45;
  // A dash of a dashed leader: short, flat and solid; long rules are left alone.
  return w >= h * 2 && h <= Math.max(2, maxDot * 0.6) && w <= maxPitch * 0.8 && fill >= 0.6;
}

/** Chains marks left to right along one line, then keeps runs that are long and evenly spaced. */
function findLeaders(marks: Component[], gray: RasterImage, threshold: number, maxPitch: number, minMarks: number): Component[][] {
  if (marks.length < minMarks) return [];
  const cx = (c: Component): number => (c.x0 + c.x1) / 2;
  const cy = (c: Component): number => (c.y0 + c.y1) / 2;
  const sorted = [...marks].sort((a, b) => cx(a) - cx(b));
  const next = new Int32Array(sorted.length).fill(-1);
  const hasPrevious = new Uint8Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const ha = a.y1 - a.y0 + 1;
    const wa = a.x1 - a.x0 + 1;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (cx(b) - cx(a) > maxPitch) break;
      if (hasPrevious[j] || b.x0 <= a.x1) continue;
      const hb = b.y1 - b.y0 + 1;
      const wb = b.x1 - b.x0 + 1;
      // Same line: a skewed scan drifts a pixel or two per mark, never half a dot.
      if (Math.abs(cy(b) - cy(a)) > Math.max(2, Math.max(ha, hb) * 0.6)) continue;
      if (Math.max(ha, hb) > 2 * Math.min(ha, hb) + 1 || Math.max(wa, wb) > 2 * Math.min(wa, wb) + 1) continue;
      if (!paperBetween(gray, threshold, a, b)) break;
      next[i] = j;
      hasPrevious[j] = 1;
      break;
    }
  }

  const leaders: Component[][] = [];
  for (let head = 0; head < sorted.length; head++) {
    if (hasPrevious[head] || next[head] === -1) continue;
    const chain: Component[] = [];
    for (let k = head; k !== -1; k = next[k] ?? -1) chain.push(sorted[k]!);
    if (chain.length < minMarks) continue;
    for (const run of evenRuns(chain, cx)) if (run.length >= minMarks) leaders.push(run);
  }
  return leaders;
}

/** Splits a chain where the pitch leaves the chain's median by more than the ellipsis-to-ellipsis step allows. */
function evenRuns(chain: Component[], cx: (c: Component) => number): Component[][] {
  const pitches = chain.slice(1).map((c, i) => cx(c) - cx(chain[i]!));
  const median = [...pitches].sort((a, b) => a - b)[Math.floor(pitches.length / 2)] ?? 0;
  const runs: Component[][] = [[chain[0]!]];
  for (let i = 1; i < chain.length; i++) {
    const pitch = pitches[i - 1] ?? 0;
    const even = pitch <= median * 1.6 + 1 && pitch >= median * 0.5 - 1;
    if (even) runs[runs.length - 1]!.push(chain[i]!);
    else runs.push([chain[i]!]);
  }
  return runs;
}

/** True when no ink lies between two marks in the band they share. */
function paperBetween(gray: RasterImage, threshold: number, a: Component, b: Component): boolean {
  const y0 = Math.min(a.y0, b.y0);
  const y1 = Math.max(a.y1, b.y1);
  for (let y = y0; y <= y1; y++) {
    const row = y * gray.width;
    for (let x = a.x1 + 1; x < b.x0; x++) if ((gray.data[row + x] ?? 255) <= threshold) return false;
  }
  return true;
}

/**
 * 8-connected components of ink, labelled over horizontal runs rather than pixels: a page holds
 * a few hundred thousand runs against millions of pixels, so one pass with union–find stays fast.
 */
export function labelInk(gray: RasterImage, threshold: number): Component[] {
  const { width, height, data } = gray;
  let capacity = 1 << 16;
  let runX0 = new Int32Array(capacity);
  let runX1 = new Int32Array(capacity);
  let runY = new Int32Array(capacity);
  let parent = new Int32Array(capacity);
  let count = 0;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const up = parent[parent[i]!]!;
      parent[i] = up;
      i = up;
    }
    return i;
  };

  let previousStart = 0;
  let previousEnd = 0;
  for (let y = 0; y < height; y++) {
    const rowStart = count;
    const row = y * width;
    let x = 0;
    while (x < width) {
      while (x < width && data[row + x]! > threshold) x++;
      if (x >= width) break;
      const start = x;
      while (x < width && data[row + x]! <= threshold) x++;
      if (count === capacity) {
        capacity *= 2;
        runX0 = grow(runX0, capacity);
        runX1 = grow(runX1, capacity);
        runY = grow(runY, capacity);
        parent = grow(parent, capacity);
      }
      runX0[count] = start;
      runX1[count] = x - 1;
      runY[count] = y;
      parent[count] = count;
      // Runs of the row above that touch this one, diagonals included.
      for (let p = previousStart; p < previousEnd; p++) {
        if (runX1[p]! < start - 1) {
          previousStart = p + 1;
          continue;
        }
        if (runX0[p]! > x) break;
        const ra = find(p);
        const rb = find(count);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
      count++;
    }
    previousStart = rowStart;
    previousEnd = count;
  }

  const index = new Int32Array(count).fill(-1);
  const components: Component[] = [];
  for (let r = 0; r < count; r++) {
    const root = find(r);
    let k = index[root]!;
    if (k === -1) {
      k = components.length;
      index[root] = k;
      components.push({ x0: runX0[r]!, y0: runY[r]!, x1: runX1[r]!, y1: runY[r]!, area: 0 });
    }
    const c = components[k]!;
    c.x0 = Math.min(c.x0, runX0[r]!);
    c.x1 = Math.max(c.x1, runX1[r]!);
    c.y1 = runY[r]!;
    c.area += runX1[r]! - runX0[r]! + 1;
  }
  return components;
}

function grow(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}
