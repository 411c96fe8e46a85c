// The BackStrength chat page: fetches a Direct Line token from the host and renders the official Web Chat.
// Bundled by scripts/build-webchat.mjs into wwwroot/js/webchat.js; the page loads no script from elsewhere.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import ReactWebChat, { createDirectLine } from 'botframework-webchat';
import { fetchChatToken } from './chatToken.js';
import { styleOptions } from './styleOptions.js';

const chat = document.getElementById('webchat');
const status = document.getElementById('chat-status');
const newConversation = document.getElementById('new-conversation');

// Direct Line's connection states (botframework-directlinejs ConnectionStatus).
const online = 2;
const failed = [3, 4]; // expired token, failed to connect

let directLine;
let root;

// Each conversation gets a fresh token, connection and Web Chat instance, so nothing of the old one lingers.
async function startConversation() {
  newConversation.disabled = true;
  chat.dataset.connection = 'offline';
  showStatus(status.dataset.connecting);
  directLine?.end();
  try {
    const { token, domain } = await fetchChatToken();
    const connection = createDirectLine({ domain, token });
    directLine = connection;
    connection.connectionStatus$.subscribe((state) => {
      if (connection === directLine) {
        showConnection(state);
      }
    });
    // A fresh React root drops the previous transcript along with the previous Web Chat instance.
    root?.unmount();
    root = createRoot(chat);
    root.render(createElement(ReactWebChat, { directLine, styleOptions, locale: document.documentElement.lang }));
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

function showStatus(text) {
  status.textContent = text;
  status.hidden = !text;
}

newConversation.addEventListener('click', startConversation);
startConversation();
