import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Paths a browser may open for the API itself (documents, operations, content, files). */
const apiDocuments = /^\/(openapi\.json|health|ready|config\.json|activity|content\/)|\.[a-z0-9]+$/i;

/**
 * Whether a request is a person opening a page of the app (a browser navigation), not a program
 * calling the API: the app's pages and the read API share paths (`/rounds/4` is both), and a
 * browser navigating there wants the page.
 */
export function isAppNavigation(request: Request): boolean {
  if (request.method !== 'GET') return false;
  const mode = request.headers.get('sec-fetch-mode');
  const wantsPage = mode ? mode === 'navigate' : (request.headers.get('accept') ?? '').includes('text/html');
  return wantsPage && !apiDocuments.test(new URL(request.url).pathname);
}

/**
 * Serves the web app's static build as a single-page app (unknown paths get `200.html`) and its
 * run-time configuration at `/config.json`, and returns the server's request handler: browser
 * navigations get the app's page, everything else the API. Optional: a city may put the build behind
 * any static host and point its `/config.json` at this server instead.
 */
export function serveStaticApp(app: OpenAPIHono, root: string, appConfig: Record<string, unknown>): OpenAPIHono['fetch'] {
  const fallback = join(root, '200.html');
  if (!existsSync(fallback)) throw new Error(`${fallback} is missing: build the web app first (pnpm --filter @polity/web build)`);
  const config = JSON.stringify(appConfig, (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 2);
  app.get('/config.json', (c) => c.body(config, 200, { 'content-type': types['.json']!, 'cache-control': 'no-store' }));
  app.get('*', (c) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    const file = normalize(join(root, path));
    const inside = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const served = inside ? file : fallback;
    const immutable = served.startsWith(join(root, '_app', 'immutable'));
    return c.body(readFileSync(served), 200, {
      'content-type': types[extname(served)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
  return (request, ...rest) =>
    isAppNavigation(request) ? new Response(readFileSync(fallback), { headers: { 'content-type': types['.html']!, 'cache-control': 'no-cache' } }) : app.fetch(request, ...rest);
}
