import { PolityError } from '../chain/errors/base.js';

/**
 * An election or rule option a budgeting rule cannot count, with what to fix, e.g.
 * `ballot 57 names project 'L999', which is not among the election's projects`.
 */
export class BudgetingInputError extends PolityError {
  override readonly name: string = 'BudgetingInputError';
}

/**
 * A round a budgeting rule would count wrongly, because it extends the rule in a way the rule does not
 * implement, e.g. `equal shares does not implement exclusive groups (group 1: a, b)`. Counting it anyway
 * would publish an outcome the round's own definition does not give.
 */
export class BudgetingUnsupportedError extends BudgetingInputError {
  override readonly name = 'BudgetingUnsupportedError';
}
