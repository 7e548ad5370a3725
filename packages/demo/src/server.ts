import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { ContentStore } from './content.js';

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
};

export interface AppServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface ServeAppOptions {
  /** The web app's static build (web/build). */
  readonly root: string;
  /** What `/config.json` answers: the polity the app shows. */
  readonly config: unknown;
  /** Published texts, read at `/content/<hash>` and added with `POST /content`. */
  readonly content: ContentStore;
  readonly port: number;
  readonly host?: string;
}

/**
 * Serves the built web app as a single-page app (unknown paths get `200.html`), its run-time
 * configuration at `/config.json`, and the content service. Nothing else: it is the demo's server, a
 * city would put the same build behind any static host.
 */
export async function serveApp(options: ServeAppOptions): Promise<AppServer> {
  const { root, content } = options;
  const fallback = join(root, '200.html');
  if (!existsSync(fallback)) throw new Error(`${fallback} is missing: build the web app first (pnpm --filter @polity/web build)`);
  const config = JSON.stringify(options.config, (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 2);

  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    // The content service and the configuration may be read by an app served elsewhere (vite dev).
    if (path === '/config.json' || path.startsWith('/content')) {
      response.setHeader('access-control-allow-origin', '*');
      response.setHeader('access-control-allow-headers', 'content-type');
      if (request.method === 'OPTIONS') {
        response.writeHead(204).end();
        return;
      }
    }
    if (path === '/config.json') {
      response.writeHead(200, { 'content-type': types['.json']!, 'cache-control': 'no-store' }).end(config);
      return;
    }
    if (path === '/content' && request.method === 'POST') {
      const text = await readBody(request, 64 * 1024);
      if (text === undefined) {
        response.writeHead(413, { 'content-type': 'text/plain' }).end('a published text may be at most 64 KiB');
        return;
      }
      response.writeHead(201, { 'content-type': types['.json']! }).end(JSON.stringify({ hash: content.publish(text) }));
      return;
    }
    const published = /^\/content\/(0x[0-9a-fA-F]{64})$/.exec(path);
    if (published) {
      const text = content.get(published[1]!);
      if (text === undefined) response.writeHead(404, { 'content-type': 'text/plain' }).end('no text was published under this hash');
      else response.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' }).end(text);
      return;
    }
    const file = normalize(join(root, path));
    const inside = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const served = inside ? file : fallback;
    const immutable = served.includes(`${join(root, '_app', 'immutable')}`);
    response.writeHead(200, {
      'content-type': types[extname(served)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(served).pipe(response);
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new Error(`port ${options.port} is taken: stop whatever listens there, or set POLITY_WEB_PORT`) : error),
    );
    server.listen(options.port, host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
