// The app icons Teams shows: right sizes, a white-on-transparent outline, and the committed files are exactly
// what the drawing code produces (so the PNGs cannot drift from their source).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromRepo } from './support/repo.mjs';
import { decodePng, pixelsOf } from './support/png.mjs';
import { drawColourIcon, drawOutlineIcon } from '../../tools/teams-package/icons.mjs';

const committed = (name) => decodePng(readFileSync(fromRepo('teamsAppPackage', name)));
const accentColor = JSON.parse(readFileSync(fromRepo('teamsAppPackage/manifest.template.json'), 'utf8')).accentColor;

test('the colour icon is an opaque 192x192 image on the accent colour', () => {
  const icon = committed('color.png');
  assert.deepEqual([icon.width, icon.height], [192, 192]);
  const pixels = [...pixelsOf(icon)];
  assert.ok(pixels.every((p) => p.a === 255), 'the colour icon must be fully opaque');
  const corner = pixels[0];
  const hex = `#${[corner.r, corner.g, corner.b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  assert.equal(hex.toUpperCase(), accentColor.toUpperCase());
  assert.ok(pixels.some((p) => p.r === 255 && p.g === 255 && p.b === 255), 'the white mark is missing');
});

test('the outline icon is 32x32, white on transparent, with a visible mark', () => {
  const icon = committed('outline.png');
  assert.deepEqual([icon.width, icon.height], [32, 32]);
  const pixels = [...pixelsOf(icon)];
  const offending = pixels.filter((p) => p.a !== 0 && !(p.r === 255 && p.g === 255 && p.b === 255));
  assert.deepEqual(offending.slice(0, 5), [], 'every pixel must be fully transparent or white');
  const opaque = pixels.filter((p) => p.a === 255).length;
  const transparent = pixels.filter((p) => p.a === 0).length;
  assert.ok(opaque > 150, `only ${opaque} solid pixels: the mark would be hard to see`);
  assert.ok(transparent > 300, `only ${transparent} transparent pixels: that is not an outline`);
  assert.equal(pixels[0].a, 0, 'the corners must be transparent');
});

test('the committed icons are what tools/teams-package/draw-icons.mjs draws', () => {
  assert.deepEqual(committed('color.png'), drawColourIcon(), 'color.png is stale: run node tools/teams-package/draw-icons.mjs');
  assert.deepEqual(committed('outline.png'), drawOutlineIcon(), 'outline.png is stale: run node tools/teams-package/draw-icons.mjs');
});
