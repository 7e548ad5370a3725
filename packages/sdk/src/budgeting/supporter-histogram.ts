import type { BudgetClasses } from './budget-classes.js';
import type { BallotTypes } from './election.js';

/** What a histogram needs of the budget classes: how many there are, and a double for each. */
export interface ApproximateClasses {
  readonly size: number;
  approximation(index: number): number;
}

/**
 * Starting capacity of the arrays, which grow by doubling. Small on purpose: V8 keeps a typed array of
 * up to 64 bytes inside its object, and a larger one in a separate buffer whose allocation and release
 * cost more than the whole run on a small election (a histogram is made per run).
 */
const initialEntries = 8;

/**
 * The supporters of one project grouped by (budget class, weight): what pricing a project needs,
 * at a size that does not depend on how many voters there are. Voters with an empty budget are left
 * out: they pay nothing whatever the price.
 *
 * Reused from project to project: {@link collect} fills it, {@link release} clears the index.
 */
export class SupporterHistogram {
  /** Number of entries. */
  size = 0;
  budgetClass = new Int32Array(initialEntries);
  weight = new Int32Array(initialEntries);
  /** Voters in the entry. */
  voters = new Float64Array(initialEntries);
  /** Exact budget of one voter of the entry, over the current denominator (filled by {@link readExactValues}). */
  value: bigint[] = [];
  /** Budget of one voter of the entry, as a double (relative error 3u). */
  approximation = new Float64Array(initialEntries);
  /** Scratch mark: 1 when the entry cannot pay the full price and pays all it has. */
  poor = new Uint8Array(initialEntries);

  /** Slot of each (class, weight), at class × stride + weight − 1, when weights are small. */
  private slotOfClass = new Int32Array(initialEntries * 2).fill(-1);
  /** Slots by the same key when weights are too large for an array. */
  private readonly slotOfKey = new Map<number, number>();
  /** Largest weight when it is small enough for the array index, else 0. */
  private stride = 0;
  /** Whether the index may hold entries: collected or reindexed, and not released since. */
  private indexed = false;

  constructor(
    private types: BallotTypes,
    /** Largest weight on a ballot; 1 means approval ballots and a faster index. */
    private maxWeight: number,
  ) {
    this.bind(types, maxWeight);
  }

  /**
   * Makes this histogram collect the supporters of another election's projects, keeping its buffers
   * (grown for an earlier election, they need not grow again).
   */
  bind(types: BallotTypes, maxWeight: number): void {
    this.types = types;
    this.maxWeight = maxWeight;
    // Cumulative ballots of up to 64 points (pabulib's are 3 to 10) index by array, as approvals do.
    this.stride = maxWeight <= 64 ? maxWeight : 0;
    this.size = 0;
    // Left indexed only by a use that ended in an exception: the index is cleared at rest otherwise.
    if (this.indexed) this.slotOfClass.fill(-1);
    this.slotOfKey.clear();
    this.indexed = false;
  }

  /** Groups the supporters of `project`, whose ballot types point to classes through `typeClass`. */
  collect(project: number, typeClass: Int32Array, classes: ApproximateClasses): void {
    const { supportOffsets, supportTypes, supportWeights, multiplicity } = this.types;
    if (classes.size * this.stride > this.slotOfClass.length) this.growIndex(classes.size * this.stride);
    this.size = 0;
    this.indexed = true;
    const end = supportOffsets[project + 1]!;
    if (this.stride === 1) {
      // Approval ballots (every weight 1): the slot is the class's entry. The hottest loop of an Add1
      // search on a large election, so without the general path's calls and property reads.
      const slotOfClass = this.slotOfClass;
      let voters = this.voters;
      for (let k = supportOffsets[project]!; k < end; k += 1) {
        const type = supportTypes[k]!;
        const budgetClass = typeClass[type]!;
        if (budgetClass === 0) continue;
        let slot = slotOfClass[budgetClass]!;
        if (slot === -1) {
          slot = this.newSlot(budgetClass, 1, classes);
          voters = this.voters; // may have grown
        }
        voters[slot] = voters[slot]! + multiplicity[type]!;
      }
      return;
    }
    for (let k = supportOffsets[project]!; k < end; k += 1) {
      const type = supportTypes[k]!;
      const budgetClass = typeClass[type]!;
      if (budgetClass === 0) continue;
      const weight = supportWeights[k]!;
      let slot = this.slotOf(budgetClass, weight);
      if (slot === -1) slot = this.newSlot(budgetClass, weight, classes);
      this.voters[slot] = this.voters[slot]! + multiplicity[type]!;
    }
  }

  /** Reads the exact budgets of the entries (rescaling them to the current denominator). */
  readExactValues(classes: BudgetClasses): void {
    for (let i = 0; i < this.size; i += 1) this.value[i] = classes.value(this.budgetClass[i]!);
  }

  /** The entry of (class, weight) in the last histogram collected, or -1. */
  slotOf(budgetClass: number, weight: number): number {
    if (this.stride > 0) return this.slotOfClass[budgetClass * this.stride + weight - 1]!;
    return this.slotOfKey.get(budgetClass * (this.maxWeight + 1) + weight) ?? -1;
  }

  /** Indexes the entries again after {@link release}, so that {@link slotOf} finds them. */
  reindex(): void {
    this.indexed = true;
    for (let i = 0; i < this.size; i += 1) {
      const budgetClass = this.budgetClass[i]!;
      const weight = this.weight[i]!;
      if (this.stride > 0) this.slotOfClass[budgetClass * this.stride + weight - 1] = i;
      else this.slotOfKey.set(budgetClass * (this.maxWeight + 1) + weight, i);
    }
  }

  /** Clears the class index of the last histogram (its entries stay readable). */
  release(): void {
    this.indexed = false;
    if (this.stride > 0) {
      for (let i = 0; i < this.size; i += 1) this.slotOfClass[this.budgetClass[i]! * this.stride + this.weight[i]! - 1] = -1;
    } else {
      this.slotOfKey.clear();
    }
  }

  private newSlot(budgetClass: number, weight: number, classes: ApproximateClasses): number {
    const slot = this.size;
    if (slot === this.budgetClass.length) this.growEntries();
    this.size += 1;
    this.budgetClass[slot] = budgetClass;
    this.weight[slot] = weight;
    this.voters[slot] = 0;
    this.approximation[slot] = classes.approximation(budgetClass);
    if (this.stride > 0) this.slotOfClass[budgetClass * this.stride + weight - 1] = slot;
    else this.slotOfKey.set(budgetClass * (this.maxWeight + 1) + weight, slot);
    return slot;
  }

  private growEntries(): void {
    const size = this.budgetClass.length * 2;
    this.budgetClass = grow(this.budgetClass, new Int32Array(size));
    this.weight = grow(this.weight, new Int32Array(size));
    this.voters = grow(this.voters, new Float64Array(size));
    this.approximation = grow(this.approximation, new Float64Array(size));
    this.poor = grow(this.poor, new Uint8Array(size));
  }

  private growIndex(keys: number): void {
    const grown = new Int32Array(Math.max(keys, this.slotOfClass.length * 2)).fill(-1);
    grown.set(this.slotOfClass);
    this.slotOfClass = grown;
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(old: T, fresh: T): T {
  fresh.set(old);
  return fresh;
}
