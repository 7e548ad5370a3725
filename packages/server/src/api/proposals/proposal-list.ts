/**
 * Proposals as made (ProposalCreated), on their topic (ProposalTopicSet), with what happened to them
 * (queued, executed, canceled) and their tally: each voter's VoteCast weight less the VoteReduced
 * that residents below them on the chain caused by voting themselves. The authoritative state and
 * tally are the Governor's; these are the list's facts, as of the indexed block.
 */
import { z } from '@hono/zod-openapi';
import type { Address } from 'viem';
import { decodeProposalActions, enumName, proposalSequence, proposalTopic, voteSupports } from '@polity/sdk';
import { Problem } from '../../http/problem.js';
import { groupBy } from '../collections.js';
import { titleOf } from '../descriptions.js';
import type { IndexView } from '../index-view.js';
import { readEvents, type IndexedEvent } from '../indexed-events.js';
import { sortForPages, type ListSort } from '../pagination.js';
import { address, hash32, positionOf, positionSchema, wholeNumber } from '../schemas.js';

export const voteSchema = z
  .object({
    voter: address,
    support: z.string().openapi({ description: 'for, against or abstain' }),
    weight: wholeNumber.openapi({ description: 'what the vote counts now' }),
    castWeight: wholeNumber.openapi({ description: 'what it counted when cast' }),
    reason: z.string(),
    cast: positionSchema,
  })
  .openapi('Vote');
export type VoteItem = z.infer<typeof voteSchema>;

const tallySchema = z.object({ for: wholeNumber, against: wholeNumber, abstain: wholeNumber });

export const proposalSchema = z
  .object({
    proposalId: wholeNumber,
    sequence: wholeNumber.openapi({ description: 'the human number of the proposal (1, 2, 3...)' }),
    proposer: address,
    title: z.string().openapi({ description: "the description's first `# ` heading (else its first 80 characters)" }),
    topic: z.number().int(),
    targets: z.array(address),
    voteStart: wholeNumber.openapi({ description: 'the clock value voting starts at (seconds since 1970)' }),
    voteEnd: wholeNumber,
    created: positionSchema,
    queued: z.object({ eta: wholeNumber, at: positionSchema }).nullable(),
    executed: positionSchema.nullable(),
    canceled: positionSchema.nullable(),
    tally: tallySchema,
    voters: z.number().int(),
  })
  .openapi('Proposal');
export type ProposalItem = z.infer<typeof proposalSchema>;

export const proposalDetailSchema = proposalSchema
  .extend({
    description: z.string(),
    values: z.array(wholeNumber),
    calldatas: z.array(z.string()),
    actions: z.array(z.object({ target: address, value: wholeNumber, summary: z.string().openapi({ description: "the SDK's reading of the call" }) })),
  })
  .openapi('ProposalDetail');

interface Folded {
  readonly item: ProposalItem;
  readonly created: IndexedEvent<'ProposalCreated'>;
  readonly votes: VoteItem[];
}

/** Newest first. */
export const proposalSort: ListSort<ProposalItem> = {
  list: 'proposals',
  orders: ['number-descending', 'number-descending'],
  keyOf: (proposal) => [proposal.created.block, String(proposal.created.logIndex)],
};

/** A proposal's votes, newest first (a cursor of one proposal's votes is refused by another's). */
export const voteSort = (proposalId: bigint): ListSort<VoteItem> => ({
  list: `votes of ${proposalId}`,
  orders: ['number-descending', 'number-descending'],
  keyOf: (vote) => [vote.cast.block, String(vote.cast.logIndex)],
});

function foldVotes(events: readonly IndexedEvent<'VoteCast' | 'VoteCastWithParams' | 'VoteReduced'>[]): VoteItem[] {
  const votes = new Map<Address, VoteItem>();
  for (const event of events) {
    if (event.eventName === 'VoteReduced') {
      const vote = votes.get(event.args.delegate);
      if (vote) vote.weight = (BigInt(vote.weight) - event.args.weight).toString();
      continue;
    }
    const { voter, support, weight, reason } = event.args;
    votes.set(voter, { voter, support: enumName(voteSupports, support), weight: weight.toString(), castWeight: weight.toString(), reason, cast: positionOf(event) });
  }
  return [...votes.values()];
}

function tallyOf(votes: readonly VoteItem[]): ProposalItem['tally'] {
  const tally = { for: 0n, against: 0n, abstain: 0n };
  for (const vote of votes) if (vote.support in tally) tally[vote.support as keyof typeof tally] += BigInt(vote.weight);
  return { for: tally.for.toString(), against: tally.against.toString(), abstain: tally.abstain.toString() };
}

function foldProposals(view: IndexView): Promise<Map<string, Folded>> {
  return view.fold('proposals', async () => {
    const read = <name extends Parameters<typeof readEvents>[1]['names'][number]>(names: readonly name[]) => readEvents(view.db, { contract: 'governor', names, upTo: view.upTo });
    const [created, topics, lifecycle, voteEvents] = await Promise.all([
      read(['ProposalCreated']),
      read(['ProposalTopicSet']),
      read(['ProposalQueued', 'ProposalExecuted', 'ProposalCanceled']),
      read(['VoteCast', 'VoteCastWithParams', 'VoteReduced']),
    ]);
    const topicOf = new Map(topics.map((event) => [event.args.proposalId, event.args.topic]));
    const lifecycleOf = groupBy(lifecycle, (event) => event.args.proposalId);
    const votesOf = groupBy(voteEvents, (event) => event.args.proposalId);
    const folded = new Map<string, Folded>();
    for (const event of created) {
      const { proposalId, proposer, targets, voteStart, voteEnd, description } = event.args;
      const votes = sortForPages(foldVotes(votesOf.get(proposalId) ?? []), voteSort(proposalId));
      const item: ProposalItem = {
        proposalId: proposalId.toString(),
        sequence: proposalSequence(proposalId).toString(),
        proposer,
        title: titleOf(description) ?? description.slice(0, 80),
        topic: topicOf.get(proposalId) ?? proposalTopic(proposalId),
        targets: [...targets],
        voteStart: voteStart.toString(),
        voteEnd: voteEnd.toString(),
        created: positionOf(event),
        queued: null,
        executed: null,
        canceled: null,
        tally: tallyOf(votes),
        voters: votes.length,
      };
      for (const change of lifecycleOf.get(proposalId) ?? []) {
        if (change.eventName === 'ProposalQueued') item.queued = { eta: change.args.etaSeconds.toString(), at: positionOf(change) };
        else if (change.eventName === 'ProposalExecuted') item.executed = positionOf(change);
        else item.canceled = positionOf(change);
      }
      folded.set(item.proposalId, { item, created: event, votes });
    }
    return folded;
  });
}

/** Every proposal, newest first. */
export async function listProposals(view: IndexView): Promise<ProposalItem[]> {
  return sortForPages([...(await foldProposals(view)).values()].map((proposal) => proposal.item), proposalSort);
}

export class ProposalNotFoundError extends Problem {
  override name = 'ProposalNotFoundError';
  constructor(proposalId: bigint, view: IndexView) {
    super(404, 'proposal_not_found', `there is no proposal ${proposalId}${view.head ? ` as of block ${view.head.block}` : ' (nothing is indexed yet)'}: GET /proposals lists the proposals there are, with their ids`);
  }
}

/** One proposal with its full description, its decoded actions and its votes (newest first). */
export async function findProposal(view: IndexView, proposalId: bigint) {
  const folded = (await foldProposals(view)).get(proposalId.toString());
  if (!folded) throw new ProposalNotFoundError(proposalId, view);
  const { targets, values, calldatas, description } = folded.created.args;
  const actions = decodeProposalActions(view.polity, { targets, values, calldatas }).map((action) => ({ target: action.target, value: action.value.toString(), summary: action.summary }));
  return {
    proposal: { ...folded.item, description, values: values.map(String), calldatas: [...calldatas], actions },
    votes: folded.votes,
  };
}
