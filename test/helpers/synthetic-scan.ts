import sharp from 'sharp';
import type { RasterImage } from '../../src/domain/index.ts';

/** Swedish minutes-like lines with å, ä, ö, §, times and names. */
export const SWEDISH_MINUTES_LINES: readonly string[] = [
  'Minnesanteckningar från nätverksmöte för kulturchefer',
  'Datum: 14 mars 2023, kl. 09.00–12.00',
  'Plats: Kommunhuset i Södertälje, sammanträdesrum Örnen',
  'Närvarande: Anna-Karin Sjöström, ordförande',
  'Per-Olof Mörk, Haninge kommun',
  'Åsa Lindqvist, Nynäshamns kommun, sekreterare',
  '§ 1 Mötets öppnande',
  'Ordföranden hälsar alla välkomna och förklarar mötet öppnat.',
  '§ 2 Val av justerare',
  'Till att justera dagens anteckningar väljs Göran Ek.',
  '§ 3 Ekonomisk uppföljning för året',
  'Äldreomsorgen redovisar ett överskott på 1,2 miljoner kronor.',
  'Nämnden beslutar att lägga informationen till handlingarna.',
  '§ 4 Nästa möte äger rum den 12 april i Tyresö.',
];

export interface SyntheticPageOptions {
  lines?: readonly string[];
  /** Page width and height in pixels; defaults to a half A4 page at 300 dpi. */
  width?: number;
  height?: number;
  dpi?: number;
  fontSizePx?: number;
}

/** Renders black text on white through librsvg (DejaVu Sans), as a 1-channel raster. */
export async function renderTextPage(options: SyntheticPageOptions = {}): Promise<RasterImage> {
  const lines = options.lines ?? SWEDISH_MINUTES_LINES;
  const width = options.width ?? 2480;
  const height = options.height ?? 1754;
  const dpi = options.dpi ?? 300;
  const size = options.fontSizePx ?? 46;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const texts = lines
    .map((line, i) => `<text x="200" y="${200 + i * size * 1.6}">${escape(line)}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="white"/>
    <g font-family="DejaVu Sans" font-size="${size}" fill="black">${texts}</g></svg>`;
  const { data, info } = await sharp(Buffer.from(svg), { density: 72 })
    .flatten({ background: '#ffffff' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected 1 channel, got ${info.channels}`);
  return { width: info.width, height: info.height, channels: 1, data: new Uint8Array(data), dpi };
}

/** A white page, optionally sprinkled with isolated scanner specks. */
export function blankPage(width: number, height: number, specks = 0, seed = 7): RasterImage {
  const data = new Uint8Array(width * height).fill(250);
  const random = seededRandom(seed);
  for (let i = 0; i < specks; i++) {
    const x = Math.floor(random() * (width - 3));
    const y = Math.floor(random() * (height - 3));
    for (let dy = 0; dy < 2; dy++) for (let dx = 0; dx < 2; dx++) data[(y + dy) * width + x + dx] = 20;
  }
  return { width, height, channels: 1, data, dpi: 300 };
}

export interface DegradeOptions {
  /** Standard deviation of gaussian grain, in gray levels. */
  grain?: number;
  /** Fraction of pixels turned into dark specks of 1–3 px. */
  speckDensity?: number;
  /** Gaussian blur sigma in pixels; 0 disables. */
  blur?: number;
  /** JPEG quality to round-trip through; 0 disables. */
  jpegQuality?: number;
  seed?: number;
}

/** Simulates a poor scan: blur, grain, specks and JPEG artefacts, deterministically. */
export async function degrade(image: RasterImage, options: DegradeOptions = {}): Promise<RasterImage> {
  const { grain = 0, speckDensity = 0, blur = 0, jpegQuality = 0, seed = 1 } = options;
  const random = seededRandom(seed);
  let pixels = Buffer.from(image.data);
  const raw = { width: image.width, height: image.height, channels: image.channels };
  if (blur > 0) pixels = await sharp(pixels, { raw }).blur(blur).toColourspace(colourspace(image)).raw().toBuffer();
  const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  if (grain > 0) {
    for (let i = 0; i < pixels.length; i++) pixels[i] = clamp((pixels[i] ?? 0) + gaussian() * grain);
  }
  const specks = Math.floor(speckDensity * image.width * image.height);
  for (let s = 0; s < specks; s++) {
    const x = Math.floor(random() * (image.width - 3));
    const y = Math.floor(random() * (image.height - 3));
    const size = 1 + Math.floor(random() * 3);
    for (let dy = 0; dy < size; dy++)
      for (let dx = 0; dx < size; dx++) pixels[((y + dy) * image.width + x + dx) * image.channels] = 30;
  }
  if (jpegQuality > 0) {
    const jpeg = await sharp(pixels, { raw }).jpeg({ quality: jpegQuality }).toBuffer();
    pixels = await sharp(jpeg).toColourspace(colourspace(image)).raw().toBuffer();
  }
  return { ...image, data: new Uint8Array(pixels) };
}

/** Rotates clockwise by a multiple of 90°, as a scanner that fed the page sideways would. */
export async function rotateClockwise(image: RasterImage, degrees: 90 | 180 | 270): Promise<RasterImage> {
  const { data, info } = await sharp(Buffer.from(image.data), {
    raw: { width: image.width, height: image.height, channels: image.channels },
  })
    .rotate(degrees)
    .toColourspace(colourspace(image))
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: image.channels, data: new Uint8Array(data), dpi: image.dpi };
}

function colourspace(image: RasterImage): 'b-w' | 'srgb' {
  return image.channels === 1 ? 'b-w' : 'srgb';
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
