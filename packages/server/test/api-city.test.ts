/**
 * The read API's city-wide lists (proposals, delegations, delegates, districts, the money trail)
 * against the demo city with a little more history (a token transfer passed by governance, a resident
 * revoked, one moved to another district), each checked against what the SDK reads from the chain.
 */
import { createPublicClient, createTestClient, createWalletClient, erc20Abi, getAddress, http, keccak256, parseEventLogs, toHex, zeroAddress, type Address } from 'viem';
import { foundry } from 'viem/chains';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  admitResidents,
  buildTransferProposal,
  castVote,
  executeProposal,
  getGrant,
  getProposal,
  getRepresentedResidents,
  getResident,
  getTopics,
  getVotingPower,
  propose,
  queueProposal,
  revokeResidents,
  withGasMargin,
  type PolityActivity,
  type PolityAddresses,
} from '@polity/sdk';
import { contents } from '../src/db/schema.js';
import { startServer } from '../src/server.js';
import { startApiCity, type ApiCity } from './support/api-city.js';
import { postgresAvailable, startTestPostgres } from './support/postgres.js';

const grantee: Address = '0x00000000000000000000000000000000000C0DE5';
const transferred = 1_234n;

// Each test checks the server against many chain reads: on a loaded machine that takes a while.
vi.setConfig({ testTimeout: 120_000 });

let city: ApiCity;
let polity: PolityAddresses;
let history: PolityActivity[];
let transferProposal: bigint;
let moved: Address;

const named = <name extends PolityActivity['eventName']>(name: name) =>
  history.filter((event): event is Extract<PolityActivity, { eventName: name }> => event.eventName === name);

beforeAll(async () => {
  city = await startApiCity({
    beforeIndexing: async (seeded, rpcUrl) => {
      const transport = http(rpcUrl, { retryCount: 0 });
      const client = createWalletClient({ chain: foundry, transport: withGasMargin(transport), pollingInterval: 50 });
      const testClient = createTestClient({ chain: foundry, mode: 'anvil', transport });
      const advance = async (seconds: number) => {
        await testClient.increaseTime({ seconds });
        await testClient.mine({ blocks: 1 });
      };
      const person = (name: string) => seeded.people.find((candidate) => candidate.name === name)!;
      // Governance pays a grantee from the treasury: a token transfer the money trail must decode.
      const proposal = buildTransferProposal(seeded.polity, { title: 'A small grant', body: 'For the test.', token: seeded.token, to: grantee, amount: transferred });
      const zofia = person('Zofia').address;
      ({ proposalId: transferProposal } = await propose(client, { polity: seeded.polity, account: zofia, proposal, topic: 0 }));
      await advance(61);
      for (const name of ['Zofia', 'Piotr', 'Carla']) await castVote(client, { polity: seeded.polity, account: person(name).address, proposalId: transferProposal, support: 'for' });
      await advance(3 * 86_400 + 1);
      await queueProposal(client, { polity: seeded.polity, account: zofia, proposal });
      await advance(86_400 + 1);
      await executeProposal(client, { polity: seeded.polity, account: zofia, proposal });
      // The registrar revokes one resident and moves another to another district.
      const registrar = seeded.people.find((candidate) => candidate.role === 'registrar')!.address;
      const residents = seeded.people.filter((candidate) => candidate.role === 'resident');
      await revokeResidents(client, { polity: seeded.polity, account: registrar, accounts: [residents[0]!.address], reason: 'moved away' });
      moved = residents[1]!.address;
      const expiresAt = Number((await createPublicClient({ chain: foundry, transport }).getBlock()).timestamp) + 365 * 86_400;
      const district = residents[1]!.district === 3 ? 4 : 3;
      await admitResidents(client, { polity: seeded.polity, account: registrar, residents: [{ account: moved, credential: keccak256(toHex('moved resident')), district, expiresAt }] });
    },
  });
  history = await city.activity();
  polity = city.city.polity;
}, 600_000);

afterAll(async () => {
  await city?.stop();
});

describe('GET /proposals', () => {
  it('lists every proposal newest first, with the tally and state the Governor has', async () => {
    const { items, pages } = await city.walk('/proposals', 1);
    const created = named('ProposalCreated');
    expect(pages).toBe(created.length);
    expect(items.map((proposal) => proposal.proposalId)).toEqual(created.map((event) => event.args.proposalId.toString()).reverse());
    for (const item of items) {
      const chain = await getProposal(city.chain, { polity, proposalId: BigInt(item.proposalId) });
      expect(item).toMatchObject({
        proposer: chain.proposer,
        topic: chain.topic,
        sequence: chain.sequence.toString(),
        voteStart: chain.snapshot.toString(),
        voteEnd: chain.deadline.toString(),
        tally: { for: chain.votes.for.toString(), against: chain.votes.against.toString(), abstain: chain.votes.abstain.toString() },
      });
      expect(item.executed !== null).toBe(chain.state === 'executed');
      if (chain.state === 'executed') expect(item.queued.eta).toBe(chain.eta.toString());
      expect(item.canceled).toBeNull();
    }
    const open = items.find((proposal) => proposal.proposalId === city.city.openProposal.toString());
    expect(open.title).toBe('Night bus N72 for one year');
  });

  it("gives one proposal with its decoded actions and every vote, each voter's weight after overrides", async () => {
    const { status, body } = await city.get(`/proposals/${city.city.openProposal}?limit=2`);
    expect(status).toBe(200);
    expect(body.proposal.description).toMatch(/^# Night bus N72/);
    expect(body.proposal.actions[0].summary).toMatch(/48,?000/);
    const { items: votes, pages } = await city.walk(`/proposals/${city.city.openProposal}`, 2);
    expect(pages).toBeGreaterThan(1);
    const cast = named('VoteCast').filter((event) => event.args.proposalId === city.city.openProposal);
    expect(new Set(votes.map((vote) => vote.voter))).toEqual(new Set(cast.map((event) => event.args.voter)));
    expect(votes).toHaveLength(cast.length);
    const chain = await getProposal(city.chain, { polity, proposalId: city.city.openProposal });
    const total = (support: string) => votes.filter((vote) => vote.support === support).reduce((sum, vote) => sum + BigInt(vote.weight), 0n);
    expect({ for: total('for'), against: total('against'), abstain: total('abstain') }).toEqual(chain.votes);
    // Ana overrode Carla on transport: Carla's vote counts less than it was cast with.
    expect(votes.some((vote) => BigInt(vote.weight) < BigInt(vote.castWeight))).toBe(true);
    const carla = city.city.people.find((person) => person.name === 'Carla')!.address;
    const one = await city.get(`/proposals/${city.city.openProposal}?voter=${carla.toLowerCase()}`);
    expect(one.body.votes.map((vote: { voter: string }) => vote.voter)).toEqual([carla]);
  });

  it('answers 404 for an unknown proposal and 400 for an id that is not a number', async () => {
    const missing = await city.get('/proposals/12345');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/no proposal 12345.*GET \/proposals/);
    const bad = await city.get('/proposals/0x12');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/proposalId: must be a proposal id/);
  });
});

describe('GET /delegations and /delegates', () => {
  it('lists exactly the delegations the registry holds now, on every topic', async () => {
    const { items } = await city.walk('/delegations', 9);
    const { topics } = await getTopics(city.chain, { polity });
    const delegators = [...new Set(named('TopicDelegateChanged').map((event) => event.args.delegator))];
    const expected: string[] = [];
    for (const delegator of delegators) {
      for (const { topic } of topics) {
        const { delegate } = await getVotingPower(city.chain, { polity, account: delegator, topic });
        if (delegate !== zeroAddress) expected.push(`${topic}:${delegator}:${getAddress(delegate)}`);
      }
    }
    expect(items.map((item) => `${item.topic}:${item.delegator}:${item.delegate}`).sort()).toEqual(expected.sort());
    expect(new Set(items.map((item) => `${item.topic}:${item.delegator}`)).size).toBe(items.length);
    const names = new Map(topics.map((topic) => [topic.topic, topic.name]));
    for (const item of items) expect(item.topicName).toBe(names.get(item.topic));
  });

  it('filters by topic, delegate and delegator', async () => {
    const zofia = city.city.people.find((person) => person.name === 'Zofia')!.address;
    const { items } = await city.walk(`/delegations?topic=0&delegate=${zofia.toLowerCase()}`, 50);
    const { direct } = await getRepresentedResidents(city.chain, { polity, account: zofia, topic: 0 });
    expect(items.map((item) => item.delegator).sort()).toEqual([...direct].sort());
    const someone = items[0].delegator;
    const { body } = await city.get(`/delegations?delegator=${someone}`);
    expect(body.items.every((item: { delegator: string }) => item.delegator === someone)).toBe(true);
    expect(body.items.map((item: { topic: number }) => item.topic)).toContain(0);
  });

  it('counts each delegate’s direct and represented residents per topic as the registry does, most delegators first', async () => {
    const { items } = await city.walk('/delegates', 3);
    expect(items.length).toBeGreaterThan(3);
    const totals = items.map((item) => item.delegators);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    for (const item of items) {
      expect(item.delegators).toBe(item.topics.reduce((sum: number, topic: { delegators: number }) => sum + topic.delegators, 0));
      for (const entry of item.topics) {
        const chain = await getRepresentedResidents(city.chain, { polity, account: item.delegate, topic: entry.topic });
        expect({ delegate: item.delegate, topic: entry.topic, delegators: entry.delegators, represented: entry.represented }).toEqual({
          delegate: item.delegate,
          topic: entry.topic,
          delegators: chain.direct.length,
          represented: chain.represented.length,
        });
        const { ownUnits } = await getVotingPower(city.chain, { polity, account: item.delegate, topic: entry.topic });
        expect(BigInt(entry.represented) + ownUnits).toBe(chain.power);
      }
    }
    const onTransport = await city.walk('/delegates?topic=1', 50);
    expect(onTransport.items.every((item) => item.topics.length === 1 && item.topics[0].topic === 1)).toBe(true);
  });

  it('refuses a topic or an address it cannot read', async () => {
    for (const [path, message] of [
      ['/delegates?topic=300', /topic: must be a topic number from 0 \(general\) to 255/],
      ['/delegations?topic=x', /topic: must be a topic number/],
      ['/delegations?delegate=zofia', /delegate: must be an address/],
    ] as const) {
      const { status, body } = await city.get(path);
      expect(status).toBe(400);
      expect(body.error.message).toMatch(message);
    }
  });
});

describe('GET /residents/districts', () => {
  it('counts the residents of each district as the registry has them, and names nobody', async () => {
    const accounts = [...new Set(named('ResidentAdmitted').map((event) => event.args.account))];
    const expected = new Map<number, { residents: number; lapsed: number }>();
    for (const account of accounts) {
      const resident = await getResident(city.chain, { polity, account });
      if (!resident.member) continue;
      const counts = expected.get(resident.district) ?? { residents: 0, lapsed: 0 };
      expected.set(resident.district, { residents: counts.residents + 1, lapsed: counts.lapsed + (resident.isResident ? 0 : 1) });
    }
    const { status, body } = await city.get('/residents/districts');
    expect(status).toBe(200);
    expect(body.items).toEqual([...expected].sort(([a], [b]) => a - b).map(([district, counts]) => ({ district, ...counts })));
    expect(JSON.stringify(body)).not.toMatch(/0x[0-9a-fA-F]{40}/);
    // The moved resident counts in its new district only.
    expect((await getResident(city.chain, { polity, account: moved })).district).not.toBe(named('ResidentAdmitted').find((event) => event.args.account === moved)!.args.district);
    const paged = await city.walk('/residents/districts', 1);
    expect(paged.items).toEqual(body.items);
  });
});

describe('GET /money', () => {
  it('follows the money in order: the treasury payment, each funded project and milestone as the escrow has them', async () => {
    const { items } = await city.walk('/money', 4);
    const times = items.map((entry) => BigInt(entry.at.timestamp));
    expect(times).toEqual([...times].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const payment = items.filter((entry) => entry.kind === 'treasury-payment');
    expect(payment).toEqual([expect.objectContaining({ token: getAddress(city.city.token), from: getAddress(polity.timelock), to: getAddress(grantee), amount: transferred.toString() })]);
    const roundId = city.city.rounds.finished;
    const funded = items.filter((entry) => entry.kind === 'project-funded');
    expect(funded.length).toBeGreaterThan(0);
    for (const entry of funded) {
      const grant = await getGrant(city.chain, { polity, roundId, projectId: entry.projectId });
      const ofProject = (kind: string) => items.filter((candidate) => candidate.kind === kind && candidate.projectId === entry.projectId);
      expect(entry.amount).toBe(grant.allocation.toString());
      expect(ofProject('milestone-scheduled').map((milestone) => milestone.amount)).toEqual(grant.milestones.map((milestone) => milestone.amount.toString()));
      expect(ofProject('milestone-released').reduce((sum, milestone) => sum + BigInt(milestone.amount), 0n)).toBe(grant.released);
      expect(ofProject('project-completed').length).toBe(grant.status === 'completed' ? 1 : 0);
    }
  });

  it("accounts for every token the treasury sent, by the token's own Transfer logs", async () => {
    const logs = await city.chain.getLogs({ address: city.city.token, fromBlock: polity.deployedAtBlock ?? 0n, toBlock: 'latest' });
    const transfers = parseEventLogs({ abi: erc20Abi, logs, eventName: 'Transfer' });
    const sentByTreasury = transfers.filter((log) => getAddress(log.args.from) === getAddress(polity.timelock)).reduce((sum, log) => sum + log.args.value, 0n);
    const { items } = await city.walk('/money', 500);
    const outOfTreasury = items
      .filter((entry) => (entry.kind === 'treasury-payment' || entry.kind === 'project-funded') && entry.from === getAddress(polity.timelock) && entry.token === getAddress(city.city.token))
      .reduce((sum, entry) => sum + BigInt(entry.amount), 0n);
    expect(outOfTreasury).toBe(sentByTreasury);
    const escrowHolds = await city.chain.readContract({ address: city.city.token, abi: erc20Abi, functionName: 'balanceOf', args: [polity.escrow] });
    const sum = (kind: string) => items.filter((entry) => entry.kind === kind).reduce((total, entry) => total + BigInt(entry.amount), 0n);
    expect(sum('project-funded') - sum('milestone-released') - sum('project-stopped')).toBe(escrowHolds);
  });

  it('filters by kind and refuses an unknown one', async () => {
    const { items } = await city.walk('/money?kind=milestone-released', 2);
    expect(items.length).toBe(named('MilestoneReleased').length);
    const { status, body } = await city.get('/money?kind=gift');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/kind: must be one of treasury-payment/);
  });
});

describe.runIf(postgresAvailable())('on a PostgreSQL server', () => {
  it('answers every list exactly as on the embedded database', async () => {
    const postgres = await startTestPostgres();
    try {
      const server = await startServer(city.config, { databaseUrl: await postgres.createDatabase('api_lists'), logger: pino({ level: 'silent' }) });
      try {
        await server.indexer!.synced();
        await city.synced();
        await server.database.db.insert(contents).values(await city.server.database.db.select().from(contents));
        const paths = [
          '/rounds',
          ...Object.values(city.city.rounds).flatMap((roundId) => [`/rounds/${roundId}`, `/rounds/${roundId}/projects?limit=500`, `/rounds/${roundId}/ballots?limit=500`, `/rounds/${roundId}/result`]),
          '/proposals',
          `/proposals/${city.city.openProposal}`,
          '/delegations?limit=500',
          '/delegates?limit=500',
          '/residents/districts',
          '/money?limit=500',
        ];
        for (const path of paths) {
          const [embedded, onServer] = await Promise.all([city.get(path), fetch(`${server.url}${path}`).then(async (response) => ({ status: response.status, body: await response.json() }))]);
          expect(embedded.status, path).toBe(200);
          expect(onServer, path).toEqual(embedded);
        }
      } finally {
        await server.stop();
      }
    } finally {
      await postgres.stop();
    }
  });
});
