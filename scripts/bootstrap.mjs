#!/usr/bin/env node
// Makes a fresh machine (Node and npm, nothing else) ready for the command that called it, then runs
// it: `node scripts/bootstrap.mjs <purpose> [script.mjs args...]`.
//
// - pnpm: the one on the PATH, else the pinned version installed once into .polity/tools (no global
//   install, no root needed; corepack cannot verify signatures on these machines). Every child process
//   gets it on its PATH, so the scripts below can call `pnpm` whatever the machine has.
// - the workspace's dependencies, when node_modules is missing or older than the lockfile;
// - for `test`, Debian's Chromium for the browser tests and PostgreSQL for the server's tests (and
//   PostgreSQL for `bench`).
// Quiet when there is nothing to do.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [purpose = 'run', script, ...scriptArgs] = process.argv.slice(2);
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager; // pnpm@x.y.z
const localTools = join(root, '.polity', 'tools');

function say(message) {
  process.stderr.write(`[polity] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', process.stderr, 'inherit'], ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    say(`\`${command} ${args.join(' ')}\` failed with exit code ${result.status}.`);
    process.exit(result.status ?? 1);
  }
}

function hasCommand(command, env = process.env) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore', env }).status === 0;
}

/** An environment whose PATH has pnpm, installing the pinned version locally if the machine has none. */
function withPnpm() {
  if (hasCommand('pnpm')) return process.env;
  const bin = join(localTools, 'node_modules', '.bin');
  const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
  if (!existsSync(join(bin, 'pnpm'))) {
    say(`installing ${pinned} into .polity/tools (this machine has no pnpm)...`);
    run('npm', ['install', '--prefix', localTools, '--no-save', '--no-package-lock', pinned]);
  }
  return env;
}

function installIsCurrent() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= statSync(join(root, 'pnpm-lock.yaml')).mtimeMs;
}

const env = withPnpm();

if (!installIsCurrent()) {
  say('installing dependencies (first run, or the lockfile changed)...');
  run('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only'], { env });
}

/** Debian's PostgreSQL server (not only its client, which some machines have): an initdb to run. */
function hasPostgresServer() {
  const base = '/usr/lib/postgresql';
  return existsSync(base) && readdirSync(base).some((version) => existsSync(join(base, version, 'bin', 'initdb')));
}

/** Debian packages a purpose needs, with the file that shows each is there. */
function debianPackagesFor(purpose) {
  const wanted = [];
  // The server's tests compare the embedded database with a real PostgreSQL server they start.
  if ((purpose === 'test' || purpose === 'bench') && !hasPostgresServer()) wanted.push('postgresql');
  if (purpose === 'test' && !process.env.POLITY_SKIP_BROWSER && !existsSync('/usr/bin/chromium')) wanted.push('chromium');
  return wanted;
}

const debianPackages = debianPackagesFor(purpose);
if (debianPackages.length > 0) {
  if (process.getuid?.() === 0 && hasCommand('apt-get')) {
    say(`installing Debian's ${debianPackages.join(' and ')} for the tests (apt-get install ${debianPackages.join(' ')})...`);
    run('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackages.join(' ')} >/dev/null`]);
  } else {
    say(`${debianPackages.join(' and ')} ${debianPackages.length === 1 ? 'is' : 'are'} missing and cannot be installed without root: run \`sudo apt-get install -y ${debianPackages.join(' ')}\`,`);
    say('or set POLITY_SKIP_BROWSER=1 to run everything but the browser tests.');
    process.exit(1);
  }
}

if (script) {
  const child = spawn(process.execPath, [join(root, script), ...scriptArgs], { cwd: root, stdio: 'inherit', env });
  // The script decides what an interruption means (pnpm start stops its chain and server first).
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
