/**
 * The Method of Equal Shares with the Add1 completion in plain floating point, computed the way
 * equalshares.net's online tool computes it: one budget per voter, and in each round every project
 * still in play is priced by sorting its supporters by budget per unit of utility and walking them
 * from the poorest, projects being tried in order of their last price (a project's price only rises,
 * so a round stops at the first project whose last price is above the best found: the tool's lazy
 * effective vote counts).
 *
 * Written for `pnpm bench:pb` as the baseline the SDK's exact implementation is compared with: the
 * same rule (cost or cardinality utilities, points as weights, the SDK's tie-breaking, the same Add1
 * completion and stopping rules), in doubles. Not used by the SDK: doubles can decide a close
 * comparison wrongly, which the exact implementation never does.
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
  readonly support: number;
  readonly voters: number[];
  /** Utility of each supporter (aligned with `voters`). */
  readonly utilities: number[];
  readonly totalUtility: number;
}

export function floatEqualShares(election: Election, options: FloatEqualSharesOptions = {}): FloatEqualSharesOutcome {
  const costUtilities = (options.utilities ?? 'cost') === 'cost';
  const projects = describe(election, costUtilities);
  const fundable = projects.filter((project) => project.voters.length > 0);
  const total = (chosen: readonly FloatProject[]): number => chosen.reduce((sum, project) => sum + project.cost, 0);
  const voterCount = election.ballots.length;
  if (options.add1 === false) {
    const outcome = run(fundable, voterCount, election.budget / Math.max(voterCount, 1));
    return { selected: outcome.map((project) => project.id), cost: total(outcome), add1Steps: 0 };
  }
  let endowment = Math.floor(election.budget / Math.max(voterCount, 1));
  let outcome = run(fundable, voterCount, endowment);
  let steps = 0;
  if (total(fundable) <= election.budget) {
    const chosen = new Set(outcome);
    outcome = [...outcome, ...fundable.filter((project) => !chosen.has(project)).sort((a, b) => b.support - a.support || a.cost - b.cost || a.index - b.index)];
  } else {
    for (;;) {
      if (outcome.length === fundable.length) break;
      const left = election.budget - total(outcome);
      const chosen = new Set(outcome);
      if (options.exhaustiveStop !== false && fundable.every((project) => chosen.has(project) || project.cost > left)) break;
      const next = run(fundable, voterCount, endowment + 1);
      if (total(next) > election.budget) break;
      endowment += 1;
      steps += 1;
      outcome = next;
    }
  }
  return { selected: outcome.map((project) => project.id), cost: total(outcome), add1Steps: steps };
}

/** One equal-shares run with every voter starting at `endowment`. */
function run(projects: readonly FloatProject[], voterCount: number, endowment: number): FloatProject[] {
  const budget = new Array<number>(voterCount).fill(endowment);
  // Last price per unit of utility (ρ) of each project still in play; it can only rise.
  const lastRho = new Map<FloatProject, number>(projects.filter((project) => project.cost > 0).map((project) => [project, project.cost / project.totalUtility]));
  const winners: FloatProject[] = projects.filter((project) => project.cost === 0).sort((a, b) => a.index - b.index);
  for (;;) {
    let best: FloatProject[] = [];
    let bestRho = Infinity;
    const order = [...lastRho.keys()].sort((a, b) => lastRho.get(a)! - lastRho.get(b)!);
    for (const project of order) {
      if (lastRho.get(project)! > bestRho) break;
      let money = 0;
      for (const voter of project.voters) money += budget[voter]!;
      if (money < project.cost) {
        lastRho.delete(project);
        continue;
      }
      const supporters = project.voters.map((voter, position) => ({ voter, utility: project.utilities[position]! }));
      supporters.sort((a, b) => budget[a.voter]! / a.utility - budget[b.voter]! / b.utility);
      let paid = 0;
      let utilityLeft = project.totalUtility;
      for (const { voter, utility } of supporters) {
        const rho = (project.cost - paid) / utilityLeft;
        if (rho * utility > budget[voter]!) {
          paid += budget[voter]!;
          utilityLeft -= utility;
          continue;
        }
        lastRho.set(project, rho);
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
  const projects = election.projects.map((project, index) => ({ index, id: project.id, cost: project.cost, support: 0, voters: [] as number[], utilities: [] as number[], totalUtility: 0 }));
  const byId = new Map(projects.map((project) => [project.id, project]));
  election.ballots.forEach((ballot, voter) => {
    ballot.projects.forEach((id, position) => {
      const weight = ballot.points?.[position] ?? 1;
      if (weight <= 0) return;
      const project = byId.get(id)!;
      const utility = weight * (costUtilities ? project.cost : 1);
      project.voters.push(voter);
      project.utilities.push(utility);
      project.support += weight;
      project.totalUtility += utility;
    });
  });
  return projects;
}
