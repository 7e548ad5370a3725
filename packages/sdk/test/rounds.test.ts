import { keccak256, toHex, type Address } from 'viem';
import { deployContract, getBlock, readContract, waitForTransactionReceipt, writeContract } from 'viem/actions';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getGrant } from '../src/actions/escrow/getGrant.js';
import { releaseMilestone } from '../src/actions/escrow/releaseMilestone.js';
import { challengeOutcome } from '../src/actions/results/challengeOutcome.js';
import { checkOutcome } from '../src/actions/results/checkOutcome.js';
import { finaliseOutcome } from '../src/actions/results/finaliseOutcome.js';
import { finaliseRound } from '../src/actions/results/finaliseRound.js';
import { getResult } from '../src/actions/results/getResult.js';
import { submitOutcome } from '../src/actions/results/submitOutcome.js';
import { withdrawBond } from '../src/actions/results/withdrawBond.js';
import { advanceRoundPhase } from '../src/actions/rounds/advanceRoundPhase.js';
import { castBallot } from '../src/actions/rounds/castBallot.js';
import { getBallot } from '../src/actions/rounds/getBallot.js';
import { getProjects } from '../src/actions/rounds/getProjects.js';
import { getRound } from '../src/actions/rounds/getRound.js';
import { getRoundCount } from '../src/actions/rounds/getRoundCount.js';
import { delegateOnTopic } from '../src/actions/delegation/delegateOnTopic.js';
import { openRound } from '../src/actions/rounds/openRound.js';
import { reviewProjects } from '../src/actions/rounds/reviewProjects.js';
import { submitProject } from '../src/actions/rounds/submitProject.js';
import { PolityBallotError, PolityEscrowError, PolityResultError, PolityRoundError, PolityRoundPhaseError } from '../src/chain/errors/contract.js';
import { ierc20Abi, liquidVotesTokenAbi, liquidVotesTokenBytecode } from '../src/contracts/generated.js';
import {
  buildFundProjectsProposal,
  buildOpenRoundProposal,
  buildResolveChallengeProposal,
  buildSettingChangeProposal,
  buildStopProjectProposal,
  buildTransferProposal,
  type RoundConfig,
} from '../src/proposals/builders.js';
import { startCity, type City } from './fixture.js';
import { pass } from './pass.js';
import { admit } from './residents.js';

const hash = (text: string) => keccak256(toHex(text));

describe('budget rounds, results and the escrow against anvil', () => {
  let city: City;
  let token: Address;

  /** A round opening now: submission 1,000 s, review 1,000 s, voting 1,000 s. */
  async function config(overrides: Partial<RoundConfig>): Promise<RoundConfig> {
    const { timestamp } = await getBlock(city.publicClient);
    const now = Number(timestamp);
    return {
      token,
      district: 0,
      delegation: false,
      topic: 0,
      maxSubmissionsPerResident: 5,
      budget: 100_000n,
      ballot: { kind: 1, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
      timeline: { reviewStart: now + 1_000, votingStart: now + 2_000, votingEnd: now + 3_000 },
      counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
      descriptionHash: hash('round'),
      ...overrides,
    };
  }

  beforeAll(async () => {
    city = await startCity();
    const { deployer, polity, publicClient } = city;
    await admit(city, city.people.map((person) => person.account.address));
    // The budget token: Polity's own mintable ERC-20, owned by the deployer for the test.
    const deployHash = await deployContract(deployer, { abi: liquidVotesTokenAbi, bytecode: liquidVotesTokenBytecode, args: ['City Zloty', 'CZL', deployer.account.address, 1n] });
    token = (await waitForTransactionReceipt(publicClient, { hash: deployHash })).contractAddress!;
    await waitForTransactionReceipt(publicClient, { hash: await writeContract(deployer, { address: token, abi: liquidVotesTokenAbi, functionName: 'mint', args: [polity.timelock, 1_000_000n] }) });
    await city.advance(10);
    await pass(
      city,
      buildSettingChangeProposal(polity, {
        title: 'Let the council open budget rounds',
        changes: [{ setting: 'grantRole', component: 'rounds', role: 'ROUND_MANAGER_ROLE', account: city.council.account.address }],
      }),
    );
  }, 90_000);
  afterAll(async () => city?.stop());

  test('a greedy knapsack round: open, submit, review, vote and change a ballot, finalise, fund, release milestones', async () => {
    const { polity, council, people, publicClient } = city;
    const [ana, ben, carla, dan] = people as [typeof people[0], typeof people[0], typeof people[0], typeof people[0]];
    const { roundId } = await openRound(council, { polity, config: await config({}), categories: ['parks', 'streets'] });

    await expect(submitProject(ana, { polity, roundId, cost: 120_000n, category: 0, descriptionHash: hash('too big') })).rejects.toThrow(
      "the project costs 120,000 but round 1's whole budget is 100,000",
    );
    const park = await submitProject(ana, { polity, roundId, cost: 60_000n, category: 0, location: { latitude: 52.2297, longitude: 21.0122 }, descriptionHash: hash('park') });
    const lights = await submitProject(ben, { polity, roundId, cost: 50_000n, category: 1, descriptionHash: hash('lights') });
    const bench = await submitProject(carla, { polity, roundId, cost: 30_000n, category: 0, descriptionHash: hash('benches') });
    const mural = await submitProject(dan, { polity, roundId, cost: 10_000n, category: 0, descriptionHash: hash('mural') });
    expect([park.projectId, lights.projectId, bench.projectId, mural.projectId]).toEqual([0, 1, 2, 3]);

    // The wrong phase is refused before anything is sent, with the contract's words.
    const early = castBallot(ana, { polity, roundId, projects: [0] });
    await expect(early).rejects.toThrow(PolityRoundPhaseError);
    await expect(early).rejects.toThrow('round 1 is in submission but this needs voting: ballots are cast while voting is open');

    await advanceRoundPhase(council, { polity, roundId, to: 'review' });
    await reviewProjects(council, {
      polity,
      roundId,
      decisions: [
        { projectId: 0, decision: 'accept' },
        { projectId: 1, decision: 'accept' },
        { projectId: 2, decision: 'revalue', cost: 40_000n, reasonHash: hash('valuation') },
        { projectId: 2, decision: 'accept' },
        { projectId: 3, decision: 'reject', reasonHash: hash('not public land') },
      ],
    });
    await advanceRoundPhase(council, { polity, roundId, to: 'voting' });
    const projects = await getProjects(publicClient, { polity, roundId });
    expect(projects.map((project) => [project.status, project.cost])).toEqual([['accepted', 60_000n], ['accepted', 50_000n], ['accepted', 40_000n], ['rejected', 10_000n]]);
    expect(projects[0]?.location).toEqual({ latitude: 52.2297, longitude: 21.0122 });

    const over = castBallot(ana, { polity, roundId, projects: [1, 0] });
    await expect(over).rejects.toThrow(PolityBallotError);
    await expect(over).rejects.toThrow("ballot spends 110,000 but the round's budget is 100,000: remove projects until it fits");
    await expect(castBallot(ana, { polity, roundId, projects: [3] })).rejects.toThrow("project 3 is not on round 1's ballot");
    await expect(castBallot(ana, { polity, roundId, projects: [0], points: [3] })).rejects.toThrow('uses knapsack ballots: list projects without points');

    expect(await castBallot(ana, { polity, roundId, projects: [2, 0] })).toMatchObject({ weight: 1n, replaced: false, projects: [0, 2] });
    await castBallot(ben, { polity, roundId, projects: [1, 2] });
    await castBallot(carla, { polity, roundId, projects: [1] });
    expect(await castBallot(ana, { polity, roundId, projects: [1, 2] })).toMatchObject({ replaced: true });
    expect(await getBallot(publicClient, { polity, roundId, voter: ana.account.address })).toEqual({ cast: true, projects: [1, 2], points: [], weight: 1n });
    expect(await getRound(publicClient, { polity, roundId })).toMatchObject({ phase: 'voting', ballotKind: 'knapsack', countingRule: 'greedy', ballots: 3n, projectCount: 4 });

    await expect(finaliseRound(dan, { polity, roundId })).rejects.toThrow(PolityRoundPhaseError);
    await city.advance(3_100);
    const { projects: funded } = await finaliseRound(dan, { polity, roundId });
    expect(funded).toEqual([1, 2]);

    await pass(
      city,
      buildFundProjectsProposal(polity, {
        title: 'Fund round 1',
        roundId,
        token,
        projects: [
          { projectId: 1, recipient: ben.account.address, milestones: [{ amount: 20_000n, descriptionHash: hash('poles') }, { amount: 30_000n, descriptionHash: hash('lamps') }] },
          { projectId: 2, recipient: carla.account.address, milestones: [{ amount: 40_000n, descriptionHash: hash('benches') }] },
        ],
      }),
    );
    await expect(releaseMilestone(council, { polity, roundId, projectId: 1, index: 1n, evidenceHash: hash('photo') })).rejects.toThrow(PolityEscrowError);
    expect(await releaseMilestone(council, { polity, roundId, projectId: 1, evidenceHash: hash('photo') })).toMatchObject({ index: 0n, amount: 20_000n, completed: false });
    expect(await releaseMilestone(council, { polity, roundId, projectId: 1, evidenceHash: hash('photo 2') })).toMatchObject({ index: 1n, completed: true });
    await expect(releaseMilestone(council, { polity, roundId, projectId: 1, evidenceHash: hash('again') })).rejects.toThrow('is completed, not active');
    expect(await getGrant(publicClient, { polity, roundId, projectId: 1 })).toMatchObject({ status: 'completed', allocation: 50_000n, released: 50_000n });
    expect(await readContract(publicClient, { address: token, abi: ierc20Abi, functionName: 'balanceOf', args: [ben.account.address] })).toBe(50_000n);
  }, 90_000);

  test('an equal-shares round: outcome computed from the ballots, submitted, checked, challenged, resolved', async () => {
    const { polity, council, people, publicClient } = city;
    const [ana, ben, carla, dan, eva] = people as [typeof people[0], typeof people[0], typeof people[0], typeof people[0], typeof people[0]];
    const { roundId } = await openRound(council, {
      polity,
      config: await config({
        ballot: { kind: 0, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
        counting: { rule: 1, stopAtMisfit: false, minSupport: 0n, completion: 1, challengeWindow: 2 * 86_400, challengeBond: 10n ** 15n },
      }),
      categories: ['general'],
    });
    for (const [resident, cost] of [[ana, 40_000n], [ben, 40_000n], [carla, 30_000n], [dan, 30_000n]] as const) {
      await submitProject(resident, { polity, roundId, cost, category: 0, descriptionHash: hash(`project ${cost}`) });
    }
    await advanceRoundPhase(council, { polity, roundId, to: 'review' });
    await reviewProjects(council, { polity, roundId, decisions: [0, 1, 2, 3].map((projectId) => ({ projectId, decision: 'accept' as const })) });
    await advanceRoundPhase(council, { polity, roundId, to: 'voting' });
    await castBallot(ana, { polity, roundId, projects: [0, 2] });
    await castBallot(ben, { polity, roundId, projects: [0] });
    await castBallot(carla, { polity, roundId, projects: [1, 3] });
    await castBallot(dan, { polity, roundId, projects: [2] });
    await city.advance(3_100);

    // By hand: four voters with 25,000 each. Project 2 (30,000; Ana and Dan, 15,000 each) ties project 0
    // (40,000; Ana and Ben, 20,000 each) on price per unit and is cheaper, so it goes first. Add1 raises
    // the endowment until Carla alone pays for project 3 and Ana and Ben together for project 0:
    // {0, 2, 3}, exactly the budget; project 1 would need 70,000 from Carla and overspend.
    const submitted = await submitOutcome(council, { polity, roundId });
    expect(submitted.projects).toEqual([0, 2, 3]);
    const check = await checkOutcome(publicClient, { polity, roundId });
    expect(check).toMatchObject({ matches: true, status: 'proposed', onChain: submitted.projects });
    await expect(finaliseOutcome(eva, { polity, roundId })).rejects.toThrow(PolityResultError);
    await expect(finaliseOutcome(eva, { polity, roundId })).rejects.toThrow(`round ${roundId}'s outcome can still be challenged until`);

    const { bond } = await challengeOutcome(eva, { polity, roundId, reasonHash: hash('recomputed differently') });
    expect(bond).toBe(10n ** 15n);
    expect(await getResult(publicClient, { polity, roundId })).toMatchObject({ status: 'challenged', challenge: { challenger: eva.account.address, bond: 10n ** 15n } });
    await expect(withdrawBond(eva, { polity })).rejects.toThrow(`${eva.account.address} has no bond to withdraw`);

    await pass(city, buildResolveChallengeProposal(polity, { title: 'Uphold the challenge', roundId, upheld: true, reasonHash: hash('agreed') }));
    expect((await getResult(publicClient, { polity, roundId })).status).toBe('none');
    await withdrawBond(eva, { polity });

    // A wrong outcome is what a watchdog's check catches.
    await submitOutcome(council, { polity, roundId, projects: [1, 0] });
    expect(await checkOutcome(publicClient, { polity, roundId })).toMatchObject({ matches: false, onChain: [0, 1], computed: [0, 2, 3] });
  }, 120_000);

  test('a delegated, cumulative equal-shares round opened by governance: weights, overrides, a final outcome, funding stopped, a transfer', async () => {
    const { polity, council, people, publicClient } = city;
    const [ana, ben, carla, dan, eva] = people as [typeof people[0], typeof people[0], typeof people[0], typeof people[0], typeof people[0]];
    const { timestamp } = await getBlock(publicClient);
    const now = Number(timestamp);
    const roundConfig = await config({
      delegation: true,
      topic: 1,
      ballot: { kind: 2, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 10, maxPointsPerProject: 6 },
      timeline: { reviewStart: now + 10_000, votingStart: now + 20_000, votingEnd: now + 30_000 },
      counting: { rule: 1, stopAtMisfit: false, minSupport: 0n, completion: 2, challengeWindow: 2 * 86_400, challengeBond: 10n ** 15n },
    });
    const before = await getRoundCount(publicClient, { polity });
    await pass(city, buildOpenRoundProposal(polity, { title: 'Round three', body: 'Delegated, with points.', config: roundConfig, categories: ['general'] }));
    const roundId = await getRoundCount(publicClient, { polity });
    expect(roundId).toBe(before + 1n);

    await delegateOnTopic(dan, { polity, topic: 1, to: carla.account.address });
    await delegateOnTopic(eva, { polity, topic: 1, to: carla.account.address });
    // The snapshot is the second before voting opens: keep the delegations clear of it.
    await city.advance(10);
    for (const [resident, cost] of [[ana, 50_000n], [ben, 40_000n], [carla, 30_000n]] as const) {
      await submitProject(resident, { polity, roundId, cost, category: 0, descriptionHash: hash(`round 3: ${cost}`) });
    }
    await advanceRoundPhase(council, { polity, roundId, to: 'review' });
    await reviewProjects(council, { polity, roundId, decisions: [0, 1, 2].map((projectId) => ({ projectId, decision: 'accept' as const })) });
    await advanceRoundPhase(council, { polity, roundId, to: 'voting' });

    await expect(castBallot(carla, { polity, roundId, projects: [2] })).rejects.toThrow('uses cumulative ballots: give points for each project');
    expect(await castBallot(carla, { polity, roundId, projects: [2, 1], points: [6, 4] })).toMatchObject({ weight: 3n, projects: [1, 2], points: [4, 6] });
    expect(await castBallot(dan, { polity, roundId, projects: [0], points: [5] })).toMatchObject({ weight: 1n });
    expect((await getBallot(publicClient, { polity, roundId, voter: carla.account.address })).weight).toBe(2n);
    await castBallot(ana, { polity, roundId, projects: [0, 1], points: [6, 4] });
    await city.advance(30_000);

    const { projects } = await submitOutcome(council, { polity, roundId });
    expect(await checkOutcome(publicClient, { polity, roundId })).toMatchObject({ matches: true, status: 'proposed' });
    await city.advance(2 * 86_400 + 1);
    await finaliseOutcome(eva, { polity, roundId });
    expect(await getResult(publicClient, { polity, roundId })).toMatchObject({ status: 'final', projects });

    const funded = projects[0]!;
    await pass(
      city,
      buildFundProjectsProposal(polity, {
        title: 'Fund round three',
        roundId,
        token,
        projects: [{ projectId: funded, recipient: ana.account.address, milestones: [{ amount: 10_000n, descriptionHash: hash('start') }, { amount: 10_000n, descriptionHash: hash('end') }] }],
      }),
    );
    await releaseMilestone(council, { polity, roundId, projectId: funded, evidenceHash: hash('started') });
    await pass(city, buildStopProjectProposal(polity, { title: 'Stop it', roundId, projectId: funded, reasonHash: hash('contractor left') }));
    expect(await getGrant(publicClient, { polity, roundId, projectId: funded })).toMatchObject({ status: 'stopped', released: 10_000n });

    const paid = await readContract(publicClient, { address: token, abi: ierc20Abi, functionName: 'balanceOf', args: [eva.account.address] });
    await pass(city, buildTransferProposal(polity, { title: 'Reimburse Eva', token, to: eva.account.address, amount: 1_234n }));
    expect(await readContract(publicClient, { address: token, abi: ierc20Abi, functionName: 'balanceOf', args: [eva.account.address] })).toBe(paid + 1_234n);
  }, 120_000);

  test('bad round input is refused before sending', async () => {
    const { polity, council, people } = city;
    await expect(openRound(council, { polity, config: await config({ budget: 0n }), categories: ['x'] })).rejects.toThrow('config.budget: 0 is not a budget');
    await expect(openRound(people[0]!, { polity, config: await config({}), categories: ['x'] })).rejects.toThrow(PolityRoundError);
    await expect(openRound(people[0]!, { polity, config: await config({}), categories: ['x'] })).rejects.toThrow('may not open rounds');
    await expect(getRound(city.publicClient, { polity, roundId: 99n })).rejects.toThrow('round 99 does not exist');
  }, 60_000);
});
