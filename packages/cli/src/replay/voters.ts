import { concat, keccak256, numberToHex, parseEther, type Account, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { Connection } from '../chain/connection.js';
import { readInBulk } from './bulk.js';

/**
 * Voter i's account: its key is keccak256(seed ‖ i) for the replay's secret seed, so a restarted replay
 * finds the same voters. Each voter sends exactly one transaction, its ballot, at nonce 0: a ballot
 * sent again after a crash can only replace the first in the mempool, never be a second ballot.
 */
export function voterAccount(seed: Hex, index: number): Account {
  return privateKeyToAccount(keccak256(concat([seed, numberToHex(index, { size: 32 })])));
}

/** What a voter needs for one ballot: gas for a long ballot at twice today's fees, with room to spare. */
export const ballotGasAllowance = 400_000n;

/**
 * Gives each voter what one ballot costs. A development node sets balances directly; elsewhere the
 * sender pays, one transfer per voter, sent with consecutive nonces without waiting and then confirmed.
 * Voters that voted already (nonce above 0) or hold enough are skipped, so a restart pays nobody twice.
 */
export async function fundVoters(connection: Connection, voters: readonly Account[], onFunded: (count: number) => void): Promise<void> {
  const { client } = connection;
  if (connection.devClient !== undefined) {
    const balance = parseEther('1');
    const devClient = connection.devClient;
    // All at once, a thousand at a time: the transport sends them as JSON-RPC batches.
    await readInBulk(voters, async (voter) => {
      await devClient.setBalance({ address: voter.address, value: balance });
      onFunded(1);
    });
    return;
  }
  const { maxFeePerGas } = await client.estimateFeesPerGas();
  const need = ballotGasAllowance * maxFeePerGas * 2n;
  const states = await Promise.all(
    voters.map(async (voter) => ({
      voter,
      nonce: await client.getTransactionCount({ address: voter.address, blockTag: 'pending' }),
      balance: await client.getBalance({ address: voter.address }),
    })),
  );
  const unfunded = states.filter((state) => state.nonce === 0 && state.balance < need);
  onFunded(voters.length - unfunded.length);
  let nonce = await client.getTransactionCount({ address: connection.account.address, blockTag: 'pending' });
  const hashes: Hex[] = [];
  for (const { voter, balance } of unfunded) {
    hashes.push(await client.sendTransaction({ to: voter.address, value: need - balance, nonce }));
    nonce += 1;
  }
  await pool(hashes, 8, async (hash) => {
    await client.waitForTransactionReceipt({ hash });
    onFunded(1);
  });
}

/** Runs `work` on every item with at most `size` at a time; the first failure stops new work and is thrown. */
export async function pool<item>(items: readonly item[], size: number, work: (item: item, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next;
      next += 1;
      try {
        await work(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  if (failure !== undefined) throw failure.error;
}
