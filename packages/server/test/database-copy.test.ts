import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDatabase, DatabaseCopyError } from '../src/db/copy.js';
import { openDatabase, type OpenedDatabase } from '../src/db/open.js';
import * as schema from '../src/db/schema.js';
import { startTestPostgres, type TestPostgres } from './support/postgres.js';

const hash = (n: number) => `0x${n.toString(16).padStart(64, '0')}`;

describe('moving from the embedded database to a PostgreSQL server', () => {
  let postgres: TestPostgres;
  let embedded: OpenedDatabase;
  let server: OpenedDatabase;
  const dataDir = mkdtempSync(join(tmpdir(), 'polity-copy-'));

  beforeAll(async () => {
    postgres = await startTestPostgres();
    embedded = await openDatabase({ dataDir });
    server = await openDatabase({ url: await postgres.createDatabase('copy_target'), dataDir: '' });
    const { db } = embedded;
    await db.insert(schema.contents).values(
      Array.from({ length: 7 }, (_, n) => ({ hash: hash(n), mediaType: 'image/png', bytes: new Uint8Array([0x89, 0x50, n, 0, 255]), size: 5, publisher: '0x00000000000000000000000000000000000000aa' })),
    );
    await db.insert(schema.chainLogs).values(
      Array.from({ length: 12 }, (_, n) => ({
        blockNumber: BigInt(100 + Math.floor(n / 3)),
        logIndex: n % 3,
        blockHash: hash(1000 + n),
        transactionHash: hash(2000 + n),
        address: '0x00000000000000000000000000000000000000bb',
        topics: [hash(3000 + n)],
        data: '0x',
        contract: 'rounds',
        eventName: 'BallotCast',
        roundId: '3',
        proposalId: n === 0 ? '115792089237316195423570985008687907853269984665640564039457584007913129639935' : null,
        account: null,
      })),
    );
    await db.insert(schema.translations).values({ original: hash(0), language: 'pl', hash: hash(1), publisher: '0x00000000000000000000000000000000000000aa' });
    await db.insert(schema.indexerCursor).values({ chainId: 31337, blockNumber: 103n, blockHash: hash(5) });
    await db.insert(schema.sponsoredActions).values({ account: '0x00000000000000000000000000000000000000cc', userOperationHash: hash(9), targets: [], selectors: [], maxCostWei: '123', validUntil: new Date(0) });
  }, 120_000);

  afterAll(async () => {
    await embedded?.close();
    await server?.close();
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies every row in small batches, keeps 256-bit ids and bytes exact, and continues the ids after', async () => {
    const seen: string[] = [];
    const copied = await copyDatabase(embedded.db, server.db, { batchSize: 5, onProgress: ({ table, copied }) => seen.push(`${table}:${copied}`) });
    expect(copied).toEqual({ contents: 7, translations: 1, publish_signatures: 0, sponsored_actions: 1, chain_logs: 12, indexed_blocks: 0, indexer_cursor: 1 });
    expect(seen).toContain('chain_logs:10');
    for (const [table, order] of [
      [schema.contents, asc(schema.contents.hash)],
      [schema.translations, asc(schema.translations.hash)],
      [schema.chainLogs, asc(schema.chainLogs.logIndex)],
      [schema.indexerCursor, asc(schema.indexerCursor.id)],
      [schema.sponsoredActions, asc(schema.sponsoredActions.id)],
    ] as const) {
      const before = await embedded.db.select().from(table).orderBy(order);
      const after = await server.db.select().from(table).orderBy(order);
      // Bytes come back as Uint8Array from PGlite and Buffer from node-postgres: compare the bytes.
      const plain = (rows: Record<string, unknown>[]) =>
        rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Uint8Array ? [...value] : value])));
      expect(plain(after)).toEqual(plain(before));
    }
    const [next] = await server.db
      .insert(schema.sponsoredActions)
      .values({ account: '0x00000000000000000000000000000000000000cc', userOperationHash: hash(10), targets: [], selectors: [], maxCostWei: '1', validUntil: new Date(0) })
      .returning({ id: schema.sponsoredActions.id });
    expect(next!.id).toBe(2);
  });

  it('refuses a target that already holds data, and copies nothing', async () => {
    await expect(copyDatabase(embedded.db, server.db)).rejects.toThrow(DatabaseCopyError);
    await expect(copyDatabase(embedded.db, server.db)).rejects.toThrow(/already holds 7 rows in contents/);
  });
});
