// The bot restarting under an open chat page. The local channel keeps conversations in memory, so the page's
// conversation is gone: the person must be told so and how to carry on, and a reload must start cleanly.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { startBot } from '../directline-protocol/support/botProcess.mjs';
import { launchBrowser } from './support/browser.mjs';
import { ChatPage } from './support/chatPage.mjs';

const patience = 60_000;
let bot;
let browser;

after(async () => {
  await browser?.close();
  await bot?.stop();
});

test('after a bot restart, a message that cannot be delivered says the conversation was lost, and a reload starts afresh', async () => {
  bot = await startBot();
  browser = await launchBrowser();
  const chat = new ChatPage(await browser.context.newPage());
  await chat.open(bot.baseUrl);
  await chat.waitForBotMessage({ containing: 'not medical advice' });

  await bot.stop();
  bot = await startBot({}, { port: Number(new URL(bot.baseUrl).port) });
  await chat.send('are you still there?');

  const status = chat.page.getByRole('status');
  await status.filter({ hasText: 'lost this conversation' }).waitFor({ timeout: patience });
  assert.match(await status.innerText(), /Press “New conversation” to start again/);
  await chat.screenshot('conversation-lost');

  await chat.reload();

  assert.notEqual(chat.conversations[1], chat.conversations[0]);
  await chat.waitForBotMessage({ containing: 'not medical advice' });
  assert.deepEqual(await chat.userMessages(), []);
  assert.ok(await status.isHidden(), 'the page still says the conversation was lost');
});
