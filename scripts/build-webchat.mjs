// Bundles the chat page's script (src/BackStrength.Bot/webchat) with Web Chat into wwwroot/js/webchat.js,
// so the page works offline and under a strict Content-Security-Policy (no CDN, no inline script).
// Run by the BackStrength.Bot build when the sources change; also runnable by hand: node scripts/build-webchat.mjs
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const botProject = resolve(dirname(fileURLToPath(import.meta.url)), '../src/BackStrength.Bot');

await build({
  entryPoints: [resolve(botProject, 'webchat/main.js')],
  outfile: resolve(botProject, 'wwwroot/js/webchat.js'),
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
