import { TransactionReceiptNotFoundError, type Hex, type TransactionReceipt } from 'viem';
import type { Connection } from '../chain/connection.js';
import { readInBulk } from './bulk.js';

/**
 * What a replay records about the development node's mining, so that a run killed while it mined
 * blocks itself can give the node back as it found it.
 */
export interface BlockMining {
  /** Whether an earlier run turned the node's automine off and may not have turned it on again. */
  readonly turnedOff: boolean;
  /** Records (and saves, before anything is changed) whether automine is off because of the replay. */
  readonly record: (turnedOff: boolean) => Promise<void>;
}

export interface BlockMiner {
  /** Mines blocks until every transaction in `hashes` is in one; their receipts, in order. */
  mineUntilIncluded(hashes: readonly Hex[]): Promise<TransactionReceipt[]>;
  /** Mines what is waiting and turns automine on again. */
  restore(): Promise<void>;
}

/**
 * A node in automine mode (anvil's and Hardhat's default) mines every transaction in a block of its own,
 * and a block costs the node far more than a ballot. With automine off for the time of the casting,
 * a whole window of ballots goes into one block (or a few, when they exceed its gas limit), mined on
 * request. A node that already mines on an interval or on request is left alone (undefined: ballots are
 * confirmed as the node mines them). When an earlier run left automine off, it is mined and turned on
 * again here first.
 */
export async function blockMiner(connection: Connection, mining: BlockMining): Promise<BlockMiner | undefined> {
  const { devClient, client } = connection;
  if (devClient === undefined) return undefined;
  if (!(await devClient.getAutomine())) return undefined;
  const restore = async (): Promise<void> => {
    await devClient.mine({ blocks: 1 });
    await devClient.setAutomine(true);
    await mining.record(false);
  };
  // Blocks full of ballots raise the base fee by up to 12.5% each: over the hundreds a large file
  // fills, the fee would outgrow what each voter was funded with and the node would refuse ballots.
  // Each block is mined at the base fee the casting started with, as blocks of one ballot each had.
  const { baseFeePerGas } = await client.getBlock();
  await mining.record(true);
  await devClient.setAutomine(false);
  return {
    restore,
    async mineUntilIncluded(hashes) {
      const receipts = new Array<TransactionReceipt | undefined>(hashes.length);
      for (let idle = 0; ; ) {
        if (baseFeePerGas !== null) await devClient.setNextBlockBaseFeePerGas({ baseFeePerGas });
        await devClient.mine({ blocks: 1 });
        const missing = hashes.flatMap((hash, index) => (receipts[index] === undefined ? [{ hash, index }] : []));
        const found = await readInBulk(missing, ({ hash }) => client.getTransactionReceipt({ hash }).catch(notYetMined));
        idle = found.some((receipt) => receipt !== undefined) ? 0 : idle + 1;
        if (idle >= 10) throw new Error(`${missing.length} ballots sent stay out of ten blocks mined for them (dropped by the node?)`);
        found.forEach((receipt, at) => {
          receipts[missing[at]!.index] = receipt;
        });
        if (receipts.every((receipt) => receipt !== undefined)) return receipts as TransactionReceipt[];
      }
    },
  };
}

/** Mines what a run killed mid-casting left waiting, and turns automine on again, when that run turned it off. */
export async function recoverMining(connection: Connection, mining: BlockMining): Promise<void> {
  const { devClient } = connection;
  if (devClient === undefined || !mining.turnedOff) return;
  if (!(await devClient.getAutomine())) {
    await devClient.mine({ blocks: 1 });
    await devClient.setAutomine(true);
  }
  await mining.record(false);
}

function notYetMined(error: unknown): undefined {
  if (error instanceof TransactionReceiptNotFoundError) return undefined;
  throw error;
}
