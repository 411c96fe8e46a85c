// Draws the BackStrength mark: a person seen from behind, the spine showing as a column of vertebrae cut out of
// the back. Shapes live in a unit square (0..1, y pointing down) and are rasterised with 4x4 supersampling per
// pixel, so the same mark renders cleanly at 192 px (colour icon) and 32 px (outline icon).

import { readTemplate } from './manifest.mjs';

// The manifest's accentColor is the icon background, so Teams' tiles and the icon match.
const accentHex = readTemplate().accentColor;
const accentColour = {
  r: Number.parseInt(accentHex.slice(1, 3), 16),
  g: Number.parseInt(accentHex.slice(3, 5), 16),
  b: Number.parseInt(accentHex.slice(5, 7), 16),
};
const white = { r: 255, g: 255, b: 255 };
const samplesPerAxis = 4;

const roundedRect = (left, top, right, bottom, radius) => ({
  kind: 'roundedRect',
  cx: (left + right) / 2,
  cy: (top + bottom) / 2,
  halfWidth: (right - left) / 2,
  halfHeight: (bottom - top) / 2,
  radius,
});

const body = [
  { kind: 'circle', cx: 0.5, cy: 0.14, radius: 0.12 },
  roundedRect(0.14, 0.31, 0.86, 0.7, 0.2), // shoulders and upper back
  roundedRect(0.26, 0.5, 0.74, 0.97, 0.12), // lower back
];

// The lower vertebrae are bigger, as in a real spine.
const vertebrae = [0.41, 0.55, 0.69, 0.83].map((cy, index) => {
  const halfWidth = 0.05 + index * 0.007;
  return roundedRect(0.5 - halfWidth, cy - 0.043, 0.5 + halfWidth, cy + 0.043, 0.03);
});

const isMark = (x, y) => body.some((shape) => isInside(shape, x, y)) && !vertebrae.some((shape) => isInside(shape, x, y));

function isInside(shape, x, y) {
  if (shape.kind === 'circle') {
    return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.radius ** 2;
  }
  // Signed distance to a rounded rectangle: negative inside.
  const qx = Math.abs(x - shape.cx) - (shape.halfWidth - shape.radius);
  const qy = Math.abs(y - shape.cy) - (shape.halfHeight - shape.radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - shape.radius <= 0;
}

/** Fraction (0..1) of the pixel at (px, py) covered by the mark, when the mark fills a square of `size` pixels. */
function coverage(px, py, size, padding) {
  const scale = size - 2 * padding;
  let hits = 0;
  for (let sy = 0; sy < samplesPerAxis; sy++) {
    for (let sx = 0; sx < samplesPerAxis; sx++) {
      const x = (px + (sx + 0.5) / samplesPerAxis - padding) / scale;
      const y = (py + (sy + 0.5) / samplesPerAxis - padding) / scale;
      if (isMark(x, y)) {
        hits++;
      }
    }
  }
  return hits / samplesPerAxis ** 2;
}

function paint(size, padding, pixelAt) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const { r, g, b, a } = pixelAt(coverage(px, py, size, padding));
      rgba.set([r, g, b, a], (py * size + px) * 4);
    }
  }
  return { width: size, height: size, rgba };
}

const blend = (from, to, amount) => Math.round(from + (to - from) * amount);

/** The 192x192 colour icon: a white mark on the accent colour, kept inside Teams' safe central area. */
export const drawColourIcon = () =>
  paint(192, 40, (cover) => ({
    r: blend(accentColour.r, white.r, cover),
    g: blend(accentColour.g, white.g, cover),
    b: blend(accentColour.b, white.b, cover),
    a: 255,
  }));

/** The 32x32 outline icon: the same mark in white on a transparent background, as Teams requires. */
export const drawOutlineIcon = () => paint(32, 1, (cover) => ({ ...white, a: Math.round(cover * 255) }));
