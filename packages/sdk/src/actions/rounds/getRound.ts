import type { Hex } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityRoundError } from '../../chain/errors/contract.js';
import { ballotKinds, outcomeCompletions, countingRules, enumName, roundPhases, type BallotKind, type CountingRule, type OutcomeCompletion, type RoundPhase } from '../../chain/enums.js';
import type { RoundConfig } from '../../proposals/builders.js';
import { readRoundSecrecy } from '../../secret/readRoundSecrecy.js';
import type { RoundBallots } from './openRound.js';

export interface GetRoundParameters extends PolityActionParameters {
  readonly roundId: bigint;
}

export interface GetRoundReturnType {
  readonly roundId: bigint;
  /** The configuration the round was opened with (as the contract returns it). */
  readonly config: RoundConfig;
  /** The same, in words. */
  readonly ballotKind: BallotKind | `#${number}`;
  readonly countingRule: CountingRule | `#${number}`;
  readonly completion: OutcomeCompletion | `#${number}`;
  /** The phase now (transitions due by time count even before anyone records them). */
  readonly phase: RoundPhase | `#${number}`;
  /**
   * `'secret'` for a round opened with secret ballots, else `'public'` (as `openRound` takes it; `ballots`
   * below is the ballot count). Always `'public'` for a polity without secret-ballot contracts.
   */
  readonly secrecy: RoundBallots;
  /** When eligibility and weights are read (0 before voting opens). */
  readonly snapshot: number;
  readonly projectCount: number;
  /** The hash chain over the round's ballot events, and how many residents voted. */
  readonly ballotCommitment: Hex;
  readonly ballots: bigint;
}

export type GetRoundErrorType = PolityWrongNetworkError | PolityRpcUnavailableError | PolityRoundError;

/** A round's configuration, phase, snapshot and ballot count. */
export async function getRound(client: PolityClient, parameters: GetRoundParameters): Promise<GetRoundReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const rounds = { address: polity.rounds, abi: budgetRoundsAbi } as const;
    const [config, phase, snapshot, projectCount, [ballotCommitment, ballots], secret] = await Promise.all([
      readContract(client, { ...rounds, functionName: 'roundConfig', args: [roundId] }),
      readContract(client, { ...rounds, functionName: 'phaseOf', args: [roundId] }),
      readContract(client, { ...rounds, functionName: 'snapshotOf', args: [roundId] }),
      readContract(client, { ...rounds, functionName: 'projectCount', args: [roundId] }),
      readContract(client, { ...rounds, functionName: 'ballotCommitment', args: [roundId] }),
      // An older polity's BudgetRounds has no secrecyOf; it can only hold public rounds.
      polity.secretBallots === undefined ? false : readRoundSecrecy(client, { rounds: polity.rounds, roundId }).then((secrecy) => secrecy.secret),
    ]);
    return {
      roundId,
      config,
      ballotKind: enumName(ballotKinds, config.ballot.kind),
      countingRule: enumName(countingRules, config.counting.rule),
      completion: enumName(outcomeCompletions, config.counting.completion),
      phase: enumName(roundPhases, phase),
      secrecy: secret ? 'secret' : 'public',
      snapshot,
      projectCount: Number(projectCount),
      ballotCommitment,
      ballots,
    };
  });
}
