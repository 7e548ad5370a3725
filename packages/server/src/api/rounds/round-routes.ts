import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../app.js';
import { problemResponse } from '../../http/problem.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import type { OpenView } from '../routes.js';
import { indexedBlockOf, indexedBlockSchema, pageSchema, roundIdParam } from '../schemas.js';
import { findRound, listRounds, roundSchema, roundSort } from './round-list.js';

export function roundRoutes(openView: OpenView) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/rounds',
      tags: ['rounds'],
      summary: 'Budget rounds, newest first: opening configuration, phase, counts of projects and ballots',
      request: { query: pageQuerySchema },
      responses: {
        200: { description: 'a page of rounds', content: { 'application/json': { schema: pageSchema(roundSchema, 'RoundPage') } } },
        400: problemResponse('a bad limit or cursor'),
      },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const view = await openView();
      const page = pageOf(await listRounds(view), roundSort, limit, cursor);
      return c.json({ ...page, indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  router.openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}',
      tags: ['rounds'],
      summary: 'One budget round',
      request: { params: z.object({ roundId: roundIdParam }) },
      responses: {
        200: { description: 'the round', content: { 'application/json': { schema: roundSchema.extend({ indexedBlock: indexedBlockSchema }).openapi('RoundAnswer') } } },
        400: problemResponse('the round id is not a number'),
        404: problemResponse('no such round'),
      },
    }),
    async (c) => {
      const { roundId } = c.req.valid('param');
      const view = await openView();
      return c.json({ ...(await findRound(view, roundId)), indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  return router;
}
