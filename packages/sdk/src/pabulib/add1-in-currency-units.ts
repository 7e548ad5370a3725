import type { Election } from '../budgeting/election.js';
import { equalShares, type EqualSharesOptions, type EqualSharesOutcome, type EqualSharesStop } from '../budgeting/equal-shares.js';
import { explainEqualShares, type EqualSharesExplanation, type ProjectExplanation } from '../budgeting/explain.js';
import { greedy } from '../budgeting/greedy.js';
import { rational } from '../budgeting/rational.js';
import { pabulibElection } from './election.js';
import type { PabulibFile } from './types.js';

/**
 * Equal shares on a pabulib file, with Add1 raising every voter's share by one **currency unit** per
 * step, as the completion is defined (equalshares.net; pabulib's `equalshares/add1`), also when the
 * file's amounts have decimals.
 *
 * The budgeting rules count integers, so a file in złoty and grosze is counted in grosze, and the
 * SDK's Add1 would then step by one grosz: a hundred times the runs (minutes on a Warsaw-size file)
 * and possibly another stopping point than one złoty steps give. Here the steps are one złoty
 * (10^amountDecimals units): each Add1 run is pure equal shares on the budget voters × share, the
 * run kept is the last whose cost fits the real budget, and the comparison step, if asked for, is then
 * taken against greedy on the real budget. On a file of whole amounts this is exactly `equalShares`.
 */
export function pabulibEqualShares(file: PabulibFile, options: EqualSharesOptions = {}, election: Election = pabulibElection(file)): EqualSharesOutcome {
  const add1 = currencyUnitAdd1(file, election, options);
  if (add1 === undefined) return equalShares(election, options);
  return completeOutcome(election, options, add1, equalShares({ ...election, budget: add1.budget }, pureOptions(options)));
}

/** {@link pabulibEqualShares} with the reason each project was or was not funded (`explainEqualShares`). */
export function explainPabulibEqualShares(file: PabulibFile, options: EqualSharesOptions = {}, election: Election = pabulibElection(file)): EqualSharesExplanation {
  const add1 = currencyUnitAdd1(file, election, options);
  if (add1 === undefined) return explainEqualShares(election, options);
  const explained = explainEqualShares({ ...election, budget: add1.budget }, pureOptions(options));
  const outcome = completeOutcome(election, options, add1, explained.outcome);
  const selected = new Set(outcome.selected);
  const usedGreedy = outcome.comparison?.usedGreedy === true;
  const added = new Set(outcome.addedByCompletion);
  return {
    ...explained,
    outcome,
    budgetShare: rational(election.budget, Math.max(election.ballots.length, 1)),
    projects: explained.projects.map((project): ProjectExplanation => {
      const funded = selected.has(project.projectId);
      if (usedGreedy) {
        if (funded) return { ...project, funded, reason: { kind: 'greedy-preferred' } };
        return project.reason.kind === 'round' ? { ...project, funded, reason: { kind: 'dropped-for-greedy' } } : { ...project, funded };
      }
      return added.has(project.projectId) ? { ...project, funded, reason: { kind: 'completion', completion: 'everything-fits' } } : project;
    }),
  };
}

interface Add1Found {
  /** voters × the share of the run kept: the budget pure equal shares is run with. */
  readonly budget: number;
  readonly steps: number;
  readonly stop: EqualSharesStop;
}

/** Pure equal shares, no comparison: one Add1 run. */
function pureOptions(options: EqualSharesOptions): EqualSharesOptions {
  return { ...options, completion: 'none', comparison: false };
}

/**
 * Add1 with steps of one currency unit, or `undefined` when the SDK's own Add1 already steps by one
 * (whole amounts), when there is no Add1, or when there are no voters. When every fundable project
 * fits in the budget, Add1's limit is funding them all: the first run is kept (`everything-fits`) and
 * the rest are added in greedy order, as the SDK does.
 */
function currencyUnitAdd1(file: PabulibFile, election: Election, options: EqualSharesOptions): Add1Found | undefined {
  const completion = options.completion ?? 'add1-exhaustive';
  const decimals = file.amountDecimals ?? 0;
  const voters = election.ballots.length;
  if (decimals === 0 || (completion !== 'add1' && completion !== 'add1-exhaustive') || voters === 0) return undefined;
  const excluded = new Set(options.excluded ?? []);
  const supported = new Set(election.ballots.flatMap((ballot) => ballot.projects.filter((_, index) => (ballot.points?.[index] ?? 1) > 0)));
  const fundable = election.projects.filter((project) => supported.has(project.id) && !excluded.has(project.id));
  const unit = 10 ** decimals;
  const step = voters * unit;
  // Whole-units start: the budget share rounded down to whole currency units (the SDK's default).
  let budget = options.startingEndowment === 'exact-share' ? election.budget : Math.floor(election.budget / step) * step;
  if (fundable.reduce((sum, project) => sum + project.cost, 0) <= election.budget) return { budget, steps: 0, stop: 'everything-fits' };
  const run = (artificial: number): EqualSharesOutcome => equalShares({ ...election, budget: artificial }, pureOptions(options));
  let outcome = run(budget);
  for (let steps = 0; ; steps += 1) {
    const funded = new Set(outcome.selected);
    if (fundable.every((project) => funded.has(project.id))) return { budget, steps, stop: 'all-funded' };
    const left = election.budget - outcome.cost;
    if (completion === 'add1-exhaustive' && fundable.every((project) => funded.has(project.id) || project.cost > left)) return { budget, steps, stop: 'exhaustive' };
    // Terminates: once each share reaches the fundable projects' total cost, a run funds them all, which overspends.
    const next = run(budget + step);
    if (next.cost > election.budget) return { budget, steps, stop: 'next-overspends' };
    budget += step;
    outcome = next;
  }
}

/** The outcome of the run kept, stated against the real budget, with the comparison step if asked for. */
function completeOutcome(election: Election, options: EqualSharesOptions, add1: Add1Found, run: EqualSharesOutcome): EqualSharesOutcome {
  const greedyOutcome = greedy(election, { ...(options.excluded === undefined ? {} : { excluded: options.excluded }), ...(options.tieBreak === undefined ? {} : { tieBreak: options.tieBreak }) });
  let completed: EqualSharesOutcome = { ...run, budget: election.budget, completion: options.completion ?? 'add1-exhaustive', add1Steps: add1.steps, stop: add1.stop };
  if (add1.stop === 'everything-fits') {
    // Greedy's walk is the SDK's support order; everything it can reach is fundable here, and fits.
    const inRun = new Set(run.selected);
    const added = greedyOutcome.steps.filter((step) => step.decision !== 'not-eligible' && step.decision !== 'no-support' && !inRun.has(step.projectId)).map((step) => step.projectId);
    const selected = [...run.selected, ...added];
    const funded = new Set(selected);
    const costOf = new Map(election.projects.map((project) => [project.id, project.cost]));
    completed = {
      ...completed,
      selected,
      cost: selected.reduce((sum, id) => sum + costOf.get(id)!, 0),
      projects: completed.projects.map((project) => ({ ...project, funded: funded.has(project.id) })),
      addedByCompletion: added,
    };
  }
  if (options.comparison !== true) return completed;
  const ours = new Set(completed.selected);
  const theirs = new Set(greedyOutcome.selected);
  let prefersEqualShares = 0;
  let prefersGreedy = 0;
  // A voter's satisfaction is the approvals (or points) they gave to funded projects; strictly more wins.
  for (const ballot of election.ballots) {
    let withEqualShares = 0;
    let withGreedy = 0;
    ballot.projects.forEach((projectId, index) => {
      const weight = ballot.points?.[index] ?? 1;
      if (weight <= 0) return;
      if (ours.has(projectId)) withEqualShares += weight;
      if (theirs.has(projectId)) withGreedy += weight;
    });
    if (withEqualShares > withGreedy) prefersEqualShares += 1;
    else if (withGreedy > withEqualShares) prefersGreedy += 1;
  }
  const usedGreedy = prefersGreedy > prefersEqualShares;
  const comparison = { greedySelected: greedyOutcome.selected, prefersEqualShares, prefersGreedy, usedGreedy };
  if (!usedGreedy) return { ...completed, comparison };
  return {
    ...completed,
    comparison,
    selected: greedyOutcome.selected,
    cost: greedyOutcome.cost,
    projects: completed.projects.map((project) => ({ ...project, funded: theirs.has(project.id) })),
  };
}
