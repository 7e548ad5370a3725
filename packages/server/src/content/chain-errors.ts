import type { ServerContext } from '../context.js';
import { Problem } from '../http/problem.js';

/** The chain did not answer a check a publish request needs: the request can simply be sent again. */
export function chainUnavailable(context: ServerContext, error: unknown, doing: string): Problem {
  context.log.warn({ err: error }, `could not ${doing}: the chain did not answer`);
  return new Problem(503, 'chain_unavailable', `the server could not ${doing} because the polity's chain did not answer; nothing was stored: try again in a moment`);
}
