// What the README's Privacy section, the administrators' guide and the Teams manifest tell people about retention
// must be what the code and the templates do: an admin signs off on these numbers, so a changed default that the
// texts do not follow fails here.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromRepo } from './support/repo.mjs';

const read = (relativePath) => readFileSync(fromRepo(relativePath), 'utf8');
const readme = read('README.md');
const privacy = readme.split('\n## Privacy\n')[1].split('\n## ')[0];
const guide = read('docs/deployment.md');
const forAdmins = guide.split('\n## For Teams administrators\n')[1].split('\n## ')[0];
const privacyPage = read('src/BackStrength.Bot/wwwroot/privacy.html');
const manifestDescription = JSON.parse(read('teamsAppPackage/manifest.template.json')).description.full;
const template = JSON.parse(read('deploymentTemplates/azuredeploy.json'));

/** The number in a C# default such as `= TimeSpan.FromDays(30);` or `= 12;` that follows the given member name. */
const csharpDefault = (relativePath, member) => {
  const match = read(relativePath).match(new RegExp(`\\b${member}\\s*(?:\\{ get; set; \\})?\\s*=\\s*(?:TimeSpan\\.From(\\w+)\\()?(\\d+)`));
  assert.ok(match, `${member} has no default in ${relativePath}`);
  return { unit: match[1]?.toLowerCase(), value: Number(match[2]) };
};

describe('the retention people are told about', () => {
  const expiry = csharpDefault('src/BackStrength.Storage/Configuration/StorageOptions.cs', 'IdleStateExpiry');
  const purge = csharpDefault('src/BackStrength.Storage/Configuration/StorageOptions.cs', 'IdlePurgeInterval');
  const history = csharpDefault('src/BackStrength.Bot/State/UserProfile.cs', 'HistoryLimit');
  const directLineIdle = csharpDefault('src/BackStrength.DirectLine/DirectLineOptions.cs', 'IdleTimeout');

  test('is the idle expiry the store applies', () => {
    assert.equal(expiry.unit, 'days');
    const days = `${expiry.value} days`;
    assert.match(privacy, new RegExp(`Storage:IdleStateExpiry\` \\(${days}\\)`));
    assert.match(forAdmins, new RegExp(`The ${days} are \`Storage__IdleStateExpiry\``));
    assert.match(forAdmins, new RegExp(`or ${days} after it last changed`));
    assert.match(manifestDescription, new RegExp(`\\(${days} unless your organisation chose otherwise\\)`));
    assert.match(privacyPage, new RegExp(`${days} after it last changed`));
  });

  test('is the purge interval and the length of the session history the bot applies', () => {
    assert.deepEqual(purge, { unit: 'hours', value: 1 });
    assert.match(privacy, /`Storage:IdlePurgeInterval` \(1 hour\)/);
    assert.match(forAdmins, /the purge runs every\nhour/);
    assert.match(privacy, new RegExp(`their last ${history.value} sessions`));
    assert.match(forAdmins, new RegExp(`their last ${history.value} sessions`));
  });

  test("is how long the local Direct Line channel keeps an idle web chat's messages", () => {
    assert.deepEqual(directLineIdle, { unit: 'hours', value: 1 });
    assert.match(privacy, /`DirectLine:IdleTimeout` \(1 hour\)/);
  });

  test('is the log retention the template deploys', () => {
    const days = template.parameters.appLogRetentionDays.defaultValue;
    assert.match(forAdmins, new RegExp(`\`appLogRetentionDays\` \\(${days}\\)`));
  });
});

describe('the administrators\' guide', () => {
  test('covers the catalog upload, the permissions, the data kept and what leaves the tenant', () => {
    const headings = [...forAdmins.matchAll(/^### (.+)$/gm)].map(([, heading]) => heading);
    assert.deepEqual(headings, [
      "Add it to your organisation's app catalog",
      'What the app asks Teams for, and why',
      'Data it keeps, and how long',
      'What leaves your Microsoft 365 tenant',
    ]);
  });

  test('states the permissions the manifest actually asks for', () => {
    const manifest = JSON.parse(read('teamsAppPackage/manifest.template.json'));
    for (const scope of manifest.bots[0].scopes) {
      assert.match(forAdmins, new RegExp(`\\b${{ personal: 'personal chats', team: 'teams', groupChat: 'group chats' }[scope]}\\b`));
    }
    assert.equal(manifest.webApplicationInfo, undefined, 'the guide says the app has no single sign-on and no Entra permissions');
    assert.match(forAdmins, /No Entra app permissions and no single sign-on/);
    assert.equal(manifest.bots[0].supportsFiles, false);
    assert.match(forAdmins, /`supportsFiles: false`/);
  });
});
