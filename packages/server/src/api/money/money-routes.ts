import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../app.js';
import { problemResponse } from '../../http/problem.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import type { OpenView } from '../routes.js';
import { indexedBlockOf, pageSchema } from '../schemas.js';
import { moneyEntrySchema, moneyKinds, moneySort, moneyTrail } from './money-trail.js';

const kindQuery = z
  .enum(moneyKinds, { message: `must be one of ${moneyKinds.join(', ')}` })
  .optional()
  .openapi({ param: { name: 'kind', in: 'query' }, description: 'only entries of this kind' });

export function moneyRoutes(openView: OpenView) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/money',
      tags: ['treasury'],
      summary: 'The money trail, oldest first: treasury payments, project funding, milestones, completions, refunds, forfeited bonds',
      request: { query: pageQuerySchema.extend({ kind: kindQuery }) },
      responses: {
        200: { description: 'a page of the money trail', content: { 'application/json': { schema: pageSchema(moneyEntrySchema, 'MoneyPage') } } },
        400: problemResponse('a bad kind, limit or cursor'),
      },
    }),
    async (c) => {
      const { limit, cursor, kind } = c.req.valid('query');
      const view = await openView();
      const trail = await moneyTrail(view);
      const page = pageOf(kind ? trail.filter((entry) => entry.kind === kind) : trail, moneySort, limit, cursor);
      return c.json({ ...page, indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  return router;
}
