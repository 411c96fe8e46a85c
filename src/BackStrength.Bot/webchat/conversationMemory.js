// Remembers the open conversation for this browser tab (sessionStorage), so reloading the page carries on
// where the person was instead of asking the safety questions again. Closing the tab forgets it.
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
  sessionStorage.setItem(key, JSON.stringify({ token, domain, conversationId }));
}

export function forgetConversation() {
  sessionStorage.removeItem(key);
}
