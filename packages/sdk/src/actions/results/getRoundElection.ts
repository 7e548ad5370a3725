import type { Hex } from 'viem';
import { readContract } from 'viem/actions';
import type { Ballot, Election } from '../../budgeting/election.js';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import { PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityResultError } from '../../chain/errors/contract.js';
import { readRoundBallots, type RoundBallot } from './roundBallots.js';

export interface GetRoundElectionParameters extends PolityActionParameters {
  readonly roundId: bigint;
  /** Where the round's ballots start (default: the polity's deployedAtBlock). */
  readonly fromBlock?: bigint;
  readonly pageSize?: bigint;
}

export interface GetRoundElectionReturnType {
  /**
   * The round as the budgeting rules count it: accepted projects (ids are the round's project numbers
   * as text), whole-unit costs and budget, and each ballot repeated once per resident it stands for.
   */
  readonly election: Election;
  /** Accepted projects that cannot be funded: below the round's minimum support, or supported by nobody. */
  readonly excluded: readonly string[];
  /** The ballots as cast, with their final weights. */
  readonly ballots: readonly RoundBallot[];
  /** The ballot commitment recomputed from the log, equal to the contract's. */
  readonly ballotCommitment: Hex;
}

export type GetRoundElectionErrorType = PolityWrongNetworkError | PolityRpcUnavailableError | PolityInvalidInputError | PolityResultError;

/**
 * A round's ballots read back from the chain (checked against its ballot commitment) and turned into an
 * {@link Election}, so that anyone can recount it with the budgeting module: greedy for greedy rounds,
 * equal shares (and its explanation) for equal-shares rounds. Added for the web app's "verify this
 * result" and its account of how the money was split.
 */
export async function getRoundElection(client: PolityClient, parameters: GetRoundElectionParameters): Promise<GetRoundElectionReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const rounds = { address: polity.rounds, abi: budgetRoundsAbi } as const;
    const [config, counts] = await Promise.all([
      readContract(client, { ...rounds, functionName: 'roundConfig', args: [roundId] }),
      readContract(client, { ...rounds, functionName: 'projectCounts', args: [roundId] }),
    ]);
    const tooLarge = counts.some((count) => count.accepted && count.cost > BigInt(Number.MAX_SAFE_INTEGER));
    if (config.budget > BigInt(Number.MAX_SAFE_INTEGER) || tooLarge) {
      throw new PolityInvalidInputError(
        'roundId',
        `round ${roundId}'s amounts exceed 2^53 units, which the budgeting module cannot recount exactly (it counts whole units as numbers): recount such a round with your own tooling`,
      );
    }
    const { ballots, commitment } = await readRoundBallots(client, polity, roundId, parameters);
    const cumulative = config.ballot.kind === 2;
    // Exclusive groups travel with the election: greedy honours them, equal shares refuses them.
    const groups = new Map<number, string[]>();
    counts.forEach((count, projectId) => {
      if (count.accepted && count.group !== 0) groups.set(count.group, [...(groups.get(count.group) ?? []), String(projectId)]);
    });
    const election: Election = {
      budget: Number(config.budget),
      projects: counts.flatMap((count, projectId) => (count.accepted ? [{ id: String(projectId), cost: Number(count.cost) }] : [])),
      // A ballot of weight w stands for w residents with the same ballot.
      ballots: ballots.flatMap((ballot): Ballot[] => {
        const entry: Ballot = { projects: ballot.projects.map(String), ...(cumulative ? { points: [...ballot.points] } : {}) };
        return Array.from({ length: Number(ballot.weight) }, () => entry);
      }),
      ...(groups.size > 0 ? { exclusiveGroups: [...groups.values()] } : {}),
    };
    const excluded = counts.flatMap((count, projectId) =>
      count.accepted && (count.support === 0n || count.support < config.counting.minSupport) ? [String(projectId)] : [],
    );
    return { election, excluded, ballots, ballotCommitment: commitment };
  });
}
