import { getAddress, zeroAddress, type Address } from 'viem';
import { getVotingPower, topicOfDescription, type PolityActivity } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';
import { eventsNamed } from '$lib/polity/activity';
import { proposalsMade, votesCast, type CastVote } from '$lib/polity/proposals';

/** A resident others delegate to on a topic: how many they represent and how they voted lately. */
export interface DirectoryEntry {
  readonly delegate: Address;
  readonly topic: number;
  readonly direct: number;
  /** Everyone whose vote on the topic flows through them (not counting themselves). */
  readonly represents: bigint;
  readonly recentVotes: readonly (CastVote & { readonly title: string })[];
}

/** Current delegations per topic, replayed from the registry's TopicDelegateChanged events. */
export function currentDelegations(activity: readonly PolityActivity[]): Map<number, Map<Address, Address>> {
  const byTopic = new Map<number, Map<Address, Address>>();
  for (const { args } of eventsNamed(activity, 'TopicDelegateChanged')) {
    const topic = byTopic.get(args.topic) ?? new Map<Address, Address>();
    byTopic.set(args.topic, topic);
    if (args.toDelegate === zeroAddress) topic.delete(getAddress(args.delegator));
    else topic.set(getAddress(args.delegator), getAddress(args.toDelegate));
  }
  return byTopic;
}

export async function delegateDirectory(activity: readonly PolityActivity[], topic: number): Promise<DirectoryEntry[]> {
  const delegations = currentDelegations(activity).get(topic) ?? new Map<Address, Address>();
  const direct = new Map<Address, number>();
  for (const delegate of delegations.values()) direct.set(delegate, (direct.get(delegate) ?? 0) + 1);
  // A delegate is chosen per topic: their record is how they voted on that topic's proposals only.
  const onTopic = new Map(proposalsMade(activity).filter((proposal) => topicOfDescription(proposal.description) === topic).map((proposal) => [proposal.proposalId, proposal.title]));
  const votes = votesOnTopic(votesCast(activity), onTopic);
  const entries = await Promise.all(
    [...direct.entries()].map(async ([delegate, count]) => {
      const { power } = await getVotingPower(session.reader, { polity: session.polity, account: delegate, topic });
      const recentVotes = votes
        .filter((vote) => vote.voter === delegate)
        .slice(-3)
        .reverse()
        .map((vote) => ({ ...vote, title: onTopic.get(vote.proposalId) ?? '' }));
      return { delegate, topic, direct: count, represents: power > 0n ? power - 1n : 0n, recentVotes };
    }),
  );
  return entries.sort((a, b) => (b.represents > a.represents ? 1 : b.represents < a.represents ? -1 : 0));
}

/** The votes on the proposals of one topic (`titles`: that topic's proposals by id), oldest first (pure). */
export function votesOnTopic(votes: readonly CastVote[], titles: ReadonlyMap<bigint, string>): CastVote[] {
  return votes.filter((vote) => titles.has(vote.proposalId));
}
