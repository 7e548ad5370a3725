/**
 * The relay against the real contracts on anvil: a resident rebuilds the round's group from the chain,
 * proves, and sends through the city's server; the ballot is counted under its ballot key, sent by the
 * relay account, and replaced by a later one; a replayed proof and one for a stale root are refused
 * before any gas is spent.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { readProvingFiles } from '@polity/sdk/node';
import {
  castSecretBallot,
  PolityServerError,
  proveSecretBallot,
  readSecretBallotRevision,
  readSecretGroup,
  secretBallotKey,
  secretBallotMessage,
  secretBallotNullifier,
  secretBallotScope,
  treeDepthForGroupSize,
  type SecretIdentity,
} from '@polity/sdk';
import { getTransaction } from 'viem/actions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServerConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { artifact, startSecretCity, type SecretCity } from './relay-city.js';

const keyEnv = 'POLITY_TEST_RELAY_KEY';
let city: SecretCity;
let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  city = await startSecretCity({ residents: 5, costs: [30n, 40n, 50n], budget: 100n, maxProjects: 3 });
  process.env[keyEnv] = city.relayKey;
  dataDir = mkdtempSync(join(tmpdir(), 'polity-relay-'));
  server = await startServer(parseServerConfig(city.config(dataDir, { senderKeyEnv: keyEnv, maxBallotsPerNullifier: 5 })), { databaseUrl: '', logger: pino({ level: 'silent' }) });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await city?.stop();
  delete process.env[keyEnv];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function prepared(identity: SecretIdentity, projects: number[]) {
  const { group } = await readSecretGroup(city.chain, { secretBallots: city.secretBallots, roundId: city.roundId });
  const scope = secretBallotScope({ chainId: city.anvil.chainId, rounds: city.rounds, roundId: city.roundId });
  const nullifier = secretBallotNullifier(identity, scope);
  const revision = (await readSecretBallotRevision(city.chain, { secretBallots: city.secretBallots, roundId: city.roundId, nullifier })) + 1n;
  const message = secretBallotMessage({ revision, projects, points: [] });
  const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
  const proof = await proveSecretBallot({ identity, group, roundId: city.roundId, message, scope, provingFiles });
  return { roundId: city.roundId, projects, points: [], revision, proof, nullifier };
}

async function ballotOf(key: `0x${string}`) {
  return (await city.chain.readContract({ address: city.rounds, abi: artifact('BudgetRounds').abi, functionName: 'ballotOf', args: [city.roundId, key] })) as readonly [boolean, readonly number[], readonly number[], bigint];
}

describe('secret ballots through the relay, on chain', () => {
  it('rebuilds the round\'s group from the chain with the root the chain fixed', async () => {
    const { group, root } = await readSecretGroup(city.chain, { secretBallots: city.secretBallots, roundId: city.roundId });
    expect(group.size).toBe(5);
    expect(group.root).toBe(root);
    expect(group.members).toEqual(city.identities.map((identity) => identity.commitment));
  });

  it('counts a ballot under its key, sent by the relay account, and replaces it with a later one', async () => {
    const first = await prepared(city.identities[1]!, [0, 2]);
    expect(first.revision).toBe(1n);
    const sent = await castSecretBallot({ relayUrl: server.url, ...first });
    expect(sent.nullifier).toBe(first.nullifier);
    expect(sent.ballotKey).toBe(secretBallotKey(first.nullifier));
    const transaction = await getTransaction(city.chain, { hash: sent.transactionHash });
    expect(transaction.from.toLowerCase()).toBe(city.relayAddress.toLowerCase());
    expect(await ballotOf(sent.ballotKey)).toEqual([true, [0, 2], [], 1n]);

    const second = await prepared(city.identities[1]!, [1]);
    expect(second.revision).toBe(2n);
    const replaced = await castSecretBallot({ relayUrl: server.url, ...second });
    expect(replaced.ballotKey).toBe(sent.ballotKey);
    expect(await ballotOf(sent.ballotKey)).toEqual([true, [1], [], 1n]);

    // The first proof, sent again (by anyone who saw it on chain), cannot bring the old ballot back.
    const replay = await castSecretBallot({ relayUrl: server.url, ...first }).catch((error: unknown) => error);
    expect(replay).toBeInstanceOf(PolityServerError);
    expect([(replay as PolityServerError).status, (replay as PolityServerError).code]).toEqual([409, 'stale_revision']);
    expect(await ballotOf(sent.ballotKey)).toEqual([true, [1], [], 1n]);
  }, 300_000);

  it('refuses a proof whose root was altered, before sending anything', async () => {
    const ballot = await prepared(city.identities[2]!, [0]);
    const otherRoot = { ...ballot, proof: { ...ballot.proof, merkleTreeRoot: (BigInt(ballot.proof.merkleTreeRoot) + 1n).toString() } };
    const refused = await castSecretBallot({ relayUrl: server.url, ...otherRoot }).catch((error: unknown) => error);
    expect((refused as PolityServerError).code).toBe('invalid_proof');
    const [cast] = await ballotOf(secretBallotKey(ballot.nullifier));
    expect(cast).toBe(false);
  }, 300_000);
});
