import type { Election } from './election.js';
import type { EqualSharesOptions } from './equal-shares.js';
import { BudgetingInputError, BudgetingUnsupportedError } from './errors.js';

/**
 * What equal shares implements, and the refusal of anything else. A round that extends the rule (by
 * exclusive groups, or by an option this implementation does not know, such as another satisfaction
 * function or a minimum support) is refused with a message naming the extension, rather than counted
 * as if the extension were not there: the outcome would not be the round's.
 */

/** The options {@link equalShares} implements; see {@link EqualSharesOptions}. */
const implementedOptions: ReadonlySet<string> = new Set(['utilities', 'completion', 'comparison', 'startingEndowment', 'excluded', 'tieBreak']);

/** What an election may carry besides what equal shares counts: nothing that changes the rule. */
const electionFields: ReadonlySet<string> = new Set(['budget', 'projects', 'ballots', 'exclusiveGroups']);

/** Throws {@link BudgetingUnsupportedError} when the election or options ask for what equal shares does not implement. */
export function refuseUnimplemented(election: Election, options: EqualSharesOptions): void {
  for (const key of Object.keys(options)) {
    if (implementedOptions.has(key) || (options as Record<string, unknown>)[key] === undefined) continue;
    if (key === 'exclusiveGroups') refuseGroups((options as { exclusiveGroups?: unknown }).exclusiveGroups);
    else throw new BudgetingUnsupportedError(`equal shares does not implement the option '${key}'; the options it implements are ${[...implementedOptions].join(', ')}`);
  }
  for (const key of Object.keys(election)) {
    if (!electionFields.has(key) && (election as unknown as Record<string, unknown>)[key] !== undefined) {
      throw new BudgetingUnsupportedError(`the election carries '${key}', which equal shares does not implement; count it with a rule that does, or remove it`);
    }
  }
  refuseGroups(election.exclusiveGroups);
}

function refuseGroups(groups: unknown): void {
  if (groups === undefined) return;
  if (!Array.isArray(groups) || !groups.every((group) => Array.isArray(group))) {
    throw new BudgetingInputError('exclusive groups must be a list of lists of project ids');
  }
  const index = groups.findIndex((group: unknown[]) => new Set(group).size >= 2);
  if (index === -1) return; // a group of one project excludes nothing
  throw new BudgetingUnsupportedError(
    `equal shares does not implement exclusive groups (group ${index + 1}: ${(groups[index] as unknown[]).join(', ')}): ` +
      'count this round with a greedy rule, which funds at most one project of each group, or remove the groups',
  );
}
