#!/usr/bin/env node
// Makes a fresh machine (Node and npm, nothing else) ready for the command that called it:
// installs the workspace with the pinned pnpm when node_modules is missing or older than the
// lockfile, and, for `test`, Debian's Chromium for the browser tests. Quiet when nothing to do.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const purpose = process.argv[2] ?? 'run';
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager; // pnpm@x.y.z

function say(message) {
  process.stderr.write(`[polity] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    say(`\`${command} ${args.join(' ')}\` failed with exit code ${result.status}.`);
    process.exit(result.status ?? 1);
  }
}

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function installIsCurrent() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= statSync(join(root, 'pnpm-lock.yaml')).mtimeMs;
}

if (!installIsCurrent()) {
  say('installing dependencies (first run, or the lockfile changed)...');
  // The pinned pnpm from the npm registry; corepack cannot verify signatures on these machines.
  const pnpm = hasCommand('pnpm') ? ['pnpm', []] : ['npx', ['--yes', pinned]];
  run(pnpm[0], [...pnpm[1], 'install', '--frozen-lockfile', '--reporter=append-only'], {
    stdio: ['ignore', process.stderr, 'inherit'],
  });
}

if (purpose === 'test' && !process.env.POLITY_SKIP_BROWSER && !existsSync('/usr/bin/chromium')) {
  if (process.getuid?.() === 0 && hasCommand('apt-get')) {
    say("installing Debian's Chromium for the browser tests (apt-get install chromium)...");
    run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {
      stdio: ['ignore', process.stderr, 'inherit'],
    });
  } else {
    say('Chromium is missing and cannot be installed without root: run `sudo apt-get install -y chromium`,');
    say('or set POLITY_SKIP_BROWSER=1 to run everything but the browser tests.');
    process.exit(1);
  }
}

