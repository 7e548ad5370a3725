/**
 * The indexer when things go wrong: a server killed (`kill -9`) in the middle of indexing resumes
 * from its cursor with nothing missed or doubled; a reorganisation is undone and read again, leaving
 * no row of the abandoned branch; a database that belongs to another chain is refused.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { createTestClient, createWalletClient, http, type Address } from 'viem';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delegateAllTopics, getIndexedActivity } from '@polity/sdk';
import { startAnvil as startSdkAnvil } from '@polity/sdk/node';
import { anvilAddress, startAnvil } from '@polity/demo';
import { chainLogs, indexedBlocks } from '../src/db/schema.js';
import { IndexerChainMismatchError } from '../src/indexer/indexer.js';
import { startServer, type RunningServer } from '../src/server.js';
import { startServerProcess } from './support/server-process.js';
import { chainActivity, indexingConfig, indexingConfigInput, startSeededCity, temporaryDir, testLogger, type SeededCity } from './support/indexed-city.js';

let seeded: SeededCity;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  seeded = await startSeededCity();
  cleanups.push(() => seeded.stop());
}, 400_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
}, 120_000);

interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly fromBlock?: string;
}

/** A logger that keeps its lines, for tests that check what the indexer did. */
function keptLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  return { logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) }), lines };
}

/** Polls a condition until it holds (the indexer's progress is what is waited for, not time). */
async function until<value>(read: () => Promise<value | undefined>, what: string, timeoutMs = 120_000): Promise<value> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every stored row's block hash is the chain's: nothing of an abandoned branch is left. */
async function orphanedRows(server: RunningServer): Promise<string[]> {
  const { db } = server.database;
  const logBlocks = await db.selectDistinct({ number: chainLogs.blockNumber, hash: chainLogs.blockHash }).from(chainLogs);
  const blocks = await db.select({ number: indexedBlocks.number, hash: indexedBlocks.hash }).from(indexedBlocks);
  const orphaned: string[] = [];
  for (const block of [...logBlocks, ...blocks]) {
    const onChain = await seeded.chain.getBlock({ blockNumber: block.number }).catch(() => undefined);
    if (onChain?.hash !== block.hash) orphaned.push(`${block.number}:${block.hash}`);
  }
  return orphaned;
}

async function expectEqualToChain(server: RunningServer): Promise<bigint> {
  const indexed = await getIndexedActivity({ serverUrl: server.url, polity: seeded.city.polity });
  expect(indexed.indexedBlock).toBe(await seeded.chain.getBlockNumber());
  expect(indexed.activity).toEqual(await chainActivity(seeded, indexed.indexedBlock!));
  return indexed.indexedBlock!;
}

describe('indexer recovery', () => {
  const dataDir = temporaryDir('polity-indexer-recovery-');
  cleanups.push(() => dataDir.remove());

  it('resumes after kill -9 in the middle of indexing, with nothing missed or doubled', async () => {
    const configFile = join(dataDir.path, 'server.json');
    const start = seeded.city.polity.deployedAtBlock ?? 0n;
    const head = await seeded.chain.getBlockNumber();
    writeFileSync(configFile, JSON.stringify(indexingConfigInput({ rpcUrl: seeded.anvil.url, polity: seeded.city.polity, dataDir: join(dataDir.path, 'data'), pageSize: 2, pollIntervalMs: 100 })));
    const serverProcess = await startServerProcess(configFile);
    cleanups.push(() => serverProcess.kill('SIGKILL'));
    const { url } = serverProcess;
    // Killed once it has stored some pages but not all: mid-way through the history.
    const reached = await until(async () => {
      const ready = (await (await fetch(`${url}/ready`)).json()) as { indexer: { indexedBlock: string | null } };
      const block = ready.indexer.indexedBlock === null ? undefined : BigInt(ready.indexer.indexedBlock);
      return block !== undefined && block > start + 20n ? block : undefined;
    }, 'the server process to index some pages');
    await serverProcess.kill('SIGKILL');
    expect(reached).toBeLessThan(head);

    const { logger, lines } = keptLogger();
    const server = await startServer(indexingConfig({ rpcUrl: seeded.anvil.url, polity: seeded.city.polity, dataDir: join(dataDir.path, 'data'), pageSize: 50 }), { logger, databaseUrl: '' });
    try {
      await server.indexer!.synced();
      // It went on from its cursor, not from the deployment.
      const firstPage = lines.find((line) => line.msg === 'page stored');
      expect(BigInt(firstPage!.fromBlock!)).toBeGreaterThan(reached);
      await expectEqualToChain(server);
    } finally {
      await server.stop();
    }
  }, 400_000);

  it('undoes a reorganisation and reads the new branch, leaving no row of the old one', async () => {
    const { logger, lines } = keptLogger();
    const server = await startServer(indexingConfig({ rpcUrl: seeded.anvil.url, polity: seeded.city.polity, dataDir: join(dataDir.path, 'data'), pollIntervalMs: 100 }), { logger, databaseUrl: '' });
    try {
      await server.indexer!.synced();
      const testClient = createTestClient({ chain: foundry, mode: 'anvil', transport: http(seeded.anvil.url) });
      const delegate = (from: Address, to: Address) =>
        delegateAllTopics(createWalletClient({ chain: foundry, transport: http(seeded.anvil.url), account: from }), { polity: seeded.city.polity, to, account: from });

      // A branch with a delegation, indexed, then abandoned for a longer one with another delegation.
      const beforeBranches = await testClient.snapshot();
      const abandoned = await delegate(anvilAddress(5), anvilAddress(17));
      await testClient.mine({ blocks: 2 });
      await server.indexer!.synced();
      expect((await getIndexedActivity({ serverUrl: server.url, polity: seeded.city.polity })).activity.some((event) => event.transactionHash === abandoned.hash)).toBe(true);
      await testClient.revert({ id: beforeBranches });
      const kept = await delegate(anvilAddress(4), anvilAddress(18));
      await testClient.mine({ blocks: 5 });
      await server.indexer!.synced();
      const afterLonger = await getIndexedActivity({ serverUrl: server.url, polity: seeded.city.polity });
      expect(afterLonger.activity.some((event) => event.transactionHash === abandoned.hash)).toBe(false);
      expect(afterLonger.activity.some((event) => event.transactionHash === kept.hash)).toBe(true);
      await expectEqualToChain(server);
      expect(await orphanedRows(server)).toEqual([]);

      // A branch abandoned for a shorter chain: the index goes back below its own cursor.
      const beforeShorter = await testClient.snapshot();
      const dropped = await delegate(anvilAddress(6), anvilAddress(16));
      await testClient.mine({ blocks: 3 });
      await server.indexer!.synced();
      await testClient.revert({ id: beforeShorter });
      await server.indexer!.synced();
      const afterShorter = await getIndexedActivity({ serverUrl: server.url, polity: seeded.city.polity });
      expect(afterShorter.activity.some((event) => event.transactionHash === dropped.hash)).toBe(false);
      await expectEqualToChain(server);
      expect(await orphanedRows(server)).toEqual([]);
      expect(lines.filter((line) => line.msg.startsWith('reorganisation')).length).toBeGreaterThanOrEqual(2);
    } finally {
      await server.stop();
    }
  }, 400_000);

  it('refuses a database indexed from another chain, and says how to fix it', async () => {
    // Another local chain with the same chain id: same id, another genesis block.
    const otherChain = await startAnvil();
    cleanups.push(() => otherChain.stop());
    const onOtherGenesis = await startServer(indexingConfig({ rpcUrl: otherChain.url, polity: seeded.city.polity, dataDir: join(dataDir.path, 'data') }), { logger: testLogger(), databaseUrl: '' });
    try {
      await expect(onOtherGenesis.indexer!.synced()).rejects.toBeInstanceOf(IndexerChainMismatchError);
      expect(onOtherGenesis.indexer!.status().fatalError).toMatch(/genesis block .* give this server a fresh database/);
      const answer = await fetch(`${onOtherGenesis.url}/activity`);
      expect(answer.status).toBe(503);
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('index_unusable');
      expect((await fetch(`${onOtherGenesis.url}/ready`)).status).toBe(503);
    } finally {
      await onOtherGenesis.stop();
    }

    // A chain with another id (configured as such): the cursor row says which chain the index is of.
    const otherId = await startSdkAnvil({ chainId: 31_338 });
    cleanups.push(() => otherId.stop());
    const onOtherId = await startServer(indexingConfig({ rpcUrl: otherId.url, polity: { ...seeded.city.polity, chainId: 31_338 }, dataDir: join(dataDir.path, 'data') }), {
      logger: testLogger(),
      databaseUrl: '',
    });
    try {
      await expect(onOtherId.indexer!.synced()).rejects.toThrow(/holds the index of chain 31337, not of chain 31338/);
    } finally {
      await onOtherId.stop();
    }
  }, 400_000);
});
