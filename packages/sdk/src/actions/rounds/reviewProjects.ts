import { encodeFunctionData, type Hex } from 'viem';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { maxUint, requireBytes32, requireInteger, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import { PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityAccessError, PolityRoundError, PolityRoundPhaseError } from '../../chain/errors/contract.js';
import { requireRoundPhase } from './roundPhase.js';

/** One decision of the council on one project. */
export type ReviewDecision =
  | { readonly projectId: number; readonly decision: 'accept' }
  | { readonly projectId: number; readonly decision: 'reject'; readonly reasonHash: Hex }
  | { readonly projectId: number; readonly decision: 'revalue'; readonly cost: bigint; readonly reasonHash: Hex };

export interface ReviewProjectsParameters extends PolityWriteParameters {
  readonly roundId: bigint;
  /** Applied in order; a project may be revalued and then accepted in the same review. */
  readonly decisions?: readonly ReviewDecision[];
  /** Groups of projects of which at most one may be funded (two projects for the same site). */
  readonly exclusiveGroups?: readonly (readonly number[])[];
}

export type ReviewProjectsReturnType = PolityWriteResult;

export type ReviewProjectsErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityRoundPhaseError
  | PolityRoundError
  | PolityAccessError;

/**
 * The council's review of a round's projects in one transaction (BudgetRounds' multicall): accept,
 * reject or revalue each with a published reason, and declare exclusive groups. All or nothing.
 */
export async function reviewProjects(client: PolityClient, parameters: ReviewProjectsParameters): Promise<ReviewProjectsReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const calls: Hex[] = (parameters.decisions ?? []).map((decision, index) => {
      const projectId = Number(requireInteger(decision.projectId, `decisions[${index}].projectId`, { max: 255n }));
      switch (decision.decision) {
        case 'accept':
          return encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'acceptProject', args: [roundId, projectId] });
        case 'reject':
          return encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'rejectProject', args: [roundId, projectId, requireBytes32(decision.reasonHash, `decisions[${index}].reasonHash`)] });
        case 'revalue': {
          const cost = requireInteger(decision.cost, `decisions[${index}].cost`, { min: 1n, max: maxUint(128) });
          return encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'revalueProject', args: [roundId, projectId, cost, requireBytes32(decision.reasonHash, `decisions[${index}].reasonHash`)] });
        }
        default:
          throw new PolityInvalidInputError(`decisions[${index}].decision`, "must be 'accept', 'reject' or 'revalue'");
      }
    });
    for (const [index, group] of (parameters.exclusiveGroups ?? []).entries()) {
      if (group.length < 2) throw new PolityInvalidInputError(`exclusiveGroups[${index}]`, 'needs at least two projects');
      const projects = group.map((projectId, position) => Number(requireInteger(projectId, `exclusiveGroups[${index}][${position}]`, { max: 255n })));
      calls.push(encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'declareExclusiveGroup', args: [roundId, projects] }));
    }
    if (calls.length === 0) throw new PolityInvalidInputError('decisions', 'is empty: give at least one decision or exclusive group');
    await requireRoundPhase(client, polity, roundId, 'review');
    return sendPolityCall(client, {
      abi: budgetRoundsAbi,
      address: polity.rounds,
      functionName: 'multicall',
      args: [calls],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'reviewProjects',
    });
  });
}
