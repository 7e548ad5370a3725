/**
 * The indexer: follows the polity's six contracts from their deployment up to the head less the
 * configured confirmations, storing every log raw (with the columns lists filter on) so that the web
 * app reads the audit trail in one request instead of paging the chain on every visit.
 *
 * Each step checks that what the index holds is still the chain's (a reorganisation is undone before
 * anything else), reads one page of logs and stores it together with the cursor in one transaction:
 * a process killed at any instant leaves the page stored or not at all, and the next start resumes
 * from the cursor. Failures (an RPC down, rate-limited, or refusing ranges) are retried with a growing
 * delay for as long as it takes; only a database that belongs to another chain stops the indexer.
 */
import { BaseError, type Address } from 'viem';
import type { PolityComponent } from '@polity/sdk';
import type { ServerContext } from '../context.js';
import { backoffDelay } from './backoff.js';
import { ChainMovedError, readChainPage } from './chain-page.js';
import { checkChainIdentity, IndexerChainMismatchError } from './chain-identity.js';
import { forkPoint, indexStillOnChain } from './reorganisation.js';
import { chainLogRow, componentsByAddress, type ChainLogRow } from './rows.js';
import { readCursor, rewindTo, storePage, type Cursor, type StoredBlock } from './store.js';

export { IndexerChainMismatchError } from './chain-identity.js';

export interface IndexerStatus {
  /** The last block the index holds (undefined before the first page is stored). */
  readonly indexedBlock: bigint | undefined;
  /** The chain's head when last asked. */
  readonly headBlock: bigint | undefined;
  /** Whether the index has reached the head less the confirmations at least once since start-up. */
  readonly caughtUp: boolean;
  /** The last error, while the indexer is retrying (or why it stopped for good). */
  readonly lastError: string | undefined;
  /** Set when the indexer refused to go on (the database or RPC belongs to another chain). */
  readonly fatalError?: string;
}

export interface Indexer {
  status(): IndexerStatus;
  /** Resolves once the index holds every confirmed block up to the head as it is now. */
  synced(): Promise<void>;
  /** Finishes the page being written (or rolls it back), then stops. */
  stop(): Promise<void>;
}

/** A step's outcome: more to read at once, or nothing until the chain moves on. */
type StepOutcome = 'progressed' | 'caught-up';

/** Successful pages after which a page size cut by a refusal is tried doubled again. */
const pagesBeforeRegrowth = 50;

interface SyncWaiter {
  /** Resolved by a step that started after this many steps had started. */
  readonly afterStep: number;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

export class IndexerStoppedError extends Error {
  override name = 'IndexerStoppedError';
}

class PolityIndexer implements Indexer {
  private readonly components: Map<Address, PolityComponent>;
  private readonly addresses: Address[];
  private readonly startBlock: bigint;
  private readonly configuredPageSize: bigint;
  private pageSize: bigint;
  private pagesSinceRefusal = 0;
  private genesis: StoredBlock | undefined;
  private indexedBlock: bigint | undefined;
  private headBlock: bigint | undefined;
  private caughtUp = false;
  private lastError: string | undefined;
  private fatal: Error | undefined;
  private stopping = false;
  private stepsStarted = 0;
  private waiters: SyncWaiter[] = [];
  private wakeUp: ((reason: 'sync' | 'stop') => void) | undefined;
  private readonly running: Promise<void>;
  private readonly startedAt = performance.now();
  private eventsStored = 0;

  constructor(private readonly context: ServerContext) {
    this.components = componentsByAddress(context.polity);
    this.addresses = [...this.components.keys()];
    this.startBlock = context.polity.deployedAtBlock ?? 0n;
    this.configuredPageSize = BigInt(context.config.indexer.pageSize);
    this.pageSize = this.configuredPageSize;
    this.running = this.run();
  }

  status(): IndexerStatus {
    return {
      indexedBlock: this.indexedBlock,
      headBlock: this.headBlock,
      caughtUp: this.caughtUp,
      lastError: this.lastError,
      ...(this.fatal ? { fatalError: this.fatal.message } : {}),
    };
  }

  synced(): Promise<void> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.stopping) return Promise.reject(new IndexerStoppedError('the indexer is stopped'));
    return new Promise((resolve, reject) => {
      this.waiters.push({ afterStep: this.stepsStarted, resolve, reject });
      this.wakeUp?.('sync');
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.('stop');
    await this.running;
    this.rejectWaiters(new IndexerStoppedError('the indexer was stopped before it caught up'));
  }

  private async run(): Promise<void> {
    const log = this.context.log.child({ part: 'indexer' });
    let failures = 0;
    while (!this.stopping) {
      const stepNumber = ++this.stepsStarted;
      try {
        const outcome = await this.step(log);
        failures = 0;
        this.lastError = undefined;
        if (outcome === 'caught-up') {
          if (!this.caughtUp) log.info({ indexedBlock: this.indexedBlock?.toString(), seconds: Math.round((performance.now() - this.startedAt) / 100) / 10, events: this.eventsStored }, 'caught up with the chain');
          this.caughtUp = true;
          this.resolveWaiters(stepNumber);
          // Someone asked for a sync during this step: the next one starts now, not after the poll.
          if (this.waiters.length === 0) await this.sleep(this.context.config.indexer.pollIntervalMs, true);
        }
      } catch (error) {
        if (error instanceof IndexerChainMismatchError) {
          this.fatal = error;
          this.lastError = error.message;
          log.error({ err: error }, 'indexer stopped: this database or RPC belongs to another chain');
          this.rejectWaiters(error);
          return;
        }
        failures += 1;
        this.lastError = describeFailure(error);
        // A page refused because the chain moved under it is read again soon; anything else waits longer.
        const delay = error instanceof ChainMovedError ? backoffDelay(failures, 50, 5_000) : backoffDelay(failures);
        log.warn({ err: error, failures, retryInMs: delay }, error instanceof ChainMovedError ? 'the chain moved while a page was read; reading it again' : 'indexer step failed; backing off');
        await this.sleep(delay, false);
      }
    }
  }

  private async step(log: ServerContext['log']): Promise<StepOutcome> {
    const { chain, db, config } = this.context;
    this.genesis ??= await checkChainIdentity(chain, db, config.chain.id);
    const head = await chain.getBlockNumber({ cacheTime: 0 });
    this.headBlock = head;
    const cursor = await readCursor(db);
    this.indexedBlock = cursor?.blockNumber;
    if (cursor && !(await indexStillOnChain(chain, db, cursor))) {
      await this.rewind(log, cursor);
      return 'progressed';
    }
    const target = head - BigInt(config.indexer.confirmations);
    const next = cursor && cursor.blockNumber + 1n > this.startBlock ? cursor.blockNumber + 1n : this.startBlock;
    if (target < next) return 'caught-up';
    const toBlock = next + this.pageSize - 1n < target ? next + this.pageSize - 1n : target;
    await this.storeNextPage(log, cursor, next, toBlock);
    return 'progressed';
  }

  private async storeNextPage(log: ServerContext['log'], cursor: Cursor | undefined, fromBlock: bigint, toBlock: bigint): Promise<void> {
    const { chain, db, config } = this.context;
    const started = performance.now();
    const page = await readChainPage(chain, {
      addresses: this.addresses,
      fromBlock,
      toBlock,
      pageSize: this.pageSize,
      parent: cursor ? { number: cursor.blockNumber, hash: cursor.blockHash } : undefined,
      onRangeRefused: (accepted) => {
        this.pageSize = accepted;
        this.pagesSinceRefusal = 0;
        log.warn({ pageSize: accepted.toString() }, 'the RPC refused a range of blocks; reading smaller pages');
      },
    });
    // Stopping: the page read is dropped rather than stored; the next start reads it again.
    if (this.stopping) return;
    const rows = page.logs.map((chainLog) => chainLogRow(chainLog, this.components)).filter((row): row is ChainLogRow => row !== undefined);
    const blocks = new Map<bigint, StoredBlock>([[page.end.number, page.end]]);
    for (const row of rows) blocks.set(row.blockNumber, page.blocks.get(row.blockNumber)!);
    if (!cursor && this.genesis) blocks.set(0n, this.genesis);
    const stored = await storePage(db, {
      after: cursor,
      cursor: { chainId: config.chain.id, blockNumber: page.end.number, blockHash: page.end.hash },
      rows,
      blocks: [...blocks.values()],
    });
    if (!stored) {
      log.info({ fromBlock: fromBlock.toString() }, 'another process stored this page first; reading on from its cursor');
      return;
    }
    this.indexedBlock = page.end.number;
    this.eventsStored += rows.length;
    this.growPageSize();
    const seconds = (performance.now() - started) / 1000;
    const fields = { fromBlock: fromBlock.toString(), toBlock: toBlock.toString(), events: rows.length, eventsPerSecond: Math.round(rows.length / Math.max(seconds, 0.001)), ms: Math.round(seconds * 1000) };
    // Following the head, a page is a block or two: worth a line only when something happened.
    if (this.caughtUp && rows.length === 0) log.debug(fields, 'page stored');
    else log.info(fields, 'page stored');
  }

  private async rewind(log: ServerContext['log'], cursor: Cursor): Promise<void> {
    const { chain, db } = this.context;
    const kept = await forkPoint(chain, db, cursor);
    const { rewound, logsRemoved } = await rewindTo(db, cursor, kept);
    if (!rewound) return;
    this.indexedBlock = kept?.number;
    if (!kept) this.genesis = undefined;
    log.warn(
      { from: cursor.blockNumber.toString(), backTo: kept?.number.toString() ?? null, logsRemoved },
      kept ? 'reorganisation: the index went back to the newest block the chain still has' : 'reorganisation below everything indexed: indexing again from the start',
    );
  }

  /** After a long run without refusals, a page size cut by one is tried larger again. */
  private growPageSize(): void {
    if (this.pageSize >= this.configuredPageSize) return;
    this.pagesSinceRefusal += 1;
    if (this.pagesSinceRefusal < pagesBeforeRegrowth) return;
    this.pagesSinceRefusal = 0;
    this.pageSize = this.pageSize * 2n < this.configuredPageSize ? this.pageSize * 2n : this.configuredPageSize;
  }

  /** Waits `ms`; `stop()` ends any wait, `synced()` only the poll between steps (not a backoff). */
  private sleep(ms: number, wakeForSync: boolean): Promise<void> {
    if (this.stopping || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = (reason) => {
        if (reason === 'stop' || wakeForSync) done();
      };
    });
  }

  private resolveWaiters(step: number): void {
    const ready = this.waiters.filter((waiter) => step > waiter.afterStep);
    this.waiters = this.waiters.filter((waiter) => step <= waiter.afterStep);
    for (const waiter of ready) waiter.resolve();
  }

  private rejectWaiters(error: Error): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) waiter.reject(error);
  }
}

/** One line for /ready and the log: viem's short message with its details (the node's own words). */
function describeFailure(error: unknown): string {
  if (error instanceof BaseError) return error.details && error.details !== error.shortMessage ? `${error.shortMessage} ${error.details}` : error.shortMessage;
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

export function startIndexer(context: ServerContext): Indexer {
  return new PolityIndexer(context);
}
