/**
 * Reconciliation: what the approved operations actually cost, from the EntryPoint's
 * `UserOperationEvent(userOpHash, sender, paymaster, nonce, success, actualGasCost, actualGasUsed)`
 * logs for the city's paymaster. Run lazily by the routes that show spending: it reads the blocks
 * since its last run (a bounded number of pages per run) and fills in `transactionHash`, `gasUsed` and
 * `paidWei` of the recorded actions. A failed operation was paid for too, and is recorded the same way.
 *
 * The block cursor lives in memory: after a restart the first run looks back
 * `reconcileLookbackBlocks` blocks, which covers any approval still valid.
 */
import { getAbiItem, getAddress, parseEventLogs, type Address, type Log } from 'viem';
import { entryPoint08Abi, entryPoint08Address } from 'viem/account-abstraction';
import type { ServerContext } from '../context.js';
import type { PolityDatabase } from '../db/open.js';
import { awaitingSettlement, recordSettlement } from './ledger.js';

const userOperationEvent = getAbiItem({ abi: entryPoint08Abi, name: 'UserOperationEvent' });

/** Pages of `getLogs` one run reads at most, so that a request that triggers it stays quick. */
const PAGES_PER_RUN = 10;
/** How long after an approval's end the chain may still show it (the chain's clock may lag the server's). */
const CLOCK_SLACK_MS = 3_600_000;

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
  let nextBlock: bigint | undefined;
  let lastRun = -Infinity;
  let running: Promise<void> | undefined;

  async function run(): Promise<void> {
    if (!paymaster) return;
    const head = (await chain.getBlockNumber()) - confirmations;
    if (head < 0n) return;
    let from = nextBlock ?? (head > BigInt(reconcileLookbackBlocks) ? head - BigInt(reconcileLookbackBlocks) : 0n);
    // Read after the head: an action approved later cannot have landed at or before it.
    if (!(await awaitingSettlement(db, new Date(Date.now() - CLOCK_SLACK_MS)))) {
      nextBlock = head + 1n;
      return;
    }
    for (let page = 0; page < PAGES_PER_RUN && from <= head; page += 1) {
      const toBlock: bigint = from + pageSize - 1n < head ? from + pageSize - 1n : head;
      const logs = await chain.getLogs({ address: entryPoint08Address, event: userOperationEvent, args: { paymaster }, fromBlock: from, toBlock });
      const settled = await applyUserOperationEvents(db, logs, paymaster);
      if (settled > 0) log.info({ settled, fromBlock: from, toBlock }, 'sponsored actions settled');
      from = toBlock + 1n;
      nextBlock = from;
    }
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
  };
}
