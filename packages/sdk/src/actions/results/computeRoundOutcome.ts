import type { Hex } from 'viem';
import { readContract } from 'viem/actions';
import { equalShares } from '../../budgeting/equal-shares.js';
import type { Ballot, Election } from '../../budgeting/election.js';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import { ballotKinds, countingRules, enumName, outcomeCompletions, type OutcomeCompletion } from '../../chain/enums.js';
import { PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityResultError } from '../../chain/errors/contract.js';
import { readRoundBallots } from './roundBallots.js';

export interface ComputeRoundOutcomeParameters extends PolityActionParameters {
  readonly roundId: bigint;
  /** Where the round's ballots start (default: the polity's deployedAtBlock). */
  readonly fromBlock?: bigint;
  readonly pageSize?: bigint;
}

export interface ComputeRoundOutcomeReturnType {
  /** Funded projects, ascending: what submitOutcome sends. */
  readonly projects: readonly number[];
  readonly spent: bigint;
  readonly completion: OutcomeCompletion;
  /** The ballot commitment the outcome was computed from (the round's, checked). */
  readonly ballotCommitment: Hex;
  readonly ballots: number;
}

export type ComputeRoundOutcomeErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityResultError;

/**
 * Computes an equal-shares round's outcome off-chain, from the ballots on-chain, with the SDK's exact
 * Method of Equal Shares (the budgeting module), cost utilities, Add1 from whole units and the round's
 * completion, as docs/equal-shares-on-chain.md defines the election. Each ballot counts with
 * its final weight (a delegate's ballot counts once per resident it represents); projects below the
 * round's minimum support are not eligible.
 */
export async function computeRoundOutcome(client: PolityClient, parameters: ComputeRoundOutcomeParameters): Promise<ComputeRoundOutcomeReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const rounds = { address: polity.rounds, abi: budgetRoundsAbi } as const;
    const [config, counts] = await Promise.all([
      readContract(client, { ...rounds, functionName: 'roundConfig', args: [roundId] }),
      readContract(client, { ...rounds, functionName: 'projectCounts', args: [roundId] }),
    ]);
    const unsupported = (why: string) => new PolityInvalidInputError('roundId', `round ${roundId}'s outcome cannot be computed by the SDK: ${why}`);
    if (enumName(countingRules, config.counting.rule) !== 'equal-shares') throw unsupported('it is counted greedily on-chain (finaliseRound)');
    const completion = enumName(outcomeCompletions, config.counting.completion);
    if (completion.startsWith('#')) throw unsupported(`its completion ${completion} is unknown to this SDK`);
    if (config.budget > BigInt(Number.MAX_SAFE_INTEGER)) throw unsupported('its budget exceeds 2^53 units (the budgeting module counts whole units as numbers)');
    if (counts.some((count) => count.accepted && count.group !== 0)) throw unsupported('it has exclusive groups, which the budgeting module does not model');

    const { ballots, commitment } = await readRoundBallots(client, polity, roundId, parameters);
    // Not eligible (docs/equal-shares-on-chain.md): below the round's minimum support, or supported by nobody.
    const eligible = counts.flatMap((count, projectId) => (count.accepted && count.support > 0n && count.support >= config.counting.minSupport ? [projectId] : []));
    const cumulative = enumName(ballotKinds, config.ballot.kind) === 'cumulative';
    const election: Election = {
      budget: Number(config.budget),
      projects: counts.flatMap((count, projectId) => (count.accepted ? [{ id: String(projectId), cost: Number(count.cost) }] : [])),
      // A ballot of weight w stands for w residents with the same ballot; the module groups them.
      ballots: ballots.flatMap((ballot): Ballot[] => {
        const entry: Ballot = { projects: ballot.projects.map(String), ...(cumulative ? { points: [...ballot.points] } : {}) };
        return Array.from({ length: Number(ballot.weight) }, () => entry);
      }),
    };
    const excluded = election.projects.map((project) => project.id).filter((id) => !eligible.includes(Number(id)));
    const outcome = equalShares(election, { completion: completion as OutcomeCompletion, excluded });
    const projects = outcome.selected.map(Number).sort((a, b) => a - b);
    return { projects, spent: BigInt(outcome.cost), completion: completion as OutcomeCompletion, ballotCommitment: commitment, ballots: ballots.length };
  });
}
