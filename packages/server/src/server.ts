/**
 * Starts the Polity server: opens (and migrates) the database, starts the indexer, mounts every route
 * and listens. `stop()` shuts down gracefully: no new requests, the indexer's page in flight finished
 * or rolled back, the database closed.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import { createApp } from './app.js';
import { chainClient } from './chain.js';
import { polityOf, type ServerConfig } from './config.js';
import type { ServerContext } from './context.js';
import { contentRoutes } from './content/routes.js';
import { openDatabase, type OpenedDatabase } from './db/open.js';
import { healthRoutes } from './health.js';
import { createServerLogger } from './logger.js';
import { readRoutes } from './api/routes.js';
import { activityRoutes } from './api/activity.js';
import { startIndexer, type Indexer } from './indexer/indexer.js';
import { startIdentityKeeper, type IdentityKeeper } from './keeper/identity-keeper.js';
import { relayChain } from './relay/chain.js';
import { relayRoutes } from './relay/routes.js';
import { sponsorshipRoutes } from './sponsorship/routes.js';
import { serveStaticApp } from './static-app.js';
import { loadMapFiles, mapAppConfig, mapRoutes } from './map-files.js';

export interface StartServerOptions {
  /** A PostgreSQL connection URL; default: process.env.DATABASE_URL, else the embedded database. */
  readonly databaseUrl?: string;
  /**
   * A database already opened (and migrated) with `openDatabase`, e.g. while the chain was still being
   * prepared: the server uses it instead of opening one, and closes it when it stops.
   */
  readonly database?: OpenedDatabase;
  /** Default: JSON lines on stdout at level `info` (POLITY_LOG_LEVEL to change). */
  readonly logger?: Logger;
}

export interface RunningServer {
  /** Where it listens, e.g. http://127.0.0.1:8788 */
  readonly url: string;
  readonly port: number;
  readonly context: ServerContext;
  readonly database: OpenedDatabase;
  readonly indexer: Indexer | undefined;
  /** Keeps the secret-ballot groups in step with the registry (src/keeper/); absent when off. */
  readonly identityKeeper: IdentityKeeper | undefined;
  stop(): Promise<void>;
}

export async function startServer(config: ServerConfig, options: StartServerOptions = {}): Promise<RunningServer> {
  const log = options.logger ?? createServerLogger();
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const database = options.database ?? (await openDatabase({ url: databaseUrl || undefined, dataDir: config.database.dataDir }));
  log.info({ database: database.kind, location: database.location }, 'database open');
  const context: ServerContext = { config, polity: polityOf(config), db: database.db, chain: chainClient(config), log };
  const mapFiles = loadMapFiles(config);
  const indexer = config.indexer.enabled ? startIndexer(context) : undefined;
  try {
    const app = createApp(context, {
      routers: [healthRoutes(database, indexer), contentRoutes(context), readRoutes(context, indexer), activityRoutes(context, indexer), sponsorshipRoutes(context), mapRoutes(mapFiles), relayRoutes(context, { chain: relayChain(context) })],
    });
    const handle = config.app ? serveStaticApp(app, config.app.root, { ...config.app.config, ...mapAppConfig(config, mapFiles), contentUrl: '/content', serverUrl: '' }) : app.fetch;
    const server = await listen(handle, config.port, config.host);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const identityKeeper = startIdentityKeeper(context);
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    log.info({ url }, 'listening');
    let stopping: Promise<void> | undefined;
    return {
      url,
      port,
      context,
      database,
      indexer,
      identityKeeper,
      stop: () =>
        (stopping ??= (async () => {
          log.info('stopping');
          await new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections would hold close() open: end the idle ones now.
            (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          });
          await identityKeeper?.stop();
          await indexer?.stop();
          await database.close();
          log.info('stopped');
        })()),
    };
  } catch (error) {
    await indexer?.stop();
    await database.close();
    throw error;
  }
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number, host: string): Promise<ServerType> {
  return new Promise((done, fail) => {
    const server = serve({ fetch, port, hostname: host }, () => done(server));
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new Error(`port ${port} is taken: stop whatever listens there, or set another "port" in the configuration`) : error),
    );
  });
}
