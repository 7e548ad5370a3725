import type { Address, Hex } from 'viem';
import { getProposal, type GetProposalReturnType, type PolityActivity, type VoteSupport } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';
import { eventsNamed, type ActivityOf } from './activity';
import { confirmOnChain } from './confirm';
import { readableDescription } from './proposal-text';

/** A proposal as it was made: its contents and text, from its ProposalCreated event. */
export interface ProposalMade {
  readonly proposalId: bigint;
  readonly proposer: Address;
  readonly description: string;
  readonly title: string;
  readonly targets: readonly Address[];
  readonly values: readonly bigint[];
  readonly calldatas: readonly Hex[];
  readonly blockNumber: bigint;
}

export interface CastVote {
  readonly voter: Address;
  readonly proposalId: bigint;
  readonly support: VoteSupport;
  readonly weight: bigint;
  readonly reason: string;
  readonly blockNumber: bigint;
}

const supports: readonly VoteSupport[] = ['against', 'for', 'abstain'];

export function proposalsMade(activity: readonly PolityActivity[]): ProposalMade[] {
  return eventsNamed(activity, 'ProposalCreated').map(proposalMade);
}

/** A proposal as the chain recorded it: what residents vote on is never taken from the server's index alone. */
export async function confirmedProposal(activity: readonly PolityActivity[], proposalId: bigint): Promise<ProposalMade | undefined> {
  const event = eventsNamed(activity, 'ProposalCreated').find((candidate) => candidate.args.proposalId === proposalId);
  return event && proposalMade(await confirmOnChain(event));
}

function proposalMade({ args, blockNumber }: ActivityOf<'ProposalCreated'>): ProposalMade {
  const { text } = readableDescription(args.description);
  return {
    proposalId: args.proposalId,
    proposer: args.proposer,
    description: args.description,
    title: /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? text.slice(0, 80),
    targets: args.targets,
    values: args.values,
    calldatas: args.calldatas,
    blockNumber,
  };
}

/** Every vote cast, oldest first (a voter's weight may later be reduced by an override). */
export function votesCast(activity: readonly PolityActivity[]): CastVote[] {
  return eventsNamed(activity, 'VoteCast').map(({ args, blockNumber }) => ({
    voter: args.voter,
    proposalId: args.proposalId,
    support: supports[args.support] ?? 'abstain',
    weight: args.weight,
    reason: args.reason,
    blockNumber,
  }));
}

export interface ProposalListing extends ProposalMade {
  readonly state: GetProposalReturnType;
}

/** Every proposal with its state and tally now, newest first. */
export async function listProposals(activity: readonly PolityActivity[]): Promise<ProposalListing[]> {
  const made = proposalsMade(activity).reverse();
  const states = await Promise.all(made.map((proposal) => getProposal(session.reader, { polity: session.polity, proposalId: proposal.proposalId })));
  return made.map((proposal, index) => ({ ...proposal, state: states[index]! }));
}
