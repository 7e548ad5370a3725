import { polityGovernorAbi } from '../../contracts/generated.js';
import { eventsOf, requireAddress, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityGovernanceError, PolityProposalStateError } from '../../chain/errors/contract.js';
import { enumIndex, voteSupports } from '../../chain/enums.js';
import type { SignedVote } from './signVote.js';
import { requireProposalState } from './proposalState.js';
import { requireSupport } from './support.js';

export interface CastVoteBySigParameters extends PolityWriteParameters {
  /** From {@link signVote}: the voter's signed choice. The sender only relays it and pays the gas. */
  readonly vote: SignedVote;
}

export interface CastVoteBySigReturnType extends PolityWriteResult {
  readonly weight: bigint;
}

export type CastVoteBySigErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityProposalStateError
  | PolityGovernanceError;

/** Submits a vote someone signed with {@link signVote}. Anyone may relay it. */
export async function castVoteBySig(client: PolityClient, parameters: CastVoteBySigParameters): Promise<CastVoteBySigReturnType> {
  const { polity, vote } = parameters;
  return runPolityAction(client, polity, async () => {
    const voter = requireAddress(vote.voter, 'vote.voter');
    const support = enumIndex(voteSupports, requireSupport(vote.support));
    await requireProposalState(client, polity, vote.proposalId, ['active'], 'voting');
    const common = { abi: polityGovernorAbi, address: polity.governor, account: parameters.account, onSent: parameters.onSent, action: 'castVoteBySig' } as const;
    const { hash, receipt } =
      vote.reason === undefined
        ? await sendPolityCall(client, { ...common, functionName: 'castVoteBySig', args: [vote.proposalId, support, voter, vote.signature] })
        : await sendPolityCall(client, {
            ...common,
            functionName: 'castVoteWithReasonAndParamsBySig',
            args: [vote.proposalId, support, voter, vote.reason, '0x', vote.signature],
          });
    const [cast] = eventsOf(receipt, polityGovernorAbi, polity.governor, 'VoteCast');
    return { hash, receipt, weight: cast?.args.weight ?? 0n };
  });
}
