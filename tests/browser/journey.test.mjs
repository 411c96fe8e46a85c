// Walks the journey in journey.mjs through the real page and bot, on a desktop and on a phone, screenshotting
// every step. Every step's text must meet WCAG AA contrast and, on the phone, fit the screen's width; over the
// whole session nothing may leave this machine and nothing may go wrong in the console.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startBot } from '../directline-protocol/support/botProcess.mjs';
import { launchBrowser } from './support/browser.mjs';
import { ChatPage } from './support/chatPage.mjs';
import { textBelowAaContrast } from './support/contrast.mjs';
import { journey } from './journey.mjs';

const screens = [
  { device: 'desktop', viewport: { width: 1280, height: 800 } },
  { device: 'phone', viewport: { width: 390, height: 844 } },
];

for (const { device, viewport } of screens) {
  describe(`the journey on a ${device}`, () => {
    let bot;
    let browser;
    let chat;
    const context = {};

    before(async () => {
      bot = await startBot();
      browser = await launchBrowser({ viewport });
      chat = new ChatPage(await browser.context.newPage());
      await chat.open(bot.baseUrl);
    });

    after(async () => {
      await browser?.close();
      await bot?.stop();
    });

    journey.forEach((step, index) => {
      test(`journey step ${index + 1}: ${step.name}`, async () => {
        await step.act(chat, context);
        await step.expect(chat, context);

        assert.deepEqual(await textBelowAaContrast(chat.page), []);
        const overflow = await chat.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
        // The chat clips what sticks out of it, so look inside too: no message, card, picture or button may reach
        // past the screen's edge, and no card may hide part of itself sideways.
        const cutOff = await chat.page.locator('#webchat').locator('.webchat__bubble, .ac-adaptiveCard, img, button').evaluateAll((elements) => elements
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth
            || (element.classList.contains('ac-adaptiveCard') && element.scrollWidth > element.clientWidth))
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.slice(0, 40)}`));
        assert.deepEqual(cutOff, []);
        await chat.screenshot(`journey-${device}-${index + 1}-${step.name.replaceAll(' ', '-')}`);
      });
    });

    test('the whole session made no request to another host and logged no error', () => {
      assert.deepEqual(browser.externalRequests, []);
      assert.deepEqual(browser.policyViolations, []);
      assert.deepEqual(browser.consoleErrors, []);
    });
  });
}
