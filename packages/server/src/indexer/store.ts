/**
 * The index's storage: the cursor, the blocks whose hashes reveal a reorganisation, and the two
 * writes that change them (a page stored, a reorganisation rewound). Each write is one transaction
 * that first takes the indexer's lock and checks that the cursor is still where this process last
 * saw it, so two servers on one PostgreSQL database never store a page twice: the slower one finds
 * the cursor moved, writes nothing and reads on from where the other one got to.
 */
import { desc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Hex } from 'viem';
import type { PolityDatabase } from '../db/open.js';
import { chainLogs, indexedBlocks, indexerCursor } from '../db/schema.js';
import type { ChainLogRow } from './rows.js';

/** The indexer's transaction lock (any two processes on one database write one after the other). */
const indexerLock = 0x706f6c6a; // "polj"

/** How far the index has read: every log of blocks up to `blockNumber` is stored. */
export interface Cursor {
  readonly chainId: number;
  readonly blockNumber: bigint;
  readonly blockHash: Hex;
}

/** A block as the index remembers it. */
export interface StoredBlock {
  readonly number: bigint;
  readonly hash: Hex;
  readonly timestamp: bigint;
}

export async function readCursor(db: PolityDatabase): Promise<Cursor | undefined> {
  const [row] = await db.select().from(indexerCursor).where(eq(indexerCursor.id, 1));
  return row ? { chainId: row.chainId, blockNumber: row.blockNumber, blockHash: row.blockHash as Hex } : undefined;
}

export async function storedBlock(db: PolityDatabase, number: bigint): Promise<StoredBlock | undefined> {
  const [row] = await db.select().from(indexedBlocks).where(eq(indexedBlocks.number, number));
  return row ? { number: row.number, hash: row.hash as Hex, timestamp: row.timestamp } : undefined;
}

/** Stored blocks at or below `atOrBelow`, newest first. */
export async function storedBlocksBelow(db: PolityDatabase, atOrBelow: bigint, limit: number): Promise<StoredBlock[]> {
  const rows = await db.select().from(indexedBlocks).where(lte(indexedBlocks.number, atOrBelow)).orderBy(desc(indexedBlocks.number)).limit(limit);
  return rows.map((row) => ({ number: row.number, hash: row.hash as Hex, timestamp: row.timestamp }));
}

type Transaction = Parameters<Parameters<PolityDatabase['transaction']>[0]>[0];

/** Takes the lock and reads the cursor inside a transaction: whether it is still `expected`. */
async function cursorUnmoved(tx: Transaction, expected: Cursor | undefined): Promise<boolean> {
  await tx.execute(sql`select pg_advisory_xact_lock(${indexerLock})`);
  const [row] = await tx.select().from(indexerCursor).where(eq(indexerCursor.id, 1)).for('update');
  if (!row || !expected) return !row && !expected;
  return row.blockNumber === expected.blockNumber && row.blockHash === expected.blockHash;
}

async function saveCursor(tx: Transaction, cursor: Cursor): Promise<void> {
  const values = { id: 1, chainId: cursor.chainId, blockNumber: cursor.blockNumber, blockHash: cursor.blockHash, updatedAt: new Date() };
  await tx.insert(indexerCursor).values(values).onConflictDoUpdate({ target: indexerCursor.id, set: values });
}

export interface StoredPage {
  /** The cursor the page continues from (undefined: the index is empty). */
  readonly after: Cursor | undefined;
  /** The page's last block: the new cursor. */
  readonly cursor: Cursor;
  readonly rows: readonly ChainLogRow[];
  /** The blocks the rows are in, the cursor block and (once) the genesis block. */
  readonly blocks: readonly StoredBlock[];
}

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters per statement. */
const rowsPerInsert = 1_000;

/**
 * Stores a page of logs and moves the cursor past it, in one transaction. Answers false, storing
 * nothing, when another process moved the cursor since `page.after` was read.
 */
export async function storePage(db: PolityDatabase, page: StoredPage): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await cursorUnmoved(tx, page.after))) return false;
    for (let start = 0; start < page.rows.length; start += rowsPerInsert) {
      await tx.insert(chainLogs).values(page.rows.slice(start, start + rowsPerInsert));
    }
    if (page.blocks.length > 0) {
      await tx
        .insert(indexedBlocks)
        .values([...page.blocks])
        .onConflictDoUpdate({ target: indexedBlocks.number, set: { hash: sql`excluded.hash`, timestamp: sql`excluded.timestamp` } });
    }
    await saveCursor(tx, page.cursor);
    // The previous cursor block was kept only for its hash; one without logs is no longer needed.
    const previous = page.after?.blockNumber;
    if (previous !== undefined && previous !== 0n && previous !== page.cursor.blockNumber) {
      await tx.execute(
        sql`delete from ${indexedBlocks} where ${indexedBlocks.number} = ${previous} and not exists (select 1 from ${chainLogs} where ${chainLogs.blockNumber} = ${previous})`,
      );
    }
    return true;
  });
}

/**
 * Forgets everything above `to` (a stored block the chain still has; undefined: everything), in one
 * transaction, and puts the cursor there. Answers false, changing nothing, when another process
 * moved the cursor.
 */
export async function rewindTo(db: PolityDatabase, expected: Cursor, to: StoredBlock | undefined): Promise<{ rewound: boolean; logsRemoved: number }> {
  return db.transaction(async (tx) => {
    if (!(await cursorUnmoved(tx, expected))) return { rewound: false, logsRemoved: 0 };
    const above = to?.number ?? -1n;
    const removed = await tx.delete(chainLogs).where(gt(chainLogs.blockNumber, above)).returning({ blockNumber: chainLogs.blockNumber });
    await tx.delete(indexedBlocks).where(gt(indexedBlocks.number, above));
    if (to) await saveCursor(tx, { chainId: expected.chainId, blockNumber: to.number, blockHash: to.hash });
    else await tx.delete(indexerCursor).where(eq(indexerCursor.id, 1));
    return { rewound: true, logsRemoved: removed.length };
  });
}
