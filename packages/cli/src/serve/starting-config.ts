import { basename, dirname, extname } from 'node:path';
import { parseServerConfig, serverConfigSchema, type ServerConfigInput } from '@polity/server';
import type { PolityFile } from '../polity-file.js';

/** anvil and Hardhat: blocks are mined on demand and never reorganised. */
const developmentChainIds = new Set([31337, 1337]);

export const defaultServerPort = 8788;

/**
 * A first configuration for the city's server, from the polity file `deploy` wrote: the polity's
 * addresses and the block it was deployed at (where the index starts), the chain's RPC endpoint, and
 * the embedded database in a folder beside the configuration file. The server's own defaults are
 * written out, so that whoever runs it sees every setting there is to change.
 */
export function startingServerConfig(file: PolityFile, configPath: string, rpcUrl: string): ServerConfigInput {
  const { polity } = file;
  const { chainId, deployedAtBlock, ...addresses } = polity;
  const required = {
    chain: { id: chainId, rpcUrls: [rpcUrl] },
    polity: { ...addresses, ...(deployedAtBlock === undefined ? {} : { deployedAtBlock: deployedAtBlock.toString() }) },
  };
  const defaults = serverConfigSchema.parse(required);
  const config: ServerConfigInput = {
    port: defaultServerPort,
    host: defaults.host,
    ...required,
    database: { dataDir: dataDirBeside(configPath) },
    content: defaults.content,
    indexer: {
      ...defaults.indexer,
      // A development node mines a block per transaction and never reorganises: waiting for confirmations there only hides the last block.
      confirmations: developmentChainIds.has(chainId) ? 0 : defaults.indexer.confirmations,
    },
    corsOrigins: defaults.corsOrigins,
  };
  // Whatever is written here must start: checked with the server's own schema before it is written.
  parseServerConfig(config, dirname(configPath));
  return config;
}

/** `city/polity-server.json` keeps its database in `city/polity-server-data` (a path relative to the file). */
export function dataDirBeside(configPath: string): string {
  return `${basename(configPath, extname(configPath))}-data`;
}
