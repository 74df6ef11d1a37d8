import sharp from 'sharp';
import type { RasterImage } from '../domain/index.ts';
import { swapsAxes, type ImagePlacement } from './image-placement.ts';
import { budgetScale, type PixelBudget } from './pixel-budget.ts';

export type ImageSource =
  | { kind: 'encoded'; bytes: Uint8Array; width: number; height: number; channels: number }
  | { kind: 'raw'; data: Uint8Array; width: number; height: number; channels: 1 | 3 | 4 };

/** Fax-mode scans (204×98 dpi) have non-square pixels; below this mismatch the pixels count as square. */
const SQUARE_PIXEL_TOLERANCE = 0.05;

/**
 * Brings an embedded image into page orientation, square pixels and the pixel
 * budget, decoding it once. Downscaling happens first, in the decoder where
 * the format allows (JPEG shrink-on-load), so memory follows the output size.
 */
export async function placeOnPage(
  source: ImageSource,
  placement: ImagePlacement,
  budget: PixelBudget,
  pageNumber: number,
): Promise<RasterImage> {
  const swap = swapsAxes(placement);
  const pageWidth = swap ? source.height : source.width;
  const pageHeight = swap ? source.width : source.height;
  let dpiX = pageWidth / (placement.widthPt / 72);
  let dpiY = pageHeight / (placement.heightPt / 72);
  if (!(dpiX > 0 && dpiY > 0 && Number.isFinite(dpiX) && Number.isFinite(dpiY))) dpiX = dpiY = 300;
  const dpi = Math.abs(dpiX / dpiY - 1) > SQUARE_PIXEL_TOLERANCE ? Math.max(dpiX, dpiY) : dpiX;
  const squareWidth = Math.abs(dpiX / dpiY - 1) > SQUARE_PIXEL_TOLERANCE ? pageWidth * (dpi / dpiX) : pageWidth;
  const squareHeight = Math.abs(dpiX / dpiY - 1) > SQUARE_PIXEL_TOLERANCE ? pageHeight * (dpi / dpiY) : pageHeight;
  const scale = budgetScale(pageNumber, squareWidth, squareHeight, budget);
  const width = Math.max(1, Math.round(squareWidth * scale));
  const height = Math.max(1, Math.round(squareHeight * scale));
  const gray = source.channels === 1;
  const resized = width !== pageWidth || height !== pageHeight;
  const turned = placement.rotate !== 0 || placement.flop;

  if (source.kind === 'raw' && !resized && !turned && source.channels !== 4) {
    return { width, height, channels: source.channels, data: source.data, dpi: dpi * scale };
  }

  let stage = source.kind === 'raw'
    ? sharp(source.data, { raw: { width: source.width, height: source.height, channels: source.channels }, limitInputPixels: false })
    : sharp(source.bytes, { limitInputPixels: Math.max(budget.refusePagePixels, 1), failOn: 'none', sequentialRead: true });
  if (resized) stage = stage.resize(swap ? height : width, swap ? width : height, { fit: 'fill', kernel: 'lanczos3' });
  stage = gray ? stage.toColourspace('b-w') : stage.removeAlpha().toColourspace('srgb');
  let { data, info } = await stage.raw().toBuffer({ resolveWithObject: true });
  // A second pass keeps the turn after the shrink: rotating first would hold the full-size image in memory.
  if (turned) {
    let turn = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels as 1 | 3 }, limitInputPixels: false });
    // sharp mirrors before it rotates, so "turn by r, then mirror" is "mirror, then turn by -r".
    const degrees = placement.flop ? (360 - placement.rotate) % 360 : placement.rotate;
    if (degrees !== 0) turn = turn.rotate(degrees);
    if (placement.flop) turn = turn.flop();
    turn = info.channels === 1 ? turn.toColourspace('b-w') : turn.toColourspace('srgb');
    ({ data, info } = await turn.raw().toBuffer({ resolveWithObject: true }));
  }
  return {
    width: info.width,
    height: info.height,
    channels: info.channels === 1 ? 1 : 3,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    dpi: dpi * scale,
  };
}
