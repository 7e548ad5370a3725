import { TransactionReceiptNotFoundError, type Hash, type TransactionReceipt } from 'viem';
import { getTransactionReceipt, waitForTransactionReceipt } from 'viem/actions';
import type { PolityClient } from './client.js';

export interface WaitForReceiptParameters {
  readonly hash: Hash;
  /** Milliseconds before giving up (viem's default: 180,000). */
  readonly timeout?: number;
}

/**
 * Waits for a transaction's receipt. viem's `waitForTransactionReceipt` looks again only when a new
 * block arrives; when a node reports a transaction mined a moment before its receipt can be read (a
 * development node on a busy machine does), and the sender waits for this receipt before sending
 * anything else, no new block ever comes and the wait runs into its timeout although the transaction
 * succeeded. So the receipt is also asked for directly at the client's polling interval; whichever
 * answers first wins, and viem's wait still follows replaced (sped-up or cancelled) transactions.
 */
export async function waitForReceipt(client: PolityClient, { hash, timeout }: WaitForReceiptParameters): Promise<TransactionReceipt> {
  const stop = new AbortController();
  try {
    return await Promise.race([
      waitForTransactionReceipt(client, { hash, signal: stop.signal, ...(timeout === undefined ? {} : { timeout }) }),
      pollReceipt(client, hash, stop.signal),
    ]);
  } finally {
    stop.abort();
  }
}

/** Asks for the receipt until there is one; never settles otherwise (the race's other side times out). */
async function pollReceipt(client: PolityClient, hash: Hash, signal: AbortSignal): Promise<TransactionReceipt> {
  const interval = Math.min(Math.max(client.pollingInterval, 100), 1_000);
  for (;;) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, interval);
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
    if (signal.aborted) return new Promise<never>(() => {});
    try {
      return await getTransactionReceipt(client, { hash });
    } catch (error) {
      // Not mined yet, or the node did not answer this time: viem's wait reports lasting failures.
      if (!(error instanceof TransactionReceiptNotFoundError)) continue;
    }
  }
}
