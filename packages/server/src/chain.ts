import { createPublicClient, defineChain, fallback, http, type PublicClient } from 'viem';
import type { ServerConfig } from './config.js';

/**
 * A client for the polity's chain over every configured RPC URL: the next one is tried when one is
 * down, and each retries with a growing delay when it answers "too many requests".
 */
export function chainClient(config: ServerConfig): PublicClient {
  const chain = defineChain({
    id: config.chain.id,
    name: `chain ${config.chain.id}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: config.chain.rpcUrls } },
  });
  const transports = config.chain.rpcUrls.map((url) => http(url, { retryCount: 4, retryDelay: 250, timeout: 20_000, batch: { batchSize: 100, wait: 0 } }));
  return createPublicClient({ chain, transport: transports.length === 1 ? transports[0]! : fallback(transports), pollingInterval: 500 });
}
