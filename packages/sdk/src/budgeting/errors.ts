/**
 * An election or rule option a budgeting rule cannot count, with what to fix, e.g.
 * `ballot 57 names project 'L999', which is not among the election's projects`.
 */
export class BudgetingInputError extends Error {
  override readonly name = 'BudgetingInputError';
}
