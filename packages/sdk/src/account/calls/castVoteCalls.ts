import { encodeFunctionData } from 'viem';
import { requireProposalState } from '../../actions/governance/proposalState.js';
import { requireSupport } from '../../actions/governance/support.js';
import type { CastVoteErrorType, CastVoteParameters } from '../../actions/governance/castVote.js';
import { runPolityAction, type PolityClient } from '../../chain/client.js';
import { enumIndex, voteSupports } from '../../chain/enums.js';
import { polityGovernorAbi } from '../../contracts/generated.js';
import type { PolityCall } from '../polityCall.js';

export type CastVoteCallsParameters = Omit<CastVoteParameters, 'account' | 'onSent'>;
export type CastVoteCallsReturnType = readonly PolityCall[];
export type CastVoteCallsErrorType = CastVoteErrorType;

/**
 * The call of {@link castVote} for a passkey account ({@link sendPolityCalls}), checked the same way
 * before anything is signed: the proposal must be active. A vote after one's delegate voted overrides
 * the delegate's choice for one's own weight.
 */
export async function castVoteCalls(client: PolityClient, parameters: CastVoteCallsParameters): Promise<CastVoteCallsReturnType> {
  const { polity, proposalId, reason } = parameters;
  return runPolityAction(client, polity, async () => {
    const support = enumIndex(voteSupports, requireSupport(parameters.support));
    await requireProposalState(client, polity, proposalId, ['active'], 'voting');
    const data =
      reason === undefined
        ? encodeFunctionData({ abi: polityGovernorAbi, functionName: 'castVote', args: [proposalId, support] })
        : encodeFunctionData({ abi: polityGovernorAbi, functionName: 'castVoteWithReason', args: [proposalId, support, reason] });
    return [{ to: polity.governor, data }];
  });
}
