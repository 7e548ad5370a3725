import { isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { copyDatabase, DatabaseCopyError, DatabaseUnavailableError, loadServerConfig, openDatabase, ServerConfigError, type OpenedDatabase } from '@polity/server';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { lockDataDir } from '../serve/data-dir-lock.js';

/** `polity db copy --config <file>`: moves a server from its embedded database to a PostgreSQL server. */
export function registerDb(program: Command, io: CliIo): void {
  const db = program.command('db').description("the server's database");
  db.command('copy')
    .description("copy everything the server's embedded database holds into the PostgreSQL server named by DATABASE_URL (stop the server first)")
    .requiredOption('--config <file>', "the server's configuration: its database.dataDir is the embedded database to copy")
    .action(async (options: { config: string }) => {
      const target = io.env['DATABASE_URL'];
      if (!target) throw new CliError('db copy needs DATABASE_URL: the PostgreSQL server to copy into', 'Set DATABASE_URL=postgres://user:password@host:5432/database (an empty database) and run it again.', 2);
      let dataDir: string;
      try {
        dataDir = loadServerConfig(isAbsolute(options.config) ? options.config : resolve(io.cwd, options.config)).database.dataDir;
      } catch (error) {
        if (error instanceof ServerConfigError) throw new CliError(error.message, undefined, 1, { cause: error });
        throw error;
      }
      // The server must not write to the embedded database while it is copied.
      const lock = await lockDataDir(dataDir);
      const opened: OpenedDatabase[] = [];
      try {
        const source = await open(() => openDatabase({ dataDir }), `the embedded database in ${dataDir}`);
        opened.push(source);
        const destination = await open(() => openDatabase({ url: target, dataDir }), 'the PostgreSQL server');
        opened.push(destination);
        io.err(`copying ${dataDir} into ${destination.location}...\n`);
        let last = '';
        const copied = await copyDatabase(source.db, destination.db, {
          onProgress: ({ table, copied, total }) => {
            if (table !== last || copied === total) io.err(`  ${table}: ${copied.toLocaleString('en')} of ${total.toLocaleString('en')}\n`);
            last = table;
          },
        });
        const rows = Object.entries(copied).map(([table, count]) => `${table} ${count.toLocaleString('en')}`);
        io.out(`copied into ${destination.location}: ${rows.join(', ')}\nstart the server with DATABASE_URL set; keep ${dataDir} until you have checked the city's pages\n`);
      } catch (error) {
        if (error instanceof DatabaseCopyError) throw new CliError(error.message, 'Nothing was copied (the copy is one transaction).', 1, { cause: error });
        throw error;
      } finally {
        for (const database of opened) await database.close().catch(() => {});
        await lock.release();
      }
    });
}

async function open(opening: () => Promise<OpenedDatabase>, what: string): Promise<OpenedDatabase> {
  try {
    return await opening();
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw new CliError(`${what} cannot be opened: ${error.message}`, undefined, 1, { cause: error });
    throw error;
  }
}
