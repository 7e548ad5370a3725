/**
 * Approvals that arrive together cannot overspend: N parallel requests against a quota of k approve
 * exactly k, and against a budget that covers k actions approve exactly k. Run on a PostgreSQL server
 * (a pool of connections: transactions really overlap) and on the embedded database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { count, eq } from 'drizzle-orm';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { sponsoredActions } from '../src/db/schema.js';
import { startServer, type RunningServer } from '../src/server.js';
import { sponsorshipRoutes } from '../src/sponsorship/routes.js';
import { startTestPostgres, type TestPostgres } from './support/postgres.js';
import { castBallotData, defaultMaxCostWei, executeBatch, startSponsorshipCity, userOperation, type SponsorshipCity } from './support/sponsorship-city.js';

const keyEnv = 'POLITY_TEST_CONCURRENCY_SPONSOR_KEY';
const parallel = 12;
const k = 3;

let city: SponsorshipCity;
let postgres: TestPostgres;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  process.env[keyEnv] = generatePrivateKey();
  [city, postgres] = await Promise.all([startSponsorshipCity(parallel), startTestPostgres()]);
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  delete process.env[keyEnv];
  await postgres?.stop();
  await city?.stop();
});

type Storage = 'postgres' | 'embedded';

async function serverWith(storage: Storage, name: string, limits: { dailyQuotaPerResident: number; budgetWei: bigint }): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'polity-sponsorship-concurrency-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const databaseUrl = storage === 'postgres' ? await postgres.createDatabase(name) : '';
  const server = await startServer(
    city.config(dataDir, {
      enabled: true,
      signerKeyEnv: keyEnv,
      paymaster: privateKeyToAccount(generatePrivateKey()).address,
      dailyQuotaPerResident: limits.dailyQuotaPerResident,
      budgetWei: limits.budgetWei.toString(),
    }),
    { databaseUrl, logger: pino({ level: 'silent' }) },
  );
  cleanups.push(() => server.stop());
  return server;
}

type Answer = { status: number; code: string | undefined };

async function answerOf(response: Response): Promise<Answer> {
  const body = (await response.json()) as { error?: { code: string } };
  return { status: response.status, code: body.error?.code };
}

const request = (operation: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(operation) });
/** Over HTTP, to the running server. */
const approveOver = async (url: string, operation: unknown) => answerOf(await fetch(`${url}/sponsorship/approve`, request(operation)));
/** In the process, to an app on the same database (another policy's limits). */
const approveIn = async (app: ReturnType<typeof createApp>, operation: unknown) => answerOf(await app.request('/sponsorship/approve', request(operation)));

const tally = (answers: Answer[]) => {
  const counts = new Map<string, number>();
  for (const answer of answers) counts.set(answer.code ?? String(answer.status), (counts.get(answer.code ?? String(answer.status)) ?? 0) + 1);
  return Object.fromEntries(counts);
};

describe.each<Storage>(['postgres', 'embedded'])('on the %s database', (storage) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serverWith(storage, `sponsorship_${storage}`, { dailyQuotaPerResident: k, budgetWei: 10n ** 18n });
  }, 120_000);

  it(`${parallel} parallel approvals for one resident against a daily quota of ${k} approve exactly ${k}`, async () => {
    const resident = city.residents[0]!;
    const ballot = executeBatch([{ target: city.polity.rounds, data: castBallotData(1n, [0]) }]);
    const answers = await Promise.all(
      Array.from({ length: parallel }, (_, nonce) => approveOver(server.url, userOperation(resident, ballot, { nonce: String(nonce) }))),
    );
    expect(tally(answers)).toEqual({ '200': k, daily_quota_exhausted: parallel - k });
    const [stored] = await server.context.db.select({ count: count() }).from(sponsoredActions).where(eq(sponsoredActions.account, resident));
    expect(stored?.count).toBe(k);
  }, 120_000);

  it(`${parallel} parallel approvals from ${parallel} residents against a budget for ${k} more actions approve exactly ${k}`, async () => {
    // The same database, through a router whose budget leaves room for k more actions and a half.
    const policy = await (await fetch(`${server.url}/sponsorship/policy`)).json() as { budgetCommittedWei: string };
    const committed = BigInt(policy.budgetCommittedWei);
    const settings = { ...server.context.config.sponsorship, budgetWei: committed + BigInt(k) * defaultMaxCostWei + defaultMaxCostWei / 2n, dailyQuotaPerResident: 20 };
    const context = { ...server.context, config: { ...server.context.config, sponsorship: settings } };
    const app = createApp(context, { routers: [sponsorshipRoutes(context)] });
    const ballot = executeBatch([{ target: city.polity.rounds, data: castBallotData(1n, [1]) }]);
    const answers = await Promise.all(city.residents.map((resident) => approveIn(app, userOperation(resident, ballot, { nonce: '100' }))));
    expect(tally(answers)).toEqual({ '200': k, budget_exhausted: parallel - k });
    const after = await (await app.request('/sponsorship/policy')).json() as { budgetCommittedWei: string; budgetLeftWei: string };
    expect(BigInt(after.budgetCommittedWei)).toBe(committed + BigInt(k) * defaultMaxCostWei);
    expect(after.budgetLeftWei).toBe((defaultMaxCostWei / 2n).toString());
  }, 120_000);
});
