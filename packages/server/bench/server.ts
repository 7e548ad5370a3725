/**
 * `pnpm bench:server`: what the city's server buys, measured on a real election.
 *
 * 1. Indexing: a fresh anvil; the CLI replays Warszawa 2017 Stara Miłosna (1,078 ballots) onto it
 *    while a server indexes the polity as it grows (events per second, live); then a second server
 *    indexes the finished chain from scratch, beside the SDK's own reader paging the same chain
 *    (the baseline: what every browser did before the server).
 * 2. Reads: 200 concurrent readers for 30 s on the busiest routes (autocannon, loopback only,
 *    bounded by time), overall and per route, with requests per second and p50/p95 latency; and the
 *    full audit trail read through the server beside the same trail read from the chain.
 *
 * The servers run in child processes (`polity serve`), so the load generator does not share their
 * event loop. Figures only, printed as a table and written to bench/out/server.json: timings are
 * noisy, nothing here passes or fails on them.
 *
 *   pnpm bench:server                       the full run (about 3 minutes after the replay)
 *   pnpm bench:server -- --duration 10      shorter read runs (seconds)
 *   pnpm bench:server -- --file <file.pb>   another election
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createPublicClient, http, type Hex } from 'viem';
import { getActivity, getIndexedActivity, type PolityAddresses } from '@polity/sdk';
import { startAnvil } from '@polity/sdk/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
};
const duration = Number(option('duration', '30'));
const connections = Number(option('connections', '200'));
const file = option('file', join(root, 'test/data/pabulib/poland_warszawa_2017_stara-milosna.pb'));
const say = (message: string) => process.stderr.write(`[bench:server] ${message}\n`);
const work = mkdtempSync(join(tmpdir(), 'polity-bench-server-'));
const children: ChildProcess[] = [];

function cli(argv: readonly string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, 'packages/cli/src/main.ts'), ...argv], {
    cwd: work,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, POLITY_LOG_LEVEL: 'warn' },
  });
  children.push(child);
  return child;
}

function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, stdout, stderr })));
}

/** Starts `polity serve` on a configuration and waits for the URL it prints. */
async function serve(name: string, rpcUrl: string, polity: PolityAddresses): Promise<{ url: string; child: ChildProcess }> {
  const config = join(work, `${name}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      port: 0,
      chain: { id: polity.chainId, rpcUrls: [rpcUrl] },
      polity: { ...polity, deployedAtBlock: polity.deployedAtBlock?.toString() },
      database: { dataDir: join(work, `${name}-data`) },
      indexer: { confirmations: 0, pollIntervalMs: 200, pageSize: 5000 },
    }),
  );
  const child = cli(['serve', '--config', config]);
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) done(match[1]!);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => fail(new Error(`polity serve exited with ${code}:\n${output}`)));
  });
  return { url, child };
}

interface IndexStatus {
  readonly indexedBlock: bigint | undefined;
  readonly events: number;
}

async function indexStatus(url: string): Promise<IndexStatus> {
  const ready = (await (await fetch(`${url}/ready`)).json()) as { indexer: { indexedBlock: string | null } };
  const indexedBlock = ready.indexer.indexedBlock === null ? undefined : BigInt(ready.indexer.indexedBlock);
  return { indexedBlock, events: 0 };
}

/** Waits until the server's index reaches `block`, returning the seconds it took. */
async function waitIndexed(url: string, block: bigint, started: number): Promise<number> {
  for (;;) {
    const status = await indexStatus(url).catch(() => undefined);
    if (status?.indexedBlock !== undefined && status.indexedBlock >= block) return (performance.now() - started) / 1000;
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

function readPolity(journal: string): PolityAddresses | undefined {
  if (!existsSync(journal)) return undefined;
  const data = JSON.parse(readFileSync(journal, 'utf8')) as { polity?: PolityAddresses & { deployedAtBlock?: string } };
  if (!data.polity?.rounds) return undefined;
  return { ...data.polity, deployedAtBlock: data.polity.deployedAtBlock === undefined ? undefined : BigInt(data.polity.deployedAtBlock) };
}

/** The q-th quantile of sorted numbers (nearest rank). */
const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

async function load(url: string, paths: readonly string[], seconds: number) {
  // The previous run's requests still queued at the server are answered first: wait them out.
  await fetch(`${url}/health`);
  // Every response's time, so p95 is exact rather than the nearest percentile autocannon reports.
  const times: number[] = [];
  const instance = autocannon({ url, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET' as const, path })) });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: +quantile(times, 0.5).toFixed(1),
    p95: +quantile(times, 0.95).toFixed(1),
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
  };
}

const figures: Record<string, unknown> = { file: basename(file), connections, duration };
try {
  say(`starting anvil and replaying ${basename(file)} (the CLI, as a city would)...`);
  const anvil = await startAnvil({ port: 0, chainId: 31337, accounts: 10 });
  try {
    const replay = cli(['replay', file, '--rpc', anvil.url, '--json']);
    const replayDone = finished(replay);
    const chainId = 31337;
    const journal = join(work, '.polity', `replay-${basename(file).replace(/\.pb(\.gz)?$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${chainId}.json`);
    let polity: PolityAddresses | undefined;
    while (!(polity = readPolity(journal))) {
      if (replay.exitCode !== null) throw new Error(`the replay stopped before deploying: ${(await replayDone).stderr}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
    say('polity deployed: a server indexes it while the election is replayed...');
    const live = await serve('live', anvil.url, polity);
    const replayResult = await replayDone;
    if (replayResult.code !== 0) throw new Error(`the replay failed:\n${replayResult.stderr}`);
    const client = createPublicClient({ transport: http(anvil.url) });
    const head = await client.getBlockNumber();
    const liveStarted = performance.now();
    await waitIndexed(live.url, head, liveStarted);
    say(`replay done at block ${head}; the live server caught up.`);

    say('indexing the finished chain from scratch with a second server...');
    const opening = performance.now();
    const fresh = await serve('fresh', anvil.url, polity);
    // A new embedded database takes seconds to create before the server listens: not indexing.
    const openSeconds = (performance.now() - opening) / 1000;
    const started = performance.now();
    const indexSeconds = await waitIndexed(fresh.url, head, started);
    const indexed = await getIndexedActivity({ serverUrl: fresh.url, polity });
    const events = indexed.activity.length;

    say('the baseline: the SDK reader paging the same chain (what every browser did)...');
    const sdkStarted = performance.now();
    const fromChain = await getActivity(client, { polity, toBlock: head });
    const sdkSeconds = (performance.now() - sdkStarted) / 1000;
    const trailStarted = performance.now();
    const fromServer = await getIndexedActivity({ serverUrl: fresh.url, polity });
    const trailSeconds = (performance.now() - trailStarted) / 1000;
    if (fromServer.activity.length !== fromChain.length) throw new Error(`the index holds ${fromServer.activity.length} events but the chain ${fromChain.length}`);
    figures.indexing = {
      blocks: Number(head - (polity.deployedAtBlock ?? 0n)),
      events,
      databaseCreationSeconds: +openSeconds.toFixed(2),
      fromScratchSeconds: +indexSeconds.toFixed(2),
      eventsPerSecond: Math.round(events / indexSeconds),
      sdkReaderSeconds: +sdkSeconds.toFixed(2),
      sdkReaderEventsPerSecond: Math.round(fromChain.length / sdkSeconds),
      fullTrailFromServerSeconds: +trailSeconds.toFixed(3),
      fullTrailSpeedup: +(sdkSeconds / trailSeconds).toFixed(1),
    };

    const content = fromChain.find((entry) => entry.eventName === 'ProjectSubmitted');
    const described = content && 'descriptionHash' in content.args ? `/content/${content.args.descriptionHash as Hex}` : undefined;
    // Replayed texts are on the server only if the replay published them.
    const contentPath = described && (await fetch(`${fresh.url}${described}`)).ok ? described : undefined;
    const roundId = fromChain.find((entry) => entry.eventName === 'RoundOpened')?.args as { roundId: bigint } | undefined;
    const round = roundId?.roundId.toString() ?? '1';
    const routes: Record<string, string> = {
      'activity (1,000 events)': '/activity?limit=1000',
      rounds: '/rounds',
      projects: `/rounds/${round}/projects`,
      ballots: `/rounds/${round}/ballots?limit=100`,
      proposals: '/proposals',
      delegates: '/delegates',
      districts: '/residents/districts',
      ...(contentPath ? { 'content (a project text)': contentPath } : {}),
    };
    say(`reads: ${connections} concurrent readers for ${duration} s on ${Object.keys(routes).length} routes at once...`);
    const mixed = await load(fresh.url, Object.values(routes), duration);
    const perRoute: Record<string, unknown> = {};
    const each = Math.max(3, Math.round(duration / 6));
    for (const [name, path] of Object.entries(routes)) {
      say(`  ${name}: ${each} s alone...`);
      perRoute[name] = await load(fresh.url, [path], each);
    }
    figures.reads = { mixed, perRoute };
    for (const server of [live, fresh]) {
      server.child.kill('SIGTERM');
      await finished(server.child);
    }
  } finally {
    await anvil.stop();
  }
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
}

mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/server.json'), `${JSON.stringify(figures, null, 2)}\n`);
const indexing = figures.indexing as Record<string, number>;
const reads = figures.reads as { mixed: Record<string, number>; perRoute: Record<string, Record<string, number>> };
const lines = [
  '',
  `Indexing ${figures.file}: ${indexing.events} events in ${indexing.blocks} blocks`,
  `  server, from scratch      ${indexing.fromScratchSeconds} s   ${indexing.eventsPerSecond} events/s (after ${indexing.databaseCreationSeconds} s creating its database)`,
  `  SDK reader (baseline)     ${indexing.sdkReaderSeconds} s   ${indexing.sdkReaderEventsPerSecond} events/s`,
  `  full audit trail          ${indexing.fullTrailFromServerSeconds} s from the server, ${indexing.sdkReaderSeconds} s from the chain: ${indexing.fullTrailSpeedup}× faster`,
  '',
  `Reads: ${connections} concurrent readers`,
  `  ${'route'.padEnd(32)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'errors'.padStart(8)}`,
  `  ${`all at once (${duration} s)`.padEnd(32)} ${String(reads.mixed.requestsPerSecond).padStart(8)} ${String(reads.mixed.p50).padStart(8)} ${String(reads.mixed.p95).padStart(8)} ${String(reads.mixed.errors).padStart(8)}`,
  ...Object.entries(reads.perRoute).map(
    ([name, run]) => `  ${name.padEnd(32)} ${String(run.requestsPerSecond).padStart(8)} ${String(run.p50).padStart(8)} ${String(run.p95).padStart(8)} ${String(run.errors).padStart(8)}`,
  ),
  '',
  'Figures in bench/out/server.json.',
];
process.stdout.write(`${lines.join('\n')}\n`);
