/**
 * Demo-only helpers for a local chain: moving its clock forward so that phases and voting periods pass
 * without waiting. Never offered on another network (`session.demoAvailable`).
 */
import { createTestClient, http } from 'viem';
import { session } from './session.svelte';

export async function skipTime(seconds: number): Promise<void> {
  if (!session.demoAvailable || !session.config || !session.chain) throw new Error('skipping time is only possible on the local demo chain');
  const client = createTestClient({ chain: session.chain, mode: 'anvil', transport: http(session.config.rpcUrl) });
  await client.increaseTime({ seconds });
  await client.mine({ blocks: 1 });
  session.changed();
}

/** The chain's clock now (the latest block's timestamp), in seconds. */
export async function chainNow(): Promise<bigint> {
  const block = await session.reader.getBlock();
  return block.timestamp;
}
