import { readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { addressOf, runPolityAction, senderOf, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityBallotError, PolityRoundPhaseError } from '../../chain/errors/contract.js';
import type { PolityAddresses } from '../../chain/polity.js';
import { checkBallot, type BallotInput, type CheckedBallot } from './ballotRules.js';
import { requireRoundPhase } from './roundPhase.js';

export interface CastBallotParameters extends PolityWriteParameters, BallotInput {
  readonly roundId: bigint;
}

export interface CastBallotReturnType extends PolityWriteResult {
  /** The weight the ballot counts with: 1, or with delegation everyone whose chain reaches the voter. */
  readonly weight: bigint;
  /** Whether this replaced the voter's earlier ballot. */
  readonly replaced: boolean;
  /** The projects as sent (ascending) and their points. */
  readonly projects: readonly number[];
  readonly points: readonly number[];
}

export type CastBallotErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityRoundPhaseError
  | PolityBallotError;

/**
 * Casts a ballot in a round, or changes one cast before: while voting is open, any resident eligible
 * at the round's snapshot. The ballot is checked against the round's design before anything is sent
 * (projects on the ballot, counts, points, the knapsack's budget).
 */
export async function castBallot(client: PolityClient, parameters: CastBallotParameters): Promise<CastBallotReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const voter = addressOf(senderOf(client, parameters.account));
    const rounds = { address: polity.rounds, abi: budgetRoundsAbi } as const;
    const ballot = await checkRoundBallot(client, polity, roundId, parameters);
    const [previouslyCast] = await readContract(client, { ...rounds, functionName: 'ballotOf', args: [roundId, voter] });
    const common = { ...rounds, account: parameters.account, onSent: parameters.onSent, action: 'castBallot' } as const;
    const { hash, receipt, result } =
      ballot.kind === 'cumulative'
        ? await sendPolityCall(client, { ...common, functionName: 'castCumulativeBallot', args: [roundId, ballot.projects, ballot.points] })
        : await sendPolityCall(client, { ...common, functionName: 'castBallot', args: [roundId, ballot.projects] });
    return { hash, receipt, weight: result, replaced: previouslyCast, projects: ballot.projects, points: ballot.points };
  });
}

/**
 * A ballot checked against its round before anything is signed: voting must be open, and the ballot
 * must fit the round's design (projects on the ballot, counts, points, the knapsack's budget). Shared by
 * {@link castBallot} and the passkey accounts' `castBallotCalls`.
 */
export async function checkRoundBallot(client: PolityClient, polity: PolityAddresses, roundId: bigint, input: BallotInput): Promise<CheckedBallot> {
  await requireRoundPhase(client, polity, roundId, 'voting');
  const rounds = { address: polity.rounds, abi: budgetRoundsAbi } as const;
  const [config, projects] = await Promise.all([
    readContract(client, { ...rounds, functionName: 'roundConfig', args: [roundId] }),
    readContract(client, { ...rounds, functionName: 'projectCounts', args: [roundId] }),
  ]);
  return checkBallot({ roundId, design: config.ballot, budget: config.budget, projects }, input);
}
