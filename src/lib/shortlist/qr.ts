/**
 * QR codes as SVG, drawn from uqr's module matrix: one path with a run per row of dark modules
 * (much smaller than a square per module) and the 4-module quiet zone that scanners need.
 * The same function serves the build (entry pages) and the browser (the shortlist page).
 */
import { encode } from 'uqr';

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

/** A QR code ready to draw: the side in modules (quiet zone included) and the dark modules as one path. */
export interface QrDrawing {
  size: number;
  path: string;
}

/**
 * A fixed mask: any of the eight is valid and scans, and choosing the "best" one by penalty score
 * took 15% of a 10,000-entry build (one QR per entry page); tests decode the codes to prove it.
 */
const MASK_PATTERN = 2;

/** Encodes text (a URL) with medium error correction, which survives a crease or a smudge. */
export function qrDrawing(text: string): QrDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: 0, maskPattern: MASK_PATTERN });
  let path = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row][col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row][col]) col++;
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`;
    }
  }
  return { size: size + 2 * QUIET_ZONE, path };
}

/** The dark/light matrix of a drawing, for tests that decode it. */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: QUIET_ZONE, maskPattern: MASK_PATTERN }).data;
}

/** SVG markup for server-side rendering; the label names what the code opens. */
export function qrSvg(text: string, label: string): string {
  const { size, path } = qrDrawing(text);
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escape(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}
