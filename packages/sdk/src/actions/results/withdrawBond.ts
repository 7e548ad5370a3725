import { roundResultsAbi } from '../../contracts/generated.js';
import { runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityResultError } from '../../chain/errors/contract.js';

export type WithdrawBondParameters = PolityWriteParameters;

export type WithdrawBondReturnType = PolityWriteResult;

export type WithdrawBondErrorType = PolityWrongNetworkError | PolityRpcUnavailableError | PolityResultError;

/** Sends the sender the bonds of their challenges that governance upheld. */
export async function withdrawBond(client: PolityClient, parameters: WithdrawBondParameters): Promise<WithdrawBondReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () =>
    sendPolityCall(client, {
      abi: roundResultsAbi,
      address: polity.results,
      functionName: 'withdrawBond',
      args: [],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'withdrawBond',
    }),
  );
}
