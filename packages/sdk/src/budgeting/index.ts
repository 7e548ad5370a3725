export type { Ballot, BudgetingProject, Election } from './election.js';
export { BudgetingInputError, BudgetingUnsupportedError } from './errors.js';
export { isExhaustive, type BudgetingOutcome, type ProjectTally } from './outcome.js';
export type { TieBreakOptions } from './tie-breaking.js';
export { greedy, type GreedyDecision, type GreedyOptions, type GreedyOutcome, type GreedyStep } from './greedy.js';
export { greedyNoSkip } from './greedy-no-skip.js';
export { greedyThreshold, type GreedyThresholdOptions } from './greedy-threshold.js';
export { excludedByCostShare, type CostShareEligibilityOptions } from './eligibility.js';
export {
  completions,
  equalShares,
  type Completion,
  type EqualSharesDropout,
  type EqualSharesOptions,
  type EqualSharesOutcome,
  type EqualSharesRound,
  type EqualSharesStop,
  type StartingEndowment,
  type Utilities,
} from './equal-shares.js';
export type { Add1Stop } from './equal-shares-completion.js';
export type { ComparisonResult } from './comparison-step.js';
export {
  explainEqualShares,
  type EqualSharesExplanation,
  type FundingReason,
  type PaymentGroup,
  type ProjectExplanation,
} from './explain.js';
export {
  addRational,
  compareRational,
  formatRational,
  rational,
  rationalToNumber,
  type Rational,
} from './rational.js';
