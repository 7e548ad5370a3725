import { encodeFunctionData, zeroAddress } from 'viem';
import { readContract } from 'viem/actions';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { castVote } from '../src/actions/governance/castVote.js';
import { castVoteBySig } from '../src/actions/governance/castVoteBySig.js';
import { cancelProposal } from '../src/actions/governance/cancelProposal.js';
import { executeProposal } from '../src/actions/governance/executeProposal.js';
import { getProposal } from '../src/actions/governance/getProposal.js';
import { getProposalContents } from '../src/actions/governance/getProposalContents.js';
import { getVoteReceipt } from '../src/actions/governance/getVoteReceipt.js';
import { propose } from '../src/actions/governance/propose.js';
import { queueProposal } from '../src/actions/governance/queueProposal.js';
import { signVote } from '../src/actions/governance/signVote.js';
import { delegateOnTopic } from '../src/actions/delegation/delegateOnTopic.js';
import { PolityGovernanceError, PolityProposalStateError } from '../src/chain/errors/contract.js';
import { polityGovernorAbi, residentRegistryAbi } from '../src/contracts/generated.js';
import { buildSettingChangeProposal, buildTransferProposal } from '../src/proposals/builders.js';
import { decodeProposalActions } from '../src/proposals/decode.js';
import { startCity, type City } from './fixture.js';
import { admit } from './residents.js';

describe('governance actions against anvil', () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
    await admit(city, city.people.map((person) => person.account.address));
    await city.advance(10);
  }, 60_000);
  afterAll(async () => city?.stop());

  test('propose a setting change, vote (directly, with a reason, by signature), queue, execute', async () => {
    const { polity, people, council } = city;
    const [ana, ben, carla, dan] = people as [typeof people[0], typeof people[0], typeof people[0], typeof people[0]];
    await delegateOnTopic(dan, { polity, topic: 1, to: carla.account.address });
    const proposal = buildSettingChangeProposal(polity, {
      title: 'Register a housing topic',
      body: 'Housing decisions get their own delegations.',
      changes: [{ setting: 'registerTopic', name: 'housing' }, { setting: 'votingPeriod', seconds: 7200 }],
    });
    expect(proposal.description).toContain('# Register a housing topic');
    expect(proposal.description).toContain('1. register the delegation topic "housing"');
    const { proposalId, proposal: proposed } = await propose(ana, { polity, proposal, topic: 1 });
    expect((proposalId >> 72n) & 0xffn).toBe(1n);
    expect(proposed.description).toBe(`${proposal.description}\n\n#topic=1`);

    // Voting opens after the voting delay: voting before is refused before anything is sent.
    await expect(castVote(ben, { polity, proposalId, support: 'for' })).rejects.toThrow(PolityProposalStateError);
    await expect(castVote(ben, { polity, proposalId, support: 'for' })).rejects.toThrow(/proposal #1 is pending but voting needs it to be active/);
    await city.advance(61);

    const carlaVote = await castVote(carla, { polity, proposalId, support: 'for', reason: 'Housing deserves focus' });
    expect(carlaVote.weight).toBe(2n);
    await expect(castVote(carla, { polity, proposalId, support: 'against' })).rejects.toThrow(PolityGovernanceError);
    await expect(castVote(carla, { polity, proposalId, support: 'against' })).rejects.toThrow(/has already voted/);

    // Ben signs, the council's portal relays and pays.
    const signed = await signVote(ben, { polity, proposalId, support: 'for', reason: 'agree' });
    const relayed = await castVoteBySig(council, { polity, vote: signed });
    expect(relayed.weight).toBe(1n);
    expect(await getVoteReceipt(city.publicClient, { polity, proposalId, voter: ben.account.address })).toEqual({ voted: true, support: 'for', weight: 1n });

    const before = await getProposal(city.publicClient, { polity, proposalId });
    expect(before).toMatchObject({ sequence: 1n, topic: 1, state: 'active', votes: { for: 3n, against: 0n, abstain: 0n } });
    await expect(queueProposal(ana, { polity, proposal: proposed })).rejects.toThrow(/is active but queueing needs it to be succeeded/);

    await city.advance(3601);
    const contents = await getProposalContents(city.publicClient, { polity, proposalId });
    expect(contents.description).toBe(proposed.description);
    await queueProposal(ana, { polity, proposal: contents });
    await expect(executeProposal(ana, { polity, proposal: proposed })).rejects.toThrow(PolityProposalStateError);
    await city.advance(61);
    await executeProposal(ana, { polity, proposal: proposed });
    expect(await readContract(city.publicClient, { address: polity.registry, abi: residentRegistryAbi, functionName: 'topicName', args: [3] })).toBe('housing');
    expect(await readContract(city.publicClient, { address: polity.governor, abi: polityGovernorAbi, functionName: 'votingPeriod' })).toBe(7200n);
    expect((await getProposal(city.publicClient, { polity, proposalId })).state).toBe('executed');
  }, 60_000);

  test('the guardian cancels; decoded actions read back what a proposal does', async () => {
    const { polity, people, council } = city;
    const eva = people[4]!;
    const proposal = buildTransferProposal(polity, { title: 'Pay the bakery', to: eva.account.address, amount: 1_000n });
    expect(decodeProposalActions(polity, proposal)).toMatchObject([{ component: 'unknown', summary: `pay 1,000 wei to ${eva.account.address}` }]);
    const { proposalId } = await propose(eva, { polity, proposal });
    await cancelProposal(council, { polity, proposal });
    expect((await getProposal(city.publicClient, { polity, proposalId })).state).toBe('canceled');
    await expect(cancelProposal(council, { polity, proposal })).rejects.toThrow(/is canceled but cancelling needs/);
  }, 60_000);

  test('decodes calls to the polity and to a token', () => {
    const { polity } = city;
    const token = '0x1111111111111111111111111111111111111111';
    const transfer = buildTransferProposal(polity, { title: 'Grant', token, to: polity.escrow, amount: 5_000n });
    const [action] = decodeProposalActions(polity, transfer);
    expect(action).toMatchObject({ component: 'token', functionName: 'transfer', summary: `pay 5,000 of token ${token} to ${polity.escrow}` });
    const unknown = decodeProposalActions(polity, { targets: [polity.registry], values: [0n], calldatas: [encodeFunctionData({ abi: polityGovernorAbi, functionName: 'relay', args: [zeroAddress, 0n, '0x'] })] });
    expect(unknown[0]?.component).toBe('unknown');
  });
});
