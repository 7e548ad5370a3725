import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityRoundError } from '../../chain/errors/contract.js';

export interface GetBallotParameters extends PolityActionParameters {
  readonly roundId: bigint;
  readonly voter: Address;
}

export interface GetBallotReturnType {
  readonly cast: boolean;
  readonly projects: readonly number[];
  /** Empty unless the round uses cumulative ballots. */
  readonly points: readonly number[];
  /** The weight it counts with now (residents below who voted themselves have taken theirs back). */
  readonly weight: bigint;
}

export type GetBallotErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityRoundError;

/** The ballot a resident cast in a round, if any. */
export async function getBallot(client: PolityClient, parameters: GetBallotParameters): Promise<GetBallotReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const voter = requireAddress(parameters.voter, 'voter');
    const [cast, projects, points, weight] = await readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'ballotOf', args: [roundId, voter] });
    return { cast, projects, points, weight };
  });
}
