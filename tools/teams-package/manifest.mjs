// The Teams app manifest: filled in from teamsAppPackage/manifest.template.json and checked against the official
// schema that @microsoft/app-manifest ships for its manifestVersion (no network needed).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const templatePath = new URL('../../teamsAppPackage/manifest.template.json', import.meta.url);

const placeholder = /\$\{\{([A-Z_]+)\}\}/g;

export const readTemplate = () => JSON.parse(readFileSync(templatePath, 'utf8'));

/**
 * Replaces every ${{NAME}} in the template's strings with values[NAME]. Works on parsed JSON, so a value can
 * never break the document's structure. Throws when the template asks for a value that was not given.
 */
export function fillPlaceholders(template, values) {
  const fill = (node) => {
    if (typeof node === 'string') {
      return node.replace(placeholder, (_, name) => {
        if (values[name] === undefined) {
          throw new Error(`The manifest template needs a value for ${name}.`);
        }
        return values[name];
      });
    }
    if (Array.isArray(node)) {
      return node.map(fill);
    }
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  return fill(template);
}

/** Folder of @microsoft/app-manifest holding one sub-folder of schemas per manifest version ("v1.30", ...). */
export const teamsSchemaFolder = () =>
  path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

/** The official JSON schema for a Teams manifest version, e.g. "1.30". */
export const schemaFor = (manifestVersion) =>
  JSON.parse(readFileSync(path.join(teamsSchemaFolder(), `v${manifestVersion}`, 'MicrosoftTeams.schema.json'), 'utf8'));

/** Schema violations of a manifest, as readable messages; empty when it is valid. */
export async function validateManifest(manifest) {
  // Loaded on demand: only validation needs the npm package, reading the template does not.
  const { AppManifestUtils } = (await import('@microsoft/app-manifest')).default;
  return AppManifestUtils.validateAgainstSchema(manifest, schemaFor(manifest.manifestVersion));
}
