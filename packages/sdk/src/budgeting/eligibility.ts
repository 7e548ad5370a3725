import { prepareElection, type Election } from './election.js';
import { BudgetingInputError } from './errors.js';

export interface CostShareEligibilityOptions {
  /** A project needs a share of voters of at least cost / (factor × budget). Świecie 2023 used 3. */
  readonly factor: number;
}

/**
 * Projects too expensive for their support: ineligible when the share of voters supporting them is
 * below their share of the budget divided by `factor`, i.e. supporters / voters < cost / (factor ×
 * budget). Świecie 2023 applied this with factor 3 before equal shares (one project, c22, was
 * excluded: 14.7% of voters for 45% of the budget). Pass the result as `excluded` to a rule. Exact:
 * compares the cross products as bigints.
 */
export function excludedByCostShare(election: Election, options: CostShareEligibilityOptions): string[] {
  if (!Number.isSafeInteger(options.factor) || options.factor <= 0) {
    throw new BudgetingInputError(`the cost-share factor is ${options.factor}; it must be a whole number above 0`);
  }
  const prepared = prepareElection(election);
  const voters = BigInt(prepared.voterCount);
  const budgetTimesFactor = BigInt(prepared.budget) * BigInt(options.factor);
  return prepared.projectIds.filter(
    (_, project) => BigInt(prepared.supporters[project]!) * budgetTimesFactor < BigInt(prepared.costs[project]!) * voters,
  );
}
