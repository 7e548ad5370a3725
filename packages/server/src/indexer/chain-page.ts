/**
 * Reading one page of the polity's history from the chain: its logs (through the SDK's paged reader,
 * which halves a range the provider refuses), the blocks they are in and the page's last block. A page
 * whose blocks changed while it was being read (a reorganisation under the reader) is refused whole.
 */
import { BlockNotFoundError, type Address, type Hex, type Log, type PublicClient } from 'viem';
import { pagedLogs } from '@polity/sdk';
import type { StoredBlock } from './store.js';

/** The chain changed under a page while it was read: read it again. */
export class ChainMovedError extends Error {
  override name = 'ChainMovedError';
}

/** The chain's block at `number`, or undefined when the chain has none (yet, or any more). */
export async function chainBlock(chain: PublicClient, number: bigint): Promise<StoredBlock | undefined> {
  try {
    const block = await chain.getBlock({ blockNumber: number });
    if (block.hash === null) return undefined;
    return { number, hash: block.hash, timestamp: block.timestamp };
  } catch (error) {
    if (error instanceof BlockNotFoundError) return undefined;
    throw error;
  }
}

/** Blocks asked for at once: a batched JSON-RPC request each, not thousands in flight. */
const blocksPerBatch = 50;

async function chainBlocks(chain: PublicClient, numbers: readonly bigint[]): Promise<Map<bigint, StoredBlock>> {
  const blocks = new Map<bigint, StoredBlock>();
  for (let start = 0; start < numbers.length; start += blocksPerBatch) {
    const batch = await Promise.all(numbers.slice(start, start + blocksPerBatch).map((number) => chainBlock(chain, number)));
    for (const [index, block] of batch.entries()) {
      if (!block) throw new ChainMovedError(`block ${numbers[start + index]} holds logs but the chain no longer has it`);
      blocks.set(block.number, block);
    }
  }
  return blocks;
}

export interface ReadPageParameters {
  readonly addresses: readonly Address[];
  readonly fromBlock: bigint;
  readonly toBlock: bigint;
  /** Blocks per getLogs request to try first. */
  readonly pageSize: bigint;
  /** The block the page continues from, as the index holds it: it must still be the chain's. */
  readonly parent: { readonly number: bigint; readonly hash: Hex } | undefined;
  /** Told when the provider refused a range, with the size that it then accepted. */
  readonly onRangeRefused?: (acceptedSize: bigint) => void;
}

export interface ChainPage {
  readonly logs: readonly Log[];
  /** The blocks holding `logs`, by number. */
  readonly blocks: ReadonlyMap<bigint, StoredBlock>;
  /** The page's last block. */
  readonly end: StoredBlock;
}

export async function readChainPage(chain: PublicClient, parameters: ReadPageParameters): Promise<ChainPage> {
  const { fromBlock, toBlock, parent } = parameters;
  const end = await chainBlock(chain, toBlock);
  if (!end) throw new ChainMovedError(`block ${toBlock} is no longer on the chain`);
  const logs = await pagedLogs(chain, {
    address: parameters.addresses,
    fromBlock,
    toBlock,
    pageSize: parameters.pageSize,
    onPage: (page) => {
      // A part that ends before the page does was cut short by a refusal: that size is what passes.
      if (page.toBlock < toBlock && page.toBlock - page.fromBlock + 1n < parameters.pageSize) parameters.onRangeRefused?.(page.toBlock - page.fromBlock + 1n);
    },
  });
  // Nodes that give each log its block's timestamp (anvil, recent geth) spare a request per block.
  const blocks = new Map<bigint, StoredBlock>();
  for (const log of logs) {
    if (log.blockTimestamp !== undefined && log.blockTimestamp !== null) blocks.set(log.blockNumber!, { number: log.blockNumber!, hash: log.blockHash!, timestamp: log.blockTimestamp });
  }
  const missing = [...new Set(logs.map((log) => log.blockNumber!))].filter((number) => !blocks.has(number));
  const [fetched, endNow, parentNow] = await Promise.all([
    chainBlocks(chain, missing),
    chainBlock(chain, toBlock),
    parent ? chainBlock(chain, parent.number) : undefined,
  ]);
  for (const [number, block] of fetched) blocks.set(number, block);
  // The last block unchanged after the logs were read means that the chain up to it did not change
  // meanwhile (its hash commits to every block before it), so the logs are of that chain.
  if (endNow?.hash !== end.hash) throw new ChainMovedError(`block ${toBlock} changed while the page was read`);
  if (parent && parentNow?.hash !== parent.hash) throw new ChainMovedError(`block ${parent.number} changed while the page after it was read`);
  for (const log of logs) {
    if (log.blockHash !== blocks.get(log.blockNumber!)?.hash || (log.blockNumber === end.number && log.blockHash !== end.hash)) {
      throw new ChainMovedError(`block ${log.blockNumber} changed while its logs were read`);
    }
  }
  return { logs, blocks, end };
}
