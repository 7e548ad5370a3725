import { roundResultsAbi } from '../../contracts/generated.js';
import { runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityResultError, PolityRoundPhaseError } from '../../chain/errors/contract.js';
import { requireRoundPhase } from '../rounds/roundPhase.js';

export interface FinaliseRoundParameters extends PolityWriteParameters {
  readonly roundId: bigint;
}

export interface FinaliseRoundReturnType extends PolityWriteResult {
  /** The funded projects, ascending. */
  readonly projects: readonly number[];
}

export type FinaliseRoundErrorType = PolityWrongNetworkError | PolityRpcUnavailableError | PolityRoundPhaseError | PolityResultError;

/** Counts a greedy round on-chain once voting has closed and makes its result final. Anyone; once. */
export async function finaliseRound(client: PolityClient, parameters: FinaliseRoundParameters): Promise<FinaliseRoundReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    await requireRoundPhase(client, polity, roundId, 'result');
    const { hash, receipt, result } = await sendPolityCall(client, {
      abi: roundResultsAbi,
      address: polity.results,
      functionName: 'finaliseGreedy',
      args: [roundId],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'finaliseRound',
    });
    return { hash, receipt, projects: result };
  });
}
