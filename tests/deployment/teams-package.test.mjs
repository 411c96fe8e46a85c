// The Teams app package as an admin would upload it: one command builds it for a given bot, the zip holds
// exactly the manifest and two icons at its root, and the manifest passes the official Teams schema.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromRepo, run } from './support/repo.mjs';
import { teamsSchemaFolder, validateManifest } from '../../tools/teams-package/manifest.mjs';

const botAppId = '3c1c3a41-5d5c-4c3e-9d41-6a2f0b6f1a10';
const domain = 'backstrength-test.azurewebsites.net';
const workFolder = mkdtempSync(path.join(tmpdir(), 'backstrength-teams-'));
after(() => rmSync(workFolder, { recursive: true, force: true }));

const buildPackage = (out, ...options) => run('bash', [fromRepo('scripts/build-teams-package.sh'), '--out', out, ...options]);
// unzip is an independent reader: it proves the archive opens outside our own code.
const unzip = (...args) => run('unzip', args);

describe('a package built for a bot', () => {
  const zipFile = path.join(workFolder, 'backstrength-teams.zip');
  const build = buildPackage(zipFile, '--app-id', botAppId, '--domain', domain);
  assert.equal(build.status, 0, build.stderr);
  const manifestText = unzip('-p', zipFile, 'manifest.json').stdout;
  const manifest = JSON.parse(manifestText);

  test('is a sound zip with exactly manifest.json, color.png and outline.png at its root', () => {
    assert.equal(unzip('-tq', zipFile).status, 0);
    const names = unzip('-Z1', zipFile).stdout.trim().split('\n').sort();
    assert.deepEqual(names, ['color.png', 'manifest.json', 'outline.png']);
  });

  test('carries the committed icons unchanged', () => {
    for (const icon of ['color.png', 'outline.png']) {
      const packed = run('bash', ['-c', `unzip -p "$1" "$2" | sha256sum`, '_', zipFile, icon]).stdout;
      const committed = run('sha256sum', [fromRepo('teamsAppPackage', icon)]).stdout;
      assert.equal(packed.split(' ')[0], committed.split(' ')[0], `${icon} differs from teamsAppPackage/${icon}`);
    }
  });

  test('validates against the official schema of the newest manifest version', async () => {
    assert.deepEqual(await validateManifest(manifest), []);
    assert.equal(manifest.$schema, `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    const versionsShipped = readdirSync(teamsSchemaFolder())
      .filter((name) => /^v\d+\.\d+$/.test(name))
      .map((name) => name.slice(1).split('.').map(Number))
      .sort(([a1, a2], [b1, b2]) => a1 - b1 || a2 - b2);
    assert.equal(manifest.manifestVersion, versionsShipped.at(-1).join('.'));
  });

  test('fills in every placeholder with the bot id, domain and developer links', () => {
    assert.doesNotMatch(manifestText, /\$\{\{/);
    assert.equal(manifest.id, botAppId);
    assert.equal(manifest.bots[0].botId, botAppId);
    assert.deepEqual(manifest.validDomains, [domain]);
    assert.equal(manifest.developer.websiteUrl, `https://${domain}/`);
    assert.equal(manifest.developer.privacyUrl, `https://${domain}/privacy.html`);
    assert.equal(manifest.developer.termsOfUseUrl, `https://${domain}/terms.html`);
  });

  test('links to privacy and terms pages the bot itself serves', () => {
    // An admin reviewing the app follows these links; a 404 there gets the app rejected.
    for (const url of [manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl]) {
      const page = fromRepo('src/BackStrength.Bot/wwwroot', new URL(url).pathname);
      assert.ok(existsSync(page), `${url} has no page in the bot's wwwroot`);
    }
  });

  test('offers the bot in personal chats, teams and group chats, with commands that do there what they say', () => {
    const [bot] = manifest.bots;
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    const commandsIn = (scope) => {
      const lists = bot.commandLists.filter((candidate) => candidate.scopes.includes(scope));
      assert.equal(lists.length, 1, `${scope} needs exactly one command list`);
      assert.ok(lists[0].commands.every((command) => command.description?.length > 10), 'every command needs a description');
      return lists[0].commands;
    };
    assert.deepEqual(commandsIn('personal').map((command) => command.title), ['start', 'easier', 'plan', 'my progress', 'help', 'forget me']);
    // In teams and group chats the bot coaches no one (others would read their health answers): it answers every
    // message with a link to a personal chat, so coaching commands there would promise what it does not do.
    for (const scope of ['team', 'groupChat']) {
      const commands = commandsIn(scope);
      assert.deepEqual(commands.map((command) => command.title), ['start']);
      assert.match(commands[0].description, /personal chat/);
    }
  });

  test('says plainly that it is education, not medical advice', () => {
    assert.match(manifest.description.full, /not medical advice/);
    assert.match(manifest.description.full, /doctor or physical therapist/);
  });

  test('tells people before they install it what it keeps, where, and how to erase it', () => {
    // An admin approving the app and a person adding it read only this text: it must not promise more privacy than
    // the bot gives (the organisation's deployment does store the answers) and must name the way out.
    const text = manifest.description.full;
    assert.match(text, /keeps your answers to its check-in questions \(such as your pain level\)/);
    assert.match(text, /your organisation's own deployment/);
    assert.match(text, /Type "forget me" to delete all of it/);
    assert.match(text, /30 days unless your organisation chose otherwise/);
    assert.doesNotMatch(text, /between the two of you|never stored|anonymous/i);
  });

  test('asks Teams for nothing beyond a bot: no files, no SSO, no device or resource-specific permissions', () => {
    const [bot] = manifest.bots;
    assert.equal(bot.supportsFiles, false);
    assert.equal(bot.isNotificationOnly, false);
    for (const field of ['webApplicationInfo', 'permissions', 'devicePermissions', 'authorization', 'staticTabs', 'configurableTabs', 'composeExtensions']) {
      assert.equal(manifest[field], undefined, `${field} would need its own review`);
    }
  });
});

test('custom developer details and a separate Teams app id end up in the manifest', () => {
  const zipFile = path.join(workFolder, 'custom.zip');
  const teamsAppId = '9a0e6bd4-6a41-4c55-8f7e-2b8a8f6c2d01';
  const build = buildPackage(zipFile, '--app-id', botAppId, '--teams-app-id', teamsAppId, '--domain', domain,
    '--developer-name', 'Contoso Wellbeing', '--privacy-url', 'https://contoso.example/privacy');
  assert.equal(build.status, 0, build.stderr);
  const manifest = JSON.parse(unzip('-p', zipFile, 'manifest.json').stdout);
  assert.equal(manifest.id, teamsAppId);
  assert.equal(manifest.bots[0].botId, botAppId);
  assert.equal(manifest.developer.name, 'Contoso Wellbeing');
  assert.equal(manifest.developer.privacyUrl, 'https://contoso.example/privacy');
});

describe('the package build refuses', () => {
  const refused = (...options) => {
    const out = path.join(workFolder, 'refused.zip');
    const result = buildPackage(out, ...options);
    assert.equal(result.status, 2, `expected a refusal, got:\n${result.stdout}${result.stderr}`);
    assert.equal(existsSync(out), false, 'nothing may be written when the build is refused');
    return result.stderr;
  };

  test('an app id that is not a GUID', () => {
    assert.match(refused('--app-id', 'my-bot', '--domain', domain), /--app-id .* must be GUIDs/);
  });

  test('a domain given as a URL', () => {
    assert.match(refused('--app-id', botAppId, '--domain', `https://${domain}/api/messages`), /--domain must be a bare host name/);
  });

  test('values that break the Teams schema, naming the field', () => {
    assert.match(refused('--app-id', botAppId, '--domain', domain, '--developer-name', 'A developer name far longer than Teams allows'),
      /\/developer\/name must NOT have more than 32 characters/);
  });
});
