/**
 * The HTTP application: every route described in one OpenAPI document (`/openapi.json`), errors
 * answered as JSON with a message that says what to fix, and one log line per request.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ServerContext } from './context.js';
import { Problem, problemBody } from './http/problem.js';

export type PolityApp = OpenAPIHono;

/** A router whose request validation failures answer 400 with every problem spelled out. */
export function createRouter(): OpenAPIHono {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'the request'}: ${issue.message}`);
        return c.json(problemBody('invalid_request', problems.join('; ')), 400);
      }
    },
  });
}

export interface AppRoutes {
  /** Mounted at `/`: each domain's router with its own paths. */
  readonly routers: readonly OpenAPIHono[];
}

export function createApp(context: ServerContext, routes: AppRoutes): PolityApp {
  const app = createRouter();
  const origins = context.config.corsOrigins;
  app.use('*', cors({ origin: origins.includes('*') ? '*' : origins, allowHeaders: ['content-type', 'x-polity-signature', 'x-polity-publisher', 'x-polity-signed-at', 'x-polity-content-hash'], maxAge: 600 }));
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // The secret-ballot relay logs nothing at all: a line's time beside a reverse proxy's log of IP
    // addresses would link an address to the ballot sent at that moment (docs/secret-ballots.md).
    if (c.req.path.startsWith('/relay/')) return;
    context.log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  for (const router of routes.routers) app.route('/', router);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Polity server',
      version: '0.1.0',
      description:
        "A city's Polity service: published texts and images by content hash, the polity's events indexed for fast lists, and the sponsorship of residents' transactions. What residents must be able to trust (tallies, results, their own ballot and delegation) is read from the chain, not from here.",
    },
  });
  app.notFound((c) => c.json(problemBody('not_found', `there is no route ${c.req.method} ${c.req.path}: see /openapi.json for the routes this server has`), 404));
  app.onError((error, c) => {
    if (error instanceof Problem) return c.json(problemBody(error.code, error.message), error.status);
    if (error instanceof SyntaxError) return c.json(problemBody('malformed_json', `the request body is not valid JSON: ${error.message}`), 400);
    const status = (error as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return c.json(problemBody('bad_request', error.message), status as ContentfulStatusCode);
    context.log.error({ err: error, path: c.req.path }, 'request failed');
    return c.json(problemBody('internal', 'the server failed to answer this request; the details are in its log'), 500);
  });
  return app;
}
