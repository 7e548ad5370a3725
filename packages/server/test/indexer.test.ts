/**
 * The indexer against the demo city's whole history on anvil: what a server indexes, read back
 * through `getIndexedActivity`, equals `getActivity` from the chain event for event, on the embedded
 * database and on a PostgreSQL server alike, and through an RPC that caps ranges and limits rates.
 */
import { sql } from 'drizzle-orm';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIndexedActivity } from '@polity/sdk';
import { chainLogs } from '../src/db/schema.js';
import { startServer, type RunningServer } from '../src/server.js';
import { chainActivity, indexingConfig, startSeededCity, temporaryDir, testLogger, type SeededCity } from './support/indexed-city.js';
import { startTestPostgres, type TestPostgres } from './support/postgres.js';
import { startRpcProxy } from './support/rpc-proxy.js';

let seeded: SeededCity;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  seeded = await startSeededCity();
  cleanups.push(() => seeded.stop());
}, 400_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
}, 120_000);

async function indexingServer(options: { rpcUrl?: string; pageSize?: number; databaseUrl?: string; logger?: Logger } = {}): Promise<RunningServer> {
  const dataDir = temporaryDir('polity-indexer-');
  const server = await startServer(indexingConfig({ rpcUrl: options.rpcUrl ?? seeded.anvil.url, polity: seeded.city.polity, dataDir: dataDir.path, pageSize: options.pageSize }), {
    logger: options.logger ?? testLogger(),
    databaseUrl: options.databaseUrl ?? '',
  });
  cleanups.push(async () => {
    await server.stop();
    dataDir.remove();
  });
  return server;
}

describe('indexing the demo city', () => {
  let server: RunningServer;

  it('holds the whole history, equal to the chain event for event', async () => {
    const started = performance.now();
    server = await indexingServer();
    const listening = performance.now();
    await server.indexer!.synced();
    const seconds = (performance.now() - listening) / 1000;
    const startSeconds = (listening - started) / 1000;
    const indexed = await getIndexedActivity({ serverUrl: server.url, polity: seeded.city.polity, logsPerRequest: 700 });
    expect(indexed.indexedBlock).toBe(await seeded.chain.getBlockNumber());
    const fromChain = await chainActivity(seeded, indexed.indexedBlock!);
    expect(fromChain.length).toBeGreaterThan(500);
    expect(indexed.activity).toEqual(fromChain);
    console.info(`demo city: ${fromChain.length} events up to block ${indexed.indexedBlock} indexed in ${seconds.toFixed(1)} s after a server start of ${startSeconds.toFixed(1)} s (a new embedded database)`);
  }, 400_000);

  it('answers /activity in pages, filtered, with the index head', async () => {
    const [whole] = await allPages(server, 'limit=5000');
    expect(whole!.next).toBeNull();
    expect(whole!.indexedBlock).toBe((await seeded.chain.getBlockNumber()).toString());
    const paged = await allPages(server, 'limit=97');
    expect(paged.length).toBeGreaterThan(10);
    expect(paged.flatMap((page) => page.logs)).toEqual(whole!.logs);
    const positions = whole!.logs.map((log) => [BigInt(log.blockNumber), log.logIndex] as const);
    expect(positions.every(([block, index], at) => at === 0 || block > positions[at - 1]![0] || (block === positions[at - 1]![0] && index > positions[at - 1]![1]))).toBe(true);
    expect(whole!.logs.every((log) => typeof (log as { timestamp?: unknown }).timestamp === 'number')).toBe(true);

    const fromChain = await chainActivity(seeded, BigInt(whole!.indexedBlock!));
    const round = seeded.city.rounds.finished;
    const ofRound = (await allPages(server, `round=${round}&limit=5000`))[0]!.logs;
    const expectedOfRound = fromChain.filter((event) => (event.args as { roundId?: unknown }).roundId === round);
    expect(ofRound.map((log) => `${log.blockNumber}:${log.logIndex}`)).toEqual(expectedOfRound.map((event) => `${event.blockNumber}:${event.logIndex}`));
    const ballots = (await allPages(server, 'contract=rounds&event=BallotCast&limit=5000'))[0]!.logs;
    expect(ballots.length).toBe(fromChain.filter((event) => event.contract === 'rounds' && event.eventName === 'BallotCast').length);
    expect(ballots.length).toBeGreaterThan(0);
    const middle = positions[Math.floor(positions.length / 2)]![0];
    const window = (await allPages(server, `fromBlock=${middle}&toBlock=${middle + 10n}&limit=5000`))[0]!.logs;
    expect(window.map((log) => `${log.blockNumber}:${log.logIndex}`)).toEqual(
      fromChain.filter((event) => event.blockNumber >= middle && event.blockNumber <= middle + 10n).map((event) => `${event.blockNumber}:${event.logIndex}`),
    );
  });

  it.each([
    ['after=12', 'after', '<blockNumber>:<logIndex>'],
    ['after=12:x', 'after', '<blockNumber>:<logIndex>'],
    ['account=0x1234', 'account', 'not an address'],
    ['limit=0', 'limit', 'from 1 to 5000'],
    ['limit=5001', 'limit', 'from 1 to 5000'],
    ['fromBlock=-1', 'fromBlock', 'whole number'],
    ['round=first', 'round', 'whole number'],
    ['contract=treasury', 'contract', "one of the polity's components"],
    ['event=Ballot%20Cast', 'event', 'not an event name'],
    ['fromBlock=20&toBlock=10', 'fromBlock', 'after toBlock'],
  ])('refuses ?%s with a message about %s', async (query, parameter, hint) => {
    const { status, body } = await activityAnswer(server, query);
    expect(status).toBe(400);
    expect(body.error!.message).toContain(parameter);
    expect(body.error!.message).toContain(hint);
  });

  it('describes /activity and its parameters in the OpenAPI document', async () => {
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
    const names = document.paths['/activity']?.get?.parameters?.map((parameter) => parameter.name);
    expect(names).toEqual(expect.arrayContaining(['after', 'limit', 'contract', 'event', 'round', 'proposal', 'account', 'fromBlock', 'toBlock']));
  });

  it('answers the same on a PostgreSQL server, also with two servers indexing one database at once', async () => {
    const postgres: TestPostgres = await startTestPostgres();
    cleanups.push(() => postgres.stop());
    const databaseUrl = await postgres.createDatabase('shared_index');
    // Two servers on one database, with small pages so that they race for every one of them.
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
    const [first, second] = await Promise.all([indexingServer({ databaseUrl, pageSize: 10, logger }), indexingServer({ databaseUrl, pageSize: 10, logger })]);
    await Promise.all([first.indexer!.synced(), second.indexer!.synced()]);
    // They did race (one found a page stored by the other), and no write ever failed (no doubled row).
    expect(lines.some((line) => line.msg.startsWith('another process stored this page first'))).toBe(true);
    expect(lines.filter((line) => line.level >= 40)).toEqual([]);
    const queries = ['limit=5000', 'limit=250', 'contract=rounds,results&limit=300', 'event=BallotCast', `round=${seeded.city.rounds.finished}`, `account=${seeded.city.people[3]!.address}`];
    for (const query of queries) {
      expect(await allPages(first, query), query).toEqual(await allPages(server, query));
    }
    const [stored] = await first.database.db.select({ count: sql<number>`count(*)::int` }).from(chainLogs);
    expect(stored!.count).toBe((await allPages(server, 'limit=5000')).flatMap((page) => page.logs).length);
  }, 400_000);

  it('indexes the same through an RPC that refuses long ranges, limits its rate and gives logs no timestamps', async () => {
    const proxy = await startRpcProxy(seeded.anvil.url, { maxLogRange: 40, rateLimitEvery: 7, withoutLogTimestamps: true });
    cleanups.push(() => proxy.stop());
    const throughProxy = await indexingServer({ rpcUrl: proxy.url });
    await throughProxy.indexer!.synced();
    expect(proxy.stats.refusedRanges).toBeGreaterThan(0);
    expect(proxy.stats.rateLimited).toBeGreaterThan(0);
    expect(await allPages(throughProxy, 'limit=5000')).toEqual(await allPages(server, 'limit=5000'));
    const indexed = await getIndexedActivity({ serverUrl: throughProxy.url, polity: seeded.city.polity });
    expect(indexed.activity).toEqual(await chainActivity(seeded, indexed.indexedBlock!));
  }, 400_000);

  it('keeps retrying while the RPC is down, says why, and catches up once it is back', async () => {
    const proxy = await startRpcProxy(seeded.anvil.url, { maxLogRange: 100_000, rateLimitEvery: 1_000_000 });
    cleanups.push(() => proxy.stop());
    proxy.setDown(true);
    const patient = await indexingServer({ rpcUrl: proxy.url });
    const failing = await waitFor(() => patient.indexer!.status().lastError, 'the indexer to report the failure');
    expect(failing).toMatch(/HTTP request failed.*Service Unavailable/);
    const ready = await fetch(`${patient.url}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { indexer: { lastError: string | null } }).indexer.lastError).toBe(failing);
    proxy.setDown(false);
    await patient.indexer!.synced();
    expect(patient.indexer!.status()).toMatchObject({ caughtUp: true, lastError: undefined });
    expect(await allPages(patient, 'limit=5000')).toEqual(await allPages(server, 'limit=5000'));
  }, 400_000);
});

/** Polls a condition until it holds: what the indexer did is waited for, not a length of time. */
async function waitFor<value>(read: () => value | undefined, what: string, timeoutMs = 300_000): Promise<value> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

interface ActivityAnswer {
  readonly logs: { blockNumber: string; logIndex: number; contract: string; eventName: string; topics: string[]; data: string }[];
  readonly next: string | null;
  readonly indexedBlock: string | null;
}

async function activityAnswer(server: RunningServer, query: string): Promise<{ status: number; body: ActivityAnswer & { error?: { code: string; message: string } } }> {
  const response = await fetch(`${server.url}/activity?${query}`);
  return { status: response.status, body: (await response.json()) as ActivityAnswer & { error?: { code: string; message: string } } };
}

/** Every page of an /activity query, following `next`. */
async function allPages(server: RunningServer, query: string): Promise<ActivityAnswer[]> {
  const pages: ActivityAnswer[] = [];
  let after: string | null = null;
  do {
    const { status, body } = await activityAnswer(server, after === null ? query : `${query}&after=${after}`);
    expect(status, JSON.stringify(body)).toBe(200);
    pages.push(body);
    after = body.next;
  } while (after !== null);
  return pages;
}
