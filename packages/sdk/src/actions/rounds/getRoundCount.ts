import { readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';

export type GetRoundCountParameters = PolityActionParameters;

/** How many rounds were opened: round ids are 1 to this number. */
export type GetRoundCountReturnType = bigint;

export type GetRoundCountErrorType = PolityWrongNetworkError | PolityRpcUnavailableError;

/** How many budget rounds the polity has opened. */
export async function getRoundCount(client: PolityClient, parameters: GetRoundCountParameters): Promise<GetRoundCountReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, () => readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'roundCount' }));
}
