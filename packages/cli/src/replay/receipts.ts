import { TransactionReceiptNotFoundError, type Hex, type TransactionReceipt } from 'viem';
import type { CliClient } from '../chain/connection.js';

/**
 * Confirms many transactions with one poll: every interval, the receipts of all transactions still
 * awaited are asked for at once (the transport sends them as JSON-RPC batches), instead of one
 * waitForTransactionReceipt loop per transaction. Works on any chain; on a node that mines each
 * transaction as it arrives the first poll finds them all.
 */
export class ReceiptWatcher {
  readonly #awaited = new Map<Hex, { resolve: (receipt: TransactionReceipt) => void; reject: (error: unknown) => void }>();
  #polling: Promise<void> | undefined;

  constructor(
    private readonly client: CliClient,
    private readonly intervalMs: number,
  ) {}

  /** The receipt of `hash` once it is mined. */
  receiptOf(hash: Hex): Promise<TransactionReceipt> {
    const receipt = new Promise<TransactionReceipt>((resolve, reject) => this.#awaited.set(hash, { resolve, reject }));
    this.#polling ??= this.#poll().finally(() => {
      this.#polling = undefined;
    });
    return receipt;
  }

  async #poll(): Promise<void> {
    while (this.#awaited.size > 0) {
      const hashes = [...this.#awaited.keys()];
      try {
        const receipts = await Promise.all(hashes.map((hash) => this.client.getTransactionReceipt({ hash }).catch(notYetMined)));
        receipts.forEach((receipt, index) => {
          if (receipt === undefined) return;
          const hash = hashes[index]!;
          this.#awaited.get(hash)?.resolve(receipt);
          this.#awaited.delete(hash);
        });
      } catch (error) {
        for (const [hash, waiter] of this.#awaited) {
          waiter.reject(error);
          this.#awaited.delete(hash);
        }
        return;
      }
      if (this.#awaited.size > 0) await new Promise((wake) => setTimeout(wake, this.intervalMs));
    }
  }
}

/** viem reports a transaction without a receipt as an error; here it only means "not mined yet". */
function notYetMined(error: unknown): undefined {
  if (error instanceof TransactionReceiptNotFoundError) return undefined;
  throw error;
}
