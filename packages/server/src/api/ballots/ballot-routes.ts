import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../app.js';
import { problemResponse } from '../../http/problem.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import type { OpenView } from '../routes.js';
import { findRound } from '../rounds/round-list.js';
import { addressQuery, indexedBlockOf, pageSchema, roundIdParam } from '../schemas.js';
import { ballotSchema, ballotSort, listBallots } from './ballot-list.js';

export function ballotRoutes(openView: OpenView) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/ballots',
      tags: ['rounds'],
      summary: "A round's ballots as they count now (each voter's latest, after weight reductions), newest first",
      request: { params: z.object({ roundId: roundIdParam }), query: pageQuerySchema.extend({ voter: addressQuery('voter', "only this voter's ballot") }) },
      responses: {
        200: { description: 'a page of ballots', content: { 'application/json': { schema: pageSchema(ballotSchema, 'BallotPage') } } },
        400: problemResponse('a bad round id, voter, limit or cursor'),
        404: problemResponse('no such round'),
      },
    }),
    async (c) => {
      const { roundId } = c.req.valid('param');
      const { limit, cursor, voter } = c.req.valid('query');
      const view = await openView();
      await findRound(view, roundId);
      const ballots = await listBallots(view, roundId);
      const page = pageOf(voter ? ballots.filter((ballot) => ballot.voter === voter) : ballots, ballotSort, limit, cursor);
      return c.json({ ...page, indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  return router;
}
