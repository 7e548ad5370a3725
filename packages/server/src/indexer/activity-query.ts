/**
 * The index read back as the chain gave it: raw logs in (block, log index) order after a position,
 * filtered by the columns the indexer stored, up to the block the index has completed. One answer is
 * read in one snapshot, so its logs and its `indexedBlock` agree even while the indexer writes.
 */
import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Address, Hex } from 'viem';
import type { PolityComponent } from '@polity/sdk';
import type { PolityDatabase } from '../db/open.js';
import { chainLogs, indexedBlocks, indexerCursor } from '../db/schema.js';

/** A position in the chain's history: a log, or "before everything" when undefined. */
export interface LogPosition {
  readonly blockNumber: bigint;
  readonly logIndex: number;
}

export interface ActivityQuery {
  readonly after?: LogPosition;
  readonly limit: number;
  readonly contracts?: readonly PolityComponent[];
  readonly events?: readonly string[];
  readonly roundId?: bigint;
  readonly proposalId?: bigint;
  readonly account?: Address;
  readonly fromBlock?: bigint;
  readonly toBlock?: bigint;
}

export interface IndexedLog {
  readonly blockNumber: bigint;
  readonly logIndex: number;
  readonly blockHash: Hex;
  readonly transactionHash: Hex;
  readonly address: Address;
  readonly topics: readonly Hex[];
  readonly data: Hex;
  readonly contract: PolityComponent;
  readonly eventName: string;
  /** The block's timestamp, seconds since 1970. */
  readonly timestamp: bigint | null;
}

export interface ActivityPage {
  readonly logs: readonly IndexedLog[];
  /** Where the next page starts after, or undefined when this page ends the answer. */
  readonly next: LogPosition | undefined;
  /** The last block the index has completed (undefined: nothing indexed yet). */
  readonly indexedBlock: bigint | undefined;
}

export async function readActivity(db: PolityDatabase, query: ActivityQuery): Promise<ActivityPage> {
  return db.transaction(
    async (tx) => {
      const [cursor] = await tx.select({ blockNumber: indexerCursor.blockNumber }).from(indexerCursor).where(eq(indexerCursor.id, 1));
      if (!cursor) return { logs: [], next: undefined, indexedBlock: undefined };
      const upTo = query.toBlock !== undefined && query.toBlock < cursor.blockNumber ? query.toBlock : cursor.blockNumber;
      const conditions: SQL[] = [lte(chainLogs.blockNumber, upTo)];
      if (query.after) conditions.push(sql`(${chainLogs.blockNumber}, ${chainLogs.logIndex}) > (${query.after.blockNumber}, ${query.after.logIndex})`);
      if (query.fromBlock !== undefined) conditions.push(gte(chainLogs.blockNumber, query.fromBlock));
      if (query.contracts) conditions.push(inArray(chainLogs.contract, [...query.contracts]));
      if (query.events) conditions.push(inArray(chainLogs.eventName, [...query.events]));
      if (query.roundId !== undefined) conditions.push(eq(chainLogs.roundId, query.roundId.toString()));
      if (query.proposalId !== undefined) conditions.push(eq(chainLogs.proposalId, query.proposalId.toString()));
      if (query.account) conditions.push(eq(chainLogs.account, query.account));
      // One row more than asked for says whether there is a next page without another query.
      const rows = await tx
        .select({ log: chainLogs, timestamp: indexedBlocks.timestamp })
        .from(chainLogs)
        .leftJoin(indexedBlocks, eq(indexedBlocks.number, chainLogs.blockNumber))
        .where(and(...conditions))
        .orderBy(asc(chainLogs.blockNumber), asc(chainLogs.logIndex))
        .limit(query.limit + 1);
      const logs = rows.slice(0, query.limit).map(({ log, timestamp }) => ({
        blockNumber: log.blockNumber,
        logIndex: log.logIndex,
        blockHash: log.blockHash as Hex,
        transactionHash: log.transactionHash as Hex,
        address: log.address as Address,
        topics: log.topics as Hex[],
        data: log.data as Hex,
        contract: log.contract as PolityComponent,
        eventName: log.eventName,
        timestamp,
      }));
      const last = logs.at(-1);
      const next = rows.length > query.limit && last ? { blockNumber: last.blockNumber, logIndex: last.logIndex } : undefined;
      return { logs, next, indexedBlock: cursor.blockNumber };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
