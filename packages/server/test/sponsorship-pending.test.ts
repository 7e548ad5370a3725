/**
 * The cap on approvals a resident holds unused: anyone may ask for an approval in a resident's name,
 * so a stranger could otherwise tie up the resident's daily quota with approvals nobody sends. Against
 * a real polity on anvil and a real server: the cap refuses with 429 `too_many_pending_approvals` and
 * records nothing; an approval frees its place once it is seen on chain or expires (chain clock); the
 * cap is a setting. Also: approvals
 * follow the chain's clock when it runs ahead of the server's (the demo city's chain does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { encodeAbiParameters, encodeEventTopics, keccak256, parseAbiParameters, toHex, type Address, type Hex, type Log } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { entryPoint08Abi, entryPoint08Address } from 'viem/account-abstraction';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServerConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { applyUserOperationEvents } from '../src/sponsorship/reconcile.js';
import { castBallotData, executeBatch, startSponsorshipCity, userOperation, type SponsorshipCity } from './support/sponsorship-city.js';

const keyEnv = 'POLITY_TEST_PENDING_SPONSOR_KEY';
const paymaster = privateKeyToAccount(generatePrivateKey()).address;
const validForSeconds = 600;

let city: SponsorshipCity;
let server: RunningServer;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  city = await startSponsorshipCity(5);
  cleanups.push(() => city.stop());
  process.env[keyEnv] = generatePrivateKey();
  cleanups.push(() => delete process.env[keyEnv]);
  // The default cap (3): the setting is left out on purpose.
  server = await serverWith({});
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function serverWith(sponsorship: Record<string, unknown>): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'polity-sponsorship-pending-'));
  const started = await startServer(city.config(dataDir, { enabled: true, signerKeyEnv: keyEnv, paymaster, dailyQuotaPerResident: 20, validForSeconds, ...sponsorship }), {
    databaseUrl: '',
    logger: pino({ level: 'silent' }),
  });
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }), () => started.stop());
  return started;
}

const operation = (sender: Address, nonce: number) => userOperation(sender, executeBatch([{ target: city.polity.rounds, data: castBallotData(1n, [0]) }]), { nonce: String(nonce) });

async function approve(on: RunningServer, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${on.url}/sponsorship/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

async function recorded(on: RunningServer, account: Address): Promise<number> {
  const response = await fetch(`${on.url}/sponsorship/actions?account=${account}&limit=100`);
  return ((await response.json()) as { actions: unknown[] }).actions.length;
}

/** A block at `seconds` (chain clock), so that the server's next look at the chain sees that time. */
async function chainTimeTo(seconds: number): Promise<void> {
  await city.chain.request({ method: 'evm_setNextBlockTimestamp' as never, params: [toHex(seconds)] as never });
  await city.chain.request({ method: 'evm_mine' as never, params: [] as never });
}

async function chainNow(): Promise<number> {
  return Number((await city.chain.getBlock({ blockTag: 'latest' })).timestamp);
}

/** The EntryPoint's log that an approved operation was executed and paid, as getLogs returns it. */
function paidLog(userOpHash: Hex, sender: Address): Log {
  return {
    address: entryPoint08Address,
    topics: encodeEventTopics({ abi: entryPoint08Abi, eventName: 'UserOperationEvent', args: { userOpHash, sender, paymaster } }) as [Hex, ...Hex[]],
    data: encodeAbiParameters(parseAbiParameters('uint256, bool, uint256, uint256'), [0n, true, 100_000_000_000n, 100_000n]),
    blockHash: keccak256(toHex('a block')),
    blockNumber: 1n,
    logIndex: 0,
    transactionHash: keccak256(toHex(`bundle of ${userOpHash}`)),
    transactionIndex: 0,
    removed: false,
  };
}

describe('outstanding approvals per resident', () => {
  it("a stranger's approvals in a resident's name stop at the cap (3 by default): 429, a message saying what to do, nothing recorded; other residents unaffected", async () => {
    const resident = city.residents[0]!;
    for (let nonce = 0; nonce < 3; nonce++) expect((await approve(server, operation(resident, nonce))).status).toBe(200);
    const refused = await approve(server, operation(resident, 3));
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_pending_approvals');
    expect(refused.body.error.message).toMatch(/^the city holds 3 approved actions for this account that have not been sent yet, the most it approves at a time; send them first, or try again after \d\d:\d\d UTC, when the oldest expires$/);
    expect(await recorded(server, resident)).toBe(3);
    expect((await approve(server, operation(city.residents[1]!, 0))).status).toBe(200);
  });

  it('an approval seen on chain frees its place', async () => {
    const resident = city.residents[2]!;
    const hashes: Hex[] = [];
    for (let nonce = 0; nonce < 3; nonce++) hashes.push((await approve(server, operation(resident, nonce))).body.userOperationHash);
    expect((await approve(server, operation(resident, 3))).body.error.code).toBe('too_many_pending_approvals');
    expect(await applyUserOperationEvents(server.context.db, [paidLog(hashes[0]!, resident)], paymaster)).toBe(1);
    expect((await approve(server, operation(resident, 3))).status).toBe(200);
    expect((await approve(server, operation(resident, 4))).body.error.code).toBe('too_many_pending_approvals');
  });

  it("an expired approval frees its place (by the chain's clock), and approvals follow the chain's clock when it runs ahead", async () => {
    const resident = city.residents[3]!;
    const first = await approve(server, operation(resident, 0));
    expect(first.status).toBe(200);
    await approve(server, operation(resident, 1));
    await approve(server, operation(resident, 2));
    expect((await approve(server, operation(resident, 3))).status).toBe(429);
    // The chain moves a day ahead of the server's clock: every approval so far is expired there.
    await chainTimeTo((await chainNow()) + 86_400);
    const later = await approve(server, operation(resident, 3));
    expect(later.status, JSON.stringify(later.body)).toBe(200);
    // Valid for validForSeconds from the chain's time, not from the server's (it would be expired on arrival).
    const now = await chainNow();
    expect(later.body.validUntil).toBeGreaterThanOrEqual(now + validForSeconds);
    expect(later.body.validUntil).toBeLessThanOrEqual(now + validForSeconds + 60);
    expect(first.body.validUntil).toBeLessThan(now);
  });

  it('the cap is a setting (sponsorship.maxPendingPerResident); 0 or a fraction is refused, naming it', async () => {
    const one = await serverWith({ maxPendingPerResident: 1 });
    const resident = city.residents[4]!;
    expect((await approve(one, operation(resident, 100))).status).toBe(200);
    const refused = await approve(one, operation(resident, 101));
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/^the city holds 1 approved action for this account that has not been sent yet, the most it approves at a time; send it first/);
    for (const bad of [0, 1.5]) {
      expect(() =>
        parseServerConfig({ chain: { id: 31337, rpcUrls: [city.anvil.url] }, polity: city.polity, sponsorship: { enabled: true, maxPendingPerResident: bad } }),
      ).toThrow(/sponsorship\.maxPendingPerResident/);
    }
  });
});
