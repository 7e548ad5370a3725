/**
 * Warszawa 2017, Stara Miłosna as secret ballots: all 1,078 voters register identities (so the group,
 * and the proofs' tree depth 11, are the election's), then the file's ballots are proved (in parallel,
 * SecretBallotProverPool) and sent through the city's relay on anvil. Then the round is checked as
 * anyone can check it: every ballot counted, each project's support equal to the file's count, and the
 * outcome recounted from chain data alone (getRoundElection and greedy, as "Verify this result" does)
 * and finalised on chain (finaliseRound) equal to the rule run over the same ballots from the file.
 *
 * POLITY_SECRET_REPLAY_BALLOTS: how many of the file's ballots to cast (default 24, so that CI stays
 * short), or `all`: then the outcome must also be the one the city recorded (the file's `selected`
 * column) and the support the file's `votes` column. `pnpm bench:secret-replay` runs it with `all` and
 * prints the figures this file writes to POLITY_SECRET_REPLAY_REPORT.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestClient, createWalletClient, http, type Address } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finaliseRound } from '../src/actions/results/finaliseRound.js';
import { getRoundElection } from '../src/actions/results/getRoundElection.js';
import { greedy } from '../src/budgeting/greedy.js';
import { budgetRoundsAbi } from '../src/contracts/generated.js';
import type { PolityAddresses } from '../src/chain/polity.js';
import { pabulibBudget, pabulibElection, pabulibRule, recordedOutcome } from '../src/pabulib/index.js';
import { readPabulibFile } from '../src/pabulib/node.js';
import { readProvingFiles } from '../src/secret/node.js';
import { createSecretBallotProverPool } from '../src/secret/proverPool.js';
import {
  castSecretBallot,
  readSecretBallotRevision,
  readSecretGroup,
  secretBallotMessage,
  secretBallotNullifier,
  secretBallotScope,
  treeDepthForGroupSize,
  type SecretBallotProof,
} from '../src/secret/index.js';
import { parseServerConfig } from '../../server/src/config.js';
import { createServerLogger } from '../../server/src/logger.js';
import { startServer, type RunningServer } from '../../server/src/server.js';
import { artifact, startSecretCity, type SecretCity } from '../../server/test/relay-city.js';
import type { ReplayReport } from './secret-replay-report.js';

const file = join(import.meta.dirname, '../../../test/data/pabulib/poland_warszawa_2017_stara-milosna.pb');
const keyEnv = 'POLITY_TEST_SECRET_REPLAY_RELAY_KEY';
/** Ballots sent to the relay at once: it checks one while the previous is mined (it sends one at a time). */
const sendingAtOnce = 2;

/** How many ballots POLITY_SECRET_REPLAY_BALLOTS asks for, out of the file's `total`. */
function ballotsToCast(total: number): number {
  const asked = process.env['POLITY_SECRET_REPLAY_BALLOTS'] ?? '24';
  if (asked === 'all') return total;
  const count = Number(asked);
  if (!Number.isInteger(count) || count < 1 || count > total) throw new Error(`POLITY_SECRET_REPLAY_BALLOTS is '${asked}': set it to a whole number from 1 to ${total}, or to 'all'`);
  return count;
}

const started = performance.now();
const report: ReplayReport = { ballots: 0, residents: 0, treeDepth: 0, proverWorkers: 0, loadBefore: loadavg(), cityMilliseconds: 0 };
let city: SecretCity;
let server: RunningServer;
let dataDir: string;
/** The election as the city recorded it (the .pb file). */
let recorded: Awaited<ReturnType<typeof readPabulibFile>>;
let cast: number;

beforeAll(async () => {
  recorded = await readPabulibFile(file);
  cast = ballotsToCast(recorded.votes.length);
  const longest = Math.max(...recorded.votes.map((vote) => vote.projects.length));
  const cityStarted = performance.now();
  city = await startSecretCity({
    residents: recorded.votes.length,
    costs: recorded.projects.map((project) => BigInt(project.cost)),
    budget: BigInt(pabulibBudget(recorded)),
    maxProjects: longest,
  });
  report.cityMilliseconds = performance.now() - cityStarted;
  process.env[keyEnv] = city.relayKey;
  dataDir = mkdtempSync(join(tmpdir(), 'polity-secret-replay-'));
  server = await startServer(parseServerConfig(city.config(dataDir, { senderKeyEnv: keyEnv })), { databaseUrl: '', logger: createServerLogger({ level: 'silent' }) });
}, 3_600_000);

afterAll(async () => {
  await server?.stop();
  await city?.stop();
  delete process.env[keyEnv];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  report.totalMilliseconds = performance.now() - started;
  report.loadAfter = loadavg();
  const reportFile = process.env['POLITY_SECRET_REPLAY_REPORT'];
  if (reportFile) writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
});

describe('Stara Miłosna 2017 as secret ballots through the relay', () => {
  it("counts the file's ballots exactly as the file has them, none lost", async () => {
    const index = new Map(recorded.projects.map((project, position) => [project.id, position]));
    const { group, root } = await readSecretGroup(city.chain, { secretBallots: city.secretBallots, roundId: city.roundId });
    expect(group.size).toBe(recorded.votes.length);
    expect(group.root).toBe(root);
    const depth = treeDepthForGroupSize(group.size);
    expect(depth).toBe(11);
    const provingFiles = await readProvingFiles(depth);
    const scope = secretBallotScope({ chainId: city.anvil.chainId, rounds: city.rounds, roundId: city.roundId });
    Object.assign(report, { ballots: cast, residents: group.size, treeDepth: depth });

    const pool = createSecretBallotProverPool();
    report.proverWorkers = pool.workers;
    const expected = new Array<bigint>(recorded.projects.length).fill(0n);
    const castingStarted = performance.now();
    let lastProved = castingStarted;
    let sendingMilliseconds = 0;
    try {
      // Every ballot goes to the pool at once; the pool proves as many at a time as it has workers,
      // and ballots are sent in the file's order as their proofs arrive.
      const ballots = [];
      for (const [voter, vote] of recorded.votes.slice(0, cast).entries()) {
        const identity = city.identities[voter]!;
        const projects = vote.projects.map((id) => index.get(id)!).sort((a, b) => a - b);
        for (const project of projects) expected[project]! += 1n;
        const revision = (await readSecretBallotRevision(city.chain, { secretBallots: city.secretBallots, roundId: city.roundId, nullifier: secretBallotNullifier(identity, scope) })) + 1n;
        const message = secretBallotMessage({ revision, projects, points: [] });
        const proof = pool.prove({ identity, group, roundId: city.roundId, message, scope, provingFiles }).then((proved) => {
          lastProved = performance.now();
          return proved;
        });
        // Kept from being reported unhandled while earlier ballots are sent; awaited below.
        proof.catch(() => undefined);
        ballots.push({ projects, revision, proof });
      }
      const sending = new Set<Promise<void>>();
      const send = async (projects: number[], revision: bigint, proof: SecretBallotProof) => {
        const sendStarted = performance.now();
        await castSecretBallot({ relayUrl: server.url, roundId: city.roundId, projects, points: [], revision, proof });
        sendingMilliseconds += performance.now() - sendStarted;
      };
      for (const { projects, revision, proof } of ballots) {
        const sent = send(projects, revision, await proof);
        sending.add(sent);
        void sent.finally(() => sending.delete(sent)).catch(() => undefined);
        if (sending.size >= sendingAtOnce) await Promise.race(sending);
      }
      await Promise.all(sending);
    } finally {
      report.provingMilliseconds = lastProved - castingStarted;
      report.castingMilliseconds = performance.now() - castingStarted;
      report.sendingMilliseconds = sendingMilliseconds;
      const { proofs, provingMilliseconds } = pool.timing();
      report.meanProofMilliseconds = provingMilliseconds / proofs;
      await pool.close();
    }

    const [, counted] = await city.chain.readContract({ address: city.rounds, abi: budgetRoundsAbi, functionName: 'ballotCommitment', args: [city.roundId] });
    report.countedOnChain = Number(counted);
    expect(counted).toBe(BigInt(cast));
    const support = await Promise.all(recorded.projects.map((_, project) => city.chain.readContract({ address: city.rounds, abi: budgetRoundsAbi, functionName: 'supportOf', args: [city.roundId, project] })));
    expect(support).toEqual(expected);
    // The whole election: the support is the file's own `votes` column, not only our count of its ballots.
    if (cast === recorded.votes.length) expect(support).toEqual(recorded.projects.map((project) => BigInt(project.fields['votes']!)));
  }, 7_200_000);

  it("gives, recounted from the chain and finalised on it, the outcome of the city's rule over the same ballots", async () => {
    expect(report.countedOnChain).toBe(cast);
    expect(pabulibRule(recorded).rule).toBe('greedy');
    // What the rule gives over the ballots cast, from the file; with every ballot, what the city recorded.
    const fromFile = pabulibElection(recorded);
    const expected = greedy({ ...fromFile, ballots: fromFile.ballots.slice(0, cast) }).selected;
    if (cast === recorded.votes.length) expect([...expected].sort()).toEqual([...recordedOutcome(recorded)!].sort());
    const chainIds = (ids: readonly string[]) => ids.map((id) => recorded.projects.findIndex((project) => project.id === id)).sort((a, b) => a - b);

    // The city's results contract, which counts greedy rounds on chain for anyone once voting has closed.
    const transport = http(city.anvil.url, { retryCount: 0 });
    const anyone = createWalletClient({ account: mnemonicToAccount('test test test test test test test test test test test junk', { addressIndex: 5 }), chain: foundry, transport });
    const { abi, bytecode } = artifact('RoundResults');
    const deployment = await anyone.deployContract({ abi, bytecode, args: [city.rounds, anyone.account.address, anyone.account.address, anyone.account.address] });
    const results = (await city.chain.waitForTransactionReceipt({ hash: deployment })).contractAddress as Address;
    // Components this test does not use point at contracts that exist (actions check that they do).
    const polity: PolityAddresses = { chainId: city.anvil.chainId, registry: city.registry, governor: city.registry, timelock: city.registry, rounds: city.rounds, results, escrow: city.rounds };
    const config = await city.chain.readContract({ address: city.rounds, abi: budgetRoundsAbi, functionName: 'roundConfig', args: [city.roundId] });
    const test = createTestClient({ chain: foundry, mode: 'anvil', transport });
    await test.setNextBlockTimestamp({ timestamp: BigInt(config.timeline.votingEnd) + 1n });
    await test.mine({ blocks: 1 });

    // "Verify this result": the ballots read back from the chain's events (checked against the round's
    // ballot commitment), counted by the SDK's greedy rule.
    const recount = await getRoundElection(city.chain, { polity, roundId: city.roundId });
    expect(recount.ballots).toHaveLength(cast);
    const recounted = greedy(recount.election, { excluded: recount.excluded }).selected.map(Number).sort((a, b) => a - b);
    const { projects: finalised } = await finaliseRound(anyone, { polity, roundId: city.roundId });

    expect(recounted).toEqual(chainIds(expected));
    expect([...finalised]).toEqual(chainIds(expected));
    report.fundedProjects = finalised.map((project) => recorded.projects[project]!.id);
    report.outcomeMatched = true;
  }, 600_000);
});
