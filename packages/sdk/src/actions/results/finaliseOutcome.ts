import { roundResultsAbi } from '../../contracts/generated.js';
import { runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityResultError } from '../../chain/errors/contract.js';

export interface FinaliseOutcomeParameters extends PolityWriteParameters {
  readonly roundId: bigint;
}

export type FinaliseOutcomeReturnType = PolityWriteResult;

export type FinaliseOutcomeErrorType = PolityWrongNetworkError | PolityRpcUnavailableError | PolityResultError;

/** Makes a proposed equal-shares outcome final once its challenge window passed unchallenged. Anyone. */
export async function finaliseOutcome(client: PolityClient, parameters: FinaliseOutcomeParameters): Promise<FinaliseOutcomeReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () =>
    sendPolityCall(client, {
      abi: roundResultsAbi,
      address: polity.results,
      functionName: 'finaliseOutcome',
      args: [roundId],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'finaliseOutcome',
    }),
  );
}
