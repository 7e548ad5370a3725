/**
 * `polity db copy`: a city moves its server from the embedded database to a PostgreSQL server, as
 * docs/server.md tells its IT staff to.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@polity/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../server/test/support/postgres.js';
import { polity, workspace } from './cli.js';

const zero = '0x0000000000000000000000000000000000000001';

describe('polity db copy', () => {
  let postgres: TestPostgres;
  const cwd = workspace();
  const dataDir = join(cwd, 'server-data');
  let target: string;

  beforeAll(async () => {
    postgres = await startTestPostgres();
    target = await postgres.createDatabase('city');
    writeFileSync(
      join(cwd, 'server.json'),
      JSON.stringify({ chain: { id: 31337, rpcUrls: ['http://127.0.0.1:9'] }, polity: { registry: zero, governor: zero, timelock: zero, rounds: zero, results: zero, escrow: zero }, database: { dataDir: 'server-data' } }),
    );
    const embedded = await openDatabase({ dataDir });
    await embedded.db.execute(
      `insert into contents (hash, media_type, bytes, size, publisher) values ('0x${'ab'.repeat(32)}', 'text/markdown; charset=utf-8', '\\x2320486921', 5, '${zero}')` as never,
    );
    await embedded.close();
  }, 120_000);

  afterAll(async () => {
    await postgres?.stop();
  });

  it('needs DATABASE_URL, and says how to give it', async () => {
    const run = await polity(['db', 'copy', '--config', 'server.json'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('db copy needs DATABASE_URL');
  }, 120_000);

  it('copies the published texts into the PostgreSQL server, and refuses to copy twice', async () => {
    const run = await polity(['db', 'copy', '--config', 'server.json'], { cwd, env: { DATABASE_URL: target } });
    expect(run.stderr).not.toContain('error');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('contents 1');
    const copied = await openDatabase({ url: target, dataDir });
    const rows = await copied.db.execute('select hash, convert_from(bytes, \'UTF8\') as text from contents' as never);
    await copied.close();
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([{ hash: `0x${'ab'.repeat(32)}`, text: '# Hi!' }]);

    const again = await polity(['db', 'copy', '--config', 'server.json'], { cwd, env: { DATABASE_URL: target } });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already holds 1 rows in contents');
  }, 240_000);
});
