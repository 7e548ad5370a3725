import { countPreferences, type ComparisonResult } from './comparison-step.js';
import { prepareElection, type Election, type PreparedElection } from './election.js';
import { completeByAdd1, fillByUtilitarianCompletion, fundableProjects, type Add1Search, type Add1Stop } from './equal-shares-completion.js';
import { refuseUnimplemented } from './equal-shares-refusals.js';
import { runEqualShares, type RunResult, type RunSettings, type Utilities } from './equal-shares-run.js';
import { eligibilityMask, walkGreedy } from './greedy.js';
import { projectTallies, totalCost, type BudgetingOutcome } from './outcome.js';
import { rational, type Rational } from './rational.js';
import { bySupport, tieBreakRanks, type TieBreakOptions } from './tie-breaking.js';

export type { Utilities } from './equal-shares-run.js';

/**
 * How the money equal shares leaves unspent is used:
 * - `none`: not at all (pure equal shares, every voter starts with budget / voters);
 * - `add1-exhaustive`: raise every voter's endowment by 1 currency unit at a time, keeping the last
 *   outcome within the budget; stop as soon as the outcome is exhaustive or the next run overspends
 *   (equalshares.net's standard completion);
 * - `add1`: the same, stopping only when the next run would overspend;
 * - `utilitarian`: after pure equal shares, fund the most supported projects that still fit.
 */
export type Completion = 'none' | 'add1' | 'add1-exhaustive' | 'utilitarian';

export const completions: readonly Completion[] = ['none', 'add1', 'add1-exhaustive', 'utilitarian'];

/**
 * Where Add1 starts: `whole-units` rounds budget / voters down to whole currency units first (the
 * equalshares.net tool's default, and a figure residents can be told), `exact-share` starts at the exact
 * share budget / voters (as pabutools does). Both then add 1 unit per step.
 */
export type StartingEndowment = 'whole-units' | 'exact-share';

export interface EqualSharesOptions extends TieBreakOptions {
  /** `cost` (default): a supporter's utility is the project's cost (× points); `cardinality`: 1 (× points). */
  readonly utilities?: Utilities;
  /** Default `add1-exhaustive`. */
  readonly completion?: Completion;
  /** Apply the comparison step against greedy (see {@link countPreferences}). Default false. */
  readonly comparison?: boolean;
  /** Add1 only; default `whole-units`. */
  readonly startingEndowment?: StartingEndowment;
  /** Projects that may not be funded (ineligible); see `excludedByCostShare`. */
  readonly excluded?: readonly string[];
}

/** One funded project of the equal-shares run whose outcome is reported. */
export interface EqualSharesRound {
  /** 1-based. */
  readonly round: number;
  readonly projectId: string;
  readonly cost: number;
  /**
   * What a supporter paying the full price paid, per approval (per point on cumulative ballots). The
   * price that equal shares minimises is this divided by the cost (cost utilities) or this itself.
   */
  readonly pricePerSupport: Rational;
  /** Supporters' money before this round. */
  readonly moneyBehind: Rational;
  /** Supporters who paid the full price. */
  readonly fullPricePayers: number;
  /** Supporters who had less than the full price left and paid all of it. */
  readonly everythingPayers: number;
}

/** A project equal shares stopped considering because its supporters' money no longer covered it. */
export interface EqualSharesDropout {
  readonly projectId: string;
  /** Rounds completed when it was found unaffordable. */
  readonly afterRound: number;
}

export type EqualSharesStop = Add1Stop | 'no-add1';

export interface EqualSharesOutcome extends BudgetingOutcome {
  readonly rule: 'equal-shares';
  readonly utilities: Utilities;
  readonly completion: Completion;
  /** Per-voter endowment of the run reported in `rounds`. */
  readonly endowment: Rational;
  /** Times Add1 raised the endowment (0 without Add1). */
  readonly add1Steps: number;
  readonly stop: EqualSharesStop;
  readonly rounds: readonly EqualSharesRound[];
  readonly dropouts: readonly EqualSharesDropout[];
  /** Funded after the equal-shares rounds: by the utilitarian completion, or because everything fits. */
  readonly addedByCompletion: readonly string[];
  /** Present with `comparison: true`. When `usedGreedy`, `selected` is greedy's outcome. */
  readonly comparison?: ComparisonResult;
}

/**
 * The Method of Equal Shares (equalshares.net) with a completion and optionally the comparison step,
 * in exact arithmetic. Deterministic: ties between projects with the same price go to the lower cost,
 * then the higher support, then the tie-break order (default: the election's project order). Refuses
 * (`BudgetingUnsupportedError`) an election with exclusive groups, and options it does not implement.
 */
export function equalShares(election: Election, options: EqualSharesOptions = {}): EqualSharesOutcome {
  return computeEqualShares(election, options).outcome;
}

/**
 * The outcome and the equal-shares run behind it, with its payment details. `search` finds the Add1
 * endowment (internal: the benchmark and tests pass the step-by-step search to compare).
 */
export function computeEqualShares(
  election: Election,
  options: EqualSharesOptions,
  search: Add1Search = completeByAdd1,
): { outcome: EqualSharesOutcome; run: RunResult; prepared: PreparedElection } {
  refuseUnimplemented(election, options);
  const prepared = prepareElection(election);
  const utilities = options.utilities ?? 'cost';
  const completion = options.completion ?? 'add1-exhaustive';
  const settings: RunSettings = {
    utilities,
    eligible: eligibilityMask(prepared, options.excluded),
    ranks: tieBreakRanks(prepared, options.tieBreak),
    detail: true,
  };
  const { run, endowment, add1Steps, stop, added } = completedRun(prepared, options, completion, settings, search);
  let selected = [...run.funded, ...added];
  let comparison: ComparisonResult | undefined;
  if (options.comparison === true) {
    comparison = compareWithGreedy(prepared, election, options, selected);
    if (comparison.usedGreedy) selected = comparison.greedySelected.map((id) => prepared.projectIndex.get(id)!);
  }
  const outcome: EqualSharesOutcome = {
    rule: 'equal-shares',
    budget: prepared.budget,
    selected: selected.map((project) => prepared.projectIds[project]!),
    cost: totalCost(prepared, selected),
    projects: projectTallies(prepared, new Set(selected)),
    utilities,
    completion,
    endowment: rational(endowment.numerator, endowment.denominator),
    add1Steps,
    stop,
    rounds: describeRounds(prepared, run),
    dropouts: run.dropouts.map((dropout) => ({ projectId: prepared.projectIds[dropout.project]!, afterRound: dropout.afterRound })),
    addedByCompletion: added.map((project) => prepared.projectIds[project]!),
    ...(comparison === undefined ? {} : { comparison }),
  };
  return { outcome, run, prepared };
}

interface CompletedRun {
  /** The equal-shares run whose rounds are reported, with payment details. */
  readonly run: RunResult;
  readonly endowment: { readonly numerator: bigint; readonly denominator: bigint };
  readonly add1Steps: number;
  readonly stop: EqualSharesStop;
  /** Projects funded after the run's rounds. */
  readonly added: number[];
}

/** Finds the endowment (Add1) or uses the budget share, runs equal shares with details, applies the completion. */
function completedRun(prepared: PreparedElection, options: EqualSharesOptions, completion: Completion, settings: RunSettings, search: Add1Search): CompletedRun {
  const voters = BigInt(prepared.voterCount);
  const share = { numerator: BigInt(prepared.budget), denominator: voters === 0n ? 1n : voters };
  let endowment = share;
  let add1Steps = 0;
  let stop: EqualSharesStop = 'no-add1';
  if (completion === 'add1' || completion === 'add1-exhaustive') {
    const start = options.startingEndowment === 'exact-share' ? share : { numerator: share.numerator / share.denominator, denominator: 1n };
    // The many runs that find the endowment skip the payment details; the run reported is redone with them.
    const result = search(prepared, start, { ...settings, detail: false }, completion === 'add1-exhaustive');
    endowment = { numerator: result.endowmentNumerator, denominator: result.endowmentDenominator };
    ({ steps: add1Steps, stop } = result);
  }
  const run = runEqualShares(prepared, endowment.numerator, endowment.denominator, settings);
  let added: number[] = [];
  if (stop === 'everything-fits') {
    const funded = new Set(run.funded);
    added = fundableProjects(prepared, settings.eligible).filter((project) => !funded.has(project)).sort(bySupport(prepared, settings.ranks));
  } else if (completion === 'utilitarian') {
    added = fillByUtilitarianCompletion(prepared, run.funded, settings);
  }
  return { run, endowment, add1Steps, stop, added };
}

function compareWithGreedy(
  prepared: PreparedElection,
  election: Election,
  options: EqualSharesOptions,
  selected: readonly number[],
): ComparisonResult {
  const greedyOutcome = walkGreedy(election, 'greedy', {
    stopAtFirstMisfit: false,
    threshold: 0,
    ...(options.tieBreak === undefined ? {} : { tieBreak: options.tieBreak }),
    ...(options.excluded === undefined ? {} : { excluded: options.excluded }),
  });
  const greedySet = new Set(greedyOutcome.selected.map((id) => prepared.projectIndex.get(id)!));
  const { prefersEqualShares, prefersGreedy } = countPreferences(prepared, new Set(selected), greedySet);
  return { greedySelected: greedyOutcome.selected, prefersEqualShares, prefersGreedy, usedGreedy: prefersGreedy > prefersEqualShares };
}

function describeRounds(prepared: PreparedElection, run: RunResult): EqualSharesRound[] {
  return run.rounds.map((round, index) => ({
    round: index + 1,
    projectId: prepared.projectIds[round.project]!,
    cost: prepared.costs[round.project]!,
    pricePerSupport: rational(round.priceNumerator, BigInt(round.priceWeight) * round.denominator),
    moneyBehind: rational(round.moneyBehind, round.denominator),
    fullPricePayers: round.fullPricePayers,
    everythingPayers: round.everythingPayers,
  }));
}
