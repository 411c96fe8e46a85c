// Walks the journey in journey.mjs through the real page and bot, screenshotting every step.
import { after, before, test } from 'node:test';
import { startBot } from '../directline-protocol/support/botProcess.mjs';
import { launchBrowser } from './support/browser.mjs';
import { ChatPage } from './support/chatPage.mjs';
import { journey } from './journey.mjs';

let bot;
let browser;
let chat;
const context = {};

before(async () => {
  bot = await startBot();
  browser = await launchBrowser();
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
    await chat.screenshot(`journey-${index + 1}-${step.name.replaceAll(' ', '-')}`);
  });
});
