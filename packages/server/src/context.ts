import type { Logger } from 'pino';
import type { PublicClient } from 'viem';
import type { PolityAddresses } from '@polity/sdk';
import type { ServerConfig } from './config.js';
import type { PolityDatabase } from './db/open.js';

/** What every part of the server is given: configuration, storage, the chain and the log. */
export interface ServerContext {
  readonly config: ServerConfig;
  readonly polity: PolityAddresses;
  readonly db: PolityDatabase;
  /** Reads the polity's chain through the configured RPC URLs (the later ones when the first fails). */
  readonly chain: PublicClient;
  readonly log: Logger;
}
