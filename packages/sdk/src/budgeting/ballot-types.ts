import type { Ballot } from './election.js';
import { BudgetingInputError } from './errors.js';

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

/** The ballots read once: their types, and the per-project tallies the same pass counts. */
export interface GroupedBallots {
  readonly types: BallotTypes;
  /** Sum of points (approvals count 1) per project; may exceed 2^53 (the caller checks). */
  readonly support: number[];
  /** Number of voters giving the project a positive score. */
  readonly supporters: number[];
  /** Largest weight on any ballot (1 for approval elections). */
  readonly maxWeight: number;
}

/** Points on one ballot entry are stored in 32-bit arrays. */
export const maxPoints = 0x7fffffff;

/**
 * Checks every ballot and groups identical ones into ballot types, numbered in order of first
 * appearance; a type's entries are its supported projects in increasing order, with their points.
 * Throws {@link BudgetingInputError} at the first bad ballot.
 *
 * Identical ballots are found with a hash table of the entries' numbers (open addressing, linear
 * probing), comparing entries on equal hashes: no string or array is built per ballot, which on
 * Łódź 2022 (90,494 ballots) was most of the grouping's time and much of the garbage.
 */
export function groupBallots(ballots: readonly Ballot[], projectIndex: ReadonlyMap<string, number>): GroupedBallots {
  const projectCount = projectIndex.size;
  const scratch = Scratch.forElection(ballots.length, projectCount);
  const tally: Tally = { support: new Array<number>(projectCount).fill(0), supporters: new Array<number>(projectCount).fill(0), maxWeight: 1 };
  const { typeOfVoter } = scratch;
  // Each ballot is one call, and each phase of `compress` one function with one loop: a long loop
  // followed by another in one function ran, call after call, in code compiled when only the first
  // had been seen, which left the function for the interpreter at the second (V8 on-stack replacement).
  for (let voter = 0; voter < ballots.length; voter += 1) typeOfVoter[voter] = scratch.typeOf(ballots[voter]!, voter, projectIndex, tally);
  const types = compress(scratch, ballots.length, projectCount);
  return { types, support: tally.support, supporters: tally.supporters, maxWeight: tally.maxWeight };
}

/** Per-project tallies, counted while grouping. */
interface Tally {
  readonly support: number[];
  readonly supporters: number[];
  maxWeight: number;
}

/**
 * Working buffers of {@link groupBallots}, kept from one call to the next (grouping runs to completion
 * before another can start): a call on a small election then allocates only its result. They grow to
 * the largest election grouped and stay that size (a few tens of bytes per ballot: 2.7 MB after Łódź 2022).
 */
class Scratch {
  private static shared: Scratch | undefined;

  /** Ballot type + 1 at each slot; 0 is an empty slot. Cleared at the start of each call. */
  table = new Int32Array(0);
  mask = 0;
  typeOfVoter = new Int32Array(0);
  /** Entries of the ballot being read, sorted by project: ballotProjects[0..size), with their weights. */
  ballotProjects = new Int32Array(0);
  ballotWeights = new Int32Array(0);
  /** Stamp of the last ballot naming each project: finds a project named twice without a set per ballot. */
  private lastSeen = new Int32Array(0);
  private stamp = 0;
  /** The types found so far: how many, their hashes, and their entries as compressed rows. */
  count = 0;
  typeHash = new Int32Array(16);
  typeStart = new Int32Array(17);
  typeProjects = new Int32Array(64);
  typeWeights = new Int32Array(64);

  static forElection(ballotCount: number, projectCount: number): Scratch {
    const scratch = (Scratch.shared ??= new Scratch());
    scratch.prepare(ballotCount, projectCount);
    return scratch;
  }

  private prepare(ballotCount: number, projectCount: number): void {
    // At most half full: probes stay short.
    let capacity = 16;
    while (capacity < 2 * ballotCount) capacity *= 2;
    if (this.table.length < capacity) this.table = new Int32Array(capacity);
    else this.table.fill(0, 0, capacity); // an earlier call's types, or a call that threw midway
    this.mask = capacity - 1;
    if (this.typeOfVoter.length < ballotCount) this.typeOfVoter = new Int32Array(ballotCount);
    if (this.ballotProjects.length < projectCount) {
      this.ballotProjects = new Int32Array(projectCount);
      this.ballotWeights = new Int32Array(projectCount);
      this.lastSeen = new Int32Array(projectCount);
      this.stamp = 0;
    }
    this.typeStart[0] = 0;
    this.count = 0;
  }

  /** Reads, checks and tallies a ballot; returns its type, a new one if no earlier ballot is identical. */
  typeOf(ballot: Ballot, voter: number, projectIndex: ReadonlyMap<string, number>, tally: Tally): number {
    const size = this.read(ballot, voter, projectIndex);
    const { ballotProjects, ballotWeights, table, mask } = this;
    const { support, supporters } = tally;
    let hash = 0x811c9dc5;
    for (let i = 0; i < size; i += 1) {
      const project = ballotProjects[i]!;
      const weight = ballotWeights[i]!;
      support[project] = support[project]! + weight;
      supporters[project] = supporters[project]! + 1;
      if (weight > tally.maxWeight) tally.maxWeight = weight;
      hash = Math.imul(hash ^ project, 0x01000193);
      hash = Math.imul(hash ^ weight, 0x01000193);
    }
    hash = mix(hash ^ size);
    let slot = hash & mask;
    for (;;) {
      const found = table[slot]!;
      if (found === 0) break;
      if (this.typeHash[found - 1] === hash && this.sameAsBallot(found - 1, size)) return found - 1;
      slot = (slot + 1) & mask;
    }
    const type = this.count;
    this.addType(type, hash, size);
    table[slot] = type + 1;
    return type;
  }

  /** Reads and checks one ballot into the ballot buffers; returns its number of entries. */
  private read(ballot: Ballot, voter: number, projectIndex: ReadonlyMap<string, number>): number {
    const { projects, points } = ballot;
    if (points !== undefined && points.length !== projects.length) {
      throw new BudgetingInputError(`ballot ${voter + 1} lists ${projects.length} projects but ${points.length} points; give one points entry per project`);
    }
    if (this.stamp === 0x7fffffff) {
      this.lastSeen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const { ballotProjects, ballotWeights, lastSeen } = this;
    let size = 0;
    for (let position = 0; position < projects.length; position += 1) {
      const id = projects[position]!;
      const project = projectIndex.get(id);
      if (project === undefined) {
        throw new BudgetingInputError(`ballot ${voter + 1} names project '${id}', which is not among the election's projects`);
      }
      if (lastSeen[project] === stamp) throw new BudgetingInputError(`ballot ${voter + 1} names project ${id} twice`);
      lastSeen[project] = stamp;
      const weight = points === undefined ? 1 : points[position]!;
      if (points !== undefined && !(Number.isSafeInteger(weight) && weight >= 0 && weight <= maxPoints)) {
        throw new BudgetingInputError(`ballot ${voter + 1} gives project ${id} ${weight} points; rules count whole points from 0 to ${maxPoints}`);
      }
      if (weight === 0) continue;
      // Insertion keeps the entries sorted by project (ballots are short).
      let at = size;
      while (at > 0 && ballotProjects[at - 1]! > project) {
        ballotProjects[at] = ballotProjects[at - 1]!;
        ballotWeights[at] = ballotWeights[at - 1]!;
        at -= 1;
      }
      ballotProjects[at] = project;
      ballotWeights[at] = weight;
      size += 1;
    }
    return size;
  }

  /** Whether type `type` has the entries of the ballot just read. */
  private sameAsBallot(type: number, size: number): boolean {
    const start = this.typeStart[type]!;
    if (this.typeStart[type + 1]! - start !== size) return false;
    for (let i = 0; i < size; i += 1) {
      if (this.typeProjects[start + i] !== this.ballotProjects[i] || this.typeWeights[start + i] !== this.ballotWeights[i]) return false;
    }
    return true;
  }

  /** Records the ballot just read as type `type` (the next one). */
  private addType(type: number, hash: number, size: number): void {
    if (type + 1 >= this.typeHash.length) {
      this.typeHash = grown(this.typeHash, this.typeHash.length * 2);
      this.typeStart = grown(this.typeStart, this.typeStart.length * 2);
    }
    const start = this.typeStart[type]!;
    if (start + size > this.typeProjects.length) {
      const length = Math.max(this.typeProjects.length * 2, start + size);
      this.typeProjects = grown(this.typeProjects, length);
      this.typeWeights = grown(this.typeWeights, length);
    }
    // A loop, not set(subarray(...)): two views per type were a tenth of the grouping's time.
    const { typeProjects, typeWeights, ballotProjects, ballotWeights } = this;
    for (let i = 0; i < size; i += 1) {
      typeProjects[start + i] = ballotProjects[i]!;
      typeWeights[start + i] = ballotWeights[i]!;
    }
    this.typeHash[type] = hash;
    this.typeStart[type + 1] = start + size;
    this.count = type + 1;
  }
}

/**
 * The compressed rows of the types: every array is a view of one buffer (one allocation, where a
 * dozen small buffers cost a small election more than grouping it).
 */
function compress(scratch: Scratch, voterCount: number, projectCount: number): BallotTypes {
  const { count, typeOfVoter, typeStart } = scratch;
  const entryCount = typeStart[count]!;
  const buffer = new ArrayBuffer(4 * (3 * count + 2 + voterCount + 4 * entryCount + 2 * projectCount + 1));
  // Views made by the constructor, copies by loops: subarray() and set() cost more than the rest of
  // grouping a small election.
  let at = 0;
  const multiplicity = new Int32Array(buffer, 4 * at, count);
  const voterOffsets = new Int32Array(buffer, 4 * (at += count), count + 1);
  const voters = new Int32Array(buffer, 4 * (at += count + 1), voterCount);
  const entryOffsets = new Int32Array(buffer, 4 * (at += voterCount), count + 1);
  const entryProjects = new Int32Array(buffer, 4 * (at += count + 1), entryCount);
  const entryWeights = new Int32Array(buffer, 4 * (at += entryCount), entryCount);
  const supportOffsets = new Int32Array(buffer, 4 * (at += entryCount), projectCount + 1);
  const supportTypes = new Int32Array(buffer, 4 * (at += projectCount + 1), entryCount);
  const supportWeights = new Int32Array(buffer, 4 * (at += entryCount), entryCount);
  const supportCounts = new Int32Array(buffer, 4 * (at += entryCount), projectCount);
  copy(typeStart, entryOffsets, count + 1);
  copy(scratch.typeProjects, entryProjects, entryCount);
  copy(scratch.typeWeights, entryWeights, entryCount);
  // Voters of each type in ballot order: a counting sort by type.
  countRows(typeOfVoter, voterCount, multiplicity);
  offsetsOf(multiplicity, voterOffsets);
  // The types' hashes are no longer needed: their space is the sort's cursor.
  const cursor = scratch.typeHash;
  copy(voterOffsets, cursor, count);
  placeInRows(typeOfVoter, voterCount, cursor, voters);
  countRows(entryProjects, entryCount, supportCounts);
  offsetsOf(supportCounts, supportOffsets);
  copy(supportOffsets, supportCounts, projectCount);
  fillSupportRows(entryOffsets, entryProjects, entryWeights, supportCounts, supportTypes, supportWeights);
  return { count, multiplicity, voterOffsets, voters, entryOffsets, entryProjects, entryWeights, supportOffsets, supportTypes, supportWeights };
}

/** Copies the first `length` numbers of `from` to the start of `to`. */
function copy(from: Int32Array, to: Int32Array, length: number): void {
  for (let i = 0; i < length; i += 1) to[i] = from[i]!;
}

/** counts[row] = number of i < length with rowOf[i] = row (counts start at 0). */
function countRows(rowOf: Int32Array, length: number, counts: Int32Array): void {
  for (let i = 0; i < length; i += 1) {
    const row = rowOf[i]!;
    counts[row] = counts[row]! + 1;
  }
}

/** Row offsets from row sizes: offsets[0] = 0, offsets[r + 1] = offsets[r] + counts[r]. */
function offsetsOf(counts: Int32Array, offsets: Int32Array): void {
  for (let row = 0; row < counts.length; row += 1) offsets[row + 1] = offsets[row]! + counts[row]!;
}

/** Places each i < length in its row, in increasing order; `cursor[row]` starts at the row's offset. */
function placeInRows(rowOf: Int32Array, length: number, cursor: Int32Array, out: Int32Array): void {
  for (let i = 0; i < length; i += 1) {
    const row = rowOf[i]!;
    const at = cursor[row]!;
    out[at] = i;
    cursor[row] = at + 1;
  }
}

/** Each project's supporting types with their weights, in type order; `cursor[project]` starts at its offset. */
function fillSupportRows(
  entryOffsets: Int32Array,
  entryProjects: Int32Array,
  entryWeights: Int32Array,
  cursor: Int32Array,
  supportTypes: Int32Array,
  supportWeights: Int32Array,
): void {
  for (let type = 0; type + 1 < entryOffsets.length; type += 1) {
    for (let i = entryOffsets[type]!; i < entryOffsets[type + 1]!; i += 1) {
      const project = entryProjects[i]!;
      const at = cursor[project]!;
      supportTypes[at] = type;
      supportWeights[at] = entryWeights[i]!;
      cursor[project] = at + 1;
    }
  }
}

/** The last step of MurmurHash3 (fmix32): spreads the bits over the slots' low bits. */
function mix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

function grown(old: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const fresh = new Int32Array(length);
  fresh.set(old);
  return fresh;
}
