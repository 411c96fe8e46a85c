// A reminder set in chat reaches the conversation by itself: the running bot (polling every second) sends it
// through the local Direct Line channel to Web Chat's own client, listening on the WebSocket stream as the page does.
// Build the bot first: dotnet build src/BackStrength.Bot
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fetchPageToken, startBot } from '../directline-protocol/support/botProcess.mjs';
import { DirectLine, post } from '../directline-protocol/support/directLineInNode.mjs';

// The reminder comes at the next whole minute, so up to a minute of waiting plus a slow machine's margin.
const patience = 150_000;
const user = { id: 'reminder-user', name: 'Robin' };

/** Resolves with the first activity, already received or still to come, that matches. */
function waitFor(received, subscribe, matches, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not arrive within ${patience / 1000}s`)), patience);
    const check = () => {
      const found = received.find(matches);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    subscribe(check);
    check();
  });
}

const cardOf = (activity) => activity.attachments?.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
const buttonActions = (activity) => (cardOf(activity)?.actions ?? []).map((action) => action.data?.action);

describe('reminders through the local Direct Line channel', () => {
  let bot;
  before(async () => { bot = await startBot({ ReminderScheduler__PollInterval: '00:00:01' }); });
  after(async () => { await bot?.stop(); });

  test('a reminder set for the next minute arrives on the open WebSocket with Start and Snooze, and Snooze works', { timeout: patience * 2 }, async () => {
    const { token, domain } = await fetchPageToken(bot.baseUrl);
    const directLine = new DirectLine({ domain, token, webSocket: true });
    const received = [];
    const listeners = [];
    const subscription = directLine.activity$.subscribe((activity) => {
      received.push(activity);
      listeners.forEach((listener) => listener());
    });
    const arrives = (matches, what) => waitFor(received, (listener) => listeners.push(listener), matches, what);
    try {
      // At least ten seconds ahead, so the minute cannot pass while the message travels.
      const due = new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000);
      const time = due.toISOString().slice(11, 16);
      const id = await post(directLine, { type: 'message', from: user, text: `remind me every day at ${time}`, localTimezone: 'UTC' });
      const confirmation = await arrives((activity) => activity.replyToId === id && activity.from?.role === 'bot', 'The confirmation');
      assert.match(confirmation.text, new RegExp(`every day at ${time} UTC`));

      const reminder = await arrives(
        (activity) => activity.from?.role === 'bot' && buttonActions(activity).includes('snoozeReminder'),
        'The reminder');
      assert.deepEqual(buttonActions(reminder), ['start', 'snoozeReminder']);
      assert.equal(reminder.conversation.id, directLine.conversationId);
      assert.ok(Date.now() >= due.getTime(), 'the reminder came no earlier than the time set');

      const snoozeId = await post(directLine, { type: 'message', from: user, text: 'Snooze for a day', value: { action: 'snoozeReminder' } });
      const snoozed = await arrives((activity) => activity.replyToId === snoozeId && activity.from?.role === 'bot', 'The snooze confirmation');
      assert.match(snoozed.text, /Next reminder: .* UTC\./);
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }
  });
});
