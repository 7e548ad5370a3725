/**
 * The relay's checks before it pays to send a secret ballot, with real Semaphore proofs and the chain
 * replaced by a stand-in (the contract's own refusals are covered against anvil in relay.test.ts):
 * a proof that does not verify, one for another round or another content, another group root, a stale
 * revision, and a nullifier beyond its rate limit. And: nothing about the request reaches the log.
 */
import { Writable } from 'node:stream';
import { readProvingFiles } from '@polity/sdk/node';
import { createSecretGroup, proveSecretBallot, secretBallotKey, secretBallotMessage, secretBallotScope, secretIdentityFromSeed, treeDepthForGroupSize, type SecretBallotProof } from '@polity/sdk';
import { pino } from 'pino';
import type { Hash } from 'viem';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { parseServerConfig } from '../src/config.js';
import type { ServerContext } from '../src/context.js';
import type { RelayChain } from '../src/relay/check.js';
import { relayRoutes } from '../src/relay/routes.js';

const chainId = 31337;
const rounds = '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0' as const;
const identities = [1, 2, 3, 4].map((n) => secretIdentityFromSeed(new Uint8Array(32).fill(n)));
const group = createSecretGroup(identities.map((identity) => identity.commitment));

interface Ballot {
  roundId: bigint;
  projects: number[];
  points: number[];
  revision: bigint;
  proof: SecretBallotProof;
}

async function ballot(voter: number, revision: bigint, projects: number[], roundId = 1n): Promise<Ballot> {
  const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
  const scope = secretBallotScope({ chainId, rounds, roundId });
  const message = secretBallotMessage({ revision, projects, points: [] });
  const proof = await proveSecretBallot({ identity: identities[voter]!, group, roundId, message, scope, provingFiles });
  return { roundId, projects, points: [], revision, proof };
}

const body = (b: Ballot) => JSON.stringify({ ...b, roundId: b.roundId.toString(), revision: b.revision.toString() });

/** A chain that holds the group's root for round 1 and counts what is sent to it. */
function standInChain() {
  const revisions = new Map<bigint, bigint>();
  const sent: bigint[] = [];
  const chain: RelayChain = {
    ready: true,
    roundGroup: async () => ({ root: group.root, fixedAt: 1_700_000_000 }),
    revisionOf: async (_roundId, nullifier) => revisions.get(nullifier) ?? 0n,
    send: async (request) => {
      revisions.set(request.proof.nullifier, request.revision);
      sent.push(request.proof.nullifier);
      return `0x${sent.length.toString(16).padStart(64, '0')}` as Hash;
    },
  };
  return { chain, sent };
}

function relayApp(chain: RelayChain, relay: Record<string, unknown> = {}) {
  const lines: string[] = [];
  const log = pino({ level: 'trace' }, new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
  const config = parseServerConfig({
    chain: { id: chainId, rpcUrls: ['http://127.0.0.1:1'] },
    polity: { registry: rounds, governor: rounds, timelock: rounds, rounds, results: rounds, escrow: rounds },
    indexer: { enabled: false },
    relay: { enabled: true, secretBallots: rounds, maxBallotsPerNullifier: 2, windowSeconds: 3600, ...relay },
  });
  const context = { config, polity: { chainId, ...config.polity }, log } as unknown as ServerContext;
  const app = createApp(context, { routers: [relayRoutes(context, { chain })] });
  const post = async (payload: string) => {
    const response = await app.request('/relay/secret-ballot', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' }, body: payload });
    return { status: response.status, body: (await response.json()) as { transactionHash?: string; ballotKey?: string; nullifier?: string; error?: { code: string; message: string } } };
  };
  return { post, lines };
}

let first: Ballot;
let second: Ballot;
let third: Ballot;
let otherRound: Ballot;
let otherVoter: Ballot;

beforeAll(async () => {
  first = await ballot(0, 1n, [0, 2]);
  second = await ballot(0, 2n, [1]);
  third = await ballot(0, 3n, [3]);
  otherRound = await ballot(1, 1n, [0], 2n);
  otherVoter = await ballot(2, 1n, [2]);
}, 300_000);

describe('POST /relay/secret-ballot', () => {
  it('sends a valid ballot and answers its transaction, nullifier and ballot key', async () => {
    const { chain, sent } = standInChain();
    const { post } = relayApp(chain);
    const answer = await post(body(first));
    expect(answer.status).toBe(200);
    expect(answer.body.nullifier).toBe(first.proof.nullifier);
    expect(answer.body.ballotKey).toBe(secretBallotKey(BigInt(first.proof.nullifier)));
    expect(answer.body.transactionHash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(sent).toEqual([BigInt(first.proof.nullifier)]);
  });

  it('refuses a proof that does not verify, without sending it', async () => {
    const { chain, sent } = standInChain();
    const { post } = relayApp(chain);
    const points = [...first.proof.points];
    points[0] = second.proof.points[0]!;
    const answer = await post(body({ ...first, proof: { ...first.proof, points: points as unknown as SecretBallotProof['points'] } }));
    expect([answer.status, answer.body.error?.code]).toEqual([422, 'invalid_proof']);
    expect(sent).toEqual([]);
  });

  it("refuses a proof made for another round (its scope), and a ballot whose content changed after proving", async () => {
    const { chain, sent } = standInChain();
    const { post } = relayApp(chain);
    const wrongRound = await post(body({ ...otherRound, roundId: 1n }));
    expect([wrongRound.status, wrongRound.body.error?.code]).toEqual([422, 'wrong_scope']);
    const altered = await post(body({ ...first, projects: [0, 3] }));
    expect([altered.status, altered.body.error?.code]).toEqual([422, 'wrong_message']);
    expect(sent).toEqual([]);
  });

  it('refuses a proof against another group root than the one the chain fixed for the round', async () => {
    const { chain, sent } = standInChain();
    const { post } = relayApp({ ...chain, roundGroup: async () => ({ root: group.root + 1n, fixedAt: 1_700_000_000 }) });
    const answer = await post(body(first));
    expect([answer.status, answer.body.error?.code]).toEqual([409, 'wrong_root']);
    expect(sent).toEqual([]);
  });

  it('refuses a replayed proof (a revision already counted) and limits the ballots one nullifier sends', async () => {
    const { chain, sent } = standInChain();
    const { post } = relayApp(chain, { maxBallotsPerNullifier: 2 });
    expect((await post(body(first))).status).toBe(200);
    const replay = await post(body(first));
    expect([replay.status, replay.body.error?.code]).toEqual([409, 'stale_revision']);
    expect((await post(body(second))).status).toBe(200);
    const beyond = await post(body(third));
    expect([beyond.status, beyond.body.error?.code]).toEqual([429, 'too_many_ballots']);
    expect(beyond.body.error?.message).toMatch(/changed 2 times in the last 3600 seconds/);
    // Another resident is not held back by the first one's limit.
    expect((await post(body(otherVoter))).status).toBe(200);
    expect(sent.map(String)).toEqual([first.proof.nullifier, second.proof.nullifier, otherVoter.proof.nullifier]);
  });

  it('writes nothing to the log about a relayed ballot, sent or refused', async () => {
    const { chain } = standInChain();
    const { post, lines } = relayApp(chain);
    await post(body(first));
    await post(body({ ...first, projects: [1] }));
    await post('{ not json');
    expect(lines.filter((line) => line.includes('relay') || line.includes(first.proof.nullifier) || line.includes('203.0.113.7'))).toEqual([]);
  });

  it('answers 503 naming the setting when the relay is off', async () => {
    const { chain } = standInChain();
    const { post } = relayApp(chain, { enabled: false });
    const answer = await post(body(first));
    expect([answer.status, answer.body.error?.code]).toEqual([503, 'relay_unavailable']);
    expect(answer.body.error?.message).toMatch(/relay\.enabled/);
  });
});
