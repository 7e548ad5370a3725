import type { Hex } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { eventsOf, maxUint, requireBytes32, requireInteger, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import { PolityError, PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityRoundError, PolityRoundPhaseError } from '../../chain/errors/contract.js';
import { predictedError } from '../../chain/errors/decode.js';
import { requireRoundPhase } from './roundPhase.js';

export interface SubmitProjectParameters extends PolityWriteParameters {
  readonly roundId: bigint;
  /** In the round's token units; at most the round's budget. */
  readonly cost: bigint;
  /** Index into the round's categories. */
  readonly category: number;
  /** Where the project is, in degrees (omit for a project without a place). */
  readonly location?: { readonly latitude: number; readonly longitude: number };
  /** Content hash of the project's public text. */
  readonly descriptionHash: Hex;
}

export interface SubmitProjectReturnType extends PolityWriteResult {
  /** The project's number within the round, from 0. */
  readonly projectId: number;
}

export type SubmitProjectErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityRoundPhaseError
  | PolityRoundError;

/** Degrees to the contract's microdegrees, checked against the globe. */
function microdegrees(value: number, limit: number, parameter: string): number {
  if (!Number.isFinite(value) || Math.abs(value) > limit) throw new PolityInvalidInputError(parameter, `${value} is not a ${parameter.endsWith('latitude') ? 'latitude' : 'longitude'} in degrees (±${limit})`);
  return Math.round(value * 1_000_000);
}

/**
 * Submits a project to a round during its submission phase. Any current resident (of the round's
 * district, for a district round), up to the round's limit per resident.
 */
export async function submitProject(client: PolityClient, parameters: SubmitProjectParameters): Promise<SubmitProjectReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const { hash, receipt } = await sendPolityCall(client, {
      abi: budgetRoundsAbi,
      address: polity.rounds,
      functionName: 'submitProject',
      args: await checkProjectSubmission(client, parameters),
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'submitProject',
    });
    const [submitted] = eventsOf(receipt, budgetRoundsAbi, polity.rounds, 'ProjectSubmitted');
    if (!submitted) throw new PolityError(`submitProject: transaction ${hash} emitted no ProjectSubmitted event: is polity.rounds a Polity contract of this SDK's version?`);
    return { hash, receipt, projectId: submitted.args.projectId };
  });
}

/** What a project submission checks before anything is signed, and the call's arguments. */
export type ProjectSubmissionInput = Pick<SubmitProjectParameters, 'polity' | 'roundId' | 'cost' | 'category' | 'location' | 'descriptionHash'>;

/**
 * A submission checked before anything is signed (the round's submission phase, a cost within its
 * budget, a place on the globe), as the contract's `submitProject` arguments. Shared by
 * {@link submitProject} and the passkey accounts' `submitProjectCalls`.
 */
export async function checkProjectSubmission(client: PolityClient, parameters: ProjectSubmissionInput) {
  const { polity, roundId } = parameters;
  const cost = requireInteger(parameters.cost, 'cost', { max: maxUint(128) });
  const category = Number(requireInteger(parameters.category, 'category', { max: 255n }));
  const latitude = parameters.location ? microdegrees(parameters.location.latitude, 90, 'location.latitude') : 0;
  const longitude = parameters.location ? microdegrees(parameters.location.longitude, 180, 'location.longitude') : 0;
  const descriptionHash = requireBytes32(parameters.descriptionHash, 'descriptionHash');
  await requireRoundPhase(client, polity, roundId, 'submission');
  const { budget } = await readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'roundConfig', args: [roundId] });
  if (cost === 0n) throw predictedError('ProjectZeroCost', [roundId]);
  if (cost > budget) {
    const next = await readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'projectCount', args: [roundId] });
    throw predictedError('ProjectCostOverBudget', [roundId, next, cost, budget]);
  }
  return [roundId, cost, category, latitude, longitude, descriptionHash] as const;
}
