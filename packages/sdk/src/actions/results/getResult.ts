import type { Address, Hex } from 'viem';
import { readContract } from 'viem/actions';
import { roundResultsAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import { enumName, resultStatuses, type ResultStatus } from '../../chain/enums.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';

export interface GetResultParameters extends PolityActionParameters {
  readonly roundId: bigint;
}

export interface GetResultReturnType {
  readonly status: ResultStatus | `#${number}`;
  /** Selected projects, ascending (proposed or final). */
  readonly projects: readonly number[];
  readonly spent: bigint;
  /** End of the challenge window of a proposed equal-shares outcome (seconds; 0 otherwise). */
  readonly challengeEnd: number;
  readonly ballotCommitment: Hex;
  /** The open challenge, if any. */
  readonly challenge: { readonly challenger: Address; readonly bond: bigint } | undefined;
}

export type GetResultErrorType = PolityWrongNetworkError | PolityRpcUnavailableError;

/** A round's result as it stands: status, selected projects, challenge. */
export async function getResult(client: PolityClient, parameters: GetResultParameters): Promise<GetResultReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const results = { address: polity.results, abi: roundResultsAbi } as const;
    const [result, projects, [challenger, bond]] = await Promise.all([
      readContract(client, { ...results, functionName: 'resultOf', args: [roundId] }),
      readContract(client, { ...results, functionName: 'selectedProjects', args: [roundId] }),
      readContract(client, { ...results, functionName: 'challengeOf', args: [roundId] }),
    ]);
    const status = enumName(resultStatuses, result.status);
    return {
      status,
      projects,
      spent: result.spent,
      challengeEnd: result.challengeEnd,
      ballotCommitment: result.ballotCommitment,
      challenge: status === 'challenged' ? { challenger, bond } : undefined,
    };
  });
}
