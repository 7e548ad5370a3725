import { prepareElection, type Election, type PreparedElection } from './election.js';
import { BudgetingInputError } from './errors.js';
import { projectTallies, type BudgetingOutcome } from './outcome.js';
import { bySupport, tieBreakRanks, type TieBreakOptions } from './tie-breaking.js';

export interface GreedyOptions extends TieBreakOptions {
  /**
   * Groups of mutually exclusive projects (for instance two designs for the same square): once one
   * project of a group is funded, the others are passed over. A project may belong to several groups.
   */
  readonly exclusiveGroups?: readonly (readonly string[])[];
  /** Projects that may not be funded (ineligible, withdrawn); see also `excludedByCostShare`. */
  readonly excluded?: readonly string[];
}

/** Why the greedy walk funded or passed over a project. */
export type GreedyDecision =
  | 'funded'
  /** Listed in `excluded`. */
  | 'not-eligible'
  /** Costs more than what is left of the budget. */
  | 'does-not-fit'
  /** Support below the rule's threshold. */
  | 'below-threshold'
  /** Another project of one of its exclusive groups was funded first. */
  | 'group-already-funded'
  /** Nobody supports it. */
  | 'no-support'
  /** `greedy-no-skip` stopped at an earlier project that did not fit. */
  | 'not-reached';

/** One project as the walk met it, in order of support. */
export interface GreedyStep {
  readonly projectId: string;
  readonly support: number;
  readonly cost: number;
  readonly decision: GreedyDecision;
  /** Budget left after this step. */
  readonly budgetLeft: number;
  /** For `group-already-funded`: the funded project of the group. */
  readonly excludedBy?: string;
}

export interface GreedyOutcome extends BudgetingOutcome {
  readonly rule: 'greedy' | 'greedy-no-skip' | 'greedy-threshold';
  readonly steps: readonly GreedyStep[];
}

/**
 * Greedy by support, as most cities count: order projects by support (approvals, or points for
 * cumulative ballots), walk the list and fund each project that still fits in what is left of the
 * budget; a project that does not fit is skipped, not a reason to stop. Projects nobody supports are
 * never funded. Ties: see {@link TieBreakOptions}.
 */
export function greedy(election: Election, options: GreedyOptions = {}): GreedyOutcome {
  return walkGreedy(election, 'greedy', { ...options, stopAtFirstMisfit: false, threshold: 0 });
}

interface WalkSettings extends GreedyOptions {
  readonly stopAtFirstMisfit: boolean;
  /** Minimum support to be fundable (0: any supported project). */
  readonly threshold: number;
}

/** The walk shared by the greedy family; the rules differ only in their settings. */
export function walkGreedy(election: Election, rule: GreedyOutcome['rule'], settings: WalkSettings): GreedyOutcome {
  const prepared = prepareElection(election);
  const order = prepared.projectIds.map((_, project) => project).sort(bySupport(prepared, tieBreakRanks(prepared, settings.tieBreak)));
  const groupsOf = exclusiveGroupsOf(prepared, [...(election.exclusiveGroups ?? []), ...(settings.exclusiveGroups ?? [])]);
  const eligible = eligibilityMask(prepared, settings.excluded);
  const fundedInGroup = new Map<number, number>();
  const funded = new Set<number>();
  const selected: string[] = [];
  const steps: GreedyStep[] = [];
  let left = prepared.budget;
  let stopped = false;
  for (const project of order) {
    const cost = prepared.costs[project]!;
    const support = prepared.support[project]!;
    const blockingGroup = groupsOf[project]!.find((group) => fundedInGroup.has(group));
    let decision: GreedyDecision;
    if (stopped) decision = 'not-reached';
    else if (eligible[project] === 0) decision = 'not-eligible';
    else if (support === 0) decision = 'no-support';
    else if (support < settings.threshold) decision = 'below-threshold';
    else if (blockingGroup !== undefined) decision = 'group-already-funded';
    else if (cost > left) {
      decision = 'does-not-fit';
      stopped = settings.stopAtFirstMisfit;
    } else decision = 'funded';
    if (decision === 'funded') {
      left -= cost;
      funded.add(project);
      selected.push(prepared.projectIds[project]!);
      for (const group of groupsOf[project]!) fundedInGroup.set(group, project);
    }
    const step: GreedyStep = { projectId: prepared.projectIds[project]!, support, cost, decision, budgetLeft: left };
    steps.push(
      decision === 'group-already-funded' ? { ...step, excludedBy: prepared.projectIds[fundedInGroup.get(blockingGroup!)!]! } : step,
    );
  }
  return {
    rule,
    budget: prepared.budget,
    selected,
    cost: prepared.budget - left,
    projects: projectTallies(prepared, funded),
    steps,
  };
}

/** 1 for each project that may be funded, 0 for those listed in `excluded`. */
export function eligibilityMask(election: PreparedElection, excluded: readonly string[] | undefined): Uint8Array {
  const eligible = new Uint8Array(election.projectIds.length).fill(1);
  for (const id of excluded ?? []) {
    const project = election.projectIndex.get(id);
    if (project === undefined) throw new BudgetingInputError(`the excluded projects name '${id}', which is not among the election's projects`);
    eligible[project] = 0;
  }
  return eligible;
}

/** For each project, the indices of the exclusive groups it belongs to. */
function exclusiveGroupsOf(election: PreparedElection, groups: readonly (readonly string[])[]): number[][] {
  const groupsOf = election.projectIds.map((): number[] => []);
  groups.forEach((group, index) => {
    for (const id of new Set(group)) {
      const project = election.projectIndex.get(id);
      if (project === undefined) {
        throw new BudgetingInputError(`exclusive group ${index + 1} names project '${id}', which is not among the election's projects`);
      }
      groupsOf[project]!.push(index);
    }
  });
  return groupsOf;
}
