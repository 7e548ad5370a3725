import { prepareElection, type Election, type PreparedElection } from './election.js';

/** What a rule reports about each project, in the election's project order. */
export interface ProjectTally {
  readonly id: string;
  readonly cost: number;
  /** Approvals, or points for cumulative and scoring ballots. */
  readonly support: number;
  /** Voters giving the project a positive score. */
  readonly supporters: number;
  readonly funded: boolean;
}

/** Common to every rule's result. */
export interface BudgetingOutcome {
  readonly rule: string;
  readonly budget: number;
  /** Funded project ids, in the order the rule funded them. */
  readonly selected: readonly string[];
  /** Total cost of the funded projects. */
  readonly cost: number;
  readonly projects: readonly ProjectTally[];
}

export function projectTallies(election: PreparedElection, funded: ReadonlySet<number>): ProjectTally[] {
  return election.projectIds.map((id, project) => ({
    id,
    cost: election.costs[project]!,
    support: election.support[project]!,
    supporters: election.supporters[project]!,
    funded: funded.has(project),
  }));
}

export function totalCost(election: PreparedElection, projects: Iterable<number>): number {
  let sum = 0;
  for (const project of projects) sum += election.costs[project]!;
  return sum;
}

/**
 * Whether no further project could be funded within the budget: every project that has a supporter
 * (and is `eligible`, when given) is funded or costs more than what is left. Projects nobody supports
 * are ignored, since no rule here funds them.
 */
export function isExhaustive(election: Election, selected: readonly string[], eligible?: (projectId: string) => boolean): boolean {
  const prepared = prepareElection(election);
  const funded = new Set(selected.map((id) => prepared.projectIndex.get(id)!));
  const left = prepared.budget - totalCost(prepared, funded);
  return prepared.projectIds.every(
    (id, project) =>
      funded.has(project) || prepared.supporters[project] === 0 || (eligible !== undefined && !eligible(id)) || prepared.costs[project]! > left,
  );
}
