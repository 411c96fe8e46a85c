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
// Waits for the bot's next bubble that shows `text` (a string or a RegExp), after acting.
const tapThenSee = (button, text) => ({
  act: async (chat, context) => {
    context.botMessagesBefore = await chat.botMessageCount();
    await chat.clickCardButton(button);
  },
  expect: (chat) => chat.waitForBotMessage({ containing: text }),
});

export const journey = [
  {
    name: 'welcome',
    act: async () => {},
    expect: (chat) => chat.waitForBotMessage({ containing: 'not medical advice' }),
  },
  { name: 'start', ...tapThenSee('Start', 'I accept') },
  { name: 'disclaimer accepted', ...tapThenSee('I accept', 'A quick safety check') },
  {
    name: 'safety check',
    act: async (chat) => {
      await chat.page.getByText('None of these', { exact: true }).last().click();
      await chat.clickCardButton('Continue');
    },
    expect: (chat) => chat.waitForBotMessage({ containing: 'Build my plan' }),
  },
  {
    name: 'assessment form',
    act: async (chat) => {
      await chat.page.locator('.ac-adaptiveCard input[type="number"]').last().fill('3');
      await chat.page.locator('.ac-adaptiveCard input[name="experience"][value="some"]').last().check();
      await chat.clickCardButton('Build my plan');
    },
    // Web Chat's markdown turns the apostrophe into a typographic one.
    expect: (chat) => chat.waitForBotMessage({ containing: /Today.s plan/ }),
  },
  { name: 'session started', ...tapThenSee('Start', 'Exercise 1 of') },
  { name: 'easier', ...tapThenSee('Easier', /Easier version|easiest version/) },
  { name: 'done', ...tapThenSee('Done', 'How did') },
  { name: 'felt about right', ...tapThenSee('About right', 'Exercise 2 of') },
  {
    name: 'stopped early',
    act: (chat) => chat.send('stop'),
    expect: (chat) => chat.waitForBotMessage({ containing: 'how is your back now' }),
  },
  {
    name: 'summary',
    act: (chat) => chat.send('2'),
    expect: (chat) => chat.waitForBotMessage({ containing: 'Session complete' }),
  },
  {
    name: 'progress',
    act: (chat) => chat.send('show my progress'),
    expect: (chat) => chat.waitForBotMessage({ containing: 'Where you are now' }),
  },
];
