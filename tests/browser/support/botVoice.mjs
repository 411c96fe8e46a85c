// Speaks as the bot into a conversation through the channel's connector endpoint, the same HTTP call the
// Bot Framework SDK's ConnectorClient makes. Lets page tests show any card or suggested action, whatever
// the conversation currently says.
export async function sendAsBot(baseUrl, conversationId, activity) {
  const response = await fetch(`${baseUrl}/directline/connector/v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', from: { id: 'backstrength', name: 'BackStrength' }, ...activity }),
  });
  if (!response.ok) {
    throw new Error(`The connector refused the bot's activity: ${response.status}`);
  }
  return (await response.json()).id;
}
