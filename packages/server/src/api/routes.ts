/**
 * The read API: paginated, filterable lists of what the polity's index holds (rounds, projects,
 * ballots, results, proposals, delegations, districts, the money trail). Every list answers
 * `{ items, next, indexedBlock }`; what residents must trust is still read from the chain by the app.
 */
import { createRouter } from '../app.js';
import type { ServerContext } from '../context.js';
import type { Indexer } from '../indexer/indexer.js';
import { ballotRoutes } from './ballots/ballot-routes.js';
import { delegationRoutes } from './delegation/delegation-routes.js';
import { FoldCache, openIndexView, type IndexView } from './index-view.js';
import { moneyRoutes } from './money/money-routes.js';
import { projectRoutes } from './projects/project-routes.js';
import { proposalRoutes } from './proposals/proposal-routes.js';
import { residentRoutes } from './residents/resident-routes.js';
import { resultRoutes } from './results/result-routes.js';
import { roundRoutes } from './rounds/round-routes.js';

/** Opens the index as of its last completed block, for one request. */
export type OpenView = () => Promise<IndexView>;

// The indexer is not consulted: the index's own cursor says how far it has read, and the lists answer
// as of that block whether or not an indexer runs in this process.
export function readRoutes(context: ServerContext, _indexer: Indexer | undefined) {
  const cache = new FoldCache();
  const openView: OpenView = () => openIndexView(context.db, context.polity, cache);
  const router = createRouter();
  for (const routes of [roundRoutes, projectRoutes, ballotRoutes, resultRoutes, proposalRoutes, delegationRoutes, residentRoutes, moneyRoutes]) {
    router.route('/', routes(openView));
  }
  return router;
}
