import { readContract } from 'viem/actions';
import { budgetRoundsAbi, roundResultsAbi } from '../../contracts/generated.js';
import { runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityAccessError, PolityResultError, PolityRoundPhaseError } from '../../chain/errors/contract.js';
import { requireRoundPhase } from '../rounds/roundPhase.js';
import { computeRoundOutcome } from './computeRoundOutcome.js';

export interface SubmitOutcomeParameters extends PolityWriteParameters {
  readonly roundId: bigint;
  /** The funded projects; computed from the on-chain ballots (computeRoundOutcome) when omitted. */
  readonly projects?: readonly number[];
  readonly fromBlock?: bigint;
}

export interface SubmitOutcomeReturnType extends PolityWriteResult {
  readonly projects: readonly number[];
  /** Until when anyone may challenge the outcome (seconds). */
  readonly challengeEnd: number;
}

export type SubmitOutcomeErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityRoundPhaseError
  | PolityResultError
  | PolityAccessError;

/**
 * Proposes an equal-shares round's outcome once voting has closed, naming the round's completion and
 * final ballot commitment. Only the council. It becomes final after the challenge window
 * (finaliseOutcome) unless someone challenges it.
 */
export async function submitOutcome(client: PolityClient, parameters: SubmitOutcomeParameters): Promise<SubmitOutcomeReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    await requireRoundPhase(client, polity, roundId, 'result');
    const projects = parameters.projects ?? (await computeRoundOutcome(client, { polity, roundId, fromBlock: parameters.fromBlock })).projects;
    const rounds = { address: polity.rounds, abi: budgetRoundsAbi } as const;
    const [config, [commitment]] = await Promise.all([
      readContract(client, { ...rounds, functionName: 'roundConfig', args: [roundId] }),
      readContract(client, { ...rounds, functionName: 'ballotCommitment', args: [roundId] }),
    ]);
    const sorted = [...projects].sort((a, b) => a - b);
    const { hash, receipt } = await sendPolityCall(client, {
      abi: roundResultsAbi,
      address: polity.results,
      functionName: 'proposeOutcome',
      args: [roundId, sorted, config.counting.completion, commitment],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'submitOutcome',
    });
    const result = await readContract(client, { address: polity.results, abi: roundResultsAbi, functionName: 'resultOf', args: [roundId] });
    return { hash, receipt, projects: sorted, challengeEnd: result.challengeEnd };
  });
}
