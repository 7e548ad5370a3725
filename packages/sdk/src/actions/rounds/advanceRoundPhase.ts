import { budgetRoundsAbi } from '../../contracts/generated.js';
import { runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import { enumIndex, roundPhases } from '../../chain/enums.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityAccessError, PolityRoundPhaseError } from '../../chain/errors/contract.js';
import { requireRoundPhase } from './roundPhase.js';

export interface AdvanceRoundPhaseParameters extends PolityWriteParameters {
  readonly roundId: bigint;
  /** The phase to move into now: review (from submission) or voting (from review). */
  readonly to: 'review' | 'voting';
}

export type AdvanceRoundPhaseReturnType = PolityWriteResult;

export type AdvanceRoundPhaseErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityRoundPhaseError
  | PolityAccessError;

/**
 * Moves a round into its next phase ahead of the timeline. Only the council. Voting cannot be closed
 * early: tallies are public while it runs.
 */
export async function advanceRoundPhase(client: PolityClient, parameters: AdvanceRoundPhaseParameters): Promise<AdvanceRoundPhaseReturnType> {
  const { polity, roundId, to } = parameters;
  return runPolityAction(client, polity, async () => {
    await requireRoundPhase(client, polity, roundId, to === 'review' ? 'submission' : 'review');
    return sendPolityCall(client, {
      abi: budgetRoundsAbi,
      address: polity.rounds,
      functionName: 'advancePhase',
      args: [roundId, enumIndex(roundPhases, to)],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'advanceRoundPhase',
    });
  });
}
