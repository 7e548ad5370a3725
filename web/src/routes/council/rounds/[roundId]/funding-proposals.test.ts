import { buildFundProjectsProposal, buildTransferProposal, type PolityAddresses } from '@polity/sdk';
import { describe, expect, it } from 'vitest';
import type { ProposalMade } from '$lib/polity/proposals';
import { fundingProposalsOf, stillOpen } from './funding-proposals';

const address = (digit: string) => `0x${digit.repeat(40)}` as const;
const polity: PolityAddresses = { chainId: 31337, registry: address('1'), governor: address('2'), timelock: address('3'), rounds: address('4'), results: address('5'), escrow: address('6') };
const token = address('7');
const milestone = { amount: 100n, descriptionHash: `0x${'0'.repeat(64)}` as const };

function made(proposalId: bigint, draft: { targets: readonly `0x${string}`[]; values: readonly bigint[]; calldatas: readonly `0x${string}`[]; description: string }): ProposalMade {
  return { proposalId, proposer: address('8'), title: '', blockNumber: 1n, ...draft };
}

describe('fundingProposalsOf', () => {
  it('finds the proposals that fund projects of the round, and which projects', () => {
    const fundsBoth = buildFundProjectsProposal(polity, { title: 'Fund', body: '', roundId: 4n, token, projects: [{ projectId: 1, recipient: address('9'), milestones: [milestone] }, { projectId: 3, recipient: address('9'), milestones: [milestone] }] });
    const otherRound = buildFundProjectsProposal(polity, { title: 'Fund', body: '', roundId: 5n, token, projects: [{ projectId: 1, recipient: address('9'), milestones: [milestone] }] });
    const transfer = buildTransferProposal(polity, { title: 'Pay', body: '', token, to: address('9'), amount: 5n });
    expect(fundingProposalsOf(polity, [made(10n, fundsBoth), made(11n, otherRound), made(12n, transfer)], 4n)).toEqual([{ proposalId: 10n, projectIds: [1, 3] }]);
  });

  it('counts a proposal as open until it is defeated, cancelled, expired or executed', () => {
    expect(['pending', 'active', 'succeeded', 'queued'].every((state) => stillOpen(state as 'active'))).toBe(true);
    expect(['canceled', 'defeated', 'expired', 'executed'].some((state) => stillOpen(state as 'active'))).toBe(false);
  });
});
