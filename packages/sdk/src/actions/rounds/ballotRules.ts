import { ballotKinds, enumName, type BallotKind } from '../../chain/enums.js';
import { predictedError } from '../../chain/errors/decode.js';
import { PolityInvalidInputError } from '../../chain/errors/base.js';
import { enumValue } from './roundConfig.js';

/** What the contract knows when it checks a ballot (BallotRules.sol), as plain data. */
export interface BallotRulesRound {
  readonly roundId: bigint;
  readonly design: {
    /** `'approval'`, `'knapsack'`, `'cumulative'`, or the contract's number. */
    readonly kind: BallotKind | number;
    readonly minProjects: number;
    readonly maxProjects: number;
    readonly minSpendBps: number;
    readonly points: number;
    readonly maxPointsPerProject: number;
  };
  readonly budget: bigint;
  /** Per project id: its cost and whether it is on the ballot (accepted). */
  readonly projects: readonly { readonly cost: bigint; readonly accepted: boolean }[];
}

/** A ballot as a resident fills it in: project ids in any order, with points for cumulative ballots. */
export interface BallotInput {
  readonly projects: readonly number[];
  readonly points?: readonly number[];
}

/** The ballot as the contract takes it: ascending project ids, points aligned (empty unless cumulative). */
export interface CheckedBallot {
  readonly kind: BallotKind | `#${number}`;
  readonly projects: number[];
  readonly points: number[];
  /** Total cost of the projects named. */
  readonly spent: bigint;
}

/**
 * Checks a ballot against a round's design with the contract's rules in the contract's order
 * (BallotRules.sol), so that a ballot the SDK lets through is one the contract accepts and a refusal
 * carries the same error. Projects are sorted first (keeping each one's points): residents should not
 * have to know that the contract wants ascending ids.
 */
export function checkBallot(round: BallotRulesRound, ballot: BallotInput): CheckedBallot {
  const { roundId, design, budget } = round;
  // A number is taken as the contract gives it (a kind this SDK does not know reads `#3`).
  const kindNumber = typeof design.kind === 'number' ? design.kind : enumValue(ballotKinds, design.kind, 'round.design.kind', 'ballot kind');
  const kind = enumName(ballotKinds, kindNumber);
  const cumulative = kind === 'cumulative';
  if (cumulative && ballot.points === undefined) throw predictedError('BallotWrongDesign', [roundId, kindNumber]);
  if (!cumulative && ballot.points !== undefined) throw predictedError('BallotWrongDesign', [roundId, kindNumber]);
  const points = ballot.points ?? [];
  if (cumulative && points.length !== ballot.projects.length) throw predictedError('BallotPointsMismatch', [roundId, BigInt(ballot.projects.length), BigInt(points.length)]);

  const entries = ballot.projects.map((projectId, index) => {
    if (!Number.isInteger(projectId) || projectId < 0 || projectId > 255) throw new PolityInvalidInputError(`projects[${index}]`, `${projectId} is not a project id (0 to 255)`);
    const given = points[index] ?? 0;
    if (cumulative && (!Number.isInteger(given) || given < 0 || given > 0xffff)) throw new PolityInvalidInputError(`points[${index}]`, `${given} is not a number of points (0 to 65,535)`);
    return { projectId, points: given };
  });
  entries.sort((a, b) => a.projectId - b.projectId);

  let totalPoints = 0n;
  let spent = 0n;
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    const projectId = BigInt(entry.projectId);
    if (previous && previous.projectId >= entry.projectId) throw predictedError('BallotProjectsNotAscending', [roundId, BigInt(previous.projectId), projectId]);
    const project = round.projects[entry.projectId];
    if (!project?.accepted) throw predictedError('BallotProjectNotOnBallot', [roundId, projectId]);
    spent += project.cost;
    if (cumulative) {
      if (entry.points === 0) throw predictedError('BallotZeroPoints', [roundId, projectId]);
      if (entry.points > design.maxPointsPerProject) throw predictedError('BallotProjectOverPointLimit', [roundId, projectId, BigInt(entry.points), BigInt(design.maxPointsPerProject)]);
      totalPoints += BigInt(entry.points);
    }
  });
  const count = BigInt(entries.length);
  if (count < design.minProjects) throw predictedError('BallotTooFewProjects', [roundId, count, BigInt(design.minProjects)]);
  if (design.maxProjects !== 0 && count > design.maxProjects) throw predictedError('BallotTooManyProjects', [roundId, count, BigInt(design.maxProjects)]);
  if (totalPoints > BigInt(design.points)) throw predictedError('BallotTooManyPoints', [roundId, totalPoints, BigInt(design.points)]);
  if (kind === 'knapsack') {
    if (spent > budget) throw predictedError('BallotOverBudget', [roundId, spent, budget]);
    // The contract rounds the minimum up: minSpendBps of the budget, in basis points.
    const minimum = (budget * BigInt(design.minSpendBps) + 9_999n) / 10_000n;
    if (spent < minimum) throw predictedError('BallotUnderMinimumSpend', [roundId, spent, minimum]);
  }
  return { kind, projects: entries.map((entry) => entry.projectId), points: cumulative ? entries.map((entry) => entry.points) : [], spent };
}
