import { createRoute, z } from '@hono/zod-openapi';
import { projectStatuses } from '@polity/sdk';
import { createRouter } from '../../app.js';
import { problemResponse } from '../../http/problem.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import type { OpenView } from '../routes.js';
import { findRound } from '../rounds/round-list.js';
import { indexedBlockOf, pageSchema, roundIdParam } from '../schemas.js';
import { listProjects, projectSchema, projectSort } from './project-list.js';

const statusQuery = z
  .enum(projectStatuses, { message: `must be one of ${projectStatuses.join(', ')}` })
  .optional()
  .openapi({ param: { name: 'status', in: 'query' }, description: 'only projects with this review status' });

export function projectRoutes(openView: OpenView) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/projects',
      tags: ['rounds'],
      summary: "A round's projects by id: submission, review, selection, funding and milestones, with their texts' titles and photos",
      request: { params: z.object({ roundId: roundIdParam }), query: pageQuerySchema.extend({ status: statusQuery }) },
      responses: {
        200: { description: 'a page of projects', content: { 'application/json': { schema: pageSchema(projectSchema, 'ProjectPage') } } },
        400: problemResponse('a bad round id, status, limit or cursor'),
        404: problemResponse('no such round'),
      },
    }),
    async (c) => {
      const { roundId } = c.req.valid('param');
      const { limit, cursor, status } = c.req.valid('query');
      const view = await openView();
      const round = await findRound(view, roundId);
      const projects = await listProjects(view, roundId, round.categories);
      const page = pageOf(status ? projects.filter((project) => project.status === status) : projects, projectSort, limit, cursor);
      return c.json({ ...page, indexedBlock: indexedBlockOf(view) }, 200);
    },
  );
  return router;
}
