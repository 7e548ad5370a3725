// Placeholder until the sponsorship policy lands.
import { createRouter } from '../app.js';
import type { ServerContext } from '../context.js';

export function sponsorshipRoutes(_context: ServerContext) {
  return createRouter();
}
