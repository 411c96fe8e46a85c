// Remembers the open conversation for this browser tab (sessionStorage), so reloading the page carries on
// where the person was instead of asking the safety questions again. Closing the tab forgets it. Where the
// browser refuses storage (some private modes), the chat still works; a reload then simply starts afresh.
const key = 'backstrength.conversation';

export function rememberedConversation() {
  try {
    const remembered = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    return remembered?.token && remembered?.domain && remembered?.conversationId ? remembered : null;
  } catch {
    return null;
  }
}

export function rememberConversation({ token, domain, conversationId }) {
  try {
    sessionStorage.setItem(key, JSON.stringify({ token, domain, conversationId }));
  } catch {
    // Storage refused: nothing to carry over a reload.
  }
}

export function forgetConversation() {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Storage refused: nothing was kept.
  }
}
