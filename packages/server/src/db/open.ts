/**
 * Opens the server's database and brings its schema up to date: the embedded PostgreSQL (PGlite) in a
 * data directory by default, a PostgreSQL server when a connection URL is given. Both run the same
 * migrations (../../drizzle) and are used through the same Drizzle queries.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type PolityDatabase = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenedDatabase {
  readonly db: PolityDatabase;
  /** `embedded` (PGlite) or `postgres` (a server). */
  readonly kind: 'embedded' | 'postgres';
  /** Where it is, for logs: the data directory, or the server's host and database (no password). */
  readonly location: string;
  /** Answers when the database can be reached (the readiness check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Any two server processes migrate one after the other: they take this lock first. */
const migrationLock = 0x706f6c69; // "poli"

export interface OpenDatabaseOptions {
  /** A PostgreSQL connection URL (postgres://user:password@host:port/database); else the embedded one. */
  readonly url?: string;
  /** The embedded database's directory (created if missing). */
  readonly dataDir: string;
  /** Connections to a PostgreSQL server (default 10). */
  readonly poolSize?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  return options.url ? openPostgres(options.url, options.poolSize ?? 10) : openEmbedded(options.dataDir);
}

async function openEmbedded(dataDir: string): Promise<OpenedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir);
  } catch (error) {
    throw new DatabaseUnavailableError(`the embedded database in ${dataDir} could not be opened: ${(error as Error).message}`, { cause: error });
  }
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as PolityDatabase,
    kind: 'embedded',
    location: dataDir,
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

function describe(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    throw new DatabaseUnavailableError('DATABASE_URL is not a URL: write it as postgres://user:password@host:5432/database');
  }
}

async function openPostgres(url: string, poolSize: number): Promise<OpenedDatabase> {
  const location = describe(url);
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops must not take the process down with it.
  pool.on('error', () => {});
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(`the PostgreSQL server at ${location} cannot be reached (${(error as Error).message}): check DATABASE_URL and that the server is running`, { cause: error });
  }
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLock]);
    await migratePostgres(drizzlePostgres(client, { schema }), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [migrationLock]).catch(() => {});
    client.release();
  }
  const db = drizzlePostgres(pool, { schema });
  return {
    db: db as unknown as PolityDatabase,
    kind: 'postgres',
    location,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}
