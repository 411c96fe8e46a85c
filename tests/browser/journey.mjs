// The user's journey through BackStrength, one step per entry, run in order in one conversation by
// journey.test.mjs. Each step acts like the user, then checks what the user would see; a screenshot of
// every step lands in artifacts/screenshots/journey-<n>-<name>.png.
//
// To extend it as the conversation grows, add steps in order, e.g.
//   welcome -> start -> assessment form -> plan -> session (tap "Easier") -> summary:
//   {
//     name: 'assessment form',
//     act: (chat) => chat.clickCardButton('Start my plan'),
//     expect: (chat) => chat.waitForBotMessage({ containing: 'How often does your back hurt' }),
//   },
// ChatPage (support/chatPage.mjs) has send, clickCardButton, clickSuggestedAction and waitForBotMessage.
export const journey = [
  {
    name: 'welcome',
    act: async () => {},
    expect: (chat) => chat.page.locator('.ac-adaptiveCard').first().waitFor({ timeout: 60_000 }),
  },
  {
    name: 'start',
    act: async (chat, context) => {
      context.botMessagesBefore = await chat.botMessageCount();
      await chat.clickCardButton('Start');
    },
    expect: (chat, context) => chat.waitForBotMessage({ after: context.botMessagesBefore }),
  },
];
