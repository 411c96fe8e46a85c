// The Azure templates: they build and lint cleanly offline, the checked-in ARM JSON is their exact build output,
// and a deployment with either kind of bot identity creates what docs/deployment.md promises.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bicep, fromRepo } from './support/repo.mjs';
import { appSettingsOf, onlyResource, snapshotDeployment, testScope } from './support/snapshot.mjs';

const mainBicep = fromRepo('deploymentTemplates/main.bicep');
const readJson = (relativePath) => JSON.parse(readFileSync(fromRepo(relativePath), 'utf8'));
const storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe';
const keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6';
const roleAssignmentOn = (resources, resource) => {
  const matches = resources.filter((r) => r.type === 'Microsoft.Authorization/roleAssignments'
    && r.id.startsWith(`[extensionResourceId('${resource.id}', 'Microsoft.Authorization/roleAssignments'`));
  assert.equal(matches.length, 1, `expected one role assignment on ${resource.id}`);
  return matches[0];
};

describe('main.bicep', () => {
  test('lints without a single finding', () => {
    const result = bicep('lint', mainBicep);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(`${result.stdout}${result.stderr}`.trim(), '');
  });

  test('builds to exactly the checked-in azuredeploy.json', () => {
    const result = bicep('build', mainBicep, '--stdout');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr.trim(), '', 'bicep build reported diagnostics');
    assert.deepEqual(readJson('deploymentTemplates/azuredeploy.json'), JSON.parse(result.stdout),
      'azuredeploy.json is stale: run bash scripts/bicep.sh build deploymentTemplates/main.bicep --outfile deploymentTemplates/azuredeploy.json');
  });

  test('main.parameters.json sets only declared parameters, with allowed values, and every required one', () => {
    const declared = readJson('deploymentTemplates/azuredeploy.json').parameters;
    const { parameters } = readJson('deploymentTemplates/main.parameters.json');
    for (const [name, { value }] of Object.entries(parameters)) {
      assert.ok(declared[name], `${name} is not a parameter of main.bicep`);
      assert.ok(!declared[name].allowedValues || declared[name].allowedValues.includes(value),
        `${name}=${value} is not one of ${declared[name].allowedValues}`);
    }
    const missing = Object.keys(declared).filter((name) => !('defaultValue' in declared[name]) && !(name in parameters));
    assert.deepEqual(missing, []);
  });

  test('keeps the app password a secure parameter, out of every output', () => {
    const template = readJson('deploymentTemplates/azuredeploy.json');
    assert.equal(template.parameters.microsoftAppPassword.type, 'securestring');
    assert.doesNotMatch(JSON.stringify(template.outputs), /[Pp]assword/);
  });
});

describe('a deployment whose bot uses a user-assigned managed identity', () => {
  const { resources, outputs } = snapshotDeployment({ baseName: 'bstest' });
  const identity = onlyResource(resources, 'Microsoft.ManagedIdentity/userAssignedIdentities');
  const identityClientId = new RegExp(`reference\\('${identity.id}', '[^']+'\\)\\.clientId`);

  test('gives the web app that identity besides its own', () => {
    const site = onlyResource(resources, 'Microsoft.Web/sites');
    assert.equal(site.identity.type, 'SystemAssigned, UserAssigned');
    assert.deepEqual(Object.keys(site.identity.userAssignedIdentities), [identity.id]);
  });

  test('registers the bot with the identity and tells the app to use it, with no password', () => {
    const bot = onlyResource(resources, 'Microsoft.BotService/botServices');
    assert.equal(bot.properties.msaAppType, 'UserAssignedMSI');
    assert.equal(bot.properties.msaAppMSIResourceId, identity.id);
    assert.match(bot.properties.msaAppId, identityClientId);
    assert.equal(bot.properties.msaAppTenantId, testScope.tenantId);

    const settings = appSettingsOf(resources);
    assert.equal(settings.MicrosoftAppType, 'UserAssignedMSI');
    assert.match(settings.MicrosoftAppId, identityClientId);
    assert.equal(settings.MicrosoftAppTenantId, testScope.tenantId);
    assert.ok(!('MicrosoftAppPassword' in settings));
    assert.equal(resources.filter((r) => r.type === 'Microsoft.KeyVault/vaults/secrets').length, 0);
  });

  test('outputs the identity client id as the app id the Teams package needs', () => {
    assert.match(outputs.microsoftAppId, identityClientId);
    assert.match(outputs.botIdentityClientId, identityClientId);
  });

  test('outputs the names and addresses the deployment guide uses', () => {
    const site = onlyResource(resources, 'Microsoft.Web/sites');
    const bot = onlyResource(resources, 'Microsoft.BotService/botServices');
    const account = onlyResource(resources, 'Microsoft.Storage/storageAccounts');
    assert.equal(outputs.webAppName, site.name);
    assert.equal(outputs.botName, bot.name);
    assert.equal(outputs.storageAccountName, account.name);
    assert.match(outputs.webAppHostName, new RegExp(`^\\[reference\\('${site.id}', '[^']+'\\)\\.defaultHostName\\]$`));
    assert.match(outputs.messagingEndpoint, new RegExp(`^\\[reference\\('${bot.id}', '[^']+'\\)\\.endpoint\\]$`));
  });
});

describe('a deployment whose bot uses a single-tenant app registration', () => {
  const appId = '3c1c3a41-5d5c-4c3e-9d41-6a2f0b6f1a10';
  const { resources } = snapshotDeployment({
    baseName: 'bstest',
    microsoftAppType: 'SingleTenant',
    microsoftAppId: appId,
    microsoftAppPassword: 'not-a-real-secret',
  });

  test('creates no managed identity for the bot', () => {
    assert.equal(resources.filter((r) => r.type === 'Microsoft.ManagedIdentity/userAssignedIdentities').length, 0);
    assert.deepEqual(onlyResource(resources, 'Microsoft.Web/sites').identity, { type: 'SystemAssigned' });
  });

  test('registers the bot with the app registration and gives the app its id', () => {
    const bot = onlyResource(resources, 'Microsoft.BotService/botServices');
    assert.equal(bot.properties.msaAppType, 'SingleTenant');
    assert.equal(bot.properties.msaAppId, appId);
    assert.equal(bot.properties.msaAppMSIResourceId, null);

    const settings = appSettingsOf(resources);
    assert.equal(settings.MicrosoftAppType, 'SingleTenant');
    assert.equal(settings.MicrosoftAppId, appId);
  });

  test('keeps the client secret in Key Vault, and the app setting is only a reference to it', () => {
    const vault = onlyResource(resources, 'Microsoft.KeyVault/vaults');
    const secret = onlyResource(resources, 'Microsoft.KeyVault/vaults/secrets');
    assert.equal(secret.name, `${vault.name}/MicrosoftAppPassword`);
    // Snapshots never resolve secure values; the secret must still come from the password parameter.
    assert.match(secret.properties.value, /microsoftAppPassword|appPassword/);
    // The app reads <vault>/secrets/MicrosoftAppPassword, unversioned so a rotated secret is picked up.
    assert.equal(appSettingsOf(resources).MicrosoftAppPassword, "[format('@Microsoft.KeyVault(SecretUri={0})', "
      + `format('{0}secrets/{1}', reference('${vault.id}', '${vault.apiVersion}').vaultUri, 'MicrosoftAppPassword'))]`);
  });
});

describe('any deployment', () => {
  const { resources } = snapshotDeployment({ baseName: 'bstest' });
  const site = onlyResource(resources, 'Microsoft.Web/sites');
  const account = onlyResource(resources, 'Microsoft.Storage/storageAccounts');

  test('runs the bot on .NET 10 on Linux, HTTPS only, always on, health-checked', () => {
    assert.equal(site.kind, 'app,linux');
    assert.equal(onlyResource(resources, 'Microsoft.Web/serverfarms').properties.reserved, true);
    assert.equal(site.properties.httpsOnly, true);
    const config = site.properties.siteConfig;
    assert.equal(config.linuxFxVersion, 'DOTNETCORE|10.0');
    assert.equal(config.minTlsVersion, '1.2');
    assert.equal(config.ftpsState, 'Disabled');
    assert.equal(config.alwaysOn, true);
    assert.equal(config.healthCheckPath, '/healthz');
    assert.equal(config.remoteDebuggingEnabled, false);
  });

  test('takes code only through Entra sign-in: FTP and SCM user-name-and-password publishing are off', () => {
    const policies = resources.filter((r) => r.type === 'Microsoft.Web/sites/basicPublishingCredentialsPolicies');
    assert.deepEqual(policies.map((p) => [p.name, p.properties.allow]).sort(),
      [[`${site.name}/ftp`, false], [`${site.name}/scm`, false]]);
  });

  test('keeps the app\'s console and HTTP logs on its file system for a week, with no detailed error pages', () => {
    const logs = onlyResource(resources, 'Microsoft.Web/sites/config');
    assert.equal(logs.name, `${site.name}/logs`);
    assert.deepEqual(logs.properties.httpLogs.fileSystem, { enabled: true, retentionInDays: 7, retentionInMb: 35 });
    assert.equal(logs.properties.detailedErrorMessages.enabled, false);
    assert.equal(logs.properties.failedRequestsTracing.enabled, false);
    // Without a workspace nothing is sent anywhere else.
    assert.equal(resources.filter((r) => r.type === 'Microsoft.Insights/diagnosticSettings').length, 0);
  });

  test('erases for good: a deleted state blob leaves no soft-deleted copy, version or change-feed entry', () => {
    const blobService = onlyResource(resources, 'Microsoft.Storage/storageAccounts/blobServices');
    assert.deepEqual(blobService.properties, {
      deleteRetentionPolicy: { enabled: false },
      containerDeleteRetentionPolicy: { enabled: false },
      isVersioningEnabled: false,
      changeFeed: { enabled: false },
    });
  });

  test('keeps bot state in a private, HTTPS-only, TLS 1.2 account without shared keys', () => {
    assert.equal(account.kind, 'StorageV2');
    assert.equal(account.properties.minimumTlsVersion, 'TLS1_2');
    assert.equal(account.properties.supportsHttpsTrafficOnly, true);
    assert.equal(account.properties.allowBlobPublicAccess, false);
    assert.equal(account.properties.allowSharedKeyAccess, false);
    assert.equal(account.properties.allowCrossTenantReplication, false);
    const container = onlyResource(resources, 'Microsoft.Storage/storageAccounts/blobServices/containers');
    assert.equal(container.name, `${account.name}/default/botstate`);
    assert.equal(container.properties.publicAccess, 'None');
  });

  test("lets only the deploying organisation's Teams users in", () => {
    assert.equal(appSettingsOf(resources).Messages__AllowedTenantIds__0, testScope.tenantId);
  });

  test('lets every organisation in when the allowed tenant is set empty', () => {
    const open = snapshotDeployment({ baseName: 'bstest', allowedTeamsTenantId: '' });
    assert.ok(!('Messages__AllowedTenantIds__0' in appSettingsOf(open.resources)));
  });

  test('points the app at that blob container', () => {
    const settings = appSettingsOf(resources);
    assert.equal(settings.Storage__Provider, 'AzureBlob');
    assert.equal(settings.Storage__AzureBlob__Container, 'botstate');
    assert.match(settings.Storage__AzureBlob__AccountUri, new RegExp(`reference\\('${account.id}'.*\\.primaryEndpoints\\.blob`));
  });

  test("grants the web app's own identity Storage Blob Data Contributor on the account", () => {
    const assignment = roleAssignmentOn(resources, account);
    assert.equal(assignment.properties.roleDefinitionId,
      `/subscriptions/${testScope.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${storageBlobDataContributor}`);
    assert.equal(assignment.properties.principalId, `[reference('${site.id}', '${site.apiVersion}', 'full').identity.principalId]`);
    assert.equal(assignment.properties.principalType, 'ServicePrincipal');
  });

  test("keeps the bot's secrets in a Key Vault that only Azure roles open, and lets the web app's identity read them", () => {
    const vault = onlyResource(resources, 'Microsoft.KeyVault/vaults');
    assert.equal(vault.properties.enableRbacAuthorization, true);
    assert.equal(vault.properties.enableSoftDelete, true);
    assert.equal(vault.properties.accessPolicies, undefined);
    const assignment = roleAssignmentOn(resources, vault);
    assert.equal(assignment.properties.roleDefinitionId,
      `/subscriptions/${testScope.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${keyVaultSecretsUser}`);
    assert.equal(assignment.properties.principalId, `[reference('${site.id}', '${site.apiVersion}', 'full').identity.principalId]`);
    assert.equal(assignment.properties.principalType, 'ServicePrincipal');
  });

  test('sends Teams and Direct Line messages to the web app at /api/messages', () => {
    const bot = onlyResource(resources, 'Microsoft.BotService/botServices');
    assert.equal(bot.kind, 'azurebot');
    assert.equal(bot.properties.endpoint, `[format('https://{0}/api/messages', reference('${site.id}', '${site.apiVersion}').defaultHostName)]`);
    const channels = resources.filter((r) => r.type === 'Microsoft.BotService/botServices/channels');
    assert.deepEqual(channels.map((c) => c.properties.channelName).sort(), ['DirectLineChannel', 'MsTeamsChannel']);
    const directLine = channels.find((c) => c.properties.channelName === 'DirectLineChannel');
    assert.deepEqual(directLine.properties.properties.sites.map((s) => [s.isEnabled, s.isV3Enabled]), [[true, true]]);
  });
});

describe('a deployment given a Log Analytics workspace and a log retention', () => {
  const workspaceId = `/subscriptions/${testScope.subscriptionId}/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/central`;
  const { resources } = snapshotDeployment({ baseName: 'bstest', logAnalyticsWorkspaceId: workspaceId, appLogRetentionDays: 3 });
  const site = onlyResource(resources, 'Microsoft.Web/sites');
  const settings = resources.filter((r) => r.type === 'Microsoft.Insights/diagnosticSettings');
  const categoriesSentFor = (scope) => {
    const matching = settings.filter((setting) => setting.id.startsWith(`${scope}/providers/Microsoft.Insights/diagnosticSettings/`));
    assert.equal(matching.length, 1, `expected one diagnostic setting on ${scope}`);
    assert.equal(matching[0].properties.workspaceId, workspaceId);
    return matching[0].properties.logs.filter((log) => log.enabled).map((log) => log.category).sort();
  };

  test("sends the app's console, HTTP, platform and audit logs to that workspace", () => {
    assert.deepEqual(categoriesSentFor(site.id),
      ['AppServiceAuditLogs', 'AppServiceConsoleLogs', 'AppServiceHTTPLogs', 'AppServicePlatformLogs']);
  });

  test('sends every read, write and delete of the state blobs to that workspace, for audits', () => {
    const blobService = onlyResource(resources, 'Microsoft.Storage/storageAccounts/blobServices');
    assert.deepEqual(categoriesSentFor(blobService.id), ['StorageDelete', 'StorageRead', 'StorageWrite']);
  });

  test('keeps the file-system logs for the days given', () => {
    assert.equal(onlyResource(resources, 'Microsoft.Web/sites/config').properties.httpLogs.fileSystem.retentionInDays, 3);
  });
});

describe('docs/deployment.md', () => {
  const guide = readFileSync(fromRepo('docs/deployment.md'), 'utf8');
  const template = readJson('deploymentTemplates/azuredeploy.json');
  /** Names in the first column of the markdown table that follows a heading. */
  const tableNames = (heading) => {
    const section = guide.split(`### ${heading}\n`)[1].split('\n#')[0];
    return [...section.matchAll(/^\| `([A-Za-z0-9_]+)` \|/gm)].map(([, name]) => name);
  };

  test('documents exactly the parameters main.bicep takes', () => {
    assert.deepEqual(tableNames('Template parameters').sort(), Object.keys(template.parameters).sort());
  });

  test('documents exactly the outputs main.bicep gives', () => {
    assert.deepEqual(tableNames('Template outputs').sort(), Object.keys(template.outputs).sort());
  });

  test('documents every app setting the web app gets', () => {
    const documented = tableNames('App settings of the web app');
    const { resources } = snapshotDeployment({ baseName: 'bstest', microsoftAppType: 'SingleTenant', microsoftAppId: '3c1c3a41-5d5c-4c3e-9d41-6a2f0b6f1a10' });
    for (const name of Object.keys(appSettingsOf(resources))) {
      assert.ok(documented.includes(name), `app setting ${name} is missing from the configuration reference`);
    }
  });
});
