import { toHex, type Transport } from 'viem';

/**
 * Adds a margin to the gas of transactions the local node fills in for demo accounts. Polity's
 * contracts checkpoint by timestamp, so a transaction mined in a later second than its estimate can
 * need more gas (a new checkpoint instead of an update); browser wallets add such a margin
 * themselves, the node does not.
 */
export function withGasMargin(transport: Transport, percent = 30n): Transport {
  return (options) => {
    const inner = transport(options);
    const request = inner.request as (args: { method: string; params?: unknown }) => Promise<unknown>;
    return {
      ...inner,
      async request(args: { method: string; params?: unknown }) {
        if (args.method === 'eth_sendTransaction' && Array.isArray(args.params)) {
          const [transaction, ...rest] = args.params as [Record<string, unknown>, ...unknown[]];
          if (transaction.gas === undefined) {
            const gas = BigInt((await request({ method: 'eth_estimateGas', params: [transaction] })) as string);
            return request({ method: args.method, params: [{ ...transaction, gas: toHex((gas * (100n + percent)) / 100n) }, ...rest] });
          }
        }
        return request(args);
      },
    } as ReturnType<Transport>;
  };
}
