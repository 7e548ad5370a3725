import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../app.js';
import { problemResponse } from '../../http/problem.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import type { OpenView } from '../routes.js';
import { addressQuery, indexedBlockOf, pageSchema, topicQuery } from '../schemas.js';
import { delegateSchema, delegateSort, listDelegates } from './delegates.js';
import { delegationSchema, delegationSort, listDelegations } from './delegations.js';

export function delegationRoutes(openView: OpenView) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/delegations',
      tags: ['delegation'],
      summary: 'Who delegates to whom now, per topic (by topic, then delegator)',
      request: {
        query: pageQuerySchema.extend({
          topic: topicQuery,
          delegate: addressQuery('delegate', 'only delegations to this account'),
          delegator: addressQuery('delegator', 'only the delegations of this account'),
        }),
      },
      responses: {
        200: { description: 'a page of delegations', content: { 'application/json': { schema: pageSchema(delegationSchema, 'DelegationPage') } } },
        400: problemResponse('a bad topic, address, limit or cursor'),
      },
    }),
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid('query');
      const view = await openView();
      const page = pageOf(await listDelegations(view, filter), delegationSort, limit, cursor);
      return c.json({ ...page, indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  router.openapi(
    createRoute({
      method: 'get',
      path: '/delegates',
      tags: ['delegation'],
      summary: 'Delegates with how many residents delegate to them, per topic, most delegators first',
      request: { query: pageQuerySchema.extend({ topic: topicQuery }) },
      responses: {
        200: { description: 'a page of delegates', content: { 'application/json': { schema: pageSchema(delegateSchema, 'DelegatePage') } } },
        400: problemResponse('a bad topic, limit or cursor'),
      },
    }),
    async (c) => {
      const { limit, cursor, topic } = c.req.valid('query');
      const view = await openView();
      const page = pageOf(await listDelegates(view, topic), delegateSort, limit, cursor);
      return c.json({ ...page, indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  return router;
}
