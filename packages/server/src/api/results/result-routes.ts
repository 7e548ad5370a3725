import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../app.js';
import { problemResponse } from '../../http/problem.js';
import type { OpenView } from '../routes.js';
import { findRound } from '../rounds/round-list.js';
import { indexedBlockOf, roundIdParam } from '../schemas.js';
import { resultSchema, roundResult } from './round-result.js';

export function resultRoutes(openView: OpenView) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/result',
      tags: ['rounds'],
      summary: "A round's result: final, or the equal-shares outcome proposed, with its challenges",
      request: { params: z.object({ roundId: roundIdParam }) },
      responses: {
        200: { description: 'the result as the results contract recorded it', content: { 'application/json': { schema: resultSchema } } },
        400: problemResponse('the round id is not a number'),
        404: problemResponse('no such round'),
      },
    }),
    async (c) => {
      const { roundId } = c.req.valid('param');
      const view = await openView();
      await findRound(view, roundId);
      return c.json({ ...(await roundResult(view, roundId)), indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  return router;
}
