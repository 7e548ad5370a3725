/**
 * Copies everything a server holds from one database to another: how a city moves from the embedded
 * database to a PostgreSQL server (docs/server.md). Table by table in primary-key order, in batches,
 * into an empty target whose schema the same migrations made; the sequence of sponsored actions is
 * moved past the last copied id.
 */
import { asc, count, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { PolityDatabase } from './open.js';
import * as schema from './schema.js';

export class DatabaseCopyError extends Error {
  override name = 'DatabaseCopyError';
}

export interface CopyProgress {
  readonly table: string;
  readonly copied: number;
  readonly total: number;
}

/** The tables in the order they are copied, each with the columns it is ordered by. */
function copyPlan() {
  return [
    { name: 'contents', table: schema.contents, order: [asc(schema.contents.hash)] },
    { name: 'translations', table: schema.translations, order: [asc(schema.translations.original), asc(schema.translations.language), asc(schema.translations.hash)] },
    { name: 'publish_signatures', table: schema.publishSignatures, order: [asc(schema.publishSignatures.signatureHash)] },
    { name: 'sponsored_actions', table: schema.sponsoredActions, order: [asc(schema.sponsoredActions.id)] },
    { name: 'chain_logs', table: schema.chainLogs, order: [asc(schema.chainLogs.blockNumber), asc(schema.chainLogs.logIndex)] },
    { name: 'indexed_blocks', table: schema.indexedBlocks, order: [asc(schema.indexedBlocks.number)] },
    { name: 'indexer_cursor', table: schema.indexerCursor, order: [asc(schema.indexerCursor.id)] },
  ] as const;
}

export interface CopyDatabaseOptions {
  /** Rows per batch (default 500). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: CopyProgress) => void;
}

/** Copies every table of `source` into `target`, which must hold nothing yet. Returns rows per table. */
export async function copyDatabase(source: PolityDatabase, target: PolityDatabase, options: CopyDatabaseOptions = {}): Promise<Record<string, number>> {
  const batchSize = options.batchSize ?? 500;
  const plan = copyPlan();
  for (const { name, table } of plan) {
    const [row] = await target.select({ rows: count() }).from(table as PgTable);
    if ((row?.rows ?? 0) > 0) throw new DatabaseCopyError(`the target database already holds ${row!.rows} rows in ${name}: copy into an empty database (one the server has only migrated)`);
  }
  const copied: Record<string, number> = {};
  await target.transaction(async (tx) => {
    for (const { name, table, order } of plan) {
      const [row] = await source.select({ rows: count() }).from(table as PgTable);
      const total = row?.rows ?? 0;
      let done = 0;
      while (done < total) {
        const rows = await source
          .select()
          .from(table as PgTable)
          .orderBy(...order)
          .limit(batchSize)
          .offset(done);
        if (rows.length === 0) break;
        if (table === schema.sponsoredActions) await tx.insert(schema.sponsoredActions).overridingSystemValue().values(rows as (typeof schema.sponsoredActions.$inferInsert)[]);
        else await tx.insert(table as PgTable).values(rows);
        done += rows.length;
        options.onProgress?.({ table: name, copied: done, total });
      }
      copied[name] = done;
    }
    // New sponsored actions continue after the copied ones.
    await tx.execute(sql`select setval(pg_get_serial_sequence('sponsored_actions', 'id'), coalesce((select max(id) from sponsored_actions), 0) + 1, false)`);
  });
  return copied;
}
