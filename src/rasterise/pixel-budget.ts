import { MinutesError } from '../errors/index.ts';

export interface PixelBudget {
  maxPagePixels: number;
  refusePagePixels: number;
}

/**
 * The factor (≤ 1) to scale a page of `width` × `height` pixels by so that it
 * fits the budget. Throws PAGE_TOO_LARGE above the refusal limit.
 */
export function budgetScale(pageNumber: number, width: number, height: number, budget: PixelBudget): number {
  const pixels = width * height;
  if (!Number.isFinite(pixels) || pixels > budget.refusePagePixels) {
    throw new MinutesError('PAGE_TOO_LARGE', `page ${pageNumber} too large (${Math.round(width)}×${Math.round(height)} px)`);
  }
  return pixels > budget.maxPagePixels ? Math.sqrt(budget.maxPagePixels / pixels) : 1;
}
