/**
 * The indexer tests' fixture: the demo city seeded once on a local anvil, a server configuration for
 * it, and the city's activity as the chain itself answers it (`getActivity`), which every index must
 * equal event for event.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { createPublicClient, http, type PublicClient } from 'viem';
import { foundry } from 'viem/chains';
import { getActivity, type PolityActivity, type PolityAddresses } from '@polity/sdk';
import { seedCity, startAnvil, type Anvil, type DemoCity } from '@polity/demo';
import { parseServerConfig, type ServerConfig, type ServerConfigInput } from '../../src/config.js';

export interface SeededCity {
  readonly anvil: Anvil;
  readonly city: DemoCity;
  readonly chain: PublicClient;
  stop(): Promise<void>;
}

export async function startSeededCity(): Promise<SeededCity> {
  const anvil = await startAnvil();
  try {
    const city = await seedCity({ rpcUrl: anvil.url });
    // No cached block number: the tests compare the index with the head as it is now.
    const chain = createPublicClient({ chain: foundry, transport: http(anvil.url, { retryCount: 0 }), cacheTime: 0 }) as PublicClient;
    return { anvil, city, chain, stop: () => anvil.stop() };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}

/** The polity's configuration block, as a configuration file writes it. */
export function polityConfig(polity: PolityAddresses): ServerConfigInput['polity'] {
  const { chainId: _chainId, deployedAtBlock, ...addresses } = polity;
  return { ...addresses, ...(deployedAtBlock === undefined ? {} : { deployedAtBlock: deployedAtBlock.toString() }) };
}

export interface IndexingConfigOptions {
  readonly rpcUrl: string;
  readonly polity: PolityAddresses;
  readonly dataDir: string;
  readonly pageSize?: number;
  readonly confirmations?: number;
  readonly pollIntervalMs?: number;
}

/** A server that indexes the polity (no confirmations, a quick poll) on a free port, as a config file's JSON. */
export function indexingConfigInput(options: IndexingConfigOptions): ServerConfigInput {
  return {
    port: 0,
    chain: { id: options.polity.chainId, rpcUrls: [options.rpcUrl] },
    polity: polityConfig(options.polity),
    database: { dataDir: options.dataDir },
    indexer: { enabled: true, confirmations: options.confirmations ?? 0, pollIntervalMs: options.pollIntervalMs ?? 200, pageSize: options.pageSize ?? 5000 },
  };
}

export function indexingConfig(options: IndexingConfigOptions): ServerConfig {
  return parseServerConfig(indexingConfigInput(options));
}

/** A temporary directory, removed by the returned function. */
export function temporaryDir(prefix: string): { readonly path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Quiet unless POLITY_TEST_LOG names a level (e.g. `info` to watch the indexer). */
export function testLogger(): Logger {
  return pino({ level: process.env.POLITY_TEST_LOG ?? 'silent' });
}

/** The polity's activity read from the chain up to `toBlock`: what an index must equal. */
export function chainActivity(seeded: SeededCity, toBlock: bigint): Promise<PolityActivity[]> {
  return getActivity(seeded.chain, { polity: seeded.city.polity, toBlock });
}
