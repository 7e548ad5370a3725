import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(web, '..');
export const infoFile = join(web, 'test-results', 'demo.json');
/** The start script's progress lines: a test that restarts the server waits here for "the server is back". */
export const logFile = join(web, 'test-results', 'demo.log');

/**
 * Starts the demo city exactly as `pnpm start` does (fresh anvil on a free port, seed, the city's
 * server with the built app on a free port) and stops it after the run.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  mkdirSync(join(web, 'test-results', 'screenshots'), { recursive: true });
  rmSync(infoFile, { force: true });
  rmSync(logFile, { force: true });
  // While working on one test: reuse a city already started with POLITY_DEMO_INFO (and its stderr in
  // POLITY_TEST_DEMO_LOG for the restart test) instead of seeding a new one.
  const reuse = process.env.POLITY_TEST_DEMO;
  if (reuse) {
    copyFileSync(reuse, infoFile);
    if (process.env.POLITY_TEST_DEMO_LOG) symlinkSync(process.env.POLITY_TEST_DEMO_LOG, logFile);
    return async () => {};
  }
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, POLITY_ANVIL_PORT: '0', POLITY_WEB_PORT: '0', POLITY_DEMO_INFO: infoFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const logStream = createWriteStream(logFile);
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    logStream.write(chunk);
  });
  // Generous: seeding takes about a minute alone, several when the machine is shared and busy.
  const deadline = Date.now() + 600_000;
  while (!existsSync(infoFile)) {
    if (child.exitCode !== null) throw new Error(`the demo city did not start:\n${log}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the demo city was not ready within 600 s:\n${log}`);
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  JSON.parse(readFileSync(infoFile, 'utf8'));
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    logStream.end();
  };
}
