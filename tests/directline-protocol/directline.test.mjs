// The local Direct Line 3.0 channel, driven by the official client Web Chat uses (botframework-directlinejs),
// in both of its transports, plus the token rules a page relies on.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { fetchPageToken, startBot } from './support/botProcess.mjs';
import { DirectLine, post, record } from './support/directLineInNode.mjs';

const isReplyTo = (id) => (activity) => activity.from?.role === 'bot' && activity.replyToId === id;

const authorized = (token) => ({ Authorization: `Bearer ${token}` });

async function startConversation(baseUrl) {
  const { token } = await fetchPageToken(baseUrl);
  const response = await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers: authorized(token) });
  assert.ok(response.ok, `starting a conversation failed: ${response.status}`);
  return response.json();
}

describe('local Direct Line channel', () => {
  let bot;
  before(async () => { bot = await startBot(); });
  after(async () => { await bot?.stop(); });

  for (const webSocket of [true, false]) {
    test(`Web Chat's client ${webSocket ? 'over the WebSocket stream' : 'by polling'} gets the bot's reply`, async () => {
      const { token, domain } = await fetchPageToken(bot.baseUrl);
      const directLine = new DirectLine({ domain, token, webSocket, pollingInterval: 300 });
      const conversation = record(directLine);
      try {
        const id = await post(directLine, { type: 'message', from: { id: 'me', name: 'Alex' }, text: 'hello' });
        const echo = await conversation.waitFor((activity) => activity.id === id);
        const reply = await conversation.waitFor(isReplyTo(id));

        assert.equal(echo.text, 'hello');
        assert.equal(echo.from.role, 'user');
        assert.equal(reply.conversation.id, directLine.conversationId);
        assert.ok(Number(directLine.watermark) >= 2, 'the client advanced its watermark past both activities');
      } finally {
        conversation.stop();
      }
    });
  }

  test('a token only opens the conversation it was issued for', async () => {
    const mine = await startConversation(bot.baseUrl);
    const theirs = await startConversation(bot.baseUrl);
    const theirActivities = `${bot.baseUrl}/v3/directline/conversations/${theirs.conversationId}/activities`;

    const read = await fetch(theirActivities, { headers: authorized(mine.token) });
    const write = await fetch(theirActivities, {
      method: 'POST',
      headers: { ...authorized(mine.token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'intruding' }),
    });
    const anonymous = await fetch(theirActivities);
    const forged = await fetch(theirActivities, { headers: authorized(`${theirs.token}x`) });

    assert.equal(read.status, 403);
    assert.equal(write.status, 403);
    assert.equal(anonymous.status, 401);
    assert.equal(forged.status, 401);
  });

  test("a stream URL with another conversation's token is refused", async () => {
    const mine = await startConversation(bot.baseUrl);
    const theirs = await startConversation(bot.baseUrl);
    const stolen = theirs.streamUrl.replace(/t=[^&]+/, `t=${encodeURIComponent(mine.token)}`);

    const status = await new Promise((resolve, reject) => {
      const socket = new WebSocket(stolen);
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.on('open', () => { socket.close(); reject(new Error('the stream opened')); });
      socket.on('error', () => {});
    });

    assert.equal(status, 403);
  });

  test('a refreshed token carries on the same conversation', async () => {
    const conversation = await startConversation(bot.baseUrl);

    const response = await fetch(`${bot.baseUrl}/v3/directline/tokens/refresh`, { method: 'POST', headers: authorized(conversation.token) });
    const refreshed = await response.json();
    const activities = await fetch(`${bot.baseUrl}/v3/directline/conversations/${conversation.conversationId}/activities`, {
      headers: authorized(refreshed.token),
    });

    assert.equal(response.status, 200);
    assert.equal(refreshed.conversationId, conversation.conversationId);
    assert.ok(refreshed.expires_in > 0);
    assert.equal(activities.status, 200);
  });
});

describe('local Direct Line channel with short-lived tokens', () => {
  let bot;
  before(async () => {
    bot = await startBot({ DirectLine__TokenLifetime: '00:00:03', DirectLine__KeepAliveInterval: '00:00:01' });
  });
  after(async () => { await bot?.stop(); });

  test('an expired token is refused and can no longer be refreshed', async () => {
    const conversation = await startConversation(bot.baseUrl);
    const activities = `${bot.baseUrl}/v3/directline/conversations/${conversation.conversationId}/activities`;
    assert.equal((await fetch(activities, { headers: authorized(conversation.token) })).status, 200);

    // Wait (up to a minute, checking twice a second) for the three-second lifetime to run out.
    const deadline = Date.now() + 60_000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 500));
      status = (await fetch(activities, { headers: authorized(conversation.token) })).status;
    }
    const refresh = await fetch(`${bot.baseUrl}/v3/directline/tokens/refresh`, { method: 'POST', headers: authorized(conversation.token) });

    assert.equal(status, 401);
    assert.equal(refresh.status, 401);
  });

  test('an idle stream gets empty keep-alive messages', async () => {
    const conversation = await startConversation(bot.baseUrl);
    const socket = new WebSocket(conversation.streamUrl);
    try {
      const keepAlive = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no keep-alive within a minute')), 60_000);
        socket.on('message', (data) => {
          if (data.length === 0) {
            clearTimeout(timer);
            resolve(data.toString());
          }
        });
        socket.on('error', reject);
      });
      assert.equal(keepAlive, '');
    } finally {
      socket.close();
    }
  });
});
