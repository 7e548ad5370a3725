import type { PreparedElection } from './election.js';
import { BudgetingInputError } from './errors.js';

/**
 * Deterministic tie-breaking, shared by all rules. Two projects that a rule cannot tell apart are
 * ordered by:
 *   1. lower cost first,
 *   2. then higher support (approvals, or points) first,
 *   3. then their position in `tieBreak` when given (for instance an order drawn by lot in public
 *      before counting), else their position in the election's project list.
 * Greedy rules order by support first, so for them step 2 comes before step 1 (see {@link bySupport}).
 */
export interface TieBreakOptions {
  /** Project ids in the order ties are won; projects not listed follow, in election order. */
  readonly tieBreak?: readonly string[];
}

/** Position of each project in the final tie-break order (lower wins). */
export function tieBreakRanks(election: PreparedElection, tieBreak: readonly string[] | undefined): Int32Array {
  const projectCount = election.projectIds.length;
  const ranks = new Int32Array(projectCount).fill(-1);
  let next = 0;
  for (const id of tieBreak ?? []) {
    const project = election.projectIndex.get(id);
    if (project === undefined) throw new BudgetingInputError(`the tie-break order names project '${id}', which is not among the election's projects`);
    if (ranks[project] !== -1) throw new BudgetingInputError(`the tie-break order names project ${id} twice`);
    ranks[project] = next++;
  }
  for (let project = 0; project < projectCount; project += 1) {
    if (ranks[project] === -1) ranks[project] = next++;
  }
  return ranks;
}

/** Orders tied projects: lower cost, then higher support, then tie-break rank. */
export function byTieBreak(election: PreparedElection, ranks: Int32Array): (a: number, b: number) => number {
  const { costs, support } = election;
  return (a, b) => costs[a]! - costs[b]! || support[b]! - support[a]! || ranks[a]! - ranks[b]!;
}

/** Greedy order: higher support first, then lower cost, then tie-break rank. */
export function bySupport(election: PreparedElection, ranks: Int32Array): (a: number, b: number) => number {
  const { costs, support } = election;
  return (a, b) => support[b]! - support[a]! || costs[a]! - costs[b]! || ranks[a]! - ranks[b]!;
}
