import type { Election } from '../budgeting/election.js';
import { amountProblem, readAmount, scaleAmount } from './amount.js';
import { PabulibDataError } from './errors.js';
import type { PabulibFile, VoteType } from './types.js';

/** The META value for `key`, if the file has one. */
export function metaValue(file: PabulibFile, key: string): string | undefined {
  return file.meta.find((entry) => entry.key === key)?.value;
}

/**
 * The budget from META, exactly, in the unit of the file's costs: whole currency units, or units of
 * 10^-amountDecimals when the file has decimal amounts (`budget;543715.64` is 54371564).
 */
export function pabulibBudget(file: PabulibFile): number {
  const text = metaValue(file, 'budget');
  if (text === undefined) throw new PabulibDataError('the file has no budget: add a META line budget;<amount>');
  const amount = readAmount(text);
  if (amount === undefined) throw new PabulibDataError(`the budget is '${text}', ${amountProblem(text, ' of currency units')}`);
  const decimals = file.amountDecimals ?? 0;
  if (amount.decimals > decimals) throw new PabulibDataError(`the budget ${text} has more decimal places than the file's amountDecimals (${decimals})`);
  const budget = Number(scaleAmount(amount, decimals));
  if (!Number.isSafeInteger(budget)) throw new PabulibDataError(`the budget ${text} has more digits than can be counted exactly`);
  return budget;
}

/** META `vote_type`; without it, `cumulative` when ballots carry points and `approval` otherwise. */
export function pabulibVoteType(file: PabulibFile): VoteType {
  const stated = metaValue(file, 'vote_type');
  if (stated !== undefined) return stated as VoteType;
  return file.voteColumns.includes('points') ? 'cumulative' : 'approval';
}

/**
 * The outcome the city recorded (PROJECTS column `selected`, 1 for funded), in file order, or
 * `undefined` when the file has no such column. Values other than 0 and 1 (pabulib uses 2 for special
 * cases explained in a comment) count as not funded by the rule.
 */
export function recordedOutcome(file: PabulibFile): string[] | undefined {
  if (!file.projectColumns.includes('selected')) return undefined;
  return file.projects.filter((project) => project.fields['selected'] === '1').map((project) => project.id);
}

/** The election a budgeting rule counts: the file's budget, projects and ballots, as they are. */
export function pabulibElection(file: PabulibFile): Election {
  return { budget: pabulibBudget(file), projects: file.projects, ballots: file.votes };
}

/** META `min_project_score_threshold` (minimum support to be funded), if the file states one. */
export function pabulibSupportThreshold(file: PabulibFile): number | undefined {
  const text = metaValue(file, 'min_project_score_threshold');
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new PabulibDataError(`min_project_score_threshold is '${text}', expected a whole number`);
  return Number.parseInt(text, 10);
}
