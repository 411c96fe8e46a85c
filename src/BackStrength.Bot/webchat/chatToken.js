// Asks the host for a chat token. The host decides where the conversation lives: its local Direct Line
// channel, or Azure's Direct Line (then it exchanges its secret server-side and only the token comes here).
export async function fetchChatToken() {
  const response = await fetch('/api/directline/token', { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`Token request failed with status ${response.status}`);
  }

  const { token, domain } = await response.json();
  return { token, domain };
}
