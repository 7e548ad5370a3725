import { createServerLogger, DatabaseUnavailableError, loadServerConfig, ServerConfigError, startServer, type RunningServer, type ServerConfig } from '@polity/server';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { shownPath } from './paths.js';

/**
 * Runs the city's server from a configuration file until the process is asked to stop, then stops it
 * gracefully: no new requests, the indexer's page in flight finished, the database closed.
 */
export async function runServer(configPath: string, io: CliIo): Promise<void> {
  const stopRequested = io.stopRequested;
  if (stopRequested === undefined) throw new CliError('serve runs until it is stopped, and nothing here can stop it', 'Run it as `pnpm polity serve --config <file>` in a terminal or a service manager.', 2);
  const config = readConfig(configPath, io);
  const databaseUrl = io.env['DATABASE_URL'] || undefined;
  io.err(`starting the Polity server for the polity at ${config.polity.registry} on chain ${config.chain.id}${databaseUrl === undefined ? ' (the first start of a new embedded database takes a few seconds)' : ''}\n`);
  const lock = databaseUrl === undefined ? await lockDataDir(config.database.dataDir) : undefined;
  let server: RunningServer;
  try {
    server = await start(config, databaseUrl);
  } catch (error) {
    await lock?.release();
    throw error;
  }
  io.out(describeServer(server, config, io));
  const signal = await stopRequested();
  io.err(`${signal}: stopping (answering the requests under way, closing the database)\n`);
  await stopServer(server, lock);
  io.out('stopped\n');
}

function readConfig(path: string, io: CliIo): ServerConfig {
  try {
    return loadServerConfig(path);
  } catch (error) {
    if (!(error instanceof ServerConfigError)) throw error;
    throw new CliError(error.message, `Fix ${shownPath(path, io)} and start it again (docs/server.md describes every field; \`polity serve --init\` writes a starting one).`, 1, { cause: error });
  }
}

async function start(config: ServerConfig, databaseUrl: string | undefined): Promise<RunningServer> {
  try {
    // stdout is for the lines people read; the server's structured logs (JSON lines) go to stderr.
    return await startServer(config, { databaseUrl, logger: createServerLogger({ stderr: true }) });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      throw new CliError(
        error.message,
        databaseUrl === undefined
          ? `Check that ${config.database.dataDir} is a folder this user may write, holding only the embedded database's files.`
          : 'Check DATABASE_URL (postgres://user:password@host:5432/database), that the PostgreSQL server runs and accepts connections from here, and the user\'s password. Nothing was started.',
        1,
        { cause: error },
      );
    }
    if (error instanceof Error && /^port \d+ is taken/.test(error.message)) throw new CliError(error.message, undefined, 1, { cause: error });
    throw error;
  }
}

async function stopServer(server: RunningServer, lock: DataDirLock | undefined): Promise<void> {
  try {
    await server.stop();
  } finally {
    await lock?.release();
  }
}

function describeServer(server: RunningServer, config: ServerConfig, io: CliIo): string {
  const { database } = server;
  const lines = [
    `Polity server listening at ${server.url}`,
    `polity: ${config.polity.registry} on chain ${config.chain.id}`,
    `database: ${database.kind === 'embedded' ? `embedded (PGlite) in ${shownPath(database.location, io)}` : `PostgreSQL at ${database.location} (DATABASE_URL)`}`,
    `index: ${config.indexer.enabled ? `from block ${config.polity.deployedAtBlock ?? 0n}, ${config.indexer.confirmations} ${config.indexer.confirmations === 1 ? 'confirmation' : 'confirmations'} behind the chain` : 'off (indexer.enabled is false)'}`,
    'stop it with Ctrl-C or SIGTERM',
  ];
  return `${lines.join('\n')}\n`;
}

