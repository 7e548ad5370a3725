import type { PreparedElection } from './election.js';
import { runEqualShares, type RunResult, type RunSettings } from './equal-shares-run.js';
import { bySupport } from './tie-breaking.js';

/** Why the Add1 completion stopped raising the endowment. */
export type Add1Stop =
  /** The outcome was exhaustive: no unfunded supported project fits in what is left (add1-exhaustive). */
  | 'exhaustive'
  /** Raising the endowment by one more unit would overspend the budget. */
  | 'next-overspends'
  /** Every supported, eligible project is funded: more money changes nothing. */
  | 'all-funded'
  /** All supported, eligible projects fit in the budget together; the completion's limit is funding them all. */
  | 'everything-fits';

export interface Add1Result {
  readonly run: RunResult;
  /** Per-voter endowment of `run`: numerator / denominator. */
  readonly endowmentNumerator: bigint;
  readonly endowmentDenominator: bigint;
  /** How many times the endowment was raised by one unit. */
  readonly steps: number;
  readonly stop: Add1Stop;
}

/**
 * The Add1 completion: run equal shares, and while the outcome may still improve, raise every voter's
 * endowment by one currency unit and run again, keeping the last outcome that fits the real budget.
 *
 * - `exhaustiveStop` true (`add1-exhaustive`, equalshares.net's standard): stop as soon as the outcome
 *   is exhaustive, or when the next run would overspend.
 * - `exhaustiveStop` false (`add1`): stop only when the next run would overspend.
 *
 * Both also stop when every supported, eligible project is funded. If all of those fit in the budget
 * together, the process would never overspend and its limit is funding them all, which is returned
 * directly (`everything-fits`) with the first run's rounds.
 */
export function completeByAdd1(
  election: PreparedElection,
  start: { numerator: bigint; denominator: bigint },
  settings: RunSettings,
  exhaustiveStop: boolean,
): Add1Result {
  const fundable = fundableProjects(election, settings.eligible);
  const fundableCost = fundable.reduce((sum, project) => sum + election.costs[project]!, 0);
  let numerator = start.numerator;
  const denominator = start.denominator;
  let run = runEqualShares(election, numerator, denominator, settings);
  const result = (stop: Add1Stop, steps: number): Add1Result => ({ run, endowmentNumerator: numerator, endowmentDenominator: denominator, steps, stop });
  if (fundableCost <= election.budget) return result('everything-fits', 0);
  for (let steps = 0; ; steps += 1) {
    if (run.funded.length === fundable.length) return result('all-funded', steps);
    if (exhaustiveStop && isExhaustiveRun(election, run, fundable)) return result('exhaustive', steps);
    // Terminates: once the endowment reaches the total cost of the fundable projects every run funds
    // them all, which overspends since they do not fit together.
    const next = runEqualShares(election, numerator + denominator, denominator, settings);
    if (next.cost > election.budget) return result('next-overspends', steps);
    numerator += denominator;
    run = next;
  }
}

/** Fills what equal shares left unspent with the most supported projects that still fit. */
export function fillByUtilitarianCompletion(
  election: PreparedElection,
  funded: readonly number[],
  settings: Pick<RunSettings, 'eligible' | 'ranks'>,
): number[] {
  const chosen = new Set(funded);
  let left = election.budget - funded.reduce((sum, project) => sum + election.costs[project]!, 0);
  const added: number[] = [];
  for (const project of fundableProjects(election, settings.eligible).sort(bySupport(election, settings.ranks))) {
    if (chosen.has(project) || election.costs[project]! > left) continue;
    left -= election.costs[project]!;
    added.push(project);
  }
  return added;
}

/** Eligible projects with at least one supporter: the only ones any rule here funds. */
export function fundableProjects(election: PreparedElection, eligible: Uint8Array): number[] {
  const projects: number[] = [];
  for (let project = 0; project < election.projectIds.length; project += 1) {
    if (eligible[project] === 1 && election.supporters[project]! > 0) projects.push(project);
  }
  return projects;
}

function isExhaustiveRun(election: PreparedElection, run: RunResult, fundable: readonly number[]): boolean {
  const funded = new Set(run.funded);
  const left = election.budget - run.cost;
  return fundable.every((project) => funded.has(project) || election.costs[project]! > left);
}
