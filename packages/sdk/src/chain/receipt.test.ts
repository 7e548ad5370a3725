// A node that reports a transaction mined before its receipt can be read, on a chain where no further
// block comes (the sender waits for this receipt first): viem's own wait looks again only on a new
// block and stalls; waitForReceipt asks again by itself and returns the receipt.
import { createPublicClient, createWalletClient, custom, http, parseEther, type EIP1193RequestFn, type Hash } from 'viem';
import { sendTransaction, waitForTransactionReceipt } from 'viem/actions';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startAnvil, type Anvil } from '../node/anvil.js';
import { waitForReceipt } from './receipt.js';

const devKeyAccount = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

describe('waitForReceipt', () => {
  let anvil: Anvil;
  beforeAll(async () => {
    anvil = await startAnvil();
  });
  afterAll(async () => anvil?.stop());

  /** A client whose first `misses` receipt lookups of `hash` answer "not found", as a lagging node does. */
  function laggingClient(hash: Hash, misses: number) {
    const upstream = http(anvil.url)({ chain: foundry, retryCount: 0 });
    let lookups = 0;
    const request = (async (args) => {
      if (args.method === 'eth_getTransactionReceipt' && (args.params as unknown[])[0] === hash && lookups++ < misses) return null;
      return upstream.request(args);
    }) as EIP1193RequestFn;
    return { client: createPublicClient({ chain: foundry, transport: custom({ request }), pollingInterval: 100, cacheTime: 0 }), lookups: () => lookups };
  }

  async function sendOne(): Promise<Hash> {
    const wallet = createWalletClient({ chain: foundry, transport: http(anvil.url), account: devKeyAccount });
    const hash = await sendTransaction(wallet, { to: '0x000000000000000000000000000000000000dEaD', value: parseEther('0.001') });
    // Mined (automine) before anyone waits: from here on no block comes unless someone sends.
    await waitForTransactionReceipt(createPublicClient({ chain: foundry, transport: http(anvil.url) }), { hash });
    return hash;
  }

  test("viem's wait alone stalls when the first lookups miss and no block follows", async () => {
    const hash = await sendOne();
    const { client } = laggingClient(hash, 2);
    await expect(waitForTransactionReceipt(client, { hash, timeout: 3_000 })).rejects.toThrow(/Timed out/);
  });

  test('waitForReceipt returns the receipt all the same', async () => {
    const hash = await sendOne();
    const lagging = laggingClient(hash, 3);
    const receipt = await waitForReceipt(lagging.client, { hash });
    expect(receipt.transactionHash).toBe(hash);
    expect(receipt.status).toBe('success');
    expect(lagging.lookups()).toBeGreaterThanOrEqual(4);
  });
});
