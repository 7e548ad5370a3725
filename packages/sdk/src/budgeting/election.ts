import { BudgetingInputError } from './errors.js';

/**
 * What every budgeting rule counts: a budget, the projects on the ballot and the residents' ballots.
 * Plain data; a pabulib file fits it directly (`pabulibElection`). Rules remember the checked, indexed
 * form of an election they have seen, so treat an election as immutable once it is counted.
 */
export interface Election {
  /** Whole currency units. */
  readonly budget: number;
  readonly projects: readonly BudgetingProject[];
  readonly ballots: readonly Ballot[];
  /**
   * Groups of mutually exclusive projects of the round (project ids): at most one of each group may be
   * funded. The greedy rules honour them (as with their `exclusiveGroups` option); equal shares does
   * not implement them and refuses such an election (`BudgetingUnsupportedError`).
   */
  readonly exclusiveGroups?: readonly (readonly string[])[];
}

export interface BudgetingProject {
  readonly id: string;
  /** Whole currency units. */
  readonly cost: number;
}

/**
 * One voter's ballot. Without `points` it approves each listed project (the order is ignored, so
 * ordinal ballots count as approval of every ranked project); with `points` (cumulative or scoring
 * ballots) each listed project gets the points at the same position. Zero points is no support.
 */
export interface Ballot {
  readonly projects: readonly string[];
  readonly points?: readonly number[];
}

/**
 * An election checked and indexed for counting. Numbers here are exact: costs, the budget, supports and
 * their sums are integers below 2^53, which {@link prepareElection} verifies, so integer arithmetic on
 * them never rounds. Identical ballots are grouped into ballot types, which is what makes equal shares
 * fast on large files (90,494 ballots in Łódź 2022 are 23,571 types).
 */
export interface PreparedElection {
  readonly election: Election;
  readonly budget: number;
  readonly projectIds: readonly string[];
  readonly projectIndex: ReadonlyMap<string, number>;
  readonly costs: readonly number[];
  /** Sum of points (approvals count 1) per project. */
  readonly support: readonly number[];
  /** Number of voters giving the project a positive score. */
  readonly supporters: readonly number[];
  readonly voterCount: number;
  /** Largest weight on any ballot (1 for approval elections). */
  readonly maxWeight: number;
  readonly types: BallotTypes;
}

/** Identical ballots, grouped; all arrays are compressed rows (entries of row i at offsets[i]..offsets[i+1]). */
export interface BallotTypes {
  readonly count: number;
  /** Number of voters casting each ballot type. */
  readonly multiplicity: Int32Array;
  /** Voter indices of each type. */
  readonly voterOffsets: Int32Array;
  readonly voters: Int32Array;
  /** Supported projects of each type, with their weight. */
  readonly entryOffsets: Int32Array;
  readonly entryProjects: Int32Array;
  readonly entryWeights: Int32Array;
  /** For each project, the ballot types supporting it, with the weight they give. */
  readonly supportOffsets: Int32Array;
  readonly supportTypes: Int32Array;
  readonly supportWeights: Int32Array;
}

const prepared = new WeakMap<Election, PreparedElection>();
/** Points on one ballot entry are stored in 32-bit arrays. */
const maxPoints = 0x7fffffff;

/** Checks and indexes an election (once per election object). Throws {@link BudgetingInputError}. */
export function prepareElection(election: Election): PreparedElection {
  let result = prepared.get(election);
  if (result === undefined) {
    result = build(election);
    prepared.set(election, result);
  }
  return result;
}

function build(election: Election): PreparedElection {
  const { budget, projects, ballots } = election;
  if (!Number.isSafeInteger(budget) || budget < 0) {
    throw new BudgetingInputError(`the budget is ${budget}; it must be a whole number of currency units, at least 0`);
  }
  const projectIds: string[] = [];
  const costs: number[] = [];
  const projectIndex = new Map<string, number>();
  let totalCost = budget;
  for (const project of projects) {
    if (projectIndex.has(project.id)) throw new BudgetingInputError(`project ${project.id} is listed twice`);
    if (!Number.isSafeInteger(project.cost) || project.cost < 0) {
      throw new BudgetingInputError(`project ${project.id} costs ${project.cost}; a cost must be a whole number of currency units, at least 0`);
    }
    totalCost += project.cost;
    projectIndex.set(project.id, projectIds.length);
    projectIds.push(project.id);
    costs.push(project.cost);
  }
  // Bounds every sum of costs a rule forms, so plain numbers stay exact.
  if (!Number.isSafeInteger(totalCost)) {
    throw new BudgetingInputError(`the costs and budget add up beyond ${Number.MAX_SAFE_INTEGER}, more than can be counted exactly`);
  }

  const support = new Array<number>(projectIds.length).fill(0);
  const supporters = new Array<number>(projectIds.length).fill(0);
  const typeOf = new Map<string, number>();
  const typeEntries: number[][] = []; // per type, flat: project, weight, project, weight, ...
  const typeOfVoter = new Int32Array(ballots.length);
  const reader = new BallotReader(projectIndex);
  let maxWeight = 1;
  for (let voter = 0; voter < ballots.length; voter += 1) {
    reader.read(ballots[voter]!, voter);
    const { size, projects: entryProjects, weights } = reader;
    for (let i = 0; i < size; i += 1) {
      const project = entryProjects[i]!;
      support[project] = support[project]! + weights[i]!;
      supporters[project] = supporters[project]! + 1;
      if (weights[i]! > maxWeight) maxWeight = weights[i]!;
    }
    const key = reader.key();
    let type = typeOf.get(key);
    if (type === undefined) {
      type = typeEntries.length;
      typeOf.set(key, type);
      typeEntries.push(reader.entries());
    }
    typeOfVoter[voter] = type;
  }
  for (const [project, total] of support.entries()) {
    if (!Number.isSafeInteger(total)) {
      throw new BudgetingInputError(`project ${projectIds[project]} receives more points than can be counted exactly`);
    }
  }
  return {
    election,
    budget,
    projectIds,
    projectIndex,
    costs,
    support,
    supporters,
    voterCount: ballots.length,
    maxWeight,
    types: groupTypes(typeEntries, typeOfVoter, projectIds.length),
  };
}

/** Reads ballots one at a time into reused buffers: checked (project, weight) pairs sorted by project. */
class BallotReader {
  /** Entries of the last ballot read: projects[0..size), with their weights. */
  size = 0;
  readonly projects: Int32Array;
  readonly weights: Int32Array;
  /** Last ballot (index + 1) naming each project: finds a project named twice without a Set per ballot. */
  private readonly lastSeen: Int32Array;

  constructor(private readonly projectIndex: ReadonlyMap<string, number>) {
    this.projects = new Int32Array(projectIndex.size);
    this.weights = new Int32Array(projectIndex.size);
    this.lastSeen = new Int32Array(projectIndex.size);
  }

  read(ballot: Ballot, voter: number): void {
    const { projects, points } = ballot;
    if (points !== undefined && points.length !== projects.length) {
      throw new BudgetingInputError(`ballot ${voter + 1} lists ${projects.length} projects but ${points.length} points; give one points entry per project`);
    }
    this.size = 0;
    for (let position = 0; position < projects.length; position += 1) {
      const id = projects[position]!;
      const project = this.projectIndex.get(id);
      if (project === undefined) {
        throw new BudgetingInputError(`ballot ${voter + 1} names project '${id}', which is not among the election's projects`);
      }
      if (this.lastSeen[project] === voter + 1) throw new BudgetingInputError(`ballot ${voter + 1} names project ${id} twice`);
      this.lastSeen[project] = voter + 1;
      const weight = points === undefined ? 1 : points[position]!;
      if (!Number.isSafeInteger(weight) || weight < 0 || weight > maxPoints) {
        throw new BudgetingInputError(`ballot ${voter + 1} gives project ${id} ${weight} points; rules count whole points from 0 to ${maxPoints}`);
      }
      if (weight > 0) this.insert(project, weight);
    }
  }

  /**
   * Identifies the ballot's content: equal keys, identical ballots. Each entry is its project index and
   * weight as UTF-16 code units (a short string that hashes fast: 90,494 ballots in Łódź).
   */
  key(): string {
    let key = '';
    for (let i = 0; i < this.size; i += 1) {
      const project = this.projects[i]!;
      const weight = this.weights[i]!;
      key += String.fromCharCode(project & 0xffff, project >>> 16, weight & 0xffff, weight >>> 16);
    }
    return key;
  }

  /** The ballot as a flat [project, weight, ...] array. */
  entries(): number[] {
    const entries = new Array<number>(this.size * 2);
    for (let i = 0; i < this.size; i += 1) {
      entries[2 * i] = this.projects[i]!;
      entries[2 * i + 1] = this.weights[i]!;
    }
    return entries;
  }

  /** Insertion keeps the entries sorted by project (ballots are short). */
  private insert(project: number, weight: number): void {
    let at = this.size;
    while (at > 0 && this.projects[at - 1]! > project) {
      this.projects[at] = this.projects[at - 1]!;
      this.weights[at] = this.weights[at - 1]!;
      at -= 1;
    }
    this.projects[at] = project;
    this.weights[at] = weight;
    this.size += 1;
  }
}

function groupTypes(typeEntries: number[][], typeOfVoter: Int32Array, projectCount: number): BallotTypes {
  const count = typeEntries.length;
  const multiplicity = new Int32Array(count);
  const voterOffsets = new Int32Array(count + 1);
  const entryOffsets = new Int32Array(count + 1);
  const supportCounts = new Int32Array(projectCount);
  for (const type of typeOfVoter) multiplicity[type] = multiplicity[type]! + 1;
  for (let type = 0; type < count; type += 1) {
    voterOffsets[type + 1] = voterOffsets[type]! + multiplicity[type]!;
    const entries = typeEntries[type]!;
    entryOffsets[type + 1] = entryOffsets[type]! + entries.length / 2;
    for (let i = 0; i < entries.length; i += 2) supportCounts[entries[i]!] = supportCounts[entries[i]!]! + 1;
  }
  // Voters of each type in ballot order: a counting sort by type.
  const voters = new Int32Array(voterOffsets[count]!);
  const nextVoter = voterOffsets.slice(0, count);
  for (let voter = 0; voter < typeOfVoter.length; voter += 1) {
    const type = typeOfVoter[voter]!;
    voters[nextVoter[type]!] = voter;
    nextVoter[type] = nextVoter[type]! + 1;
  }
  const entryProjects = new Int32Array(entryOffsets[count]!);
  const entryWeights = new Int32Array(entryOffsets[count]!);
  const supportOffsets = new Int32Array(projectCount + 1);
  for (let project = 0; project < projectCount; project += 1) {
    supportOffsets[project + 1] = supportOffsets[project]! + supportCounts[project]!;
  }
  const supportTypes = new Int32Array(supportOffsets[projectCount]!);
  const supportWeights = new Int32Array(supportOffsets[projectCount]!);
  const filled = supportOffsets.slice(0, projectCount);
  for (let type = 0; type < count; type += 1) {
    let at = entryOffsets[type]!;
    const entries = typeEntries[type]!;
    for (let i = 0; i < entries.length; i += 2) {
      const project = entries[i]!;
      const weight = entries[i + 1]!;
      entryProjects[at] = project;
      entryWeights[at] = weight;
      at += 1;
      const slot = filled[project]!;
      supportTypes[slot] = type;
      supportWeights[slot] = weight;
      filled[project] = slot + 1;
    }
  }
  return {
    count,
    multiplicity,
    voterOffsets,
    voters,
    entryOffsets,
    entryProjects,
    entryWeights,
    supportOffsets,
    supportTypes,
    supportWeights,
  };
}
