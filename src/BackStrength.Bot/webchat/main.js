// The BackStrength chat page: fetches a Direct Line token from the host and renders the official Web Chat.
// Bundled by scripts/build-webchat.mjs into wwwroot/js/webchat.js; the page loads no script from elsewhere.
import { createDirectLine, renderWebChat } from 'botframework-webchat';
import { fetchChatToken } from './chatToken.js';
import { styleOptions } from './styleOptions.js';

const chat = document.getElementById('webchat');
const status = document.getElementById('chat-status');
const newConversation = document.getElementById('new-conversation');

let directLine;

// Each conversation gets a fresh token, connection and Web Chat instance, so nothing of the old one lingers.
async function startConversation() {
  newConversation.disabled = true;
  showStatus(status.dataset.connecting);
  directLine?.end();
  try {
    const { token, domain } = await fetchChatToken();
    directLine = createDirectLine({ domain, token });
    const host = document.createElement('div');
    host.className = 'webchat-host';
    chat.replaceChildren(host);
    renderWebChat({ directLine, styleOptions, locale: document.documentElement.lang }, host);
    showStatus('');
  } catch (error) {
    console.error('Could not start the conversation', error);
    showStatus(status.dataset.failed);
  } finally {
    newConversation.disabled = false;
  }
}

function showStatus(text) {
  status.textContent = text;
  status.hidden = !text;
}

newConversation.addEventListener('click', startConversation);
startConversation();
