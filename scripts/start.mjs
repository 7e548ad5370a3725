#!/usr/bin/env node
// `pnpm start`: a local chain, a deployed and seeded demo city, the city's Polity server and the web
// app it serves. Builds the web app when its sources are newer than the build (the polity's contracts
// need no build: the SDK carries their bytecode), starts anvil (8545 if free), seeds the city through
// the SDK, starts an ERC-4337 bundler for residents' passkey accounts (Alto, packages/bundler; 4337 if
// free), starts the server (packages/server: embedded database in a fresh temporary directory,
// indexer, content service, sponsorship with this run's approval key, the app and its /config.json;
// 5173 if free), publishes the city's texts through it, prints the URL and the demo accounts, and
// stops everything it started on Ctrl-C or SIGTERM (or when starting fails).
// SIGHUP restarts the server on the same data and port (the browser tests show nothing is lost).
// Ports: POLITY_ANVIL_PORT, POLITY_BUNDLER_PORT and POLITY_WEB_PORT (0: any free port);
// POLITY_DEMO_INFO names a JSON file to write the URLs and ids to (the browser tests use it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const { startAnvil, seedCity, cityServerConfig, publishCityTexts, webBuild, portTaken, freePort, startCityBundler, sponsorKeyEnv, relayKeyEnv } = await import('../packages/demo/src/index.ts');
const { startServer, parseServerConfig, createServerLogger, openDatabase } = await import('../packages/server/src/index.ts');

async function choosePort(variable, preferred) {
  const asked = process.env[variable];
  if (asked) return Number(asked);
  return (await portTaken(preferred)) ? 0 : preferred;
}

const dataDir = mkdtempSync(join(tmpdir(), 'polity-demo-server-'));
let anvil;
let bundler;
let server;
let serverConfig;
let stopping = false;

async function stop(signal) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping the server, the bundler and anvil...`);
  await stopAll();
  process.exit(0);
}

async function stopAll() {
  await server?.stop().catch(() => {});
  await bundler?.stop().catch(() => {});
  await anvil?.stop().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
}
process.on('SIGINT', () => void stop('Ctrl-C'));
process.on('SIGTERM', () => void stop('SIGTERM'));

// SIGHUP: the server stops as it would for an upgrade and starts again on the same data and port.
let restarting = Promise.resolve();
process.on('SIGHUP', () => {
  restarting = restarting.then(async () => {
    if (stopping || !server) return;
    say('SIGHUP: restarting the server on the same data...');
    await server.stop();
    server = await startServer(serverConfig, { logger: quietLogger() });
    say(`the server is back at ${server.url}`);
  });
});

/** The server's request log would drown the start script's output: only warnings, on stderr. */
function quietLogger() {
  return createServerLogger({ level: process.env.POLITY_LOG_LEVEL ?? 'warn', stderr: true });
}

let city;
try {
  say(`starting a local chain (anvil)... (${elapsed()})`);
  anvil = await startAnvil({ port: await choosePort('POLITY_ANVIL_PORT', 8545) });
  // A new embedded database takes seconds to create: it is made while the city is seeded.
  const database = openDatabase({ dataDir });
  database.catch(() => {});
  city = await seedCity({ rpcUrl: anvil.url, onProgress: (message) => say(`${message}... (${elapsed()})`) });
  // Alto takes 5-10 s to answer: it starts while the server starts and indexes (its port chosen now,
  // so the app's /config.json can name it). If the start fails or is interrupted before it answers,
  // @polity/bundler stops it when this process exits.
  const bundlerPort = (await choosePort('POLITY_BUNDLER_PORT', 4337)) || (await freePort());
  say(`starting the bundler for residents' passkey accounts (Alto, port ${bundlerPort})... (${elapsed()})`);
  const bundlerStarted = startCityBundler({ rpcUrl: anvil.url, port: bundlerPort }).then((started) => (bundler = started));
  bundlerStarted.catch(() => {});
  // The server signs the city's sponsorship approvals with this run's key, read from its environment.
  process.env[sponsorKeyEnv] = city.sponsorship.approvalKey;
  // The relay sends residents' secret ballots from this run's relay account.
  process.env[relayKeyEnv] = city.secret.relayKey;
  say(`starting the city's server (embedded database, indexer, content service, web app)... (${elapsed()})`);
  serverConfig = parseServerConfig(
    cityServerConfig(city, { rpcUrl: anvil.url, chainId: anvil.chainId, dataDir, port: await choosePort('POLITY_WEB_PORT', 5173), webRoot: webBuild, bundlerUrl: `http://127.0.0.1:${bundlerPort}` }),
  );
  server = await startServer(serverConfig, { logger: quietLogger(), database: await database });
  serverConfig = { ...serverConfig, port: server.port };
  say(`publishing the city's texts through the server... (${elapsed()})`);
  await publishCityTexts(city, { serverUrl: server.url, rpcUrl: anvil.url });
  say(`indexing the city's history... (${elapsed()})`);
  await server.indexer?.synced();
  say(`waiting for the bundler to answer... (${elapsed()})`);
  await bundlerStarted;
} catch (error) {
  say(`could not start the demo: ${error instanceof Error ? error.message : String(error)}`);
  await stopAll();
  process.exit(1);
}

// The browser tests start this script and read where everything is from this file.
if (process.env.POLITY_DEMO_INFO) {
  const info = { url: server.url, serverUrl: server.url, rpcUrl: anvil.url, bundlerUrl: bundler.url, pid: process.pid, rounds: city.rounds, openProposal: city.openProposal, people: city.people, secretIdentities: city.secret.identities };
  writeFileSync(process.env.POLITY_DEMO_INFO, JSON.stringify(info, (_, value) => (typeof value === 'bigint' ? value.toString() : value), 2));
}
const lines = [
  '',
  `  ${city.name} is ready (${elapsed()}): ${server.url}`,
  '',
  `  chain     ${anvil.url} (chain id ${anvil.chainId}), ${city.stats.residents} residents, ${city.stats.ballots} ballots, ${city.stats.transactions} transactions`,
  `  server    ${server.url} (API: ${server.url}/openapi.json), embedded database in ${dataDir}`,
  `  bundler   ${bundler.url} (ERC-4337, Alto): residents' passkey accounts; the city pays from paymaster ${city.sponsorship.paymaster}`,
  `  rounds    #${city.rounds.finished} Green Wesoła (finished, funded) · #${city.rounds.points} Culture in Wesoła (voting, points) · #${city.rounds.voting} Stara Miłosna 2017 (voting) · #${city.rounds.secret} Neighbourhood ideas (voting, secret ballots)`,
  `  proposal  #1 night bus (open, with an override) and two executed ones`,
  '',
  '  Demo mode: pick anyone in the yellow bar ("Act as") — no wallet needed. Or import an anvil key into',
  '  a browser wallet (accounts from the mnemonic "test test ... junk"):',
  ...city.people.map((person) => `    ${person.name.padEnd(16)} ${person.address}  ${person.role}${person.district ? `, ${city.districts[person.district]}` : ''}`),
  '',
  '  Ctrl-C stops anvil, the bundler and the server; `kill -HUP ' + process.pid + '` restarts the server on the same data.',
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);
