// Asks the host for a chat token. The host decides where the conversation lives: its local Direct Line
// channel, or Azure's Direct Line (then it exchanges its secret server-side and only the token comes here).
export async function fetchChatToken() {
  const response = await fetch('/api/directline/token', { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`Token request failed with status ${response.status}`);
  }

  const { token, domain, conversationId } = await response.json();
  return { token, domain, conversationId };
}

// A fresh token for a conversation the page already had, from the Direct Line service itself (the token is
// the proof). Fails once the old token has expired or the service no longer knows the conversation.
export async function refreshChatToken({ token, domain }) {
  const response = await fetch(`${domain}/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    throw new Error(`Token refresh failed with status ${response.status}`);
  }

  const { token: freshToken, conversationId } = await response.json();
  return { token: freshToken, domain, conversationId };
}
