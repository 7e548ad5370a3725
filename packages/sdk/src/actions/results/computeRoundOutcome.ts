import type { Hex } from 'viem';
import { readContract } from 'viem/actions';
import { equalShares } from '../../budgeting/equal-shares.js';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import { countingRules, enumName, outcomeCompletions, type OutcomeCompletion } from '../../chain/enums.js';
import { PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityResultError } from '../../chain/errors/contract.js';
import { getRoundElection } from './getRoundElection.js';

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
    if (counts.some((count) => count.accepted && count.group !== 0)) throw unsupported('it has exclusive groups, which the budgeting module does not model');

    // The election is read as the web app's recount reads it, so both always count the same ballots.
    const { election, excluded, ballots, ballotCommitment } = await getRoundElection(client, parameters);
    const outcome = equalShares(election, { completion: completion as OutcomeCompletion, excluded });
    const projects = outcome.selected.map(Number).sort((a, b) => a - b);
    return { projects, spent: BigInt(outcome.cost), completion: completion as OutcomeCompletion, ballotCommitment, ballots: ballots.length };
  });
}
