/** An axis-aligned box in page pixels, origin top-left, x1/y1 exclusive. */
export interface BBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function unionBBox(boxes: readonly BBox[]): BBox {
  if (boxes.length === 0) return { x0: 0, y0: 0, x1: 0, y1: 0 };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const b of boxes) {
    if (b.x0 < x0) x0 = b.x0;
    if (b.y0 < y0) y0 = b.y0;
    if (b.x1 > x1) x1 = b.x1;
    if (b.y1 > y1) y1 = b.y1;
  }
  return { x0, y0, x1, y1 };
}
