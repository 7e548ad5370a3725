import type { Election } from './election.js';
import { BudgetingInputError } from './errors.js';
import { walkGreedy, type GreedyOptions, type GreedyOutcome } from './greedy.js';

export interface GreedyThresholdOptions extends GreedyOptions {
  /**
   * Minimum support a project needs to be funded (approvals, or points for cumulative ballots), as in
   * pabulib's `min_project_score_threshold`: a project below it is passed over even if it fits.
   */
  readonly threshold: number;
}

/** Greedy by support among the projects whose support reaches `threshold`; otherwise as {@link greedy}. */
export function greedyThreshold(election: Election, options: GreedyThresholdOptions): GreedyOutcome {
  if (!Number.isSafeInteger(options.threshold) || options.threshold < 0) {
    throw new BudgetingInputError(`the support threshold is ${options.threshold}; it must be a whole number, at least 0`);
  }
  return walkGreedy(election, 'greedy-threshold', { ...options, stopAtFirstMisfit: false });
}
