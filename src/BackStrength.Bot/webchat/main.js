// The BackStrength chat page: fetches a Direct Line token from the host and renders the official Web Chat.
// Bundled by scripts/build-webchat.mjs into wwwroot/js/webchat.js; the page loads no script from elsewhere.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import ReactWebChat, { createDirectLine, createStore } from 'botframework-webchat';
import { fetchChatToken, refreshChatToken } from './chatToken.js';
import { forgetConversation, rememberConversation, rememberedConversation } from './conversationMemory.js';
import { ignoreRepeatedPresses } from './pressGuard.js';
import { styleOptions } from './styleOptions.js';

const chat = document.getElementById('webchat');
const status = document.getElementById('chat-status');
const newConversation = document.getElementById('new-conversation');

// Direct Line's connection states (botframework-directlinejs ConnectionStatus).
const online = 2;
const failed = [3, 4]; // expired token, failed to connect

// Screen readers announce each bot message with Web Chat's "Bot <avatar initials> said"; the page names the bot.
const overrideLocalizedStrings = { ACTIVITY_BOT_SAID_ALT: chat.dataset.botSaid };

let directLine;
let root;

// Each conversation gets a fresh connection and Web Chat instance, so nothing of the old one lingers. On page
// load the tab's open conversation carries on (Web Chat replays its transcript); if it cannot, a new one starts.
async function startConversation({ resume }) {
  newConversation.disabled = true;
  chat.dataset.connection = 'offline';
  showStatus(status.dataset.connecting);
  directLine?.end();
  try {
    const resumed = resume ? await resumedConversation() : null;
    const conversation = resumed ?? (await fetchChatToken());
    rememberConversation(conversation);
    const { domain, token, conversationId } = conversation;
    // Without a conversation id Direct Line starts the token's conversation; with one it reconnects to it.
    const connection = createDirectLine(resumed ? { domain, token, conversationId } : { domain, token });
    directLine = connection;
    connection.connectionStatus$.subscribe((state) => {
      if (connection === directLine) {
        showConnection(state);
      }
    });
    // A fresh React root drops the previous transcript along with the previous Web Chat instance.
    root?.unmount();
    root = createRoot(chat);
    const store = createStore({}, () => (next) => (action) => {
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') {
        explainFailedSend(connection, domain);
      } else if (isEndOfConversation(action)) {
        // The bot is done with it (after "forget me", everything is deleted): a reload must not bring it back.
        forgetConversation();
      }
      return next(action);
    });
    root.render(createElement(ReactWebChat, { directLine, store, styleOptions, overrideLocalizedStrings, locale: document.documentElement.lang }));
  } catch (error) {
    console.error('Could not start the conversation', error);
    showStatus(status.dataset.failed);
  } finally {
    newConversation.disabled = false;
  }
}

// Until Web Chat is online it drops what is typed, so the page says it is connecting and marks the state
// (data-connection) for anyone, or any test, that needs to know the chat is ready.
function showConnection(state) {
  chat.dataset.connection = state === online ? 'online' : 'offline';
  if (state === online) {
    showStatus('');
  } else if (failed.includes(state)) {
    showStatus(status.dataset.failed);
  }
}

function isEndOfConversation({ type, payload }) {
  return type === 'DIRECT_LINE/INCOMING_ACTIVITY' && payload.activity.type === 'endOfConversation' && payload.activity.from?.role === 'bot';
}

async function resumedConversation() {
  const remembered = rememberedConversation();
  if (!remembered) {
    return null;
  }
  try {
    return await refreshChatToken(remembered);
  } catch {
    // Expired, or the service restarted and forgot it: a new conversation it is.
    forgetConversation();
    return null;
  }
}

// Web Chat marks a message it could not deliver "Send failed. Retry". When the connection is down, or the
// conversation is gone (the service restarted, the token ran out), retrying cannot help: the page says what
// happened and how to start again. If the conversation is still there, Retry works and nothing more is said.
async function explainFailedSend(connection, domain) {
  let explanation = '';
  try {
    await refreshChatToken({ domain, token: connection.token });
  } catch (error) {
    explanation = error instanceof TypeError ? status.dataset.failed : status.dataset.lost;
  }
  if (connection === directLine && explanation) {
    showStatus(explanation);
  }
}

// Direct Line renews its token while the page is open; keep the newest one for a reload (unless the
// conversation was forgotten meanwhile).
function rememberLatestToken() {
  const remembered = rememberedConversation();
  if (remembered && directLine?.token) {
    rememberConversation({ ...remembered, token: directLine.token });
  }
}

function showStatus(text) {
  status.textContent = text;
  status.hidden = !text;
}

newConversation.addEventListener('click', () => {
  forgetConversation();
  startConversation({ resume: false });
});
window.addEventListener('pagehide', rememberLatestToken);
ignoreRepeatedPresses(chat);
startConversation({ resume: true });
