// Builds the Teams app package: manifest.json (template filled in and schema-checked), color.png and
// outline.png, zipped at the archive's root. Usage (see docs/deployment.md):
//   bash scripts/build-teams-package.sh --app-id <guid> --domain <host> [--out artifacts/backstrength-teams.zip]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fillPlaceholders, readTemplate, validateManifest } from './manifest.mjs';
import { createZip } from './zip.mjs';

const usage = `Usage: bash scripts/build-teams-package.sh --app-id <guid> --domain <host> [options]

  --app-id <guid>          the bot's Microsoft App ID (deployment output microsoftAppId)
  --domain <host>          host name the bot is reached on, e.g. backstrength-abc.azurewebsites.net
  --teams-app-id <guid>    id of the Teams app itself (default: the bot's app id)
  --developer-name <name>  publisher shown in Teams (default: BackStrength)
  --website-url <url>      default: https://<domain>/
  --privacy-url <url>      default: https://<domain>/privacy.html (the bot's own page)
  --terms-url <url>        default: https://<domain>/terms.html (the bot's own page)
  --out <file>             default: artifacts/backstrength-teams.zip in the repository`;

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hostName = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const iconFolder = new URL('../../teamsAppPackage/', import.meta.url);
const defaultOut = fileURLToPath(new URL('../../artifacts/backstrength-teams.zip', import.meta.url));

/** Input the package cannot be built from; reported as a message, not a stack trace. */
class BuildRefused extends Error {}

function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'app-id': { type: 'string' },
      domain: { type: 'string' },
      'teams-app-id': { type: 'string' },
      'developer-name': { type: 'string', default: 'BackStrength' },
      'website-url': { type: 'string' },
      'privacy-url': { type: 'string' },
      'terms-url': { type: 'string' },
      out: { type: 'string', default: defaultOut },
    },
  });
  const appId = values['app-id'] ?? '';
  const teamsAppId = values['teams-app-id'] ?? appId;
  const domain = values.domain ?? '';
  if (!guid.test(appId) || !guid.test(teamsAppId)) {
    throw new BuildRefused('--app-id (and --teams-app-id, if given) must be GUIDs like 00000000-0000-0000-0000-000000000000.');
  }
  if (!hostName.test(domain)) {
    throw new BuildRefused(`--domain must be a bare host name such as backstrength-abc.azurewebsites.net (no https://, port or path); got "${domain}".`);
  }
  return {
    out: values.out,
    placeholders: {
      TEAMS_APP_ID: teamsAppId,
      BOT_APP_ID: appId,
      BOT_DOMAIN: domain,
      DEVELOPER_NAME: values['developer-name'],
      WEBSITE_URL: values['website-url'] ?? `https://${domain}/`,
      // Pages the bot serves itself (src/BackStrength.Bot/wwwroot), so the links in the app's details never 404.
      PRIVACY_URL: values['privacy-url'] ?? `https://${domain}/privacy.html`,
      TERMS_URL: values['terms-url'] ?? `https://${domain}/terms.html`,
    },
  };
}

async function main(argv) {
  const { out, placeholders } = readOptions(argv);
  const manifest = fillPlaceholders(readTemplate(), placeholders);
  const problems = await validateManifest(manifest);
  if (problems.length > 0) {
    throw new BuildRefused(`The manifest does not match the Teams schema ${manifest.manifestVersion}:\n  ${problems.join('\n  ')}`);
  }

  const zip = createZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    { name: 'color.png', data: readFileSync(new URL('color.png', iconFolder)) },
    { name: 'outline.png', data: readFileSync(new URL('outline.png', iconFolder)) },
  ]);
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, zip);
  console.log(`Teams app package written to ${out} (app id ${placeholders.TEAMS_APP_ID}, bot ${placeholders.BOT_APP_ID}, domain ${placeholders.BOT_DOMAIN}).`);
}

try {
  if (process.argv.includes('--help')) {
    console.log(usage);
  } else {
    await main(process.argv.slice(2));
  }
} catch (error) {
  // Bad input gets a plain message and the usage; anything else is a bug and keeps its stack trace.
  if (error instanceof BuildRefused || error.code?.startsWith('ERR_PARSE_ARGS_')) {
    console.error(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
