import { readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';

export type GetRoundLimitsParameters = PolityActionParameters;

/**
 * The bounds governance puts on every round opened from now on: an equal-shares round's challenge window
 * (seconds) and bond (wei) lie within them, and no round lets a resident submit more than
 * `maxSubmissionsPerResident` projects.
 */
export interface GetRoundLimitsReturnType {
  readonly minChallengeWindow: number;
  readonly maxChallengeWindow: number;
  readonly minChallengeBond: bigint;
  readonly maxChallengeBond: bigint;
  readonly maxSubmissionsPerResident: number;
}

export type GetRoundLimitsErrorType = PolityWrongNetworkError | PolityRpcUnavailableError;

/** The limits governance set on round configurations (only a governance proposal changes them). */
export async function getRoundLimits(client: PolityClient, parameters: GetRoundLimitsParameters): Promise<GetRoundLimitsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, () => readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'roundLimits' }));
}
