// Placeholder until the indexer lands: the interface server.ts relies on.
import type { ServerContext } from '../context.js';

export interface IndexerStatus {
  /** The last block the index holds (undefined before the first page is stored). */
  readonly indexedBlock: bigint | undefined;
  /** The chain's head when last asked. */
  readonly headBlock: bigint | undefined;
  /** Whether the index has reached the head less the confirmations at least once since start-up. */
  readonly caughtUp: boolean;
  /** The last error, while the indexer is retrying. */
  readonly lastError: string | undefined;
}

export interface Indexer {
  status(): IndexerStatus;
  /** Resolves once the index holds every confirmed block up to the head as it is now. */
  synced(): Promise<void>;
  /** Finishes the page being written (or rolls it back), then stops. */
  stop(): Promise<void>;
}

export function startIndexer(_context: ServerContext): Indexer {
  const status: IndexerStatus = { indexedBlock: undefined, headBlock: undefined, caughtUp: false, lastError: 'not built yet' };
  return { status: () => status, synced: async () => {}, stop: async () => {} };
}
