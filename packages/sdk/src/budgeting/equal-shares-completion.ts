import type { PreparedElection } from './election.js';
import { maxReach, RangeRun, RangeRunWorkspace, type RangeRunResult } from './equal-shares-range-run.js';
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
  /** Per-voter endowment Add1 stopped at: numerator / denominator. */
  readonly endowmentNumerator: bigint;
  readonly endowmentDenominator: bigint;
  /** How many times the endowment was raised by one unit. */
  readonly steps: number;
  readonly stop: Add1Stop;
  /** Runs over ranges of endowments, and exact runs where a range run could not prove its decisions. */
  readonly runs: { readonly range: number; readonly exact: number };
}

/** Crossings tolerated by the first range run, and at most (measured on the pabulib files). */
const initialTolerance = 4;
const maxTolerance = 1024;

/** Finds the endowment Add1 stops at: {@link completeByAdd1} or {@link completeByAdd1StepByStep}. */
export type Add1Search = (election: PreparedElection, start: { numerator: bigint; denominator: bigint }, settings: RunSettings, exhaustiveStop: boolean) => Add1Result;

/**
 * The Add1 completion: run equal shares, and while the outcome may still improve, raise every voter's
 * endowment by one currency unit and run again, keeping the last outcome that fits the real budget.
 *
 * - `exhaustiveStop` true (`add1-exhaustive`, equalshares.net's standard): stop as soon as the outcome
 *   is exhaustive, or when the next run would overspend.
 * - `exhaustiveStop` false (`add1`): stop only when the next run would overspend.
 *
 * Both also stop when every supported, eligible project is funded. If all of those fit in the budget
 * together, the process would never overspend and its limit is funding them all (`everything-fits`).
 *
 * Most steps do not change the outcome, so the runs are made over ranges of endowments
 * ({@link runOverEndowments}): one run proves the outcome of the exact run at E, E + 1, ..., E + K, and
 * the steps in between are skipped, which the stopping rules allow since they only look at the outcome.
 * Where a range run cannot prove its decisions, the exact run at that one endowment decides. The
 * result is always that of {@link completeByAdd1StepByStep}, which the tests check.
 */
export function completeByAdd1(
  election: PreparedElection,
  start: { numerator: bigint; denominator: bigint },
  settings: RunSettings,
  exhaustiveStop: boolean,
): Add1Result {
  const fundable = fundableProjects(election, settings.eligible);
  const fundableCost = fundable.reduce((sum, project) => sum + election.costs[project]!, 0);
  const denominator = start.denominator;
  let numerator = start.numerator;
  const runs = { range: 0, exact: 0 };
  // Supporters crossing between paying a share and paying everything within `tolerance` steps do not
  // end a range (its prices are enclosed instead). The tolerance doubles while ranges reach it, and
  // halves when an enclosure was too wide to prove a decision (that endowment is rerun without it).
  let tolerance = initialTolerance;
  // The range run of the previous steps, resumed from its last round still proven at the next one.
  let runner: { run: RangeRun; start: bigint } | undefined;
  let workspace: RangeRunWorkspace | undefined;
  const rangeRun = (endowment: bigint, tolerance: number): RangeRunResult | undefined => {
    const from = runner === undefined ? -1 : Number((endowment - runner.start) / denominator);
    if (runner === undefined || from > runner.run.reach) {
      // As far as it can: the decisions themselves limit the range, and measured on the pabulib files
      // a long reach (looser bounds in the first rounds) costs less than more runs.
      workspace ??= RangeRunWorkspace.forSearch(election);
      runner = { run: new RangeRun(election, endowment, denominator, settings, maxReach, workspace), start: endowment };
      return rangeRun(endowment, tolerance);
    }
    const ranged = runner.run.resume(from, tolerance);
    if (ranged === undefined) runner = undefined;
    return ranged === undefined ? undefined : { ...ranged, extent: ranged.extent - from };
  };
  const runFrom = (endowment: bigint): RangeRunResult => {
    let ranged = rangeRun(endowment, tolerance);
    if (ranged === undefined) {
      runs.range += 1;
      tolerance = Math.max(1, tolerance >> 1);
      ranged = rangeRun(endowment, 0);
    } else if (ranged.narrowed === true) {
      tolerance = Math.max(1, tolerance >> 1);
    } else if (ranged.extent >= tolerance) {
      tolerance = Math.min(maxTolerance, tolerance * 2);
    }
    if (ranged !== undefined) {
      runs.range += 1;
      return ranged;
    }
    runs.exact += 1;
    const { funded, cost } = runEqualShares(election, endowment, denominator, settings);
    return { funded, cost, extent: 0, crossings: 0 };
  };
  const result = (stop: Add1Stop, steps: number): Add1Result => ({ endowmentNumerator: numerator, endowmentDenominator: denominator, steps, stop, runs });
  if (fundableCost <= election.budget) return result('everything-fits', 0);
  let run = runFrom(numerator);
  for (let steps = 0; ; ) {
    if (run.funded.length === fundable.length) return result('all-funded', steps);
    if (exhaustiveStop && isExhaustiveRun(election, run, fundable)) return result('exhaustive', steps);
    // Every endowment up to numerator + extent gives this outcome: neither rule stops there, and each
    // next run fits the budget as this one does.
    numerator += BigInt(run.extent) * denominator;
    steps += run.extent;
    // Terminates: once the endowment reaches the total cost of the fundable projects every run funds
    // them all, which overspends since they do not fit together.
    const next = runFrom(numerator + denominator);
    if (next.cost > election.budget) return result('next-overspends', steps);
    numerator += denominator;
    steps += 1;
    run = next;
  }
}

/**
 * Add1 one endowment at a time, each run exact: the straightforward computation that
 * {@link completeByAdd1} must always agree with (kept for the differential tests and the benchmark).
 */
export function completeByAdd1StepByStep(
  election: PreparedElection,
  start: { numerator: bigint; denominator: bigint },
  settings: RunSettings,
  exhaustiveStop: boolean,
): Add1Result {
  const fundable = fundableProjects(election, settings.eligible);
  const fundableCost = fundable.reduce((sum, project) => sum + election.costs[project]!, 0);
  let numerator = start.numerator;
  const denominator = start.denominator;
  let exact = 0;
  const runAt = (endowment: bigint): RunResult => {
    exact += 1;
    return runEqualShares(election, endowment, denominator, settings);
  };
  const result = (stop: Add1Stop, steps: number): Add1Result => ({ endowmentNumerator: numerator, endowmentDenominator: denominator, steps, stop, runs: { range: 0, exact } });
  if (fundableCost <= election.budget) return result('everything-fits', 0);
  let run = runAt(numerator);
  for (let steps = 0; ; steps += 1) {
    if (run.funded.length === fundable.length) return result('all-funded', steps);
    if (exhaustiveStop && isExhaustiveRun(election, run, fundable)) return result('exhaustive', steps);
    const next = runAt(numerator + denominator);
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

function isExhaustiveRun(election: PreparedElection, run: Pick<RunResult, 'funded' | 'cost'>, fundable: readonly number[]): boolean {
  const funded = new Set(run.funded);
  const left = election.budget - run.cost;
  return fundable.every((project) => funded.has(project) || election.costs[project]! > left);
}
