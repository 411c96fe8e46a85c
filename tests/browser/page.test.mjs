// The chat page in a real (headless) Chromium against the running bot: it works offline, chats, renders
// Adaptive Cards and suggested actions, survives a reload and a double-click, starts over on request, and
// fits a phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startBot } from '../directline-protocol/support/botProcess.mjs';
import { launchBrowser } from './support/browser.mjs';
import { sendAsBot } from './support/botVoice.mjs';
import { ChatPage } from './support/chatPage.mjs';
import { textBelowAaContrast } from './support/contrast.mjs';

const patience = 60_000;

describe('chat page', () => {
  let bot;
  let browser;
  before(async () => {
    bot = await startBot();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await bot?.stop();
  });

  async function openChat() {
    const chat = new ChatPage(await browser.context.newPage());
    await chat.open(bot.baseUrl);
    return chat;
  }

  test('loads without any request leaving this machine, any console error or any breach of its security policy, and says what it does with your data', async () => {
    const chat = await openChat();
    await chat.waitForBotMessage({ containing: 'not medical advice' });

    assert.equal(await chat.page.title(), 'BackStrength');
    assert.equal(await chat.page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await chat.page.getByRole('heading', { level: 1 }).innerText(), 'BackStrength');
    const privacy = await chat.page.locator('.privacy-note').innerText();
    assert.match(privacy, /forget me/);
    assert.match(privacy, /not medical advice/);
    const privacyPage = await chat.page.locator('.privacy-note a', { hasText: 'What it keeps' }).getAttribute('href');
    const privacyResponse = await chat.page.request.get(new URL(privacyPage, bot.baseUrl).href);
    assert.equal(privacyResponse.status(), 200, 'the privacy note is not linked from the chat page');
    assert.match(await privacyResponse.text(), /Deleting your data/);
    const icon = await chat.page.locator('link[rel="icon"]').getAttribute('href');
    assert.equal((await chat.page.request.get(new URL(icon, bot.baseUrl).href)).status(), 200, 'the tab has no icon');
    assert.deepEqual(browser.externalRequests, []);
    assert.deepEqual(browser.policyViolations, []);
    assert.deepEqual(browser.consoleErrors, []);
    await chat.screenshot('page-desktop');
    await chat.page.close();
  });

  test('the page and the welcome card, buttons included, are readable: every text meets WCAG AA contrast', async () => {
    const chat = await openChat();
    await chat.waitForBotMessage({ containing: 'not medical advice' });

    assert.deepEqual(await textBelowAaContrast(chat.page), []);
    await chat.page.close();
  });

  test('a card button reached with the keyboard shows a clear focus ring', async () => {
    const chat = await openChat();
    await chat.waitForBotMessage({ containing: 'not medical advice' });

    // Web Chat's keyboard model: from the send box back to the transcript, Enter to step into the latest card.
    await chat.page.locator('[data-id="webchat-sendbox-input"]').focus();
    await chat.page.keyboard.press('Shift+Tab');
    await chat.page.keyboard.press('Shift+Tab');
    await chat.page.keyboard.press('Enter');
    const focused = await chat.page.evaluate(() => {
      const { outlineStyle, outlineWidth } = getComputedStyle(document.activeElement);
      return { button: document.activeElement.textContent, outlineStyle, outlineWidth: parseFloat(outlineWidth) };
    });

    assert.equal(focused.button, 'Start');
    assert.equal(focused.outlineStyle, 'solid');
    assert.ok(focused.outlineWidth >= 2, `the focus ring is ${focused.outlineWidth}px`);
    await chat.page.close();
  });

  test('a screen reader announces each message as from BackStrength, not from the avatar initials "BS"', async () => {
    const chat = await openChat();
    await chat.waitForBotMessage({ containing: 'not medical advice' });

    // Each message's accessible name, which Web Chat keeps in a hidden label.
    const announced = await chat.page.locator('[role="article"][aria-labelledby]').evaluateAll((articles) => articles.map((article) =>
      article.getAttribute('aria-labelledby').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ')));

    assert.ok(announced.length > 0);
    for (const name of announced) {
      assert.match(name, /^BackStrength said:/);
    }
    await chat.page.close();
  });

  test('double-clicking a card button answers once, so the conversation moves on by one step', async () => {
    const chat = await openChat();
    await chat.waitForBotMessage({ containing: 'not medical advice' });
    const posted = [];
    chat.page.on('request', (request) => {
      if (request.method() === 'POST' && /\/activities$/.test(request.url())) {
        posted.push(request.postDataJSON());
      }
    });

    await chat.page.locator('.ac-pushButton', { hasText: 'Start' }).last().dblclick();
    await chat.waitForBotMessage({ containing: 'I accept' });

    assert.equal(posted.length, 1, `the card sent ${posted.length} answers`);
    await chat.page.close();
  });

  test('reloading the page carries on the same conversation, with what was said still shown', async () => {
    const chat = await openChat();
    await chat.waitForBotMessage({ containing: 'not medical advice' });
    await chat.clickCardButton('Start');
    await chat.waitForBotMessage({ containing: 'I accept' });
    await chat.send('yes');
    await chat.waitForBotMessage({ containing: 'A quick safety check' });

    await chat.reload();

    assert.equal(chat.conversations[1], chat.conversations[0]);
    await chat.waitForBotMessage({ containing: 'A quick safety check' });
    assert.deepEqual(await chat.userMessages(), ['yes']);
    assert.equal(await chat.page.locator('.webchat__bubble', { hasText: 'Hi, I am BackStrength' }).count(), 1, 'the bot greeted again');
    // The bot, too, is where it was: the safety check card still answers.
    await chat.page.getByText('None of these', { exact: true }).last().click();
    await chat.clickCardButton('Continue');
    await chat.waitForBotMessage({ containing: 'Build my plan' });
    await chat.page.close();
  });

  test('after "forget me" deletes everything, a reload starts afresh instead of showing the conversation again', async () => {
    const chat = await openChat();
    await chat.waitForBotMessage({ containing: 'not medical advice' });
    await chat.send('forget me');
    await chat.clickCardButton('Delete everything');
    await chat.waitForBotMessage({ containing: 'deleted everything' });
    // The bot ends the conversation right after that message; the page must have seen it before the reload.
    await sendAsBot(bot.baseUrl, chat.conversationId, { text: 'Still listening.' });
    await chat.waitForBotMessage({ containing: 'Still listening.' });

    await chat.reload();

    assert.notEqual(chat.conversations[1], chat.conversations[0]);
    assert.deepEqual(await chat.userMessages(), []);
    await chat.page.close();
  });

  test('where the browser refuses to store anything (some private modes), the chat still works', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Storage is disabled', 'SecurityError');
      };
    });
    const chat = new ChatPage(page);
    await chat.open(bot.baseUrl);

    await chat.waitForBotMessage({ containing: 'not medical advice' });
    assert.ok(await page.getByRole('status').isHidden());
    await page.close();
  });

  test('a typed message is shown as sent and the bot answers it', async () => {
    const chat = await openChat();
    const botMessagesBefore = await chat.botMessageCount();

    await chat.send('hello');
    await chat.waitForBotMessage({ after: botMessagesBefore });

    assert.ok((await chat.userMessages()).some((text) => text.includes('hello')));
    await chat.page.close();
  });

  test("an Adaptive Card renders and its button sends the card's data to the bot", async () => {
    const chat = await openChat();
    await sendAsBot(bot.baseUrl, chat.conversationId, {
      attachments: [{
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          type: 'AdaptiveCard',
          version: '1.5',
          body: [{ type: 'TextBlock', text: 'Ready for a two-minute stretch?', wrap: true }],
          actions: [{ type: 'Action.Submit', title: 'Start', data: { choice: 'start' } }],
        },
      }],
    });
    await chat.page.locator('.ac-adaptiveCard', { hasText: 'Ready for a two-minute stretch?' }).waitFor({ timeout: patience });

    const submitted = chat.page.waitForRequest((request) => request.method() === 'POST' && /\/activities$/.test(request.url()), { timeout: patience });
    await chat.clickCardButton('Start');

    assert.deepEqual((await submitted).postDataJSON().value, { choice: 'start' });
    await chat.screenshot('adaptive-card');
    await chat.page.close();
  });

  test('suggested actions show as buttons and send their text when tapped', async () => {
    const chat = await openChat();
    await sendAsBot(bot.baseUrl, chat.conversationId, {
      text: 'How did that feel?',
      suggestedActions: { actions: [{ type: 'imBack', title: 'Easier', value: 'Easier' }, { type: 'imBack', title: 'Harder', value: 'Harder' }] },
    });

    await chat.clickSuggestedAction('Easier');

    await chat.page.locator('.webchat__bubble--from-user', { hasText: 'Easier' }).waitFor({ timeout: patience });
    await chat.page.close();
  });

  test('"New conversation" starts a fresh conversation with an empty transcript, and a reload keeps the fresh one', async () => {
    const chat = await openChat();
    await chat.send('remember this line');

    await chat.startNewConversation();

    assert.equal(chat.conversations.length, 2);
    assert.notEqual(chat.conversations[0], chat.conversations[1]);
    assert.deepEqual(await chat.userMessages(), []);
    await chat.reload();
    assert.equal(chat.conversations[2], chat.conversations[1]);
    await chat.page.close();
  });
});

describe('chat page on a phone', () => {
  let bot;
  let browser;
  before(async () => {
    bot = await startBot();
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });
  after(async () => {
    await browser?.close();
    await bot?.stop();
  });

  test('fits the screen without sideways scrolling, with the send box and button in reach', async () => {
    const chat = new ChatPage(await browser.context.newPage());
    await chat.open(bot.baseUrl);
    await chat.send('hello from my phone');

    const overflow = await chat.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
    assert.ok(await chat.page.locator('[data-id="webchat-sendbox-input"]').isVisible());
    assert.ok(await chat.page.getByRole('button', { name: 'New conversation' }).isVisible());
    await chat.screenshot('page-phone');
  });
});
