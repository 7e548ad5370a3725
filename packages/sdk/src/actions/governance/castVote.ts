import { polityGovernorAbi } from '../../contracts/generated.js';
import { eventsOf, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityGovernanceError, PolityProposalStateError } from '../../chain/errors/contract.js';
import { enumIndex, voteSupports, type VoteSupport } from '../../chain/enums.js';
import { requireProposalState } from './proposalState.js';
import { requireSupport } from './support.js';

export interface CastVoteParameters extends PolityWriteParameters {
  readonly proposalId: bigint;
  readonly support: VoteSupport;
  /** Shown to everyone beside the vote (kept in the log). */
  readonly reason?: string;
}

export interface CastVoteReturnType extends PolityWriteResult {
  /** The weight the vote claimed: the voter and everyone below them on the topic who has not voted. */
  readonly weight: bigint;
}

export type CastVoteErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityProposalStateError
  | PolityGovernanceError;

/**
 * Votes on an active proposal, optionally with a reason. A resident may vote after their delegate
 * did: their weight moves off the delegate's choice onto theirs.
 */
export async function castVote(client: PolityClient, parameters: CastVoteParameters): Promise<CastVoteReturnType> {
  const { polity, proposalId, reason } = parameters;
  return runPolityAction(client, polity, async () => {
    const support = enumIndex(voteSupports, requireSupport(parameters.support));
    await requireProposalState(client, polity, proposalId, ['active'], 'voting');
    const common = { abi: polityGovernorAbi, address: polity.governor, account: parameters.account, onSent: parameters.onSent, action: 'castVote' } as const;
    const { hash, receipt } =
      reason === undefined
        ? await sendPolityCall(client, { ...common, functionName: 'castVote', args: [proposalId, support] })
        : await sendPolityCall(client, { ...common, functionName: 'castVoteWithReason', args: [proposalId, support, reason] });
    const [cast] = eventsOf(receipt, polityGovernorAbi, polity.governor, 'VoteCast');
    return { hash, receipt, weight: cast?.args.weight ?? 0n };
  });
}
