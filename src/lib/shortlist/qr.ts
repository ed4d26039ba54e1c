/**
 * QR codes as SVG, drawn from uqr's module matrix: one path with a line per run of dark modules in a
 * row (much smaller than a square per module) and the 4-module quiet zone that scanners need.
 * The same function serves the build (entry pages) and the browser (the shortlist page).
 */
import { encode } from 'uqr';

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

/**
 * A QR code ready to draw: the side in modules (quiet zone included) and the dark modules as one path
 * of row runs, each a horizontal line one module thick, to be stroked (QR_PATH_ATTRIBUTES), not filled.
 */
export interface QrDrawing {
  size: number;
  path: string;
}

/** How a drawing's path is painted: a black stroke one module wide, centred on each row, no fill. */
export const QR_PATH_ATTRIBUTES = { fill: 'none', stroke: '#000', 'stroke-width': '1' } as const;

/**
 * A fixed mask: any of the eight is valid and scans, and choosing the "best" one by penalty score
 * took 15% of a 10,000-entry build (one QR per entry page); tests decode the codes to prove it.
 */
const MASK_PATTERN = 2;

/**
 * Encodes text (a URL) with medium error correction, which survives a crease or a smudge. Each run of
 * dark modules is a line along the middle of its row, reached by a relative move from where the last
 * one ended ("m2 0h3", "m-20 1h1"): a third of the bytes of a closed rectangle per run, on every
 * entry page of the directory.
 */
export function qrDrawing(text: string): QrDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: 0, maskPattern: MASK_PATTERN });
  let path = '';
  let x = 0;
  let y = 0;
  for (let row = 0; row < size; row++) {
    const cells = data[row];
    let col = 0;
    while (col < size) {
      if (!cells[col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && cells[col]) col++;
      path += path ? `m${start - x} ${row - y}h${col - start}` : `M${start + QUIET_ZONE} ${row + QUIET_ZONE + 0.5}h${col - start}`;
      x = col;
      y = row;
    }
  }
  return { size: size + 2 * QUIET_ZONE, path };
}

/** The dark/light matrix of a drawing, for tests that decode it. */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: QUIET_ZONE, maskPattern: MASK_PATTERN }).data;
}

const PATH_ATTRIBUTES_MARKUP = Object.entries(QR_PATH_ATTRIBUTES).map(([name, value]) => `${name}="${value}"`).join(' ');

/** SVG markup for server-side rendering; the label names what the code opens. */
export function qrSvg(text: string, label: string): string {
  const { size, path } = qrDrawing(text);
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escape(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path ${PATH_ATTRIBUTES_MARKUP} d="${path}"/></svg>`
  );
}
