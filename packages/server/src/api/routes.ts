// Placeholder until the read API lands.
import { createRouter } from '../app.js';
import type { ServerContext } from '../context.js';
import type { Indexer } from '../indexer/indexer.js';

export function readRoutes(_context: ServerContext, _indexer: Indexer | undefined) {
  return createRouter();
}
