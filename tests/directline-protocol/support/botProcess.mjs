// Starts the built bot (src/BackStrength.Bot/bin/Debug/net10.0) on a free loopback port for a test run.
// Build it first (dotnet build src/BackStrength.Bot). BACKSTRENGTH_BOT_DIR points at another build folder.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const botDirectory = process.env.BACKSTRENGTH_BOT_DIR ?? resolve(repositoryRoot, 'src/BackStrength.Bot/bin/Debug/net10.0');
const startupPatience = 90_000;

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

async function waitUntilHealthy(baseUrl, exited) {
  const deadline = Date.now() + startupPatience;
  while (Date.now() < deadline) {
    if (exited.code !== undefined) {
      throw new Error(`The bot exited with code ${exited.code} before it was ready`);
    }
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`The bot did not become healthy within ${startupPatience / 1000}s`);
}

/**
 * Runs the bot with extra configuration (environment variables, e.g. DirectLine__TokenLifetime), on a free
 * port or the given one (to restart a bot where its page expects it).
 * Development environment, as `dotnet run` uses, so the page's static files are found from the build output.
 */
export async function startBot(settings = {}, { port = undefined } = {}) {
  port ??= await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', ['BackStrength.Bot.dll', '--urls', baseUrl], {
    cwd: botDirectory,
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', Storage__Provider: 'Memory', ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  const exited = {};
  child.on('exit', (code) => { exited.code = code; });

  try {
    await waitUntilHealthy(baseUrl, exited);
  } catch (error) {
    child.kill();
    throw new Error(`${error.message}\n${Buffer.concat(output).toString()}`);
  }

  return {
    baseUrl,
    log: () => Buffer.concat(output).toString(),
    async stop() {
      if (exited.code === undefined) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    },
  };
}

/** The page's own first step: POST /api/directline/token. */
export async function fetchPageToken(baseUrl) {
  const response = await fetch(`${baseUrl}/api/directline/token`, { method: 'POST' });
  if (!response.ok) {
    throw new Error(`Token request failed: ${response.status}`);
  }
  return response.json();
}
