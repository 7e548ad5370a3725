import { tallyLiquid, type LiquidAccount, type LiquidEvent, type LiquidTallyOptions, type LiquidVote } from './tally.js';
import { LiquidTallyError } from './errors.js';

/**
 * A budget ballot: the projects approved, or points per project (cumulative ballots). Every listed
 * project receives the voter's counted weight, times the points for a points ballot.
 */
export type LiquidBallot = readonly string[] | Readonly<Record<string, bigint>>;

export interface LiquidBallotTally {
  /** Weight per project (× points), projects in order of first appearance on a counted ballot. */
  readonly projects: ReadonlyMap<string, bigint>;
  readonly weights: ReadonlyMap<string, bigint>;
  readonly ballots: ReadonlyMap<string, LiquidBallot>;
  readonly events: readonly LiquidEvent<LiquidBallot>[];
}

/**
 * The liquid rule with ballots as choices (see {@link tallyLiquid}): who counts for whom is decided
 * exactly as for a yes/no vote, then each voter's weight goes to every project on their ballot.
 */
export function tallyLiquidBallots(
  accounts: readonly LiquidAccount[],
  votes: readonly LiquidVote<LiquidBallot>[],
  options: LiquidTallyOptions,
): LiquidBallotTally {
  const { weights, choices, events } = tallyLiquid(accounts, votes, options);
  const projects = new Map<string, bigint>();
  for (const [voter, ballot] of choices) {
    const weight = weights.get(voter)!;
    for (const [project, points] of ballotEntries(voter, ballot)) projects.set(project, (projects.get(project) ?? 0n) + weight * points);
  }
  return { projects, weights, ballots: choices, events };
}

function ballotEntries(voter: string, ballot: LiquidBallot): Array<[string, bigint]> {
  const entries: Array<[string, bigint]> = Array.isArray(ballot)
    ? (ballot as readonly string[]).map((project) => [project, 1n])
    : Object.entries(ballot as Readonly<Record<string, bigint>>);
  const seen = new Set<string>();
  for (const [project, points] of entries) {
    if (seen.has(project)) throw new LiquidTallyError(`the ballot of ${voter} names project ${project} twice`);
    if (points < 0n) throw new LiquidTallyError(`the ballot of ${voter} gives project ${project} ${points} points; points cannot be negative`);
    seen.add(project);
  }
  return entries;
}
