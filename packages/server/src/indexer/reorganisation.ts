/**
 * Noticing and undoing a reorganisation. The index remembers the hash of its cursor block and of
 * every block it holds logs of; a block hash commits to all blocks before it, so the cursor block's
 * hash alone shows whether anything the index holds was replaced. When it was, the newest stored
 * block the chain still has is where the index goes back to, and everything above it is read again.
 */
import type { PublicClient } from 'viem';
import type { PolityDatabase } from '../db/open.js';
import { chainBlock } from './chain-page.js';
import { storedBlocksBelow, type Cursor, type StoredBlock } from './store.js';

/** Stored blocks compared with the chain per round trip while looking for the fork. */
const blocksPerLook = 16;

/** How many of the newest stored blocks are compared before each step, besides the cursor block. */
const recentBlocksChecked = 3;

/** Whether the cursor block and the newest few stored blocks are still the chain's. */
export async function indexStillOnChain(chain: PublicClient, db: PolityDatabase, cursor: Cursor): Promise<boolean> {
  const recent = await storedBlocksBelow(db, cursor.blockNumber, recentBlocksChecked);
  const expected = [{ number: cursor.blockNumber, hash: cursor.blockHash }, ...recent];
  const actual = await Promise.all(expected.map((block) => chainBlock(chain, block.number)));
  return expected.every((block, index) => actual[index]?.hash === block.hash);
}

/**
 * The newest stored block at or below the cursor that the chain still has, or undefined when none
 * is (the index then starts again from the polity's deployment).
 */
export async function forkPoint(chain: PublicClient, db: PolityDatabase, cursor: Cursor): Promise<StoredBlock | undefined> {
  let below = cursor.blockNumber;
  for (;;) {
    const stored = await storedBlocksBelow(db, below, blocksPerLook);
    if (stored.length === 0) return undefined;
    const onChain = await Promise.all(stored.map((block) => chainBlock(chain, block.number)));
    const kept = stored.find((block, index) => onChain[index]?.hash === block.hash);
    if (kept) return kept;
    below = stored.at(-1)!.number - 1n;
    if (below < 0n) return undefined;
  }
}
