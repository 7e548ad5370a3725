/**
 * Reconciliation: what the approved operations actually cost, from the EntryPoint's
 * `UserOperationEvent(userOpHash, sender, paymaster, nonce, success, actualGasCost, actualGasUsed)`
 * logs for the city's paymaster. Run lazily by the routes that show spending: it reads the blocks
 * since its last run (a bounded number of pages per run) and fills in `transactionHash`, `gasUsed` and
 * `paidWei` of the recorded actions. A failed operation was paid for too, and is recorded the same way.
 *
 * The block cursor lives in memory: after a restart the first run looks back
 * `reconcileLookbackBlocks` blocks, which covers any approval still valid. What was read also tells
 * which approvals lapsed unused ({@link LapseWindow}): those stop counting against the budget.
 */
import { getAbiItem, getAddress, parseEventLogs, type Address, type Log } from 'viem';
import { entryPoint08Abi, entryPoint08Address } from 'viem/account-abstraction';
import type { ServerContext } from '../context.js';
import type { PolityDatabase } from '../db/open.js';
import { awaitingSettlement, recordSettlement } from './ledger.js';

const userOperationEvent = getAbiItem({ abi: entryPoint08Abi, name: 'UserOperationEvent' });

/** Pages of `getLogs` one run reads at most, so that a request that triggers it stays quick. */
const PAGES_PER_RUN = 10;

/**
 * Records every `UserOperationEvent` among `logs` that settles an approved action; other logs and
 * operations the city did not approve are ignored. Returns how many actions were settled.
 */
export async function applyUserOperationEvents(db: PolityDatabase, logs: readonly Log[], paymaster: Address): Promise<number> {
  let settled = 0;
  for (const event of parseEventLogs({ abi: entryPoint08Abi, eventName: 'UserOperationEvent', logs: [...logs] })) {
    if (getAddress(event.address) !== entryPoint08Address || getAddress(event.args.paymaster) !== paymaster || event.transactionHash === null) continue;
    const recorded = await recordSettlement(db, {
      userOperationHash: event.args.userOpHash,
      transactionHash: event.transactionHash,
      gasUsed: event.args.actualGasUsed,
      paidWei: event.args.actualGasCost,
    });
    if (recorded) settled += 1;
  }
  return settled;
}

export interface Reconciler {
  /**
   * Reads the new blocks unless a run finished less than `minIntervalMs` ago, waiting for it at most
   * `maxWaitMs` (a slow RPC must not hold up the page that asked: the run goes on behind it). Never
   * throws: errors go to the log.
   */
  catchUp(): Promise<void>;
  /** Which unsettled approvals can no longer cost anything, as far as the blocks read so far show. */
  lapse(): LapseWindow | undefined;
}

/**
 * An approval given at or after `approvedFrom` (server clock) that the blocks read so far do not show,
 * and whose `validUntil` is before `expiredBefore` (the last block read, chain clock), has lapsed: the
 * EntryPoint refuses it in any later block, and every block it could have landed in was read.
 */
export interface LapseWindow {
  readonly approvedFrom: Date;
  readonly expiredBefore: Date;
}

export interface ReconcilerOptions {
  readonly minIntervalMs?: number;
  readonly maxWaitMs?: number;
}

export function createReconciler(context: ServerContext, options: ReconcilerOptions = {}): Reconciler {
  const minIntervalMs = options.minIntervalMs ?? 5_000;
  const maxWaitMs = options.maxWaitMs ?? 3_000;
  const { chain, db, log } = context;
  const { paymaster, reconcileLookbackBlocks } = context.config.sponsorship;
  const pageSize = BigInt(context.config.indexer.pageSize);
  const confirmations = BigInt(context.config.indexer.confirmations);
  /** The first block not read yet; undefined until the first run after start-up. */
  let nextBlock: bigint | undefined;
  /** When the reading began (server clock): later approvals can only land in blocks it reads. */
  let readingSince: Date | undefined;
  /** The time of the last block read (chain clock). */
  let readThrough: Date | undefined;
  let lastRun = -Infinity;
  let running: Promise<void> | undefined;

  const timeOf = async (blockNumber: bigint) => new Date(Number((await chain.getBlock({ blockNumber })).timestamp) * 1000);

  async function run(): Promise<void> {
    if (!paymaster) return;
    const runStarted = new Date();
    const head = (await chain.getBlockNumber()) - confirmations;
    if (head < 0n) return;
    const lookback = BigInt(reconcileLookbackBlocks);
    let from = nextBlock ?? (head > lookback ? head - lookback : 0n);
    if (from > head) return;
    const since = nextBlock === undefined ? runStarted : readingSince;
    // An approval that expired before block `from` cannot be in it or any later block: when no other
    // is waiting, there is nothing to look for.
    if (!(await awaitingSettlement(db, await timeOf(from)))) {
      from = head + 1n;
    } else {
      for (let page = 0; page < PAGES_PER_RUN && from <= head; page += 1) {
        const toBlock: bigint = from + pageSize - 1n < head ? from + pageSize - 1n : head;
        const logs = await chain.getLogs({ address: entryPoint08Address, event: userOperationEvent, args: { paymaster }, fromBlock: from, toBlock });
        const settled = await applyUserOperationEvents(db, logs, paymaster);
        if (settled > 0) log.info({ settled, fromBlock: from, toBlock }, 'sponsored actions settled');
        from = toBlock + 1n;
      }
    }
    const through = from > 0n ? await timeOf(from - 1n) : undefined;
    nextBlock = from;
    readingSince = since;
    readThrough = through;
  }

  function start(): Promise<void> {
    if (running) return running;
    if (performance.now() - lastRun < minIntervalMs) return Promise.resolve();
    running = run()
      .catch((error: unknown) => log.warn({ err: error }, 'reconciling sponsored actions failed; the next request tries again'))
      .finally(() => {
        lastRun = performance.now();
        running = undefined;
      });
    return running;
  }

  return {
    async catchUp() {
      let timer: NodeJS.Timeout | undefined;
      const patience = new Promise<void>((done) => {
        timer = setTimeout(done, maxWaitMs);
        timer.unref();
      });
      await Promise.race([start(), patience]);
      clearTimeout(timer);
    },
    lapse() {
      return readingSince && readThrough ? { approvedFrom: readingSince, expiredBefore: readThrough } : undefined;
    },
  };
}
