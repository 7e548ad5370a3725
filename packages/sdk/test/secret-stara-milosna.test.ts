/**
 * Warszawa 2017, Stara Miłosna as secret ballots: all 1,078 voters register identities (so the group,
 * and the proofs' tree depth 11, are the election's), then a subset of the file's ballots is proved
 * and sent through the city's relay on anvil; the round's support for every project must equal the
 * count of those ballots in the file. POLITY_SECRET_REPLAY_BALLOTS sets the subset (default 24; the
 * proof time per ballot printed here is what a full replay multiplies).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPabulibFile } from '../src/pabulib/node.js';
import { readProvingFiles } from '../src/secret/node.js';
import {
  castSecretBallot,
  proveSecretBallot,
  readSecretBallotRevision,
  readSecretGroup,
  secretBallotMessage,
  secretBallotNullifier,
  secretBallotScope,
  treeDepthForGroupSize,
} from '../src/secret/index.js';
import { parseServerConfig } from '../../server/src/config.js';
import { createServerLogger } from '../../server/src/logger.js';
import { startServer, type RunningServer } from '../../server/src/server.js';
import { artifact, startSecretCity, type SecretCity } from '../../server/test/relay-city.js';

const file = join(import.meta.dirname, '../../../test/data/pabulib/poland_warszawa_2017_stara-milosna.pb');
const subset = Number(process.env['POLITY_SECRET_REPLAY_BALLOTS'] ?? 24);
const keyEnv = 'POLITY_TEST_SECRET_REPLAY_RELAY_KEY';

let city: SecretCity;
let server: RunningServer;
let dataDir: string;
let election: Awaited<ReturnType<typeof readPabulibFile>>;

beforeAll(async () => {
  election = await readPabulibFile(file);
  const longest = Math.max(...election.votes.map((vote) => vote.projects.length));
  city = await startSecretCity({
    residents: election.votes.length,
    costs: election.projects.map((project) => BigInt(project.cost)),
    budget: 309_914n,
    maxProjects: longest,
  });
  process.env[keyEnv] = city.relayKey;
  dataDir = mkdtempSync(join(tmpdir(), 'polity-secret-replay-'));
  server = await startServer(parseServerConfig(city.config(dataDir, { senderKeyEnv: keyEnv })), { databaseUrl: '', logger: createServerLogger({ level: 'silent' }) });
}, 1_800_000);

afterAll(async () => {
  await server?.stop();
  await city?.stop();
  delete process.env[keyEnv];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('Stara Miłosna 2017 as secret ballots through the relay', () => {
  it(`counts ${subset} of the file's ballots exactly as the file has them`, async () => {
    const index = new Map(election.projects.map((project, position) => [project.id, position]));
    const { group, root } = await readSecretGroup(city.chain, { secretBallots: city.secretBallots, roundId: city.roundId });
    expect(group.size).toBe(1078);
    expect(group.root).toBe(root);
    const depth = treeDepthForGroupSize(group.size);
    expect(depth).toBe(11);
    const provingFiles = await readProvingFiles(depth);
    const scope = secretBallotScope({ chainId: city.anvil.chainId, rounds: city.rounds, roundId: city.roundId });

    const expected = new Array<bigint>(election.projects.length).fill(0n);
    const proofTimes: number[] = [];
    for (const [voter, vote] of election.votes.slice(0, subset).entries()) {
      const identity = city.identities[voter]!;
      const projects = vote.projects.map((id) => index.get(id)!).sort((a, b) => a - b);
      for (const project of projects) expected[project]! += 1n;
      const nullifier = secretBallotNullifier(identity, scope);
      const revision = (await readSecretBallotRevision(city.chain, { secretBallots: city.secretBallots, roundId: city.roundId, nullifier })) + 1n;
      const message = secretBallotMessage({ revision, projects, points: [] });
      const started = performance.now();
      const proof = await proveSecretBallot({ identity, group, roundId: city.roundId, message, scope, provingFiles });
      proofTimes.push(performance.now() - started);
      await castSecretBallot({ relayUrl: server.url, roundId: city.roundId, projects, points: [], revision, proof });
    }

    const roundsAbi = artifact('BudgetRounds').abi;
    const support = await Promise.all(
      election.projects.map((_, project) => city.chain.readContract({ address: city.rounds, abi: roundsAbi, functionName: 'supportOf', args: [city.roundId, project] }) as Promise<bigint>),
    );
    expect(support).toEqual(expected);
    const [, ballots] = (await city.chain.readContract({ address: city.rounds, abi: roundsAbi, functionName: 'ballotCommitment', args: [city.roundId] })) as readonly [string, bigint];
    expect(ballots).toBe(BigInt(subset));

    const mean = proofTimes.reduce((total, time) => total + time, 0) / proofTimes.length;
    process.stdout.write(
      `Stara Miłosna secret replay: ${subset} ballots, tree depth ${depth}, proof ${(mean / 1000).toFixed(2)} s per ballot (mean, Node, this machine's load); all 1,078 would take about ${((mean * 1078) / 60_000).toFixed(0)} min of proving on one core\n`,
    );
  }, 3_600_000);
});
