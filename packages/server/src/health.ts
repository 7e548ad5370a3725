import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from './app.js';
import type { OpenedDatabase } from './db/open.js';
import type { Indexer } from './indexer/indexer.js';

const healthSchema = z.object({ status: z.literal('ok') }).openapi('Health');
const readinessSchema = z
  .object({
    ready: z.boolean(),
    database: z.object({ kind: z.enum(['embedded', 'postgres']), reachable: z.boolean(), error: z.string().optional() }),
    indexer: z.object({
      enabled: z.boolean(),
      caughtUp: z.boolean(),
      indexedBlock: z.string().nullable().openapi({ description: 'the last block the index holds (decimal)' }),
      headBlock: z.string().nullable(),
      lastError: z.string().nullable(),
    }),
  })
  .openapi('Readiness');

/** `/health`: the process answers. `/ready`: the database answers and the index has caught up. */
export function healthRoutes(database: OpenedDatabase, indexer: Indexer | undefined) {
  const router = createRouter();
  router.openapi(
    createRoute({ method: 'get', path: '/health', tags: ['operations'], summary: 'The process is up', responses: { 200: { description: 'up', content: { 'application/json': { schema: healthSchema } } } } }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );
  router.openapi(
    createRoute({
      method: 'get',
      path: '/ready',
      tags: ['operations'],
      summary: 'The database answers and the index has caught up with the chain',
      responses: {
        200: { description: 'ready to serve', content: { 'application/json': { schema: readinessSchema } } },
        503: { description: 'not ready (yet): the body says which part', content: { 'application/json': { schema: readinessSchema } } },
      },
    }),
    async (c) => {
      let error: string | undefined;
      await database.ping().catch((cause: unknown) => {
        error = cause instanceof Error ? cause.message : String(cause);
      });
      const status = indexer?.status();
      const caughtUp = status?.caughtUp ?? true;
      const body = {
        ready: error === undefined && caughtUp,
        database: { kind: database.kind, reachable: error === undefined, ...(error === undefined ? {} : { error }) },
        indexer: {
          enabled: indexer !== undefined,
          caughtUp,
          indexedBlock: status?.indexedBlock?.toString() ?? null,
          headBlock: status?.headBlock?.toString() ?? null,
          lastError: status?.lastError ?? null,
        },
      };
      return c.json(body, body.ready ? 200 : 503);
    },
  );
  return router;
}
