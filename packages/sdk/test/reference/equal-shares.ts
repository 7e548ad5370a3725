/**
 * A plain implementation of the Method of Equal Shares and its completions, written to be obviously
 * right rather than fast, as the reference the fast implementation (src/budgeting) is tested and
 * benchmarked against. It shares no code with it.
 *
 * - Every voter has their own budget; budgets are exact: bigint numerators over one common
 *   denominator, which is multiplied by the price's denominator whenever a price is paid.
 * - Every round prices every project still in play, voter by voter: sort the supporters by budget per
 *   unit of utility, and walk them from the poorest: if the rest of the cost split over the remaining
 *   utility is more than a supporter can pay, that supporter pays everything and is left out of the
 *   split; otherwise that split is the price (the textbook procedure of equalshares.net).
 * - `lazy` applies equalshares.net's published speed-up (a project's price only rises, so projects
 *   are priced in order of their last price and a round stops at the first one whose last price is
 *   above the best current one). Off by default; the benchmark turns it on for the largest file.
 */
import type { Election } from '../../src/budgeting/election.js';

export interface ReferenceOptions {
  readonly utilities?: 'cost' | 'cardinality';
  readonly completion?: 'none' | 'add1' | 'add1-exhaustive' | 'utilitarian';
  readonly comparison?: boolean;
  readonly startingEndowment?: 'whole-units' | 'exact-share';
  readonly excluded?: readonly string[];
  readonly tieBreak?: readonly string[];
  readonly lazy?: boolean;
}

export interface ReferenceOutcome {
  readonly selected: string[];
  /** Per-voter endowment of the reported run, as [numerator, denominator] (not reduced). */
  readonly endowment: readonly [bigint, bigint];
  readonly add1Steps: number;
}

interface Project {
  readonly id: string;
  readonly cost: number;
  readonly support: number;
  readonly rank: number;
  readonly eligible: boolean;
  /** Supporting voters and the weight each gives (1 for an approval, else the points). */
  readonly supporters: ReadonlyArray<{ readonly voter: number; readonly weight: number }>;
}

export function referenceEqualShares(election: Election, options: ReferenceOptions = {}): ReferenceOutcome {
  const projects = describeProjects(election, options);
  const voters = election.ballots.length;
  const budget = election.budget;
  const completion = options.completion ?? 'add1-exhaustive';
  const run = (numerator: bigint, denominator: bigint): Project[] => referenceRun(projects, voters, numerator, denominator, options);
  const total = (chosen: Project[]): number => chosen.reduce((sum, project) => sum + project.cost, 0);
  const fundable = projects.filter((project) => project.eligible && project.supporters.length > 0);

  let numerator = BigInt(budget);
  let denominator = BigInt(Math.max(voters, 1));
  let steps = 0;
  let outcome: Project[];
  if (completion === 'add1' || completion === 'add1-exhaustive') {
    if (options.startingEndowment !== 'exact-share') [numerator, denominator] = [numerator / denominator, 1n];
    outcome = run(numerator, denominator);
    if (total(fundable) <= budget) {
      // Raising the endowment never overspends: the completion's limit funds every fundable project.
      outcome = [...outcome, ...bySupport(fundable.filter((project) => !outcome.includes(project)))];
    } else {
      for (;;) {
        if (outcome.length === fundable.length) break;
        const left = budget - total(outcome);
        const exhaustive = fundable.every((project) => outcome.includes(project) || project.cost > left);
        if (completion === 'add1-exhaustive' && exhaustive) break;
        const next = run(numerator + denominator, denominator);
        if (total(next) > budget) break;
        numerator += denominator;
        steps += 1;
        outcome = next;
      }
    }
  } else {
    outcome = run(numerator, denominator);
    if (completion === 'utilitarian') {
      let left = budget - total(outcome);
      for (const project of bySupport(fundable)) {
        if (!outcome.includes(project) && project.cost <= left) {
          outcome = [...outcome, project];
          left -= project.cost;
        }
      }
    }
  }
  if (options.comparison === true) {
    const greedy = referenceGreedy(projects, budget);
    if (preferring(election, greedy, outcome) > preferring(election, outcome, greedy)) outcome = greedy;
  }
  return { selected: outcome.map((project) => project.id), endowment: [numerator, denominator], add1Steps: steps };
}

/** One run at endowment numerator / denominator per voter; the funded projects in order. */
function referenceRun(projects: Project[], voterCount: number, numerator: bigint, denominator: bigint, options: ReferenceOptions): Project[] {
  const costUtilities = (options.utilities ?? 'cost') === 'cost';
  const budgets = new Array<bigint>(voterCount).fill(numerator);
  let scale = denominator; // every budget is budgets[i] / scale
  const funded: Project[] = [];
  let remaining = projects.filter((project) => project.eligible && project.supporters.length > 0);
  const lastPrice = new Map<Project, Price>();
  for (;;) {
    let best: Array<{ project: Project; price: Price }> = [];
    if (options.lazy === true) remaining.sort((a, b) => comparePrices(lastPrice.get(a), lastPrice.get(b)));
    for (const project of [...remaining]) {
      if (options.lazy === true && best.length > 0 && comparePrices(lastPrice.get(project), best[0]!.price) > 0) break;
      const utility = (weight: number): bigint => BigInt(weight) * (costUtilities ? BigInt(project.cost) : 1n);
      const price = priceOf(project, budgets, BigInt(project.cost) * scale, utility);
      if (price === undefined) {
        remaining = remaining.filter((other) => other !== project);
        continue;
      }
      lastPrice.set(project, price);
      const order = best.length === 0 ? -1 : comparePrices(price, best[0]!.price);
      if (order < 0) best = [{ project, price }];
      else if (order === 0) best.push({ project, price });
    }
    if (best.length === 0) return funded;
    best.sort((a, b) => a.project.cost - b.project.cost || b.project.support - a.project.support || a.project.rank - b.project.rank);
    const { project, price } = best[0]!;
    // Each supporter pays min(budget, ρ × utility); ρ = price.numerator / (price.denominator × scale).
    // Rescale everything by price.denominator so those payments are whole numerators.
    for (let voter = 0; voter < voterCount; voter += 1) budgets[voter] = budgets[voter]! * price.denominator;
    scale *= price.denominator;
    for (const { voter, weight } of project.supporters) {
      const due = price.numerator * BigInt(weight) * (costUtilities ? BigInt(project.cost) : 1n);
      budgets[voter] = budgets[voter]! > due ? budgets[voter]! - due : 0n;
    }
    // Prices from earlier rounds were over the old scale: translate them for the lazy order.
    for (const [other, last] of lastPrice) lastPrice.set(other, { numerator: last.numerator * price.denominator, denominator: last.denominator });
    funded.push(project);
    remaining = remaining.filter((other) => other !== project);
  }
}

/** ρ as numerator / denominator over the current scale: ρ = numerator / (denominator × scale). */
interface Price {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

function comparePrices(a: Price | undefined, b: Price | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The smallest ρ at which the supporters cover `cost` (a numerator over the scale), or undefined. */
function priceOf(project: Project, budgets: bigint[], cost: bigint, utility: (weight: number) => bigint): Price | undefined {
  if (cost === 0n) return { numerator: 0n, denominator: 1n }; // free: nobody pays, the lowest price there is
  const supporters = project.supporters.map(({ voter, weight }) => ({ budget: budgets[voter]!, utility: utility(weight) }));
  const money = supporters.reduce((sum, supporter) => sum + supporter.budget, 0n);
  if (money < cost) return undefined;
  // Poorest per unit of utility first.
  supporters.sort((a, b) => {
    const left = a.budget * b.utility;
    const right = b.budget * a.utility;
    return left < right ? -1 : left > right ? 1 : 0;
  });
  let paid = 0n;
  let utilityLeft = supporters.reduce((sum, supporter) => sum + supporter.utility, 0n);
  for (const supporter of supporters) {
    // Price if everyone from here on pays the same per unit of utility: (cost − paid) / utilityLeft.
    if ((cost - paid) * supporter.utility <= supporter.budget * utilityLeft) return { numerator: cost - paid, denominator: utilityLeft };
    paid += supporter.budget;
    utilityLeft -= supporter.utility;
  }
  throw new Error('unreachable: the money covers the cost, so the last supporter can pay');
}

function describeProjects(election: Election, options: ReferenceOptions): Project[] {
  const supporters = new Map<string, Array<{ voter: number; weight: number }>>(election.projects.map((project) => [project.id, []]));
  election.ballots.forEach((ballot, voter) => {
    ballot.projects.forEach((id, position) => {
      const weight = ballot.points?.[position] ?? 1;
      if (weight > 0) supporters.get(id)!.push({ voter, weight });
    });
  });
  const tieBreak = options.tieBreak ?? [];
  const rankOf = (id: string, index: number): number => (tieBreak.includes(id) ? tieBreak.indexOf(id) : tieBreak.length + index);
  return election.projects.map((project, index) => ({
    id: project.id,
    cost: project.cost,
    support: supporters.get(project.id)!.reduce((sum, supporter) => sum + supporter.weight, 0),
    rank: rankOf(project.id, index),
    eligible: !(options.excluded ?? []).includes(project.id),
    supporters: supporters.get(project.id)!,
  }));
}

/** Most support first, then cheaper, then rank. */
function bySupport(projects: Project[]): Project[] {
  return [...projects].sort((a, b) => b.support - a.support || a.cost - b.cost || a.rank - b.rank);
}

/** Greedy by support, skipping projects that do not fit; only eligible, supported projects. */
export function referenceGreedy(projects: Project[], budget: number): Project[] {
  const chosen: Project[] = [];
  let left = budget;
  for (const project of bySupport(projects.filter((project) => project.eligible && project.support > 0))) {
    if (project.cost <= left) {
      chosen.push(project);
      left -= project.cost;
    }
  }
  return chosen;
}

/** Voters whose points on `a`'s projects exceed those on `b`'s. */
function preferring(election: Election, a: Project[], b: Project[]): number {
  const inA = new Set(a.map((project) => project.id));
  const inB = new Set(b.map((project) => project.id));
  let count = 0;
  for (const ballot of election.ballots) {
    let satisfactionA = 0;
    let satisfactionB = 0;
    ballot.projects.forEach((id, position) => {
      const weight = ballot.points?.[position] ?? 1;
      if (inA.has(id)) satisfactionA += weight;
      if (inB.has(id)) satisfactionB += weight;
    });
    if (satisfactionA > satisfactionB) count += 1;
  }
  return count;
}
