// Headless Debian Chromium driven by playwright-core (which cannot download browsers here), with a fresh
// profile per run, every request to a host other than this machine refused and remembered, and every
// Content-Security-Policy violation and other console error the page reports collected.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function launchBrowser({ viewport = { width: 1280, height: 900 } } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'backstrength-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const externalRequests = [];
  const policyViolations = [];
  const consoleErrors = [];
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) {
      policyViolations.push(message.text());
    } else if (message.type() === 'error') {
      consoleErrors.push(`${message.text()} (${message.location().url})`);
    }
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || localHosts.has(url.hostname)) {
      return route.continue();
    }
    externalRequests.push(url.href);
    return route.abort();
  });

  return {
    context,
    externalRequests,
    policyViolations,
    consoleErrors,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
