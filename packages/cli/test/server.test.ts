/**
 * The city's server from the command line: `serve --init` writes a configuration from a polity file,
 * `serve` runs it until SIGTERM and refuses a broken one; `open-round --server` publishes every text
 * before its hash goes on chain (and sends nothing when the server cannot take them), and `publish`
 * brings an earlier round's texts to the server. Commands run as separate processes against anvil; the
 * server they publish to runs in this process (startServer, port 0, its own embedded database).
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createPublicClient, http, type PublicClient } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProjects, getRound, getRoundCount, readContent, type PolityAddresses } from '@polity/sdk';
import { createServerLogger, loadServerConfig, startServer, type RunningServer } from '@polity/server';
import type { LocalAnvil } from '../src/chain/anvil.js';
import { readPolityFile } from '../src/polity-file.js';
import { csvData, pabulib, polity, stackTrace, startAnvil, startPolity, workspace } from './cli.js';

/** anvil's sixth development account: neither council nor resident of the polity. */
const strangerKey = '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba';
const council = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

describe('serve, --server and publish', () => {
  let anvil: LocalAnvil;
  let cwd: string;
  let server: RunningServer;
  let chain: PublicClient;
  let addresses: PolityAddresses;
  const run = (...args: string[]) => polity(args, { cwd, env: { POLITY_RPC_URL: anvil.url } });

  beforeAll(async () => {
    anvil = await startAnvil();
    cwd = workspace();
    copyFileSync(join(csvData, 'projects.csv'), join(cwd, 'projects.csv'));
    // An earlier round's projects: texts of their own, so that `publish` has something new to send.
    writeFileSync(join(cwd, 'earlier.csv'), 'title,cost,description\nBenches on the promenade,20000,Twelve benches facing the river.\nA drinking fountain,8000,By the playground on Szkolna street.\n');
    const deployed = await run('deploy', '--name', 'Wesoła', '--council-opens-rounds');
    expect(deployed.stderr).not.toContain('error:');
    addresses = (await readPolityFile('wesola', { cwd, env: {}, out: () => {}, err: () => {} })).polity;
    chain = createPublicClient({ transport: http(anvil.url) });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await anvil?.stop();
  });

  it('serve --init writes a configuration from the polity file, with its database beside it', async () => {
    const { status, stdout } = await run('serve', '--init', 'city/polity-server.json', '--polity', 'wesola', '--rpc', anvil.url);
    expect(status).toBe(0);
    expect(stdout).toContain(`wrote city/polity-server.json: the Polity server for "Wesoła" (chain 31337, registry ${addresses.registry})`);
    expect(stdout).toContain('database  embedded, in city/polity-server-data');
    expect(stdout).toContain('start it with: pnpm polity serve --config city/polity-server.json');
    const written = JSON.parse(readFileSync(join(cwd, 'city', 'polity-server.json'), 'utf8')) as { chain: { rpcUrls: string[] }; polity: { rounds: string; deployedAtBlock: string }; database: { dataDir: string } };
    expect(written.chain.rpcUrls).toEqual([anvil.url]);
    expect(written.polity.rounds).toBe(addresses.rounds);
    expect(written.polity.deployedAtBlock).toBe(addresses.deployedAtBlock?.toString());
    const again = await run('serve', '--init', 'city/polity-server.json', '--polity', 'wesola');
    expect(again.status).toBe(2);
    expect(again.stderr).toBe('error: city/polity-server.json exists already\nPass --force to overwrite it, or another file name.\n');

    // The server the publishing tests below use, from that very file (on a free port).
    const config = loadServerConfig(join(cwd, 'city', 'polity-server.json'));
    expect(config.database.dataDir).toBe(join(cwd, 'city', 'polity-server-data'));
    server = await startServer({ ...config, port: 0 }, { logger: createServerLogger({ level: 'silent' }) });
  }, 120_000);

  it('serve starts, answers /health, refuses a second server on its database, and stops on SIGTERM, leaving nothing running', async () => {
    const config = JSON.parse(readFileSync(join(cwd, 'city', 'polity-server.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(cwd, 'serve.json'), JSON.stringify({ ...config, port: 0, database: { dataDir: 'serve-data' } }));
    const serving = startPolity(['serve', '--config', 'serve.json'], { cwd });
    try {
      const [, url] = await serving.waitForOutput(/^Polity server listening at (http:\/\/\S+)$/m);
      expect(serving.stdout()).toContain(`polity: ${addresses.registry} on chain 31337\ndatabase: embedded (PGlite) in serve-data\n`);
      expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
      expect(existsSync(join(cwd, 'serve-data.lock'))).toBe(true);
      // A second server on the same embedded database would lose writes: it is refused.
      const second = await run('serve', '--config', 'serve.json');
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`error: another server (process ${serving.child.pid}) has the embedded database in ${join(cwd, 'serve-data')} open\n`);

      serving.child.kill('SIGTERM');
      const { status, signal, stdout, stderr } = await serving.ended;
      expect({ status, signal }).toEqual({ status: 0, signal: null });
      expect(stdout.endsWith('stopped\n')).toBe(true);
      expect(stderr).toContain('SIGTERM: stopping');
      await expect(fetch(`${url}/health`)).rejects.toThrow();
      expect(existsSync(join(cwd, 'serve-data.lock'))).toBe(false);
      expect(isRunning(serving.child.pid!)).toBe(false);
    } finally {
      if (serving.child.exitCode === null) serving.child.kill('SIGKILL');
    }
  }, 120_000);

  it('refuses a broken configuration, naming each field to fix', async () => {
    writeFileSync(join(cwd, 'broken.json'), JSON.stringify({ port: 'eighty', chain: { id: 31337, rpcUrls: [] }, polity: { registry: '0x1234' } }));
    const { status, stdout, stderr } = await run('serve', '--config', 'broken.json');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    for (const field of ['port:', 'chain.rpcUrls: needs at least one RPC URL', 'polity.registry: is not an address', 'polity.governor:']) expect(stderr).toContain(field);
    expect(stderr).toContain('Fix broken.json and start it again');
    expect(stderr).not.toMatch(stackTrace);
    const missing = await run('serve', '--config', 'nowhere.json');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read the configuration file');
  }, 60_000);

  it('says what to check when the PostgreSQL server cannot be reached, without printing its password', async () => {
    const port = await closedPort();
    const { status, stderr } = await polity(['serve', '--config', 'serve.json'], { cwd, env: { DATABASE_URL: `postgres://polity:hunter2@127.0.0.1:${port}/city` } });
    expect(status).toBe(1);
    expect(stderr).toContain(`error: the PostgreSQL server at 127.0.0.1:${port}/city cannot be reached`);
    expect(stderr).toContain('Check DATABASE_URL');
    expect(stderr).not.toContain('hunter2');
  }, 60_000);

  it('open-round --server publishes the round\'s and its projects\' texts, readable by the hashes on chain', async () => {
    const earlier = await run('open-round', 'earlier.csv', '--polity', 'wesola', '--budget', '50000', '--yes');
    expect(earlier.status).toBe(0);
    expect(earlier.stdout).not.toMatch(/^published/m);

    const { status, stdout } = await run('open-round', 'projects.csv', '--polity', 'wesola', '--budget', '250000', '--description', 'Wesoła 2027: what should the city build?', '--server', server.url, '--yes');
    expect(status).toBe(0);
    expect(stdout).toContain(`published 6 texts on ${server.url}\nopened round 2\n`);
    const round = await getRound(chain, { polity: addresses, roundId: 2n });
    expect((await readContent(server.url, round.config.descriptionHash))?.text).toBe('Wesoła 2027: what should the city build?');
    const projects = await getProjects(chain, { polity: addresses, roundId: 2n });
    expect(projects).toHaveLength(5);
    const texts = await Promise.all(projects.map(async (project) => (await readContent(server.url, project.descriptionHash))?.text));
    expect(texts[0]).toBe('# Youth recreation park\n\nA park for teenagers: skate ramps, a climbing wall and benches under the pines.\n');
    expect(texts.every((text) => text?.startsWith('# '))).toBe(true);
    // The earlier round's texts stayed on this machine only.
    expect(await readContent(server.url, (await getProjects(chain, { polity: addresses, roundId: 1n }))[0]!.descriptionHash)).toBeUndefined();
  }, 120_000);

  it('publish sends an earlier round\'s texts once (a second run finds them all there), and lists the texts a stranger may not publish', async () => {
    const file = '.polity/wesola-round-1-projects.json';
    const stranger = await polity(['publish', '--server', server.url, '--polity', 'wesola', file], { cwd, env: { POLITY_RPC_URL: anvil.url, POLITY_PRIVATE_KEY: strangerKey } });
    expect(stranger.status).toBe(1);
    expect(stranger.stdout).toContain('wesola-round-1-projects.json: 0 published, 0 already there, 3 refused\n');
    expect(stranger.stdout).toMatch(/ {2}refused: project 0 of round 1 \("Benches on the promenade"\): .+ \(403 [a-z_]+\)\n/);
    expect(stranger.stderr).toContain('error: the server refused 3 texts (listed above)');

    const first = await run('publish', '--server', server.url, '--polity', 'wesola', file);
    expect({ status: first.status, stderr: first.stderr }).toMatchObject({ status: 0 });
    expect(first.stdout).toBe(`wesola-round-1-projects.json: 3 published, 0 already there, 0 refused\nserver: ${server.url}\n`);
    expect(first.stderr).toContain('texts: 3/3 (100%)');
    const projects = await getProjects(chain, { polity: addresses, roundId: 1n });
    expect((await readContent(server.url, projects[1]!.descriptionHash))?.text).toBe('# A drinking fountain\n\nBy the playground on Szkolna street.\n');
    const round = await getRound(chain, { polity: addresses, roundId: 1n });
    expect((await readContent(server.url, round.config.descriptionHash))?.text).toBe('Wesoła: participatory budget');

    const second = await run('publish', '--server', server.url, '--polity', 'wesola', file, '.polity/wesola-round-2-projects.json');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('wesola-round-1-projects.json: 0 published, 3 already there, 0 refused\nwesola-round-2-projects.json: 0 published, 6 already there, 0 refused\nall 2 files: 0 published, 9 already there, 0 refused\n');
  }, 120_000);

  it('stops before any transaction when the server cannot be reached', async () => {
    const rounds = await getRoundCount(chain, { polity: addresses });
    const nonce = await chain.getTransactionCount({ address: council });
    const port = await closedPort();
    const { status, stderr } = await run('open-round', 'projects.csv', '--polity', 'wesola', '--budget', '250000', '--server', `http://127.0.0.1:${port}`, '--yes');
    expect(status).toBe(1);
    expect(stderr).toContain(`error: the Polity server cannot be reached at http://127.0.0.1:${port}: connection refused\n`);
    expect(stderr).toContain('Nothing was sent to the chain');
    expect(await getRoundCount(chain, { polity: addresses })).toBe(rounds);
    expect(await chain.getTransactionCount({ address: council })).toBe(nonce);
    const notUrl = await run('open-round', 'projects.csv', '--polity', 'wesola', '--budget', '250000', '--server', 'polity.example.org', '--yes');
    expect(notUrl.status).toBe(2);
    expect(notUrl.stderr).toContain("error: --server is 'polity.example.org', which is not an http:// or https:// URL");
  }, 120_000);

  it('replay --server: refused by a server of another polity after deploying, it continues once a server of its own polity runs', async () => {
    const election = join(pabulib, 'poland_warszawa_2017_plac-wojska-polskiego.pb');
    const journal = '.polity/replay-poland-warszawa-2017-plac-wojska-polskiego-31337.json';
    const refused = await run('replay', election, '--server', server.url);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`error: the Polity server at ${server.url} refused the round's description: `);
    expect(refused.stderr).toContain(`write its configuration with \`polity serve --init <file> --polity ${journal}\``);
    const recorded = JSON.parse(readFileSync(join(cwd, journal), 'utf8')) as { polity?: PolityAddresses; roundId?: string };
    expect(recorded.polity?.registry).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(recorded.roundId).toBeUndefined();

    expect((await run('serve', '--init', 'replay-server.json', '--polity', journal, '--rpc', anvil.url)).status).toBe(0);
    const own = await startServer({ ...loadServerConfig(join(cwd, 'replay-server.json')), port: 0 }, { logger: createServerLogger({ level: 'silent' }) });
    try {
      const resumed = await run('replay', election, '--server', own.url);
      expect({ status: resumed.status, stderr: resumed.stderr }).toMatchObject({ status: 0 });
      expect(resumed.stdout).toContain('the on-chain result matches the recorded outcome');
      const replayPolity = (await readPolityFile(journal, { cwd, env: {}, out: () => {}, err: () => {} })).polity;
      const round = await getRound(chain, { polity: replayPolity, roundId: 1n });
      expect((await readContent(own.url, round.config.descriptionHash))?.text).toContain('Replay of ');
      const projects = await getProjects(chain, { polity: replayPolity, roundId: 1n });
      const texts = await Promise.all(projects.map(async (project) => (await readContent(own.url, project.descriptionHash))?.text));
      expect(texts).toContain('# Akademia Szkraba\n');
    } finally {
      await own.stop();
    }
  }, 300_000);
});

/** A port nothing listens on (taken from the system, then released). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((closed) => probe.close(() => closed()));
  return port;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
