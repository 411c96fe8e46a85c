// The bot as deployed writes no health data or identity to its logs: an admin streams them, keeps them in App Service
// and may send them to a Log Analytics workspace. A Teams user's whole journey (typed answers, card answers with a
// pain score and a warning sign, a reminder with a time zone, a group-chat mention, a reply that cannot be delivered,
// "forget me") runs against the built bot, once with the shipped log levels and once with every category at Trace,
// and its console output must name none of it. Needs the bot built (dotnet build src/BackStrength.Bot).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startBot } from '../directline-protocol/support/botProcess.mjs';
import { fromRepo } from './support/repo.mjs';

const person = { id: '29:1a2b3c-teams-user', name: 'Zenobia Quillfeather', aadObjectId: '6f0c8d52-94e3-4b6e-a8d1-0c9f7e2b5d31' };
const typedHealthText = 'my lower back grinds like quartzite after the zorbling meeting';
// Everything here is the person's or about their health; none of it may reach a log line.
const secrets = [person.name, 'Quillfeather', person.aadObjectId, 'quartzite', 'zorbling', 'bladder', 'Berlin', 'it hurts'];

// What the bot says at the steps the journey checks, read from its content so rewording does not break the test.
const readJson = (relativePath) => JSON.parse(readFileSync(fromRepo(relativePath), 'utf8'));
const conversationContent = readJson('src/BackStrength.Bot/Content/conversation.json');
const says = {
  plan: conversationContent.Conversation.PlanIntro,
  reminderSet: conversationContent.Reminders.Confirmed.split('{0}')[0],
  erased: conversationContent.Conversation.ForgetMeDone,
  seekHelpFor: readJson('src/BackStrength.Coaching/Content/safety.json').redFlags.find((flag) => flag.id === 'bladder-bowel-control').name,
};
/** Fails unless the replies (as JSON) contain the text. */
const assertSays = (replies, text) => assert.ok(replies.includes(JSON.stringify(text).slice(1, -1)), `expected "${text}" in ${replies}`);

/** A Teams activity from the person, as the Bot Framework Connector would post it. */
const teamsActivity = (fields, conversation = { id: 'a:personal-chat', conversationType: 'personal' }) => ({
  type: 'message',
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9/',
  from: person,
  recipient: { id: '28:backstrength', name: 'BackStrength' },
  conversation: { ...conversation, tenantId: 'tenant-of-the-test' },
  channelData: { tenant: { id: 'tenant-of-the-test' } },
  locale: 'en-GB',
  deliveryMode: 'expectReplies',
  ...fields,
});

/** Posts the activity and returns the text of the bot's replies (an expectReplies answer), cards included. */
async function post(bot, activity) {
  const response = await fetch(`${bot.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  assert.ok(response.ok, `the bot answered ${response.status} to ${JSON.stringify(activity.text ?? activity.value ?? activity.type)}`);
  return activity.deliveryMode === 'expectReplies' ? JSON.stringify((await response.json()).activities) : '';
}

async function runJourney(bot) {
  const say = (text) => post(bot, teamsActivity({ text }));
  const submit = (value) => post(bot, teamsActivity({ value }));
  // The replies checked along the way show that each answer really went through the part of the bot that handles it.
  await post(bot, teamsActivity({ type: 'conversationUpdate', membersAdded: [person, { id: '28:backstrength' }] }));
  await say('hello');
  await submit({ action: 'acceptDisclaimer' });
  await submit({ action: 'submitSafetyCheck', redFlags: 'none' });
  assertSays(await submit({ action: 'submitAssessment', painNow: '7', painBelowKnee: 'false', experience: 'some',
    canGetToFloor: 'true', kneelingComfortable: 'true', equipment: 'band', minutes: '10', focus: 'lowerBack' }), says.plan);
  await say(typedHealthText);
  await say('start');
  await say('it hurts');
  await say('remind me tomorrow at 8');
  assertSays(await say('Europe/Berlin'), says.reminderSet);
  assertSays(await say('and since yesterday I cannot control my bladder'), says.seekHelpFor);
  // In a group chat the bot coaches no one, but the message still arrives with the person's name and words.
  await post(bot, teamsActivity(
    { text: `<at>BackStrength</at> ${typedHealthText}`, entities: [{ type: 'mention', mentioned: { id: '28:backstrength', name: 'BackStrength' }, text: '<at>BackStrength</at>' }] },
    { id: '19:group@thread.v2', conversationType: 'groupChat', isGroup: true }));
  // A reply that cannot be delivered (nothing listens at the service URL) is an error an operator must see.
  await post(bot, { ...teamsActivity({ text: typedHealthText }), deliveryMode: undefined });
  await say('forget me');
  assertSays(await submit({ action: 'forgetMeConfirm' }), says.erased);
}

for (const [levels, settings, lowestLevelWritten] of [
  ['the shipped log levels', {}, 'info:'],
  ['every category at Trace', { Logging__LogLevel__Default: 'Trace', 'Logging__LogLevel__Microsoft.AspNetCore': 'Trace' }, 'trce:'],
]) {
  describe(`the bot's console output with ${levels}`, async () => {
    const bot = await startBot({ ASPNETCORE_ENVIRONMENT: 'Production', ...settings });
    after(() => bot.stop());
    await runJourney(bot);
    const log = bot.log();

    test(`writes ${lowestLevelWritten} lines and nothing below`, () => {
      assert.ok(log.includes(lowestLevelWritten));
      const below = ['trce:', 'dbug:', 'info:'].slice(0, ['trce:', 'dbug:', 'info:'].indexOf(lowestLevelWritten));
      assert.deepEqual(below.filter((level) => log.includes(level)), []);
    });

    test('records the turns and the failed delivery, so operators still see what happened', () => {
      assert.match(log, /Handled a message activity in/);
      assert.match(log, /A reply to conversation a:personal-chat could not be delivered/);
    });

    test('names nothing the person typed or answered, nor who they are', () => {
      const found = secrets.filter((secret) => log.toLowerCase().includes(secret.toLowerCase()));
      assert.deepEqual(found, [], `the log contains ${found.join(', ')}`);
    });
  });
}
