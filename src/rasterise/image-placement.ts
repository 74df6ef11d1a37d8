import { compose, type Matrix } from './matrix.ts';

/** Turns that bring an image's pixels into page orientation: rotate clockwise first, then mirror left–right. */
export interface Orientation {
  rotate: 0 | 90 | 180 | 270;
  flop: boolean;
}

export interface ImagePlacement extends Orientation {
  /** Size the image occupies on the displayed page, in points (1/72 inch). */
  widthPt: number;
  heightPt: number;
}

// Scanners that deskew in software place images a fraction of a degree off; more than that is a real rotation.
const AXIS_TOLERANCE = 0.01;

/**
 * How an image (its CTM) lands on the displayed page, given the page's
 * user-space → display transform (a pdfjs viewport at scale 1, which already
 * includes /Rotate). Undefined when the image is placed at an angle.
 */
export function imagePlacement(imageCtm: Matrix, userToDisplay: Matrix): ImagePlacement | undefined {
  const [a, b, c, d] = compose(userToDisplay, imageCtm);
  // Image columns run along (a, b); image rows run downwards along (-c, -d).
  const upright = Math.abs(b) <= AXIS_TOLERANCE * Math.abs(a) && Math.abs(c) <= AXIS_TOLERANCE * Math.abs(d);
  const sideways = Math.abs(a) <= AXIS_TOLERANCE * Math.abs(b) && Math.abs(d) <= AXIS_TOLERANCE * Math.abs(c);
  if (upright && a !== 0 && d !== 0) {
    const orientation = orientationFor(Math.sign(a), 0, 0, Math.sign(-d));
    return { ...orientation, widthPt: Math.abs(a), heightPt: Math.abs(d) };
  }
  if (sideways && b !== 0 && c !== 0) {
    const orientation = orientationFor(0, Math.sign(b), Math.sign(-c), 0);
    return { ...orientation, widthPt: Math.abs(c), heightPt: Math.abs(b) };
  }
  return undefined;
}

/** From where the image's x axis (ex) and downward y axis (ey) point on the page, as unit vectors. */
function orientationFor(exX: number, exY: number, eyX: number, eyY: number): Orientation {
  const key = `${exX},${exY},${eyX},${eyY}`;
  switch (key) {
    case '1,0,0,1':
      return { rotate: 0, flop: false };
    case '-1,0,0,1':
      return { rotate: 0, flop: true };
    case '-1,0,0,-1':
      return { rotate: 180, flop: false };
    case '1,0,0,-1':
      return { rotate: 180, flop: true };
    case '0,1,-1,0':
      return { rotate: 90, flop: false };
    case '0,-1,1,0':
      return { rotate: 270, flop: false };
    case '0,1,1,0':
      return { rotate: 90, flop: true };
    default:
      return { rotate: 270, flop: true };
  }
}

export function swapsAxes(o: Orientation): boolean {
  return o.rotate === 90 || o.rotate === 270;
}
