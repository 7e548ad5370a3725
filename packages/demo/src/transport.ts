import { toHex, type Transport } from 'viem';

/**
 * A transport that adds a margin to gas: to estimates, and to transactions the node fills in itself
 * (accounts the node signs for). Contracts that checkpoint by timestamp cost more when a transaction
 * lands in a later second than the estimate assumed (a new checkpoint instead of an update), so a bare
 * estimate can run out of gas; browser wallets add such a margin themselves.
 */
export function withGasMargin(transport: Transport, percent = 30n): Transport {
  return (options) => {
    const inner = transport(options);
    const request = inner.request as (args: { method: string; params?: unknown }) => Promise<unknown>;
    const margin = (gas: unknown) => toHex((BigInt(gas as string) * (100n + percent)) / 100n);
    return {
      ...inner,
      async request(args: { method: string; params?: unknown }) {
        if (args.method === 'eth_sendTransaction' && Array.isArray(args.params)) {
          const [transaction, ...rest] = args.params as [Record<string, unknown>, ...unknown[]];
          if (transaction.gas === undefined) {
            const gas = await request({ method: 'eth_estimateGas', params: [transaction] });
            return request({ method: args.method, params: [{ ...transaction, gas: margin(gas) }, ...rest] });
          }
        }
        const result = await request(args);
        return args.method === 'eth_estimateGas' && typeof result === 'string' ? margin(result) : result;
      },
    } as ReturnType<Transport>;
  };
}
