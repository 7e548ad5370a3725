import { toHex, type Transport } from 'viem';

/**
 * A transport that adds a margin to gas: to every estimate, and to transactions sent without a gas
 * limit that the node fills in itself (accounts the node signs for, as on a local development chain).
 *
 * Why: Polity's contracts checkpoint by timestamp. A transaction estimated in one second and mined in
 * the next writes a new checkpoint where the estimate assumed an update in place, and a script sending
 * many transactions a second (seeding a demo city, importing thousands of residents, replaying an
 * election) can run out of gas with a bare estimate. The SDK's writes already add a margin to their own
 * estimate; wrap the transport too when a node signs, or when other code sends without a gas limit.
 * Browser wallets add such a margin themselves.
 */
export function withGasMargin<transport extends Transport>(transport: transport, percent = 30n): transport {
  return ((options) => {
    const inner = transport(options);
    const request = inner.request as (args: { method: string; params?: unknown }) => Promise<unknown>;
    // The margin never asks for more than a block holds (a whole polity's deployment is about 19M gas).
    const margin = async (gas: unknown): Promise<string> => {
      const withMargin = (BigInt(gas as string) * (100n + percent)) / 100n;
      if (withMargin <= 15_000_000n) return toHex(withMargin);
      const block = (await request({ method: 'eth_getBlockByNumber', params: ['latest', false] })) as { gasLimit?: string } | null;
      const limit = block?.gasLimit === undefined ? undefined : BigInt(block.gasLimit);
      return toHex(limit !== undefined && withMargin > limit ? (BigInt(gas as string) > limit ? BigInt(gas as string) : limit) : withMargin);
    };
    return {
      ...inner,
      async request(args: { method: string; params?: unknown }) {
        if (args.method === 'eth_sendTransaction' && Array.isArray(args.params)) {
          const [transaction, ...rest] = args.params as [Record<string, unknown>, ...unknown[]];
          if (transaction.gas === undefined) {
            const gas = await request({ method: 'eth_estimateGas', params: [transaction] });
            return request({ method: args.method, params: [{ ...transaction, gas: await margin(gas) }, ...rest] });
          }
        }
        const result = await request(args);
        return args.method === 'eth_estimateGas' && typeof result === 'string' ? await margin(result) : result;
      },
    } as ReturnType<Transport>;
  }) as transport;
}
