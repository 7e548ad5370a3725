/**
 * The Method of Equal Shares with the Add1 completion in plain floating point, computed the way
 * equalshares.net's online tool computes it (equalshares/equalshares-compute-tool,
 * js/methodOfEqualSharesWorker.js, `equalSharesAdd1` with its default options `exhaustive` and
 * `integral`, accuracy `floats`, budget increment 1):
 *
 * - one budget per voter; each project keeps its supporters in one list that every pricing sorts in
 *   place by budget (per unit of utility), so the order carries over from one pricing, and one run,
 *   to the next, as the tool's `approvers[c].sort(...)` does; a project is priced by walking that
 *   list from the poorest;
 * - projects are tried in order of their last price (a price only rises, so a round stops at the
 *   first project whose last price is above the best found: the tool's lazy effective vote counts);
 * - Add1 starts at budget / voters rounded down to whole units and adds 1 unit per voter per step,
 *   each step a full run; it stops when the outcome is exhaustive or the next run overspends;
 * - then, as the tool does, the run at the endowment found is made once more "with details": every
 *   project still in play is priced in every round (no lazy stop), its supporters' money and price
 *   recorded. When everything fits, the tool makes only that run (see below).
 *
 * Written for `pnpm bench:pb` as the baseline the SDK's exact implementation is compared with: the
 * same rule as the SDK (cost or cardinality utilities, points as weights, the SDK's tie-breaking,
 * its exhaustiveness over supported projects, its everything-fits limit), in doubles, on arrays indexed
 * by voter (the tool keys budgets by voter name in an object and allocates while summing, which is
 * slower; nothing here is slower than the tool's own method). Not used by the SDK: doubles can decide
 * a close comparison wrongly, which the exact implementation never does.
 */
import type { Election } from '../packages/sdk/src/budgeting/index.js';

export interface FloatEqualSharesOptions {
  readonly utilities?: 'cost' | 'cardinality';
  /** Stop Add1 as soon as the outcome is exhaustive (default) or only when the next run overspends. */
  readonly exhaustiveStop?: boolean;
  /** false: pure equal shares, one run at budget / voters (completion `none`). Default true. */
  readonly add1?: boolean;
}

export interface FloatEqualSharesOutcome {
  readonly selected: string[];
  readonly cost: number;
  readonly add1Steps: number;
}

interface FloatProject {
  readonly index: number;
  readonly id: string;
  readonly cost: number;
  support: number;
  readonly voters: number[];
  /** Utility of each supporter (aligned with `voters`). */
  readonly utilities: number[];
  totalUtility: number;
  /**
   * Positions in `voters` sorted by budget per utility at the last pricing: sorted again in place at
   * each pricing, starting from the last order (the tool's `approvers[c].sort`).
   */
  readonly order: number[];
}

/** What the tool records about each project in its run "with details": money behind it and its price, per round. */
interface Details {
  readonly moneyBehind: Map<FloatProject, number[]>;
  readonly rho: Map<FloatProject, number[]>;
}

export function floatEqualShares(election: Election, options: FloatEqualSharesOptions = {}): FloatEqualSharesOutcome {
  const costUtilities = (options.utilities ?? 'cost') === 'cost';
  const projects = describe(election, costUtilities);
  const fundable = projects.filter((project) => project.voters.length > 0);
  const total = (chosen: readonly FloatProject[]): number => chosen.reduce((sum, project) => sum + project.cost, 0);
  const voterCount = election.ballots.length;
  if (options.add1 === false) {
    const outcome = run(fundable, voterCount, election.budget / Math.max(voterCount, 1), true);
    return { selected: outcome.map((project) => project.id), cost: total(outcome), add1Steps: 0 };
  }
  let endowment = Math.floor(election.budget / Math.max(voterCount, 1));
  if (total(fundable) <= election.budget) {
    // The tool then skips Add1 and makes the one run with details; the SDK's rule (Add1's limit) funds
    // the rest by support.
    const outcome = run(fundable, voterCount, endowment, true);
    const chosen = new Set(outcome);
    const rest = fundable.filter((project) => !chosen.has(project)).sort((a, b) => b.support - a.support || a.cost - b.cost || a.index - b.index);
    return { selected: [...outcome, ...rest].map((project) => project.id), cost: total(fundable), add1Steps: 0 };
  }
  let outcome = run(fundable, voterCount, endowment, false);
  let steps = 0;
  for (;;) {
    if (outcome.length === fundable.length) break;
    const left = election.budget - total(outcome);
    const chosen = new Set(outcome);
    if (options.exhaustiveStop !== false && fundable.every((project) => chosen.has(project) || project.cost > left)) break;
    const next = run(fundable, voterCount, endowment + 1, false);
    if (total(next) > election.budget) break;
    endowment += 1;
    steps += 1;
    outcome = next;
  }
  // The tool's last step: the run at the endowment found, again, with details.
  outcome = run(fundable, voterCount, endowment, true);
  return { selected: outcome.map((project) => project.id), cost: total(outcome), add1Steps: steps };
}

/**
 * One equal-shares run with every voter starting at `endowment`. With `detail`, as the tool's run
 * "with details": every project in play is priced every round, and its money and price recorded.
 */
function run(projects: readonly FloatProject[], voterCount: number, endowment: number, detail: boolean): FloatProject[] {
  const budget = new Array<number>(voterCount).fill(endowment);
  const details: Details | undefined = detail
    ? { moneyBehind: new Map(projects.map((project) => [project, []])), rho: new Map(projects.map((project) => [project, []])) }
    : undefined;
  // Last price per unit of utility (ρ) of each project still in play; it can only rise.
  const lastRho = new Map<FloatProject, number>(projects.filter((project) => project.cost > 0).map((project) => [project, project.cost / project.totalUtility]));
  const winners: FloatProject[] = projects.filter((project) => project.cost === 0).sort((a, b) => a.index - b.index);
  for (;;) {
    let best: FloatProject[] = [];
    let bestRho = Infinity;
    const order = [...lastRho.keys()].sort((a, b) => lastRho.get(a)! - lastRho.get(b)!);
    for (const project of order) {
      if (lastRho.get(project)! > bestRho && details === undefined) break;
      let money = 0;
      for (const voter of project.voters) money += budget[voter]!;
      details?.moneyBehind.get(project)!.push(money);
      if (money < project.cost) {
        lastRho.delete(project);
        details?.rho.get(project)!.push(0);
        continue;
      }
      const { voters, utilities } = project;
      project.order.sort((a, b) => budget[voters[a]!]! / utilities[a]! - budget[voters[b]!]! / utilities[b]!);
      let paid = 0;
      let utilityLeft = project.totalUtility;
      for (const supporter of project.order) {
        const rho = (project.cost - paid) / utilityLeft;
        if (rho * utilities[supporter]! > budget[voters[supporter]!]!) {
          paid += budget[voters[supporter]!]!;
          utilityLeft -= utilities[supporter]!;
          continue;
        }
        lastRho.set(project, rho);
        details?.rho.get(project)!.push(rho);
        if (rho < bestRho) {
          bestRho = rho;
          best = [project];
        } else if (rho === bestRho) {
          best.push(project);
        }
        break;
      }
    }
    if (best.length === 0) return winners;
    const winner = best.sort((a, b) => a.cost - b.cost || b.support - a.support || a.index - b.index)[0]!;
    winner.voters.forEach((voter, position) => {
      budget[voter] = budget[voter]! - Math.min(budget[voter]!, bestRho * winner.utilities[position]!);
    });
    winners.push(winner);
    lastRho.delete(winner);
  }
}

function describe(election: Election, costUtilities: boolean): FloatProject[] {
  const projects: FloatProject[] = election.projects.map((project, index) => ({ index, id: project.id, cost: project.cost, support: 0, voters: [], utilities: [], totalUtility: 0, order: [] }));
  const byId = new Map(projects.map((project) => [project.id, project]));
  election.ballots.forEach((ballot, voter) => {
    ballot.projects.forEach((id, position) => {
      const weight = ballot.points?.[position] ?? 1;
      if (weight <= 0) return;
      const project = byId.get(id)!;
      const utility = weight * (costUtilities ? project.cost : 1);
      project.order.push(project.voters.length);
      project.voters.push(voter);
      project.utilities.push(utility);
      project.support += weight;
      project.totalUtility += utility;
    });
  });
  return projects;
}
