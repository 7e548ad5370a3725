/**
 * The read API's round lists (rounds, projects, ballots, results) against the demo city, each checked
 * against what the SDK reads from the chain itself.
 */
import { createPublicClient, createWalletClient, http, keccak256, toBytes, type Address } from 'viem';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { castBallot, getBallot, getGrant, getProjects, getResult, getRound, openRound, submitProject, withGasMargin, type PolityActivity, type PolityAddresses } from '@polity/sdk';
import { startApiCity, type ApiCity } from './support/api-city.js';

// A project whose text shows two photos, one of which the server holds.
const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const photoHash = keccak256(photo);
const missingPhotoHash = keccak256(toBytes('a photo nobody published'));
const photoText = `# Benches on the square\n\nSix benches.\n\n![The square today](/content/${photoHash})\n\n![Not published](${missingPhotoHash})\n`;

// Each test checks the server against many chain reads: on a loaded machine that takes a while.
vi.setConfig({ testTimeout: 120_000 });

let city: ApiCity;
let photoRound: bigint;
let history: PolityActivity[];
let polity: PolityAddresses;

const named = <name extends PolityActivity['eventName']>(name: name) =>
  history.filter((event): event is Extract<PolityActivity, { eventName: name }> => event.eventName === name);

beforeAll(async () => {
  city = await startApiCity({
    beforeIndexing: async (seeded, rpcUrl) => {
      const council = seeded.people.find((person) => person.role === 'council')!.address;
      const client = createWalletClient({ chain: foundry, transport: withGasMargin(http(rpcUrl, { retryCount: 0 })), pollingInterval: 50 });
      const now = Number((await createPublicClient({ chain: foundry, transport: http(rpcUrl) }).getBlock()).timestamp);
      const opened = await openRound(client, {
        polity: seeded.polity,
        account: council,
        categories: ['squares'],
        config: {
          token: seeded.token,
          district: 0,
          delegation: false,
          topic: 0,
          maxSubmissionsPerResident: 3,
          budget: 10_000n,
          ballot: { kind: 0, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
          timeline: { reviewStart: now + 86_400, votingStart: now + 2 * 86_400, votingEnd: now + 3 * 86_400 },
          counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
          descriptionHash: keccak256(toBytes('# Squares\n')),
        },
      });
      photoRound = opened.roundId;
      const proposer = seeded.people.find((person) => person.name === 'Ana')!.address;
      await submitProject(client, { polity: seeded.polity, account: proposer, roundId: photoRound, cost: 4_000n, category: 0, location: { latitude: 52.2297, longitude: 21.0122 }, descriptionHash: keccak256(toBytes(photoText)) });
    },
  });
  await city.storeContent(photo, 'image/png');
  await city.storeContent(toBytes(photoText), 'text/markdown; charset=utf-8');
  history = await city.activity();
  polity = city.city.polity;
}, 600_000);

afterAll(async () => {
  await city?.stop();
});

describe('GET /rounds', () => {
  it('lists every round the chain opened, newest first, with its configuration, phase and counts as the chain has them', async () => {
    const { items, pages } = await city.walk('/rounds', 2);
    expect(pages).toBeGreaterThan(1);
    const openings = named('RoundOpened');
    expect(items.map((round) => round.roundId)).toEqual(openings.map((opening) => opening.args.roundId.toString()).reverse());
    for (const item of items) {
      const round = await getRound(city.chain, { polity, roundId: BigInt(item.roundId) });
      expect(item).toMatchObject({
        budget: round.config.budget.toString(),
        district: round.config.district,
        delegation: round.config.delegation,
        topic: round.config.topic,
        token: round.config.token,
        descriptionHash: round.config.descriptionHash,
        ballot: { kind: round.ballotKind, minProjects: round.config.ballot.minProjects, points: round.config.ballot.points },
        counting: { rule: round.countingRule, completion: round.completion, challengeBond: round.config.counting.challengeBond.toString() },
        timeline: { votingEnd: round.config.timeline.votingEnd.toString() },
        projects: round.projectCount,
        ballots: Number(round.ballots),
      });
      const changes = named('RoundPhaseChanged').filter((change) => change.args.roundId === round.roundId);
      expect(item.phase).toBe(['submission', 'review', 'voting', 'result'][changes.at(-1)?.args.phase ?? 0]);
      expect(item.phaseNow).toBe(round.phase);
      const opening = openings.find((candidate) => candidate.args.roundId === round.roundId)!;
      expect(item.categories).toEqual(opening.args.categories);
      const text = city.city.content.get(round.config.descriptionHash);
      expect(item.title).toBe(text ? /^# (.+)$/m.exec(text)![1] : null);
    }
    // The recorded phase is the chain's own where the council advanced the round explicitly.
    const voting = items.find((round) => round.roundId === city.city.rounds.voting.toString());
    expect(voting.phase).toBe((await getRound(city.chain, { polity, roundId: city.city.rounds.voting })).phase);
  });

  it('answers one round, and 404 for a round that does not exist', async () => {
    const { status, body } = await city.get(`/rounds/${city.city.rounds.finished}`);
    expect(status).toBe(200);
    expect(body.roundId).toBe(city.city.rounds.finished.toString());
    expect(body.indexedBlock).toMatch(/^\d+$/);
    const missing = await city.get('/rounds/999');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/no round 999.*GET \/rounds/);
  });
});

describe('GET /rounds/{roundId}/projects', () => {
  it("gives every round's projects as getProjects reads them, with review history and funding as the escrow has it", async () => {
    for (const roundId of [city.city.rounds.finished, city.city.rounds.voting, city.city.rounds.points, photoRound]) {
      const { items } = await city.walk(`/rounds/${roundId}/projects`, 5);
      const chain = await getProjects(city.chain, { polity, roundId });
      expect(items.map((project) => project.projectId)).toEqual(chain.map((project) => project.projectId));
      for (const [index, project] of chain.entries()) {
        const item = items[index];
        expect(item).toMatchObject({ cost: project.cost.toString(), category: project.category, status: project.status, group: project.group, proposer: project.proposer, descriptionHash: project.descriptionHash });
        expect(item.location === null).toBe(project.location === undefined);
        const grant = await getGrant(city.chain, { polity, roundId, projectId: project.projectId });
        if (grant.status === 'none') expect(item.funding).toBeNull();
        else {
          expect(item.funding).toMatchObject({ status: grant.status, token: grant.token, recipient: grant.recipient, allocation: grant.allocation.toString(), released: grant.released.toString() });
          expect(item.funding.milestones.map((milestone: { amount: string; released: boolean }) => [milestone.amount, milestone.released])).toEqual(grant.milestones.map((milestone) => [milestone.amount.toString(), milestone.released]));
        }
      }
    }
  });

  it('tells the review: the revaluation with its reason and old cost, the rejection with its reason', async () => {
    const { body } = await city.get(`/rounds/${city.city.rounds.finished}/projects?limit=500`);
    const revalued = body.items.find((project: { reviews: { decision: string }[] }) => project.reviews.some((review) => review.decision === 'revalued'));
    const revaluation = named('ProjectRevalued').find((event) => event.args.roundId === city.city.rounds.finished)!;
    expect(revalued.projectId).toBe(revaluation.args.projectId);
    expect(revalued.reviews.find((review: { decision: string }) => review.decision === 'revalued')).toMatchObject({ reasonHash: revaluation.args.reasonHash, previousCost: revaluation.args.previousCost.toString(), cost: revaluation.args.cost.toString() });
    expect(revalued.submittedCost).toBe(revaluation.args.previousCost.toString());
    const rejection = named('ProjectRejected').find((event) => event.args.roundId === city.city.rounds.finished)!;
    const rejected = body.items.find((project: { projectId: number }) => project.projectId === rejection.args.projectId);
    expect(rejected.status).toBe('rejected');
    expect(rejected.reviews.at(-1)).toMatchObject({ decision: 'rejected', reasonHash: rejection.args.reasonHash });
    const result = await getResult(city.chain, { polity, roundId: city.city.rounds.finished });
    expect(body.items.filter((project: { selected: boolean }) => project.selected).map((project: { projectId: number }) => project.projectId)).toEqual([...result.projects].sort((a, b) => a - b));
  });

  it("shows a project's title from its text and only the photos the server holds", async () => {
    const { body } = await city.get(`/rounds/${photoRound}/projects`);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ title: 'Benches on the square', photos: [photoHash], categoryName: 'squares', location: { latitude: 52_229_700, longitude: 21_012_200 } });
    const { body: finished } = await city.get(`/rounds/${city.city.rounds.finished}/projects?limit=1`);
    const text = city.city.content.get(finished.items[0].descriptionHash)!;
    expect(finished.items[0].title).toBe(/^# (.+)$/m.exec(text)![1]);
    expect(finished.items[0].photos).toEqual([]);
  });

  it('filters by review status', async () => {
    const { items } = await city.walk(`/rounds/${city.city.rounds.finished}/projects?status=accepted`, 2);
    const chain = await getProjects(city.chain, { polity, roundId: city.city.rounds.finished });
    expect(items.map((project) => project.projectId)).toEqual(chain.filter((project) => project.status === 'accepted').map((project) => project.projectId));
    const { status, body } = await city.get(`/rounds/${city.city.rounds.finished}/projects?status=funded`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/status.*submitted, accepted, rejected/);
  });
});

describe('GET /rounds/{roundId}/ballots', () => {
  it("gives each voter's ballot as it counts on chain, walking small pages without repeats", async () => {
    for (const roundId of [city.city.rounds.finished, city.city.rounds.points, city.city.rounds.voting]) {
      const { items, pages } = await city.walk(`/rounds/${roundId}/ballots`, 37);
      const { body: whole } = await city.get(`/rounds/${roundId}/ballots?limit=500`);
      expect(items).toEqual(whole.items);
      const round = await getRound(city.chain, { polity, roundId });
      expect(items).toHaveLength(Number(round.ballots));
      expect(pages).toBe(Math.max(1, Math.ceil(items.length / 37)));
      const voters = new Set(named('BallotCast').filter((event) => event.args.roundId === roundId).map((event) => event.args.voter));
      expect(new Set(items.map((ballot) => ballot.voter))).toEqual(voters);
      for (const item of items) {
        const ballot = await getBallot(city.chain, { polity, roundId, voter: item.voter as Address });
        expect({ projects: item.projects, points: item.points, weight: item.weight }).toEqual({ projects: [...ballot.projects], points: [...ballot.points], weight: ballot.weight.toString() });
      }
    }
  });

  it('finds one voter, and refuses a voter that is not an address', async () => {
    const voter = named('BallotCast').find((event) => event.args.roundId === city.city.rounds.points)!.args.voter;
    const { body } = await city.get(`/rounds/${city.city.rounds.points}/ballots?voter=${voter.toLowerCase()}`);
    expect(body.items.map((ballot: { voter: string }) => ballot.voter)).toEqual([voter]);
    const bad = await city.get(`/rounds/${city.city.rounds.points}/ballots?voter=0x123`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/voter: must be an address: 0x followed by 40 hexadecimal digits/);
  });
});

describe('GET /rounds/{roundId}/result', () => {
  it("gives the final result of the equal-shares round with the outcome it came from, and none for a round in voting", async () => {
    const { body } = await city.get(`/rounds/${city.city.rounds.finished}/result`);
    const chain = await getResult(city.chain, { polity, roundId: city.city.rounds.finished });
    expect(body).toMatchObject({ status: chain.status, projects: [...chain.projects], spent: chain.spent.toString(), ballotCommitment: chain.ballotCommitment });
    expect(body.outcomes).toHaveLength(1);
    expect(body.outcomes[0]).toMatchObject({ fate: 'final', projects: [...chain.projects] });
    expect(body.challenges).toEqual([]);
    const voting = await city.get(`/rounds/${city.city.rounds.voting}/result`);
    expect(voting.body).toMatchObject({ status: (await getResult(city.chain, { polity, roundId: city.city.rounds.voting })).status, projects: [], finalised: null });
  });
});

describe('bad requests', () => {
  it('answers 400 with what to fix', async () => {
    const cases: [string, RegExp][] = [
      ['/rounds/abc', /roundId: must be a round id, a whole number/],
      ['/rounds/-1/projects', /roundId: must be a round id/],
      ['/rounds?limit=0', /limit: must be a whole number from 1 to 500; got "0"/],
      ['/rounds?limit=10000', /limit: must be a whole number from 1 to 500; got "10000"/],
      ['/rounds?limit=ten', /limit: must be a whole number from 1 to 500/],
      ['/rounds?cursor=not-a-cursor', /cursor: is not a cursor this server gave/],
      ['/rounds?cursor=%%%', /cursor/],
      [`/rounds/${city.city.rounds.voting}/ballots?cursor=${Buffer.from(JSON.stringify({ list: 'rounds', after: ['1'] })).toString('base64url')}`, /cursor: belongs to another list \(rounds\)/],
      [`/rounds?cursor=${Buffer.from(JSON.stringify({ list: 'rounds', after: ['x'] })).toString('base64url')}`, /cursor: is not a cursor this server gave/],
    ];
    for (const [path, message] of cases) {
      const { status, body } = await city.get(path);
      expect({ path, status }).toEqual({ path, status: 400 });
      expect(body.error.message).toMatch(message);
    }
    for (const path of ['/rounds/999/projects', '/rounds/999/ballots', '/rounds/999/result']) expect((await city.get(path)).status).toBe(404);
  });

  it('describes every list in the OpenAPI document', async () => {
    const { body } = await city.get('/openapi.json');
    for (const path of ['/rounds', '/rounds/{roundId}', '/rounds/{roundId}/projects', '/rounds/{roundId}/ballots', '/rounds/{roundId}/result', '/proposals', '/proposals/{proposalId}', '/delegations', '/delegates', '/residents/districts', '/money']) {
      expect(body.paths[path]?.get, path).toBeDefined();
    }
    expect(body.paths['/rounds'].get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(expect.arrayContaining(['limit', 'cursor']));
  });
});

describe('as the chain moves on', () => {
  it('answers a new ballot, and its replacement, once the index has the blocks', async () => {
    const roundId = city.city.rounds.points;
    const before = await city.get(`/rounds/${roundId}`);
    const ana = city.city.people.find((person) => person.name === 'Ana')!.address;
    const client = createWalletClient({ chain: foundry, transport: withGasMargin(http(city.anvil.url, { retryCount: 0 })), pollingInterval: 50 });
    await castBallot(client, { polity, account: ana, roundId, projects: [0], points: [3] });
    await city.synced();
    const cast = await city.get(`/rounds/${roundId}/ballots?voter=${ana}`);
    expect(cast.body.items).toMatchObject([{ voter: ana, projects: [0], points: [3], changes: 0 }]);
    expect(BigInt(cast.body.indexedBlock)).toBeGreaterThan(BigInt(before.body.indexedBlock));
    expect((await city.get(`/rounds/${roundId}`)).body.ballots).toBe(before.body.ballots + 1);
    await castBallot(client, { polity, account: ana, roundId, projects: [1, 2], points: [2, 2] });
    await city.synced();
    const replaced = await city.get(`/rounds/${roundId}/ballots?voter=${ana}`);
    const chain = await getBallot(city.chain, { polity, roundId, voter: ana });
    expect(replaced.body.items).toMatchObject([{ voter: ana, projects: [...chain.projects], points: [...chain.points], weight: chain.weight.toString(), changes: 1 }]);
    expect((await city.get(`/rounds/${roundId}`)).body.ballots).toBe(before.body.ballots + 1);
  });
});
