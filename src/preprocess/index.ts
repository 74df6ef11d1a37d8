// Stage 2: clean a raster before OCR, only as much as the scan's noise calls for.
import { logger } from '../config/index.ts';
import type { RasterImage } from '../domain/index.ts';
import { binarise } from './binarise.ts';
import { eraseDotLeaders } from './dot-leaders.ts';
import { BLANK_INK_RATIO, inkRatio } from './ink-ratio.ts';
import { toGrayscale } from './grayscale.ts';
import { medianFilter } from './median-filter.ts';
import { noiseLevel } from './noise-level.ts';
import { strokeWidth } from './stroke-width.ts';
import { xHeight } from './x-height.ts';
import { downscaleRaster } from '../ocr/raster-transform.ts';

export interface PreprocessOptions {
  /**
   * Paper noise (see noiseLevel) from which a 5×5 median is used on thick type (strokes ≥ 5 px).
   * @defaultValue 1
   */
  cleanBelow?: number;
  /**
   * Paper noise from which a 5×5 median is worth thinning strokes of 3 px.
   * @defaultValue 3
   */
  heavyFrom?: number;
  /**
   * Pages whose body text has a taller x-height than this (px) are scaled down until it is this tall:
   * 16 px is 11-pt type at 200 dpi, the resolution most fixtures are scanned at and the
   * OCR path was tuned on (see shrinkForOcr). 0 never scales.
   * @defaultValue 16
   */
  ocrXHeight?: number;
  /**
   * Never scale a page below this resolution, whatever its text measures.
   * @defaultValue 150
   */
  minOcrDpi?: number;
}

/** What preprocessPage decided, for logs and measurements. */
export interface PreprocessPlan {
  noise: number;
  stroke: number;
  /** 0 when no median filter is applied. */
  medianSize: 0 | 3 | 5;
  binarise: boolean;
  /** Share of inked cells on the gray page (see inkRatio). */
  ink: number;
  /** Dotted leader lines painted out before OCR (see eraseDotLeaders); absent when none was looked for. */
  dotLeaders?: number;
  /** The body text's x-height in px at the scan's resolution (0: too little text to tell); absent on blank pages. */
  xHeight?: number;
  /** The resolution the page was scaled down to for OCR; absent when it kept its own. */
  ocrDpi?: number;
}

/**
 * Always gray (one channel: cheaper to pass and to OCR), then a median filter sized
 * to survive the text's strokes and Otsu binarisation. No normalise: it made a
 * medium-noise page worse (FACTS.md). On synthetic scans (scripts/measure-preprocess.ts)
 * the 5×5 median took a heavily speckled page from 18 % to 1 % CER.
 */
export async function preprocessPage(image: RasterImage, options: PreprocessOptions = {}): Promise<RasterImage> {
  const original = toGrayscale(image);
  const plan = planPreprocessing(original, options);
  // Tesseract reads leader dots as letters and drops the signature lines beside them.
  const leaders = plan.ink < BLANK_INK_RATIO ? null : eraseDotLeaders(original);
  const gray = leaders?.image ?? original;
  if (leaders && leaders.leaders > 0) {
    plan.dotLeaders = leaders.leaders;
    logger.info({ leaders: leaders.leaders, marks: leaders.marks }, `preprocess: erased ${leaders.leaders} dotted leader line(s) before OCR`);
  }
  const cleaned = await cleanPage(gray, plan);
  const shrunk = plan.ink < BLANK_INK_RATIO ? cleaned : await shrinkForOcr(cleaned, plan, options);
  logger.debug({ ...plan }, 'preprocess plan');
  return shrunk;
}

async function cleanPage(gray: RasterImage, plan: PreprocessPlan): Promise<RasterImage> {
  if (plan.medianSize === 0) return gray;
  const filtered = await medianFilter(gray, plan.medianSize);
  // Thin strokes at a low resolution (a typewriter's at 150 dpi) can be narrower than the window the grain asked for:
  // the median then erases the text itself, and the OCR stage would skip the page as blank. The noisy page reads better.
  if (inkRatio(filtered) < BLANK_INK_RATIO) {
    logger.info(
      { ink: plan.ink, medianSize: plan.medianSize },
      `preprocess: a ${plan.medianSize}×${plan.medianSize} median left the page blank (ink ${(plan.ink * 100).toFixed(2)} % before): kept it unfiltered`,
    );
    plan.medianSize = 0;
    return gray;
  }
  if (!plan.binarise) return filtered;
  const binary = binarise(filtered);
  // A global threshold blackens shadows and dark borders; if the ink balloons, keep the gray.
  if (inkRatio(binary) > plan.ink * 3 + 0.02) {
    logger.debug({ ink: plan.ink }, 'preprocess: binarisation inflated the ink, kept the filtered gray page');
    return filtered;
  }
  return binary;
}

/**
 * Scales a page down so that its body text is no taller than tesseract needs: its time grows with
 * the pixels, its accuracy does not. Measured with tesseract.js (swe) on 20 fixture pages scanned at
 * 300 dpi (11-pt type): OCR CPU 2.13 → 1.64 s a page at 200 dpi, and 97 → 86 wrong words (the
 * scanner's grain averages out). Through the whole pipeline on 24 fixture documents, text CER stayed
 * 0.86 % and the segmentation mean went 0.996 → 0.997. A target of 14 px read still better text
 * (0.72 %) but cost three documents a § heading, a decision or an attendee, so 16 px it is.
 */
async function shrinkForOcr(image: RasterImage, plan: PreprocessPlan, options: PreprocessOptions): Promise<RasterImage> {
  const target = options.ocrXHeight ?? 16;
  const minDpi = options.minOcrDpi ?? 150;
  if (target <= 0) return image;
  // Gray still: preprocessPage turned it gray first, and the filters keep one channel.
  plan.xHeight = xHeight(image);
  if (plan.xHeight === 0) return image;
  const dpi = Math.max(minDpi, (image.dpi * target) / plan.xHeight);
  // Resampling blurs a little; a few percent fewer pixels would not pay for it.
  if (dpi > image.dpi * 0.95) return image;
  plan.ocrDpi = Math.round(dpi);
  logger.info(
    { xHeight: plan.xHeight, dpi: Math.round(image.dpi), ocrDpi: plan.ocrDpi },
    `preprocess: body text ${plan.xHeight} px high at ${Math.round(image.dpi)} dpi: scaled to ${plan.ocrDpi} dpi for OCR`,
  );
  return downscaleRaster(image, dpi);
}

/**
 * Chooses the filters for a gray page. A k×k median erases strokes thinner than
 * about (k+1)/2 px and nibbles corners of those a little thicker, so the window
 * grows with the noise only as far as the strokes allow.
 */
export function planPreprocessing(gray: RasterImage, options: PreprocessOptions = {}): PreprocessPlan {
  const cleanBelow = options.cleanBelow ?? 1;
  const heavyFrom = options.heavyFrom ?? 3;
  const ink = inkRatio(gray);
  // A blank page must reach the OCR stage's blank check as it is: Otsu would split its grain into ink.
  if (ink < BLANK_INK_RATIO) return { noise: 0, stroke: 0, medianSize: 0, binarise: false, ink };
  const noise = noiseLevel(gray);
  // A quiet page is OCR'd as it is; measuring its strokes would cost a full binarisation for nothing.
  if (noise < cleanBelow) return { noise, stroke: 0, medianSize: 0, binarise: false, ink };
  const stroke = strokeWidth(binarise(gray));
  // Measured on the fixture scans (Helvetica/Times, 200–300 dpi, paper clipped to white by the
  // scanner): a 3×3 median took CER 16.6 % → 0.8 % and 1.3 % → 0.7 % on default scans and
  // 13.2 % → 8.8 %, 8.9 % → 2.6 % with heavy dust, and never hurt a synthetic clean page.
  // On the eight fixture documents (paper noise 0.1–0.7) the 3×3 median on every page cost accuracy on
  // balance: mean CER 0.75 % gray only against 1.02 % filtered, and it made tesseract drop whole signature
  // lines (1.18 % → 3.34 % on one protokoll). So a median runs only on pages whose paper is measurably noisy.
  const medianSize: 0 | 3 | 5 =
    (noise >= heavyFrom && stroke >= 3) || (noise >= cleanBelow && stroke >= 5) ? 5 : noise >= cleanBelow && stroke >= 2 ? 3 : 0;
  // Otsu after the 3×3 median cost accuracy on the fixture scans (mean CER 0.58 % → 0.72 %); after the 5×5 it helped.
  return { noise, stroke, medianSize, binarise: medianSize === 5, ink };
}
