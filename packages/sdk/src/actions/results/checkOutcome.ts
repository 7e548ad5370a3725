import { readContract } from 'viem/actions';
import { roundResultsAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import { enumName, resultStatuses, type ResultStatus } from '../../chain/enums.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityResultError } from '../../chain/errors/contract.js';
import { computeRoundOutcome } from './computeRoundOutcome.js';

export interface CheckOutcomeParameters extends PolityActionParameters {
  readonly roundId: bigint;
  readonly fromBlock?: bigint;
  readonly pageSize?: bigint;
}

export interface CheckOutcomeReturnType {
  /** Whether the outcome on-chain is the one computed from the ballots. */
  readonly matches: boolean;
  readonly status: ResultStatus | `#${number}`;
  /** What the council proposed (or what is final). */
  readonly onChain: readonly number[];
  /** What the ballots give. */
  readonly computed: readonly number[];
  /** Until when a mismatch can be challenged (seconds; 0 if nothing was proposed). */
  readonly challengeEnd: number;
}

export type CheckOutcomeErrorType = PolityWrongNetworkError | PolityRpcUnavailableError | PolityResultError;

/**
 * Recomputes an equal-shares round's outcome from its on-chain ballots and compares it with the one
 * the council proposed: what any resident or watchdog runs during the challenge window before
 * deciding to challenge (challengeOutcome).
 */
export async function checkOutcome(client: PolityClient, parameters: CheckOutcomeParameters): Promise<CheckOutcomeReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const results = { address: polity.results, abi: roundResultsAbi } as const;
    const [result, onChain, computed] = await Promise.all([
      readContract(client, { ...results, functionName: 'resultOf', args: [roundId] }),
      readContract(client, { ...results, functionName: 'selectedProjects', args: [roundId] }),
      computeRoundOutcome(client, parameters),
    ]);
    const status = enumName(resultStatuses, result.status);
    const same = onChain.length === computed.projects.length && onChain.every((projectId, index) => projectId === computed.projects[index]);
    return { matches: status !== 'none' && same, status, onChain, computed: computed.projects, challengeEnd: result.challengeEnd };
  });
}
