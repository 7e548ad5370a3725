/**
 * The read API's one door to storage: the polity's events as the indexer stored them, decoded by the
 * SDK (the same decoder that reads the chain's own answer), with their blocks' timestamps, up to the
 * block the index has completed. Lists are folded from these in the domain modules beside it.
 */
import { and, asc, desc, eq, inArray, like, lte, max, sql } from 'drizzle-orm';
import { decodeActivity, type PolityActivity, type PolityComponent } from '@polity/sdk';
import type { PolityDatabase } from '../db/open.js';
import { chainLogs, contents, indexedBlocks, indexerCursor } from '../db/schema.js';
import { logOfRow } from '../indexer/rows.js';

export type EventName = PolityActivity['eventName'];

/** A decoded event of one kind, with the timestamp of its block (seconds; null if the block is not stored). */
export type IndexedEvent<name extends EventName = EventName> = Extract<PolityActivity, { eventName: name }> & { readonly timestamp: bigint | null };

/** The last block the index has completed, and its hash: lists answer as of this block. */
export interface IndexHead {
  readonly block: bigint;
  readonly hash: string;
  /** The block's time (seconds since 1970), when the index stored the block. */
  readonly timestamp: bigint | undefined;
}

export async function indexHead(db: PolityDatabase): Promise<IndexHead | undefined> {
  const [cursor] = await db
    .select({ block: indexerCursor.blockNumber, hash: indexerCursor.blockHash, timestamp: indexedBlocks.timestamp })
    .from(indexerCursor)
    .leftJoin(indexedBlocks, eq(indexedBlocks.number, indexerCursor.blockNumber))
    .limit(1);
  if (cursor) return { ...cursor, timestamp: cursor.timestamp ?? undefined };
  // No cursor row (an index written by something else than the indexer): the newest stored block.
  const [newest] = await db.select({ block: max(indexedBlocks.number) }).from(indexedBlocks);
  if (newest?.block === null || newest?.block === undefined) return undefined;
  const [block] = await db.select().from(indexedBlocks).where(eq(indexedBlocks.number, BigInt(newest.block)));
  return { block: BigInt(newest.block), hash: block?.hash ?? '', timestamp: block?.timestamp };
}

/**
 * What the folded lists depend on: the newest stored log up to the head, with its block's hash. It
 * changes when a log is added, and when a reorganisation replaces one (the newest log's block is then
 * replaced too); not when empty blocks pass, so a list is not folded again for every block.
 */
export async function historyVersion(db: PolityDatabase, upTo: bigint): Promise<string> {
  const [newest] = await db
    .select({ block: chainLogs.blockNumber, logIndex: chainLogs.logIndex, blockHash: chainLogs.blockHash })
    .from(chainLogs)
    .where(lte(chainLogs.blockNumber, upTo))
    .orderBy(desc(chainLogs.blockNumber), desc(chainLogs.logIndex))
    .limit(1);
  return newest ? `${newest.block}:${newest.logIndex}:${newest.blockHash}` : 'none';
}

export interface EventFilter<name extends EventName> {
  readonly contract: PolityComponent;
  readonly names: readonly name[];
  readonly roundId?: bigint;
  readonly proposalId?: bigint;
  /** Only events up to this block (the index head), so that one answer is one consistent state. */
  readonly upTo: bigint;
}

/** The events of the given kinds, oldest first, decoded. */
export async function readEvents<name extends EventName>(db: PolityDatabase, filter: EventFilter<name>): Promise<IndexedEvent<name>[]> {
  const conditions = [eq(chainLogs.contract, filter.contract), inArray(chainLogs.eventName, [...filter.names]), lte(chainLogs.blockNumber, filter.upTo)];
  if (filter.roundId !== undefined) conditions.push(eq(chainLogs.roundId, filter.roundId.toString()));
  if (filter.proposalId !== undefined) conditions.push(eq(chainLogs.proposalId, filter.proposalId.toString()));
  const rows = await db
    .select({ log: chainLogs, timestamp: indexedBlocks.timestamp })
    .from(chainLogs)
    .leftJoin(indexedBlocks, eq(indexedBlocks.number, chainLogs.blockNumber))
    .where(and(...conditions))
    .orderBy(asc(chainLogs.blockNumber), asc(chainLogs.logIndex));
  const wanted = new Set<string>(filter.names);
  return rows.flatMap(({ log, timestamp }) => {
    const event = decodeActivity(log.contract as PolityComponent, logOfRow(log));
    // A row whose bytes no longer decode as its name says (a changed ABI) is left out, not guessed at.
    return event && wanted.has(event.eventName) ? [{ ...event, timestamp } as IndexedEvent<name>] : [];
  });
}

/** How many events of a kind each round has; with `distinctAccounts`, how many different accounts. */
export async function countPerRound(
  db: PolityDatabase,
  filter: { readonly contract: PolityComponent; readonly name: EventName; readonly upTo: bigint; readonly distinctAccounts?: boolean },
): Promise<Map<string, number>> {
  const counted = filter.distinctAccounts ? sql<string>`count(distinct ${chainLogs.account})` : sql<string>`count(*)`;
  const rows = await db
    .select({ roundId: chainLogs.roundId, count: counted })
    .from(chainLogs)
    .where(and(eq(chainLogs.contract, filter.contract), eq(chainLogs.eventName, filter.name), lte(chainLogs.blockNumber, filter.upTo)))
    .groupBy(chainLogs.roundId);
  return new Map(rows.flatMap((row) => (row.roundId === null ? [] : [[row.roundId, Number(row.count)] as const])));
}

/** The stored texts (markdown) among these content hashes. */
export async function storedTexts(db: PolityDatabase, hashes: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(hashes.map((hash) => hash.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ hash: contents.hash, bytes: contents.bytes })
    .from(contents)
    .where(and(inArray(contents.hash, wanted), like(contents.mediaType, 'text/%')));
  const decoder = new TextDecoder('utf-8', { fatal: false });
  return new Map(rows.map((row) => [row.hash.toLowerCase(), decoder.decode(row.bytes)]));
}

/** Which of these content hashes are stored images. */
export async function storedImages(db: PolityDatabase, hashes: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(hashes.map((hash) => hash.toLowerCase()))];
  if (wanted.length === 0) return new Set();
  const rows = await db
    .select({ hash: contents.hash })
    .from(contents)
    .where(and(inArray(contents.hash, wanted), like(contents.mediaType, 'image/%')));
  return new Set(rows.map((row) => row.hash.toLowerCase()));
}
