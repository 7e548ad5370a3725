import { createPublicClient, custom, http, type EIP1193RequestFn } from 'viem';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getActivity, type GetActivityProgress, type PolityActivity } from '../src/actions/activity/getActivity.js';
import { delegateOnTopic } from '../src/actions/delegation/delegateOnTopic.js';
import { revokeResidents } from '../src/actions/membership/revokeResidents.js';
import { castVote } from '../src/actions/governance/castVote.js';
import { propose } from '../src/actions/governance/propose.js';
import { buildSettingChangeProposal } from '../src/proposals/builders.js';
import { startCity, type City } from './fixture.js';
import { admit } from './residents.js';

/** A one-line description of an entry, written with the union's narrowing (what an audit page does). */
function describeEntry(entry: PolityActivity): string {
  if (entry.contract === 'registry' && entry.eventName === 'ResidentAdmitted') return `admitted ${entry.args.account}`;
  if (entry.contract === 'registry' && entry.eventName === 'TopicDelegateChanged') return `delegated topic ${entry.args.topic} to ${entry.args.toDelegate}`;
  if (entry.contract === 'governor' && entry.eventName === 'VoteCast') return `vote ${entry.args.support} weight ${entry.args.weight}`;
  return `${entry.contract}.${entry.eventName}`;
}

describe('getActivity: the audit trail of a polity', () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
    const { polity, people, registrar } = city;
    const [ana, ben, carla] = people as [typeof people[0], typeof people[0], typeof people[0]];
    await admit(city, people.slice(0, 4).map((person) => person.account.address));
    await delegateOnTopic(ana, { polity, topic: 0, to: ben.account.address });
    // Voting power is read at the previous second: let the admissions settle first.
    await city.advance(2);
    const { proposalId } = await propose(carla, { polity, proposal: buildSettingChangeProposal(polity, { title: 'Shorter votes', changes: [{ setting: 'votingPeriod', seconds: 1800 }] }) });
    await city.advance(61);
    await castVote(ben, { polity, proposalId, support: 'for' });
    await revokeResidents(registrar, { polity, accounts: [people[3]!.account.address], reason: 'moved-away' });
  }, 60_000);
  afterAll(async () => city?.stop());

  test('every event, decoded and ordered, the same whatever the page size', async () => {
    const { polity, publicClient } = city;
    const whole = await getActivity(publicClient, { polity });
    const progress: GetActivityProgress[] = [];
    const paged = await getActivity(publicClient, { polity, pageSize: 2n, onProgress: (step) => progress.push(step) });
    expect(paged).toEqual(whole);
    const toBlock = progress.at(-1)!.toBlock;
    expect(progress.length).toBe(Math.ceil(Number(toBlock - polity.deployedAtBlock! + 1n) / 2));
    expect(progress.map((step) => step.scannedTo)).toEqual([...progress.map((step) => step.scannedTo)].sort((a, b) => (a < b ? -1 : 1)));
    expect(progress.at(-1)!.events).toBe(whole.length);

    for (let index = 1; index < whole.length; index++) {
      const [previous, entry] = [whole[index - 1]!, whole[index]!];
      expect(previous.blockNumber < entry.blockNumber || (previous.blockNumber === entry.blockNumber && previous.logIndex < entry.logIndex)).toBe(true);
    }
    const lines = whole.map(describeEntry);
    expect(lines).toContain(`admitted ${city.people[0]!.account.address}`);
    expect(lines).toContain(`delegated topic 0 to ${city.people[1]!.account.address}`);
    expect(lines).toContain('vote 1 weight 2');
    expect(lines).toContain('governor.ProposalCreated');
    expect(lines).toContain('registry.ResidentRevoked');
    // The polity's deployment itself is in the trail: roles granted on the timelock.
    expect(lines).toContain('timelock.RoleGranted');
  });

  test('halves the range when the provider refuses it as too large', async () => {
    const { polity, anvil } = city;
    const upstream = http(anvil.url)({ chain: foundry });
    let refusals = 0;
    const request: EIP1193RequestFn = async ({ method, params }) => {
      if (method === 'eth_getLogs') {
        const [filter] = params as [{ fromBlock: `0x${string}`; toBlock: `0x${string}` }];
        if (BigInt(filter.toBlock) - BigInt(filter.fromBlock) + 1n > 3n) {
          refusals += 1;
          throw { code: -32602, message: 'query exceeds max block range 3' };
        }
      }
      return upstream.request({ method, params } as Parameters<typeof upstream.request>[0]);
    };
    const limited = createPublicClient({ chain: foundry, transport: custom({ request }, { retryCount: 0 }) });
    const paged = await getActivity(limited, { polity, pageSize: 1_000n });
    expect(refusals).toBeGreaterThan(0);
    expect(paged).toEqual(await getActivity(city.publicClient, { polity }));
  });
});
