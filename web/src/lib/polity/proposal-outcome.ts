/**
 * Why a closed proposal passed or failed, in the Governor's own terms: quorum counts votes for and
 * abstentions (GovernorCountingLiquid `_quorumVotes`), and a proposal carries when votes for are strictly
 * more than votes against (`_voteSucceeded`). It passes when both hold at the deadline.
 */
export interface ProposalTally {
  readonly for: bigint;
  readonly against: bigint;
  readonly abstain: bigint;
}

export type ProposalVerdict =
  | { readonly kind: 'open' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'passed'; readonly counted: bigint; readonly quorum: bigint; readonly aboveQuorum: bigint; readonly margin: bigint; readonly expired: boolean }
  | { readonly kind: 'no-quorum'; readonly counted: bigint; readonly quorum: bigint; readonly short: bigint; readonly majority: boolean }
  | { readonly kind: 'no-majority'; readonly counted: bigint; readonly quorum: bigint; readonly for: bigint; readonly against: bigint };

/** `state` is the Governor's state name (getProposal's `state`). */
export function proposalVerdict(state: string, votes: ProposalTally, quorum: bigint): ProposalVerdict {
  if (state === 'pending' || state === 'active') return { kind: 'open' };
  if (state === 'canceled') return { kind: 'cancelled' };
  const counted = votes.for + votes.abstain;
  const quorumReached = counted >= quorum;
  const majority = votes.for > votes.against;
  if (quorumReached && majority) {
    return { kind: 'passed', counted, quorum, aboveQuorum: counted - quorum, margin: votes.for - votes.against, expired: state === 'expired' };
  }
  if (!quorumReached) return { kind: 'no-quorum', counted, quorum, short: quorum - counted, majority };
  return { kind: 'no-majority', counted, quorum, for: votes.for, against: votes.against };
}
