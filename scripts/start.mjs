#!/usr/bin/env node
// `pnpm start`: a local chain, a deployed and seeded demo city, and the web app served against it.
// Builds the web app when its sources are newer than the build (the polity's contracts need no
// build: the SDK carries their bytecode), starts anvil (8545 if free), seeds the city through the
// SDK, serves the app (5173 if free), prints the URL and the demo accounts, and stops everything it
// started on Ctrl-C. Ports: POLITY_ANVIL_PORT and POLITY_WEB_PORT (0: any free port);
// POLITY_DEMO_INFO names a JSON file to write the URLs and ids to (the browser tests use it).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const say = (message) => process.stderr.write(`[polity] ${message}\n`);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).filter((name) => name !== 'node_modules' && name !== 'paraglide').map((name) => newest(join(path, name))));
}

const build = join(root, 'web/build/200.html');
const sources = ['web/src', 'web/messages', 'web/static', 'web/vite.config.ts', 'web/svelte.config.js', 'packages/sdk/src'].map((path) => newest(join(root, path)));
if (!existsSync(build) || Math.max(...sources) > statSync(build).mtimeMs) {
  say('building the web app (vite build)...');
  const result = spawnSync('pnpm', ['--filter', '@polity/web', 'run', 'build'], { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });
  if (result.status !== 0) {
    say('the web app did not build: see the errors above.');
    process.exit(1);
  }
}

register();
const { startDemo, portTaken } = await import('../packages/demo/src/index.ts');

async function choosePort(variable, preferred) {
  const asked = process.env[variable];
  if (asked) return Number(asked);
  return (await portTaken(preferred)) ? 0 : preferred;
}

let demo;
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping the web server and anvil...`);
  await demo?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop('Ctrl-C'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  demo = await startDemo({
    anvilPort: await choosePort('POLITY_ANVIL_PORT', 8545),
    webPort: await choosePort('POLITY_WEB_PORT', 5173),
    onProgress: (message) => say(`${message}... (${elapsed()})`),
  });
} catch (error) {
  say(`could not start the demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const { city, anvil, server } = demo;
// The browser tests start this script and read where everything is from this file.
if (process.env.POLITY_DEMO_INFO) {
  const info = { url: server.url, rpcUrl: anvil.url, rounds: city.rounds, openProposal: city.openProposal, people: city.people };
  writeFileSync(process.env.POLITY_DEMO_INFO, JSON.stringify(info, (_, value) => (typeof value === 'bigint' ? value.toString() : value), 2));
}
const lines = [
  '',
  `  ${city.name} is ready (${elapsed()}): ${server.url}`,
  '',
  `  chain     ${anvil.url} (chain id ${anvil.chainId}), ${city.stats.residents} residents, ${city.stats.ballots} ballots, ${city.stats.transactions} transactions`,
  `  rounds    #${city.rounds.finished} Green Wesoła (finished, funded) · #${city.rounds.points} Culture in Wesoła (voting, points) · #${city.rounds.voting} Stara Miłosna 2017 (voting)`,
  `  proposal  #1 night bus (open, with an override) and two executed ones`,
  '',
  '  Demo mode: pick anyone in the yellow bar ("Act as") — no wallet needed. Or import an anvil key into',
  '  a browser wallet (accounts from the mnemonic "test test ... junk"):',
  ...city.people.map((person) => `    ${person.name.padEnd(16)} ${person.address}  ${person.role}${person.district ? `, ${city.districts[person.district]}` : ''}`),
  '',
  '  Ctrl-C stops anvil and the web server.',
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);
