import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../app.js';
import { problemResponse } from '../../http/problem.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import type { OpenView } from '../routes.js';
import { addressQuery, indexedBlockOf, indexedBlockSchema, pageSchema, proposalIdParam } from '../schemas.js';
import { findProposal, listProposals, proposalDetailSchema, proposalSchema, proposalSort, voteSchema, voteSort } from './proposal-list.js';

export function proposalRoutes(openView: OpenView) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/proposals',
      tags: ['governance'],
      summary: 'Proposals, newest first: proposer, title, topic, targets, queued/executed/canceled, tallies',
      request: { query: pageQuerySchema },
      responses: {
        200: { description: 'a page of proposals', content: { 'application/json': { schema: pageSchema(proposalSchema, 'ProposalPage') } } },
        400: problemResponse('a bad limit or cursor'),
      },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const view = await openView();
      const page = pageOf(await listProposals(view), proposalSort, limit, cursor);
      return c.json({ ...page, indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  router.openapi(
    createRoute({
      method: 'get',
      path: '/proposals/{proposalId}',
      tags: ['governance'],
      summary: 'One proposal with its description, decoded actions and a page of its votes (newest first)',
      request: { params: z.object({ proposalId: proposalIdParam }), query: pageQuerySchema.extend({ voter: addressQuery('voter', "only this voter's vote") }) },
      responses: {
        200: {
          description: 'the proposal; `votes` and `next` page through its votes',
          content: {
            'application/json': {
              schema: z
                .object({ proposal: proposalDetailSchema, votes: z.array(voteSchema), next: z.string().nullable(), indexedBlock: indexedBlockSchema })
                .openapi('ProposalAnswer'),
            },
          },
        },
        400: problemResponse('a bad proposal id, voter, limit or cursor'),
        404: problemResponse('no such proposal'),
      },
    }),
    async (c) => {
      const { proposalId } = c.req.valid('param');
      const { limit, cursor, voter } = c.req.valid('query');
      const view = await openView();
      const { proposal, votes } = await findProposal(view, proposalId);
      const page = pageOf(voter ? votes.filter((vote) => vote.voter === voter) : votes, voteSort(proposalId), limit, cursor);
      return c.json({ proposal, votes: page.items, next: page.next, indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  return router;
}
