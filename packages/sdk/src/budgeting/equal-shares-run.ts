import { BudgetClasses } from './budget-classes.js';
import type { PreparedElection } from './election.js';
import { confirmPrice, estimatePrice, exactPrice, moneyOf, type ExactPrice } from './equal-shares-price.js';
import { ratioToNumber } from './rational.js';
import { SupporterHistogram } from './supporter-histogram.js';
import { byTieBreak } from './tie-breaking.js';

/**
 * One run of the Method of Equal Shares at a fixed per-voter endowment, exact.
 *
 * The rule (equalshares.net): every voter starts with the endowment. Each round, every project still
 * in play is priced: the smallest ρ per unit of utility at which its supporters can cover its cost,
 * each paying min(what they have left, ρ × their utility). The project with the smallest ρ is funded
 * (ties: {@link byTieBreak}) and its supporters pay; projects whose supporters cannot cover them any
 * more drop out; repeat until none is left. A supporter's utility for project p is weight × cost(p)
 * (cost utilities) or weight (cardinality utilities); weight is 1 for an approval, else the points.
 *
 * Why it is fast, and why that does not cost exactness:
 * - budgets are exact and grouped in classes ({@link BudgetClasses}), and a project is priced from a
 *   histogram of its supporters' classes ({@link SupporterHistogram}), not voter by voter;
 * - a project's ρ can only rise from round to round (budgets only shrink), so projects are tried in
 *   order of a proven lower bound on their last ρ, and a round stops at the first project whose bound
 *   exceeds a proven upper bound on the best ρ found: it cannot win;
 * - prices are first bounded with doubles ({@link estimatePrice}, with a proof of its error bounds).
 *   Only when those bounds cannot separate the best project from the others, or cannot decide
 *   affordability, are the contenders priced exactly; the winner is always funded at its exact price.
 *   Doubles never decide anything they cannot prove.
 */

export type Utilities = 'cost' | 'cardinality';

export interface RunSettings {
  readonly utilities: Utilities;
  /** 1 for projects that may be funded. */
  readonly eligible: Uint8Array;
  readonly ranks: Int32Array;
  /** Records who paid what in each round (for explanations). */
  readonly detail: boolean;
}

/** What one group of supporters (same budget, same weight) paid for a funded project. */
export interface RunPayment {
  /** Paid per voter, exactly: amountNumerator / amountDenominator currency units. */
  readonly amountNumerator: bigint;
  readonly amountDenominator: bigint;
  readonly weight: number;
  readonly voters: number;
  /** True when the group could not pay the full price and paid everything it had left. */
  readonly paidEverything: boolean;
  /** Ballot types in the group. */
  readonly types: readonly number[];
}

export interface RunRound {
  readonly project: number;
  /** Price per unit of weight: priceNumerator / (priceWeight × denominator) currency units. */
  readonly priceNumerator: bigint;
  readonly priceWeight: number;
  readonly denominator: bigint;
  /** The supporters' money before paying, over `denominator` (detail runs only, else 0). */
  readonly moneyBehind: bigint;
  readonly fullPricePayers: number;
  readonly everythingPayers: number;
  /** Empty unless the run records detail. */
  readonly payments: readonly RunPayment[];
}

/** A project dropped because its supporters' money could no longer cover it. */
export interface RunDropout {
  readonly project: number;
  /** Rounds completed when it was found unaffordable. */
  readonly afterRound: number;
}

export interface RunResult {
  readonly funded: readonly number[];
  readonly cost: number;
  readonly rounds: readonly RunRound[];
  readonly dropouts: readonly RunDropout[];
  /** Detail runs: the money the supporters of each dropped project hold at the end, over `finalDenominator`. */
  readonly finalMoneyBehind: ReadonlyMap<number, bigint>;
  readonly finalDenominator: bigint;
}

/** Runs equal shares with every voter starting at `endowmentNumerator / endowmentDenominator`. */
export function runEqualShares(
  election: PreparedElection,
  endowmentNumerator: bigint,
  endowmentDenominator: bigint,
  settings: RunSettings,
): RunResult {
  return new EqualSharesRun(election, endowmentNumerator, endowmentDenominator, settings).run();
}

/** A project priced this round: ρ proven in [low, high], and exact when it had to be computed. */
interface Priced {
  readonly project: number;
  readonly low: number;
  readonly high: number;
  exact: ExactPrice | undefined;
}

/** What a run has done so far, and what is still in play. */
interface RoundState {
  readonly funded: number[];
  readonly rounds: RunRound[];
  readonly dropouts: RunDropout[];
  cost: number;
  /** Projects still in play, kept sorted by `lowerBound`. */
  remaining: number[];
  /** Proven lower bound on each project's ρ (ρ never falls). */
  readonly lowerBound: Float64Array;
  /** 1 once a project is funded or dropped: it never comes back. */
  readonly gone: Uint8Array;
}

class EqualSharesRun {
  private static histogram: SupporterHistogram | undefined;
  private readonly classes: BudgetClasses;
  /** Budget class of each ballot type. */
  private readonly typeClass: Int32Array;
  private readonly histogram: SupporterHistogram;
  private readonly costUtilities: boolean;

  constructor(
    private readonly election: PreparedElection,
    endowmentNumerator: bigint,
    endowmentDenominator: bigint,
    private readonly settings: RunSettings,
  ) {
    this.classes = new BudgetClasses(endowmentDenominator);
    this.typeClass = new Int32Array(election.types.count);
    if (endowmentNumerator > 0n) this.typeClass.fill(this.classes.add(endowmentNumerator));
    // One run at a time uses it, to its end: kept from run to run, its buffers need not grow again.
    this.histogram = EqualSharesRun.histogram ??= new SupporterHistogram(election.types, election.maxWeight);
    this.histogram.bind(election.types, election.maxWeight);
    this.costUtilities = settings.utilities === 'cost';
  }

  run(): RunResult {
    const { election, settings } = this;
    const costs = election.costs;
    const tieOrder = byTieBreak(election, settings.ranks);
    const state: RoundState = { funded: [], rounds: [], dropouts: [], cost: 0, remaining: [], lowerBound: new Float64Array(costs.length), gone: new Uint8Array(costs.length) };
    const inPlay: number[] = [];
    for (let project = 0; project < costs.length; project += 1) {
      if (settings.eligible[project] === 1 && election.supporters[project]! > 0) inPlay.push(project);
    }
    // A free project costs nobody anything (ρ = 0, the lowest possible): fund those first.
    for (const project of inPlay.filter((project) => costs[project] === 0).sort(tieOrder)) {
      state.rounds.push({ project, priceNumerator: 0n, priceWeight: 1, denominator: this.classes.denominator, moneyBehind: 0n, fullPricePayers: election.supporters[project]!, everythingPayers: 0, payments: [] });
      state.funded.push(project);
    }
    state.remaining = inPlay.filter((project) => costs[project]! > 0);
    let more = true;
    while (more) more = this.playRound(state, tieOrder);
    return { funded: state.funded, cost: state.cost, rounds: state.rounds, dropouts: state.dropouts, ...this.finalMoney(state.dropouts) };
  }

  /** Prices what is needed, funds the winner and drops the unaffordable; false when nothing could be funded. */
  private playRound(state: RoundState, tieOrder: (a: number, b: number) => number): boolean {
    const { remaining, lowerBound, gone } = state;
    // Bounds only rise, and only for the few projects priced last round: insertion sort is near linear.
    sortByBound(remaining, lowerBound);
    const priced: Priced[] = [];
    let bestHigh = Infinity;
    for (const project of remaining) {
      // Everything from here on has ρ above a ρ already found: none can win this round.
      if (lowerBound[project]! > bestHigh) break;
      const result = this.price(project);
      if (result === undefined) {
        gone[project] = 1;
        state.dropouts.push({ project, afterRound: state.rounds.length });
        continue;
      }
      lowerBound[project] = result.low;
      priced.push(result);
      if (result.high < bestHigh) bestHigh = result.high;
    }
    if (priced.length > 0) {
      const winner = this.pickWinner(priced, bestHigh, tieOrder);
      state.rounds.push(this.fund(winner));
      state.funded.push(winner);
      state.cost += this.election.costs[winner]!;
      gone[winner] = 1;
    }
    let kept = 0;
    for (const project of remaining) if (gone[project] === 0) remaining[kept++] = project;
    remaining.length = kept;
    return priced.length > 0;
  }

  /** ρ of the project, proven within bounds (exact if need be), or `undefined` if unaffordable. */
  private price(project: number): Priced | undefined {
    const { histogram, classes } = this;
    const cost = this.election.costs[project]!;
    histogram.collect(project, this.typeClass, classes);
    const estimate = estimatePrice(histogram, cost, this.costUtilities);
    let result: Priced | undefined;
    if (estimate.kind === 'bounded') {
      result = { project, low: estimate.low, high: estimate.high, exact: undefined };
    } else if (estimate.kind === 'unsure') {
      histogram.readExactValues(classes);
      const exact = exactPrice(histogram, cost, classes.denominator, this.costUtilities);
      result = exact === undefined ? undefined : this.exactlyPriced(project, exact);
    }
    histogram.release();
    return result;
  }

  private exactlyPriced(project: number, exact: ExactPrice): Priced {
    const rho = ratioToNumber(exact.numerator, exact.weightCost * this.classes.denominator);
    // ratioToNumber is within relative error 2^-50: these bounds hold.
    return { project, low: rho * (1 - 2 ** -48), high: rho * (1 + 2 ** -48), exact };
  }

  /**
   * The project with the smallest ρ. Any project whose lower bound exceeds the smallest upper bound
   * cannot be it; if more than one project is left, they are compared exactly, ties broken by
   * `tieOrder`.
   */
  private pickWinner(priced: Priced[], bestHigh: number, tieOrder: (a: number, b: number) => number): number {
    const contenders = priced.filter((candidate) => candidate.low <= bestHigh);
    if (contenders.length === 1) return contenders[0]!.project;
    let best: Priced[] = [];
    for (const candidate of contenders) {
      candidate.exact ??= this.priceExactly(candidate.project);
      const order = best.length === 0 ? -1 : compareRho(candidate.exact, best[0]!.exact!);
      if (order < 0) best = [candidate];
      else if (order === 0) best.push(candidate);
    }
    return best.map((candidate) => candidate.project).sort(tieOrder)[0]!;
  }

  private priceExactly(project: number): ExactPrice {
    const { histogram, classes } = this;
    histogram.collect(project, this.typeClass, classes);
    histogram.readExactValues(classes);
    const exact = exactPrice(histogram, this.election.costs[project]!, classes.denominator, this.costUtilities);
    histogram.release();
    // Priced as affordable by proven bounds, so the exact pricing finds it affordable too.
    return exact!;
  }

  /** Funds `project` at its exact price: its supporters move to new budget classes. */
  private fund(project: number): RunRound {
    const { histogram, classes } = this;
    const cost = this.election.costs[project]!;
    histogram.collect(project, this.typeClass, classes);
    estimatePrice(histogram, cost, this.costUtilities); // marks a likely split into poor and rich
    histogram.readExactValues(classes);
    const price = confirmPrice(histogram, cost, classes.denominator, this.costUtilities)!;
    const moneyBehind = this.settings.detail ? moneyOf(histogram) : 0n;
    const roundDenominator = classes.denominator;
    const payments = this.settings.detail ? this.payments(price) : [];
    // The price (C − P) / W becomes a whole numerator over D × W / g, with g = gcd(W, C − P).
    const divisor = gcdNumber(price.richWeight, Number(price.numerator % BigInt(price.richWeight)));
    const factor = BigInt(price.richWeight / divisor);
    const pricePerWeight = price.numerator / BigInt(divisor);
    if (factor > 1n) classes.newEpoch(factor);
    const transition = new Int32Array(histogram.size);
    let fullPricePayers = 0;
    let everythingPayers = 0;
    for (let i = 0; i < histogram.size; i += 1) {
      if (histogram.poor[i] === 1) {
        everythingPayers += histogram.voters[i]!;
        continue; // to class 0, the empty budget
      }
      fullPricePayers += histogram.voters[i]!;
      const left = histogram.value[i]! * factor - pricePerWeight * BigInt(histogram.weight[i]!);
      transition[i] = left === 0n ? 0 : classes.add(left);
    }
    const { supportOffsets, supportTypes, supportWeights } = this.election.types;
    for (let k = supportOffsets[project]!; k < supportOffsets[project + 1]!; k += 1) {
      const type = supportTypes[k]!;
      const current = this.typeClass[type]!;
      if (current === 0) continue;
      const slot = histogram.slotOf(current, supportWeights[k]!);
      this.typeClass[type] = transition[slot]!;
      if (this.settings.detail) (payments[slot]!.types as number[]).push(type);
    }
    histogram.release();
    return {
      project,
      priceNumerator: price.numerator,
      priceWeight: price.richWeight,
      denominator: roundDenominator,
      moneyBehind,
      fullPricePayers,
      everythingPayers,
      payments,
    };
  }

  /** Who pays what, per histogram entry, at the exact price. */
  private payments(price: ExactPrice): RunPayment[] {
    const { histogram } = this;
    const denominator = this.classes.denominator;
    const payments: RunPayment[] = [];
    for (let i = 0; i < histogram.size; i += 1) {
      const paidEverything = histogram.poor[i] === 1;
      payments.push({
        amountNumerator: paidEverything ? histogram.value[i]! : price.numerator * BigInt(histogram.weight[i]!),
        amountDenominator: paidEverything ? denominator : BigInt(price.richWeight) * denominator,
        weight: histogram.weight[i]!,
        voters: histogram.voters[i]!,
        paidEverything,
        types: [],
      });
    }
    return payments;
  }

  /** Detail runs: what the supporters of each dropped project have left at the end. */
  private finalMoney(dropouts: readonly RunDropout[]): Pick<RunResult, 'finalMoneyBehind' | 'finalDenominator'> {
    const { histogram, classes } = this;
    const finalMoneyBehind = new Map<number, bigint>();
    if (this.settings.detail) {
      for (const { project } of dropouts) {
        histogram.collect(project, this.typeClass, classes);
        histogram.readExactValues(classes);
        finalMoneyBehind.set(project, moneyOf(histogram));
        histogram.release();
      }
    }
    return { finalMoneyBehind, finalDenominator: classes.denominator };
  }
}

/** Sorts projects by their lower bound (then index), in place. */
function sortByBound(projects: number[], bound: Float64Array): void {
  for (let i = 1; i < projects.length; i += 1) {
    const project = projects[i]!;
    let j = i - 1;
    while (j >= 0 && (bound[projects[j]!]! > bound[project]! || (bound[projects[j]!] === bound[project] && projects[j]! > project))) {
      projects[j + 1] = projects[j]!;
      j -= 1;
    }
    projects[j + 1] = project;
  }
}

/** Orders exact prices by ρ; all prices of one round share the denominator D. */
function compareRho(a: ExactPrice, b: ExactPrice): number {
  const left = a.numerator * b.weightCost;
  const right = b.numerator * a.weightCost;
  return left < right ? -1 : left > right ? 1 : 0;
}

function gcdNumber(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
