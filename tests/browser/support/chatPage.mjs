// The chat page as a user sees it: what the bot says, what you type, what you click.
// Selectors are Web Chat's and Adaptive Cards' own stable class names and data attributes.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { repositoryRoot } from '../../directline-protocol/support/botProcess.mjs';

const patience = 60_000;
const screenshots = join(repositoryRoot, 'artifacts/screenshots');

const botBubbles = '.webchat__bubble:not(.webchat__bubble--from-user)';
const userBubbles = '.webchat__bubble--from-user';

export class ChatPage {
  constructor(page) {
    this.page = page;
    // Every conversation the page has opened, from its token responses, so tests can tell them apart.
    this.conversations = [];
  }

  get conversationId() {
    return this.conversations.at(-1);
  }

  async open(baseUrl) {
    await this.#connecting(() => this.page.goto(baseUrl));
  }

  botMessageCount() {
    return this.page.locator(botBubbles).count();
  }

  /** Waits for the bot to say something new after `seen` bot bubbles, optionally containing some text. */
  async waitForBotMessage({ after = 0, containing } = {}) {
    const bubble = containing
      ? this.page.locator(botBubbles, { hasText: containing }).last()
      : this.page.locator(botBubbles).nth(after);
    await bubble.waitFor({ timeout: patience });
    return bubble;
  }

  async send(text) {
    const input = this.page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(text);
    await input.press('Enter');
    await this.page.locator(userBubbles, { hasText: text }).last().waitFor({ timeout: patience });
  }

  userMessages() {
    return this.page.locator(userBubbles).allInnerTexts();
  }

  async clickCardButton(title) {
    await this.page.locator('.ac-pushButton', { hasText: title }).last().click({ timeout: patience });
  }

  async clickSuggestedAction(title) {
    await this.page.locator('.webchat__suggested-action', { hasText: title }).last().click({ timeout: patience });
  }

  /** Reloads the page, which carries on with the tab's conversation when it can. */
  async reload() {
    await this.#connecting(() => this.page.reload());
  }

  async startNewConversation() {
    await this.#connecting(() => this.page.getByRole('button', { name: 'New conversation' }).click());
  }

  /** Does what makes the page connect, and waits for the conversation's token (new or renewed) and send box. */
  async #connecting(action) {
    const tokenIssued = this.page.waitForResponse(
      (response) => response.ok() && /\/api\/directline\/token$|\/tokens\/refresh$/.test(response.url()),
      { timeout: patience },
    );
    await action();
    const response = await tokenIssued;
    this.conversations.push((await response.json()).conversationId);
    // Web Chat drops what is typed before it is online; the page marks the moment it is.
    await this.page.locator('#webchat[data-connection="online"]').waitFor({ state: 'attached', timeout: patience });
    await this.page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: patience });
  }

  async screenshot(name) {
    await mkdir(screenshots, { recursive: true });
    await this.page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  }
}
