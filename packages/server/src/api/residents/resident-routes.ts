import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../app.js';
import { problemResponse } from '../../http/problem.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import type { OpenView } from '../routes.js';
import { indexedBlockOf, pageSchema } from '../schemas.js';
import { districtCounts, districtSchema, districtSort } from './district-counts.js';

export function residentRoutes(openView: OpenView) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/residents/districts',
      tags: ['residents'],
      summary: 'How many residents each district has now (counts only: no addresses, no credentials)',
      request: { query: pageQuerySchema },
      responses: {
        200: { description: 'a page of districts, by number', content: { 'application/json': { schema: pageSchema(districtSchema, 'DistrictPage') } } },
        400: problemResponse('a bad limit or cursor'),
      },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const view = await openView();
      const page = pageOf(await districtCounts(view), districtSort, limit, cursor);
      return c.json({ ...page, indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  return router;
}
