// Placeholder until the content service lands.
import { createRouter } from '../app.js';
import type { ServerContext } from '../context.js';

export function contentRoutes(_context: ServerContext) {
  return createRouter();
}
