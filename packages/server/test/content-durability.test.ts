/**
 * Nothing published is lost: across a graceful restart, a SIGKILL in the middle of publishing, and
 * with two server processes sharing one PostgreSQL database. Every item a server answered 2xx for is
 * read back afterwards and checked against its hash.
 */
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, type PublishedContent } from '@polity/sdk';
import { startServer } from '../src/server.js';
import { startContentCity, temporaryDirectory, type ContentCity } from './support/content-city.js';
import { postgresAvailable, startTestPostgres } from './support/postgres.js';
import { nowSeconds, preparePublish, send, type PreparedPublish } from './support/publish-request.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

let city: ContentCity;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  city = await startContentCity();
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await city?.stop();
});

const item = (label: string, index: number) => `# ${label} ${index}\n\n${'Evidence of the milestone. '.repeat(1 + (index % 40))}\n`;

/** A signed request; another `signedAt` makes a second signature of the same text differ from the first. */
const prepare = (text: string, signedAt = nowSeconds()): Promise<PreparedPublish> => preparePublish({ wallet: city.resident, polity: city.polity, content: text, signedAt });

/** Reads every hash back from a server; each must be there and hash to itself (readContent checks). */
async function expectAllReadable(serverUrl: string, texts: ReadonlyMap<string, string>): Promise<void> {
  const read = await Promise.all([...texts.keys()].map((hash) => readContent(serverUrl, hash as `0x${string}`)));
  const missing = [...texts.keys()].filter((_, index) => read[index] === undefined);
  expect(missing).toEqual([]);
  for (const content of read as PublishedContent[]) expect(content.text).toBe(texts.get(content.hash));
}

describe('content durability', () => {
  it('keeps what was published across a stop and a restart on the same embedded database', async () => {
    const dataDir = temporaryDirectory('polity-content-restart-');
    cleanups.push(() => dataDir.remove());
    const config = city.config(dataDir.path);
    const logger = pino({ level: 'silent' });
    const first = await startServer(config, { logger });
    const published = new Map<string, string>();
    try {
      for (let index = 0; index < 5; index++) {
        const text = item('Restart', index);
        const answer = await send(first.url, await prepare(text));
        expect(answer.status).toBe(201);
        published.set(answer.body.hash, text);
      }
    } finally {
      await first.stop();
    }
    const second = await startServer(config, { logger });
    try {
      await expectAllReadable(second.url, published);
    } finally {
      await second.stop();
    }
  }, 300_000);

  it('keeps every item answered 2xx when the server is killed (SIGKILL) in the middle of publishing', async () => {
    const dataDir = temporaryDirectory('polity-content-kill-');
    cleanups.push(() => dataDir.remove());
    const configDir = temporaryDirectory('polity-content-config-');
    cleanups.push(() => configDir.remove());
    const configFile = city.writeConfig(dataDir.path, join(configDir.path, 'server.json'));
    let server: ServerProcess = await startServerProcess(configFile);
    cleanups.push(() => server.kill('SIGKILL'));
    const acknowledged = new Map<string, string>();
    const unexpected: number[] = [];
    let sent = 0;
    let failed = 0;
    // Four publishers in a loop; the server is killed while they are publishing, mid-request.
    const publisher = async (lane: number) => {
      for (;;) {
        const text = item(`Kill lane ${lane}`, sent++);
        const prepared = await prepare(text);
        let answer: Awaited<ReturnType<typeof send>>;
        try {
          answer = await send(server.url, prepared);
        } catch {
          failed += 1;
          return; // the server is gone
        }
        if (answer.status === 200 || answer.status === 201) acknowledged.set(answer.body.hash, text);
        else unexpected.push(answer.status);
        if (acknowledged.size === 40) void server.kill('SIGKILL');
      }
    };
    await Promise.all([0, 1, 2, 3].map(publisher));
    await server.exited;
    expect(server.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(40);
    expect(failed).toBe(4);
    expect(unexpected).toEqual([]);

    server = await startServerProcess(configFile);
    await expectAllReadable(server.url, acknowledged);
    await server.kill('SIGTERM');
  }, 300_000);

  it.runIf(postgresAvailable())('serves everything from both of two server processes publishing concurrently to one PostgreSQL database', async () => {
    const postgres = await startTestPostgres();
    cleanups.push(() => postgres.stop());
    const databaseUrl = await postgres.createDatabase('content_two_servers');
    const configDir = temporaryDirectory('polity-content-pg-');
    cleanups.push(() => configDir.remove());
    // The embedded database's directory is not used: DATABASE_URL takes precedence.
    const configFile = city.writeConfig(join(configDir.path, 'unused'), join(configDir.path, 'server.json'));
    const servers = await Promise.all([startServerProcess(configFile, { DATABASE_URL: databaseUrl }), startServerProcess(configFile, { DATABASE_URL: databaseUrl })]);
    for (const server of servers) cleanups.push(() => server.kill('SIGKILL'));

    const published = new Map<string, string>();
    const statuses: number[] = [];
    // Each text is published to both servers at once (one stores it, the other finds it stored),
    // and each server also gets texts of its own.
    await Promise.all(
      Array.from({ length: 30 }, async (_, index) => {
        const text = item(index % 3 === 0 ? 'Both' : `Server ${index % 2}`, index);
        const targets = index % 3 === 0 ? servers : [servers[index % 2]!];
        const signedAt = nowSeconds();
        const answers = await Promise.all(targets.map(async (server, target) => send(server.url, await prepare(text, signedAt - BigInt(target)))));
        for (const answer of answers) {
          statuses.push(answer.status);
          published.set(answer.body.hash, text);
        }
        if (answers.length === 2) expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
      }),
    );
    expect(statuses.every((status) => status === 200 || status === 201)).toBe(true);
    expect(published.size).toBe(30);
    for (const server of servers) await expectAllReadable(server.url, published);
    await Promise.all(servers.map((server) => server.kill('SIGTERM')));
  }, 300_000);
});
