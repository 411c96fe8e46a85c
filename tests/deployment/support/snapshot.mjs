// What a deployment of main.bicep would create, worked out offline by `bicep snapshot` for given parameters:
// resources come back with names, settings and references resolved for a fictitious subscription.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { bicep, fromRepo } from './repo.mjs';

export const testScope = {
  tenantId: '72f988bf-0000-4000-8000-000000000001',
  subscriptionId: '00000000-0000-4000-8000-000000000002',
  resourceGroup: 'rg-backstrength-test',
  location: 'westeurope',
};

const bicepValue = (value) => (typeof value === 'number' ? String(value)
  : `'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`);

/** Returns { resources, outputs } predicted for a deployment of main.bicep with these parameter values. */
export function snapshotDeployment(parameters) {
  const folder = mkdtempSync(path.join(tmpdir(), 'backstrength-snapshot-'));
  try {
    // .bicepparam files must reference the template by a relative path.
    const template = path.relative(folder, fromRepo('deploymentTemplates/main.bicep')).split(path.sep).join('/');
    const lines = [`using '${template}'`, ...Object.entries(parameters).map(([name, value]) => `param ${name} = ${bicepValue(value)}`)];
    const parametersFile = path.join(folder, 'test.bicepparam');
    writeFileSync(parametersFile, `${lines.join('\n')}\n`);

    const result = bicep('snapshot', parametersFile, '--mode', 'overwrite',
      '--tenant-id', testScope.tenantId, '--subscription-id', testScope.subscriptionId,
      '--resource-group', testScope.resourceGroup, '--location', testScope.location);
    assert.equal(result.status, 0, `bicep snapshot failed:\n${result.stdout}${result.stderr}`);

    const snapshot = JSON.parse(readFileSync(path.join(folder, 'test.snapshot.json'), 'utf8'));
    assert.deepEqual(snapshot.diagnostics, []);
    return { resources: snapshot.predictedResources, outputs: snapshot.outputs };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The single predicted resource of a type; fails when there is none or more than one. */
export function onlyResource(resources, type) {
  const matches = resources.filter((resource) => resource.type === type);
  assert.equal(matches.length, 1, `expected exactly one ${type}, found ${matches.length}`);
  return matches[0];
}

/** App settings of the predicted web app as a name -> value map. */
export function appSettingsOf(resources) {
  const site = onlyResource(resources, 'Microsoft.Web/sites');
  return Object.fromEntries(site.properties.siteConfig.appSettings.map(({ name, value }) => [name, value]));
}
