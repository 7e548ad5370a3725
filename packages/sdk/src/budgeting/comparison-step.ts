import type { PreparedElection } from './election.js';

/** How many voters prefer each of two outcomes (see {@link countPreferences}). */
export interface ComparisonResult {
  /** The greedy outcome equal shares was compared with. */
  readonly greedySelected: readonly string[];
  readonly prefersEqualShares: number;
  readonly prefersGreedy: number;
  /** True when more voters prefer greedy: the rule then reports greedy's outcome. */
  readonly usedGreedy: boolean;
}

/**
 * The comparison step (equalshares.net, "comparison step"; used in Świecie 2023), as counted here:
 * a voter's satisfaction with an outcome is the number of funded projects they approved (for
 * cumulative and scoring ballots: the points they gave to funded projects). A voter prefers the
 * outcome that satisfies them strictly more; voters satisfied equally count for neither. Greedy's
 * outcome replaces equal shares' only if strictly more voters prefer it.
 */
export function countPreferences(
  election: PreparedElection,
  equalShares: ReadonlySet<number>,
  greedy: ReadonlySet<number>,
): { prefersEqualShares: number; prefersGreedy: number } {
  const { count, entryOffsets, entryProjects, entryWeights, multiplicity } = election.types;
  let prefersEqualShares = 0;
  let prefersGreedy = 0;
  for (let type = 0; type < count; type += 1) {
    let withEqualShares = 0;
    let withGreedy = 0;
    for (let k = entryOffsets[type]!; k < entryOffsets[type + 1]!; k += 1) {
      const project = entryProjects[k]!;
      if (equalShares.has(project)) withEqualShares += entryWeights[k]!;
      if (greedy.has(project)) withGreedy += entryWeights[k]!;
    }
    if (withEqualShares > withGreedy) prefersEqualShares += multiplicity[type]!;
    else if (withGreedy > withEqualShares) prefersGreedy += multiplicity[type]!;
  }
  return { prefersEqualShares, prefersGreedy };
}
