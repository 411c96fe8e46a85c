// Paths and process helpers shared by the deployment tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const fromRepo = (...segments) => path.join(repoRoot, ...segments);

// Generous timeout: the machine running the tests may be busy with other builds.
const commandTimeoutMs = 180_000;

/** Runs a command from the repository root and returns its exit status and output. */
export function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', timeout: commandTimeoutMs });
  if (result.error) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the Bicep CLI through scripts/bicep.sh, which restores it from NuGet when missing. */
export const bicep = (...args) => run('bash', [fromRepo('scripts/bicep.sh'), ...args]);
