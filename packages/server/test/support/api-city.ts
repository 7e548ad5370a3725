/**
 * The read API tests' fixture: the demo city on a fresh anvil, indexed by a real server (its indexer
 * on, no confirmations, a temporary embedded database), with the city's published texts stored as the
 * content service would store them. The tests ask the server, and check against the chain.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicClient, createTestClient, http, keccak256, toBytes, type Hex, type PublicClient } from 'viem';
import { foundry } from 'viem/chains';
import { pino } from 'pino';
import { getActivity, type PolityActivity } from '@polity/sdk';
import { startAnvil, type Anvil } from '@polity/sdk/node';
import { seedCity, type DemoCity } from '@polity/demo';
import { parseServerConfig, type ServerConfig } from '../../src/config.js';
import { contents } from '../../src/db/schema.js';
import { startServer, type RunningServer } from '../../src/server.js';

export interface ApiCity {
  readonly anvil: Anvil;
  readonly city: DemoCity;
  readonly server: RunningServer;
  /** The server's configuration (another server for the same city can start from it). */
  readonly config: ServerConfig;
  /** Reads the chain directly: the independent answers. */
  readonly chain: PublicClient;
  /** Asks the server: the status and the JSON answer. */
  get(path: string): Promise<{ status: number; body: any }>;
  /** Every item of a list, walking its pages `limit` at a time. */
  walk(path: string, limit: number): Promise<{ items: any[]; pages: number }>;
  /** The polity's whole history as the SDK reads it from the chain. */
  activity(): Promise<PolityActivity[]>;
  /** Stores a text or an image as the content service would (under keccak256 of the bytes). */
  storeContent(bytes: Uint8Array, mediaType: string): Promise<Hex>;
  /** Waits until the index holds the chain's head as it is now. */
  synced(): Promise<void>;
  stop(): Promise<void>;
}

export interface ApiCityOptions {
  /** Runs after seeding and before the server starts: more history for a test. */
  readonly beforeIndexing?: (city: DemoCity, rpcUrl: string) => Promise<void>;
}

const progress = process.env.POLITY_TEST_LOG ? (message: string) => console.log(`[api-city] ${message}`) : undefined;

/**
 * On a heavily loaded machine a seed's transaction has been seen to wait for its receipt until
 * viem's timeout although the node had mined it: the receipt watcher retries on a new block, and
 * with a block mined per transaction none comes. While the seed runs, a chain that has not moved for
 * about ten seconds gets one empty block; a seed that fails anyway is run once more on a fresh chain.
 */
async function seededChain(): Promise<{ anvil: Anvil; city: DemoCity }> {
  for (let attempt = 1; ; attempt += 1) {
    const anvil = await startAnvil({ accounts: 20 });
    const transport = http(anvil.url, { retryCount: 0, timeout: 60_000 });
    const [reader, node] = [createPublicClient({ chain: foundry, transport, cacheTime: 0 }), createTestClient({ chain: foundry, mode: 'anvil', transport })];
    let seeding = true;
    const watchdog = (async () => {
      let [last, still] = [-1n, 0];
      while (seeding) {
        await new Promise((done) => setTimeout(done, 3_000));
        const block = await reader.getBlockNumber({ cacheTime: 0 }).catch(() => undefined);
        if (block === undefined) continue;
        still = block === last ? still + 1 : 0;
        last = block;
        if (seeding && still >= 3) {
          progress?.(`the chain stood still at block ${block}: mining one`);
          await node.mine({ blocks: 1 }).catch(() => {});
          still = 0;
        }
      }
    })();
    try {
      const city = await seedCity({ rpcUrl: anvil.url, onProgress: progress });
      progress?.('seeded');
      return { anvil, city };
    } catch (error) {
      await anvil.stop();
      if (attempt >= 2) throw error;
      progress?.(`seeding failed (${(error as Error).message.split('\n')[0]}): once more on a fresh chain`);
    } finally {
      seeding = false;
      await watchdog;
    }
  }
}

export async function startApiCity(options: ApiCityOptions = {}): Promise<ApiCity> {
  const { anvil, city } = await seededChain();
  const dataDir = mkdtempSync(join(tmpdir(), 'polity-api-'));
  let server: RunningServer | undefined;
  try {
    await options.beforeIndexing?.(city, anvil.url);
    progress?.('more history made; indexing');
    const { chainId: _chainId, deployedAtBlock, ...addresses } = city.polity;
    const config = parseServerConfig({
      port: 0,
      chain: { id: anvil.chainId, rpcUrls: [anvil.url] },
      polity: { ...addresses, ...(deployedAtBlock === undefined ? {} : { deployedAtBlock: deployedAtBlock.toString() }) },
      database: { dataDir },
      indexer: { enabled: true, confirmations: 0, pollIntervalMs: 100 },
    });
    // The embedded database even when DATABASE_URL is set: each test file has its own.
    server = await startServer(config, { databaseUrl: '', logger: pino({ level: process.env.POLITY_TEST_LOG || 'silent' }) });
    const running = server;
    const chain = createPublicClient({ chain: foundry, transport: http(anvil.url, { retryCount: 0 }), cacheTime: 0 }) as PublicClient;
    const synced = async () => {
      await running.indexer!.synced();
    };
    await synced();
    const get = async (path: string) => {
      const response = await fetch(`${running.url}${path}`);
      return { status: response.status, body: await response.json() };
    };
    const storeContent = async (bytes: Uint8Array, mediaType: string): Promise<Hex> => {
      const hash = keccak256(bytes);
      await running.database.db.insert(contents).values({ hash, mediaType, bytes, size: bytes.length, publisher: city.people[0]!.address }).onConflictDoNothing();
      return hash;
    };
    let history: Promise<PolityActivity[]> | undefined;
    const activity = () => (history ??= getActivity(chain, { polity: city.polity }));
    // The texts the seed put hashes of on chain, held as the content service would hold them.
    for (const event of await activity()) {
      for (const value of flatten(event.args)) {
        const text = typeof value === 'string' && /^0x[0-9a-f]{64}$/i.test(value) ? city.content.get(value) : undefined;
        if (text !== undefined) await storeContent(toBytes(text), 'text/markdown; charset=utf-8');
      }
    }
    return {
      anvil,
      city,
      server: running,
      config,
      chain,
      get,
      async walk(path: string, limit: number) {
        const items: any[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const separator = path.includes('?') ? '&' : '?';
          const { status, body } = await get(`${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
          if (status !== 200) throw new Error(`${path} answered ${status}: ${JSON.stringify(body)}`);
          items.push(...(body.items ?? body.votes));
          cursor = body.next;
          pages += 1;
        } while (cursor !== null && pages < 10_000);
        return { items, pages };
      },
      activity,
      storeContent,
      synced,
      async stop() {
        await running.stop();
        await anvil.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.stop();
    await anvil.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Every value of an event's arguments, nested structs and arrays included. */
function flatten(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value && typeof value === 'object') return Object.values(value).flatMap(flatten);
  return [value];
}
