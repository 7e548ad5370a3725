import type { PreparedElection } from './election.js';
import type { RunSettings } from './equal-shares-run.js';
import { SupporterHistogram } from './supporter-histogram.js';
import { byTieBreak } from './tie-breaking.js';

/**
 * One equal-shares run for a whole range of endowments at once, in doubles, proven: what the Add1
 * completion needs to skip the runs whose outcome cannot change.
 *
 * Add1 runs equal shares at E, E + 1, E + 2, ... (whole currency units). Along one run, as long as
 * the same project wins each round and the same supporters pay everything they have, every budget and
 * every price is an affine function of the endowment: a budget is E + δ minus what was paid, a price is
 * (cost − what the poor supporters pay) / the weight of the others. So this run keeps each quantity as
 * c + s·δ for δ = 0, 1, 2, ..., with a proven bound r on how far the exact value can be from it, and
 * proves every decision (who wins, who can pay, who pays everything) for every δ in [0, K], shrinking K
 * to where each decision still holds. The result: the projects funded, in the same order, by the exact
 * run at every endowment E + δ with 0 ≤ δ ≤ K. When a decision cannot be proven even at δ = 0 (an exact
 * tie between prices, a budget exactly equal to a price), the run gives up and the caller runs the
 * exact implementation at E instead. Doubles never decide anything they cannot prove.
 *
 * Error bounds: every double operation rounds with relative error at most u = 2^-53; a sum of n
 * products is within (n + 2)·u·Σ|terms| of the exact sum. Each step below adds such a term, taken at
 * the largest δ the run tries to reach, with a factor of 2 or more to spare; a sign is
 * only trusted beyond a further margin ({@link provenUntil}).
 */

/** The outcome of the exact run at every endowment start + δ, 0 ≤ δ ≤ extent (currency units). */
export interface RangeRunResult {
  readonly funded: readonly number[];
  readonly cost: number;
  readonly extent: number;
  /** Pricings where some supporters crossed between paying the share and paying everything within the range. */
  readonly crossings: number;
  /** True when enclosing crossings could not prove a decision and the range was redone without. */
  readonly narrowed?: boolean;
  /**
   * Losing pricings whose own decisions held over less than the range, proven to lose by their lower
   * bound instead; `maybe` of them were unaffordable at the range's start and affordable later on.
   */
  readonly bounded?: { readonly losers: number; readonly maybe: number };
}

/** The largest range one run may try to cover. */
export const maxReach = 1 << 16;

const U = 2 ** -52; // twice the unit roundoff: every error term below has a factor 2 to spare
const MARGIN = 2 ** -48;


/** An affine function of δ with a proven error radius: the exact value is within r of c + s·δ. */
interface Affine {
  c: number;
  s: number;
  r: number;
}

/**
 * A project priced this round: its ρ as an affine function and its bounds, over [from, extent] (the
 * range its own pricing is proven for), and a lower bound on its ρ over the whole round's range.
 */
interface Priced {
  readonly project: number;
  /** The range its pricing is proven for; a loser proven by `bound` does not limit the round to it. */
  readonly extent: number;
  /**
   * A lower bound on ρ for every δ of the round's range at which the project is affordable: enough
   * to prove that it loses without the decisions its exact pricing rests on (who pays everything,
   * whether it is affordable at all), which often change within the range while it loses anyway.
   */
  readonly bound: Affine | undefined;
  /** Unaffordable at `from` (up to `extent`) but not over the whole range: priced by `bound` only. */
  readonly maybe: boolean;
  /**
   * False for a project whose guessed price at `from` was above the round's best so far: its split is
   * not proven, so it has only `bound` (valid for any split), `rho` is that bound, and `extent` is −1.
   * If the bound does not prove that it loses, it is priced again in full ({@link RangeRun.pickWinner}).
   */
  readonly proven: boolean;
  /** Its pricing enclosed a crossing (counted only if its `extent` limits the round). */
  readonly crossed: boolean;
  readonly rho: Affine;
  /** ρ exactly, numerator / denominator (whole numbers), when no supporter pays everything. */
  readonly allRich: { readonly numerator: number; readonly denominator: number } | undefined;
  readonly low: number;
  readonly high: number;
}

/** The price t per unit of weight of a project, and the split of its supporters it rests on. */
interface Price {
  /** An enclosure of the price: the exact t is within t.r of t.c + t.s·δ. */
  readonly t: Affine;
  /** A proven lower bound on t (t − low ≤ the lift, see {@link RangeRun.priceOf}). */
  readonly low: Affine;
  /** Histogram entries whose supporters pay everything they have. */
  readonly poorCount: number;
  /** Histogram entries that pay everything at some δ in range and the share at others. */
  readonly mixedCount: number;
  readonly richWeight: number;
}

/** A split of a project's supporters into poor, mixed and rich, and the lower bound t_low it gives. */
interface Split {
  readonly low: Affine;
  readonly poorCount: number;
  readonly mixedCount: number;
  readonly richWeight: number;
}

/** Marks of histogram entries in a range run (`histogram.poor`). */
const RICH = 0;
const POOR = 1;
const MIXED = 2;

/**
 * Runs equal shares at every endowment (startNumerator / startDenominator) + δ, δ = 0, 1, ..., as far
 * as its decisions are provably the same; `undefined` when even δ = 0 cannot be proven in doubles.
 * With `tolerance` > 0, a supporter crossing between paying the share and paying everything within
 * the first `tolerance` steps does not end the range: the price is enclosed instead (the range is then
 * at most `tolerance` steps).
 */
export function runOverEndowments(
  election: PreparedElection,
  startNumerator: bigint,
  startDenominator: bigint,
  settings: RunSettings,
  reach: number,
  tolerance = 0,
): RangeRunResult | undefined {
  return new RangeRun(election, startNumerator, startDenominator, settings, Math.max(0, Math.min(reach, maxReach))).resume(0, tolerance);
}

/**
 * The budgets of one range run, one per budget class (as in the exact run, voters with the same ballot
 * and history share a class; class 0 is the empty budget, exactly 0 for every δ in range).
 */
class AffineClasses {
  c: Float64Array = new Float64Array(64);
  s: Float64Array = new Float64Array(64);
  r: Float64Array = new Float64Array(64);
  size = 1;

  approximation(index: number): number {
    return this.c[index]!;
  }

  add(c: number, s: number, r: number): number {
    if (this.size === this.c.length) {
      this.c = grown(this.c);
      this.s = grown(this.s);
      this.r = grown(this.r);
    }
    const index = this.size;
    this.c[index] = c;
    this.s[index] = s;
    this.r[index] = r;
    this.size += 1;
    return index;
  }
}

/**
 * Buffers a range run fills and empties as it goes, shared by the range runs of one Add1 search (one
 * after another, never two at once): each new range run would otherwise grow them again from empty,
 * which on the pabulib files was a good part of the time spent collecting garbage.
 */
export class RangeRunWorkspace {
  readonly classes = new AffineClasses();
  readonly histogram: SupporterHistogram;
  /** A second histogram: the round's best pricing so far is kept in one while the next is collected. */
  readonly spare: SupporterHistogram;
  holds: Float64Array = new Float64Array(64);
  changes: Int32Array = new Int32Array(64);
  transition: Int32Array = new Int32Array(64);
  /**
   * Each round's start, kept to resume from: the projects in play (one after another, round by round)
   * and the lower bounds (one row of all projects per round). Rounds form a stack, so these do too.
   */
  remainingLog: Int32Array = new Int32Array(64);
  boundsLog: Float64Array = new Float64Array(64);

  constructor(election: PreparedElection) {
    this.histogram = new SupporterHistogram(election.types, election.maxWeight);
    this.spare = new SupporterHistogram(election.types, election.maxWeight);
  }

  private static shared: RangeRunWorkspace | undefined;

  /**
   * The workspace of the Add1 searches, one after another (a search runs to its end before the next
   * starts), whichever election: a new one grew its buffers again, from small, at each search (about
   * 5% of a search on the small pabulib files). Its buffers stay as large as the largest election's.
   */
  static forSearch(election: PreparedElection): RangeRunWorkspace {
    const workspace = (RangeRunWorkspace.shared ??= new RangeRunWorkspace(election));
    workspace.histogram.bind(election.types, election.maxWeight);
    workspace.spare.bind(election.types, election.maxWeight);
    return workspace;
  }
}

/** The state of a range run at the start of a round, to resume from. */
interface RoundStart {
  /** The range every decision before this round holds over. */
  readonly extent: number;
  readonly classes: number;
  /** Length of the log of class changes. */
  readonly changes: number;
  readonly funded: number;
  readonly cost: number;
  /** The projects in play: `remainingLength` entries of the workspace's `remainingLog` from `remainingAt`. */
  readonly remainingAt: number;
  readonly remainingLength: number;
  /** The first round before this one that enclosed a crossing, or -1. */
  readonly earliestEnclosure: number;
}

/**
 * A range run that can be resumed: after a run over [from, extent], the run over [extent + 1, ...]
 * starts again from the last round whose decisions were proven for extent + 1 (each round's state is
 * kept), instead of from the first round. Add1's consecutive ranges mostly differ in late rounds.
 */
export class RangeRun {
  private readonly classes: AffineClasses;
  /** Budget class of each ballot type. */
  private readonly typeClass: Int32Array;
  private histogram: SupporterHistogram;
  /** The histogram not being collected into: it holds the pricing of `kept.project`, if any. */
  private spare: SupporterHistogram;
  /**
   * The pricing of the round's best project so far (smallest ρ at `from`), kept with its histogram in
   * `spare` so that funding it, which it most often is, needs no second pricing.
   */
  private kept: { project: number; price: Price; rhoAtFrom: number } | undefined;
  /** Smallest δ of the current range. */
  private from = 0;
  /** Largest δ every decision so far is proven for (at most `reach`). */
  private extent: number;
  private tolerance = 0;
  private readonly costUtilities: boolean;
  private readonly tieOrder: (a: number, b: number) => number;
  private readonly workspace: RangeRunWorkspace;
  private crossings = 0;
  private readonly bounded = { losers: 0, maybe: 0 };
  /** The round (index in `starts`) of the first crossing enclosed since `resume` was called, or -1. */
  private firstCrossing = -1;
  /** The first round kept (in `starts`) that enclosed a crossing, whichever call played it, or -1. */
  private earliestEnclosure = -1;
  private funded: number[] = [];
  private cost = 0;
  private remaining: number[] = [];
  private readonly lowerBound: Float64Array;
  private readonly gone: Uint8Array;
  /**
   * The round (index in `starts`) at which each project was last found unaffordable over a range, in
   * whichever call: from that round on, the project is first checked by its supporters' money alone.
   * (The earliest such round guessed wrong four times as often on Praga-Południe.)
   */
  private readonly droppedAt: Int32Array;
  private readonly starts: RoundStart[] = [];
  /** Ballot types whose class changed, with the class they had (pairs), to rewind to a round. */
  private changeCount = 0;

  constructor(
    private readonly election: PreparedElection,
    startNumerator: bigint,
    startDenominator: bigint,
    private readonly settings: RunSettings,
    /** The δ the run tries to reach; error terms are bounded for δ up to it. */
    readonly reach: number,
    /** Buffers to reuse, from a range run that is not used any more. */
    workspace: RangeRunWorkspace = new RangeRunWorkspace(election),
  ) {
    this.extent = reach;
    this.typeClass = new Int32Array(election.types.count);
    this.workspace = workspace;
    this.histogram = workspace.histogram;
    this.spare = workspace.spare;
    this.classes = workspace.classes;
    this.classes.size = 1;
    this.costUtilities = settings.utilities === 'cost';
    this.tieOrder = byTieBreak(election, settings.ranks);
    const start = Number(startNumerator) / Number(startDenominator);
    const exact = startDenominator === 1n && startNumerator <= BigInt(Number.MAX_SAFE_INTEGER);
    // Every voter starts with E + δ: slope 1 (so never in the empty class, even when E is 0).
    this.typeClass.fill(this.classes.add(start, 1, exact ? 0 : 2 * U * start));
    const costs = election.costs;
    this.lowerBound = new Float64Array(costs.length);
    this.gone = new Uint8Array(costs.length);
    this.droppedAt = new Int32Array(costs.length).fill(0x7fffffff);
    for (let project = 0; project < costs.length; project += 1) {
      if (settings.eligible[project] !== 1 || election.supporters[project] === 0) continue;
      // A free project costs nobody anything: funded first (in tie order), whatever the endowment.
      if (costs[project] === 0) this.funded.push(project);
      else this.remaining.push(project);
    }
    this.funded.sort(this.tieOrder);
  }

  /**
   * The run over δ in [from, ...] (`from` at most `reach`, and after the δ of the previous call),
   * resumed from the last round whose decisions hold at `from`; `extent` in the result is absolute
   * (δ from this run's start). `undefined` when a decision cannot be proven even at `from`; the run
   * cannot be resumed after that.
   */
  resume(from: number, tolerance: number): RangeRunResult | undefined {
    let round = this.starts.length - 1;
    while (round > 0 && this.starts[round]!.extent < from) round -= 1;
    if (round >= 0) this.rewind(round);
    this.from = from;
    this.tolerance = Math.max(0, tolerance);
    this.crossings = 0;
    this.bounded.losers = 0;
    this.bounded.maybe = 0;
    this.firstCrossing = -1;
    const result = this.play();
    if (result !== undefined) return result;
    // An enclosure was too wide to prove a later decision: the same range again without enclosing,
    // from the round that first enclosed a crossing (every decision before it holds at `from`): first
    // the enclosures of this call, then, if that fails too, those kept from earlier ranges as well.
    for (const stage of ['this call', 'kept']) {
      const round = stage === 'kept' ? this.earliestEnclosure : this.firstCrossing;
      if (round < 0) continue;
      this.rewind(round);
      this.tolerance = 0;
      this.crossings = 0;
      this.bounded.losers = 0;
      this.bounded.maybe = 0;
      const narrowed = this.play();
      if (narrowed !== undefined) return { ...narrowed, narrowed: true };
    }
    return undefined;
  }

  private rewind(round: number): void {
    const start = this.starts[round]!;
    this.starts.length = round;
    const changes = this.workspace.changes;
    for (let i = this.changeCount - 2; i >= start.changes; i -= 2) this.typeClass[changes[i]!] = changes[i + 1]!;
    this.changeCount = start.changes;
    this.classes.size = start.classes;
    this.funded.length = start.funded;
    this.cost = start.cost;
    const { remainingLog, boundsLog } = this.workspace;
    this.remaining.length = 0;
    for (let i = start.remainingAt; i < start.remainingAt + start.remainingLength; i += 1) this.remaining.push(remainingLog[i]!);
    for (const project of this.remaining) this.gone[project] = 0;
    const projects = this.lowerBound.length;
    for (let project = 0; project < projects; project += 1) this.lowerBound[project] = boundsLog[round * projects + project]!;
    this.extent = start.extent;
    this.earliestEnclosure = start.earliestEnclosure;
  }

  private play(): RangeRunResult | undefined {
    const { costs } = this.election;
    const { lowerBound, gone } = this;
    while (this.remaining.length > 0) {
      sortByBound(this.remaining, lowerBound);
      const { workspace } = this;
      const round = this.starts.length;
      const previous = this.starts[round - 1];
      const remainingAt = previous === undefined ? 0 : previous.remainingAt + previous.remainingLength;
      const remainingLength = this.remaining.length;
      if (remainingAt + remainingLength > workspace.remainingLog.length) workspace.remainingLog = growInts(workspace.remainingLog, remainingAt + remainingLength);
      for (let i = 0; i < remainingLength; i += 1) workspace.remainingLog[remainingAt + i] = this.remaining[i]!;
      const projects = lowerBound.length;
      if ((round + 1) * projects > workspace.boundsLog.length) workspace.boundsLog = grown(workspace.boundsLog, (round + 1) * projects);
      workspace.boundsLog.set(lowerBound, round * projects);
      this.starts.push({
        extent: this.extent,
        classes: this.classes.size,
        changes: this.changeCount,
        funded: this.funded.length,
        cost: this.cost,
        remainingAt,
        remainingLength,
        earliestEnclosure: this.earliestEnclosure,
      });
      const priced: Priced[] = [];
      let bestHigh = Infinity;
      let bestHighExtent = this.extent;
      let stoppedAt = Infinity;
      // Each project is priced over the whole range of the round; what its pricing needs (its
      // `extent`) limits the round only if it wins or cannot be shown to lose by its `bound`.
      const roundExtent = this.extent;
      this.kept = undefined;
      for (const project of this.remaining) {
        // ρ only rises from round to round (for each δ): this and all later ones cannot win (over
        // the range `bestHigh` holds for, or wherever the winner's ρ is below this bound).
        if (lowerBound[project]! > bestHigh) {
          stoppedAt = lowerBound[project]!;
          break;
        }
        this.extent = roundExtent;
        const result = this.price(project, 'round');
        if (result === 'unsure') return undefined;
        if (result === 'unaffordable') {
          gone[project] = 1;
          this.droppedAt[project] = round;
          continue;
        }
        priced.push(result);
        if (!result.maybe && result.high < bestHigh) {
          bestHigh = result.high;
          bestHighExtent = result.extent;
        }
      }
      this.extent = roundExtent;
      if (priced.length > 0) {
        const winner = this.pickWinner(priced, stoppedAt, bestHighExtent, roundExtent);
        if (winner === undefined) return undefined;
        for (const candidate of priced) {
          if (candidate.project !== winner && candidate.extent < this.extent) {
            this.bounded.losers += 1;
            if (candidate.maybe) this.bounded.maybe += 1;
          }
          if (candidate.crossed && this.extent <= candidate.extent) this.crossings += 1;
          // Over the range the round now holds for: the enclosure's bounds if its pricing holds
          // there, else the lower bound valid over the whole range.
          if (candidate.maybe && candidate.extent >= this.extent) gone[candidate.project] = 1;
          else lowerBound[candidate.project] = candidate.extent >= this.extent || candidate.bound === undefined ? candidate.low : lowestOver(candidate.bound, this.from, roundExtent);
        }
        if (winner === -1) {
          let kept = 0;
          for (const project of this.remaining) if (gone[project] === 0) this.remaining[kept++] = project;
          this.remaining.length = kept;
          continue;
        }
        if (!this.fund(winner)) return undefined;
        this.funded.push(winner);
        this.cost += costs[winner]!;
        gone[winner] = 1;
      }
      let kept = 0;
      for (const project of this.remaining) if (gone[project] === 0) this.remaining[kept++] = project;
      this.remaining.length = kept;
    }
    return { funded: [...this.funded], cost: this.cost, extent: this.extent, crossings: this.crossings, narrowed: false, bounded: { ...this.bounded } };
  }

  /**
   * ρ of the project as an affine function, `unaffordable` (for every δ in range) or `unsure`. In a
   * `round`, a project whose guessed ρ at `from` is above the best so far is left unproven (most
   * of them lose by their bound alone), and the best so far is kept for funding; a `recheck` proves
   * the pricing whatever it is and keeps nothing.
   */
  private price(project: number, mode: 'round' | 'recheck'): Priced | 'unaffordable' | 'unsure' {
    const cost = this.election.costs[project]!;
    // Ranges after the first replay the same late rounds, where the same projects run out of money:
    // their supporters' money proves it without grouping them (most of the pricings of small files).
    if (this.droppedAt[project]! < this.starts.length && this.unaffordable(project, cost)) return 'unaffordable';
    this.histogram.collect(project, this.typeClass, this.classes);
    const roundExtent = this.extent;
    const crossings = this.crossings;
    const divisor = this.costUtilities ? cost : 1;
    const { reach } = this;
    const split = this.guessSplit(cost, this.lowerBound[project]! * divisor);
    if (split === 'maybe') {
      // Unaffordable at `from` but perhaps not further on: bounded by its split where it may first be affordable.
      const low = this.lowerPrice(cost, Math.min(roundExtent, this.extent + 1));
      this.histogram.release();
      const bound = low === undefined ? undefined : divided(low, divisor, reach);
      return { project, extent: this.extent, bound, maybe: true, proven: true, crossed: false, rho: { c: Infinity, s: 0, r: 0 }, allRich: undefined, low: Infinity, high: Infinity };
    }
    if (typeof split === 'string') {
      this.histogram.release();
      return split;
    }
    if (mode === 'round' && this.kept !== undefined) {
      // t_low is a lower bound on the price for any split, so this one is at least `bound` wherever
      // it is affordable; proving its split (the pass over its entries at every δ, the enclosure of
      // its crossings) is left for when the bound does not prove that it loses.
      const bound = divided(split.low, divisor, reach);
      // Clearly above, not only in the last bits: a project tied with the best (the same ρ, reached
      // by other roundings) must be proven here, where `pickWinner` can still order the two exactly.
      const best = this.kept.rhoAtFrom;
      if (bound.c + bound.s * this.from > best + Math.abs(best) * 2 ** -30) {
        this.histogram.release();
        return { project, extent: -1, bound, maybe: false, proven: false, crossed: false, rho: bound, allRich: undefined, low: -Infinity, high: Infinity };
      }
    }
    const price = this.provePrice(cost, split);
    const crossed = this.crossings > crossings;
    this.crossings = crossings;
    this.histogram.release();
    if (typeof price === 'string') return price;
    const { t } = price;
    const rho = divided(t, divisor, reach);
    const rhoAtFrom = rho.c + rho.s * this.from;
    if (mode === 'round' && (this.kept === undefined || rhoAtFrom < this.kept.rhoAtFrom)) {
      // Its entries stay in this histogram: the next pricing collects into the other one.
      this.kept = { project, price, rhoAtFrom };
      const histogram = this.histogram;
      this.histogram = this.spare;
      this.spare = histogram;
    }
    const first = rho.s * this.from;
    const last = rho.s * this.extent;
    const margin = MARGIN * (Math.abs(rho.c) + reach * Math.abs(rho.s) + rho.r);
    // Nobody pays everything: ρ = cost / (rich weight × divisor) exactly, the same for every δ.
    const allRich = price.poorCount === 0 && price.mixedCount === 0 ? { numerator: cost / divisor, denominator: price.richWeight } : undefined;
    return {
      project,
      extent: this.extent,
      bound: divided(price.low, divisor, reach),
      maybe: false,
      proven: true,
      crossed,
      rho,
      allRich,
      low: rho.c + Math.min(first, last) - rho.r - margin,
      high: rho.c + Math.max(first, last) + rho.r + margin,
    };
  }

  /**
   * Whether the project's supporters' money is proven short of its cost for every δ in range, summed
   * ballot type by ballot type (the same sum and error bound as {@link priceOf}'s, term by term).
   */
  private unaffordable(project: number, cost: number): boolean {
    const { supportOffsets, supportTypes, multiplicity } = this.election.types;
    const { c, s, r } = this.classes;
    const { typeClass, reach } = this;
    let moneyC = 0;
    let moneyS = 0;
    let moneyR = 0;
    let absolute = 0;
    let terms = 0;
    const end = supportOffsets[project + 1]!;
    for (let i = supportOffsets[project]!; i < end; i += 1) {
      const type = supportTypes[i]!;
      const k = typeClass[type]!;
      if (k === 0) continue;
      const n = multiplicity[type]!;
      moneyC += n * c[k]!;
      moneyS += n * s[k]!;
      moneyR += n * r[k]!;
      absolute += n * (Math.abs(c[k]!) + reach * Math.abs(s[k]!));
      terms += 1;
    }
    moneyR += (terms + 4) * U * (absolute + cost);
    return provenUntil(cost - moneyC, -moneyS, moneyR, reach, this.from) >= this.extent;
  }

  /**
   * The price t per unit of weight of the project whose supporters were just collected, for every δ
   * in range, as an enclosure. The supporters are split into poor entries (proven to pay everything
   * they have: budget ≤ t·weight), rich ones (proven to pay the share: budget ≥ t·weight) and, when
   * crossings are tolerated, mixed ones (paying everything at some δ and the share at others). With
   * P what the poor pay, W_R and W_M the rich and mixed weights, t_low = (cost − P) / (W_R + W_M):
   * - t ≥ t_low: the payments g(t) at t ≥ t_low are at most P + (W_R + W_M)·t, which is cost at t_low;
   * - t ≤ t_low + Δ / W_R, with Δ = Σ mixed voters × (t_low·weight − budget)⁺: g(t_low) = cost − Δ
   *   exactly, and g rises at least as fast as W_R·t up to t_low + Δ / W_R (the rich keep paying the
   *   share there).
   * Without mixed entries Δ = 0 and the enclosure is the exact price. The split is first guessed at
   * δ = 0 in doubles, then proven for every δ in range (with its error bounds); an entry whose status
   * changes within the range either shrinks the range to where it holds, or, when that would leave
   * fewer than `tolerance` steps, becomes mixed (and the range is cut to `tolerance` steps, over which
   * the enclosure stays narrow). Marks the entries in `histogram.poor` (RICH, POOR, MIXED).
   */
  private priceOf(cost: number, floor: number): Price | 'unaffordable' | 'maybe' | 'unsure' {
    const split = this.guessSplit(cost, floor);
    return typeof split === 'string' ? split : this.provePrice(cost, split);
  }

  /**
   * The first half of {@link priceOf}: affordability, proven over the range (or `unaffordable`,
   * `maybe`, `unsure`), and the split guessed at δ = from with the t_low it gives (marked in the histogram).
   */
  private guessSplit(cost: number, floor: number): Split | 'unaffordable' | 'maybe' | 'unsure' {
    const { c, s, r } = this.classes;
    const { reach } = this;
    const { size, budgetClass, voters, weight, poor } = this.histogram;
    let moneyC = 0;
    let moneyS = 0;
    let moneyR = 0;
    let absolute = 0;
    let richWeight = 0;
    for (let i = 0; i < size; i += 1) {
      poor[i] = RICH;
      const k = budgetClass[i]!;
      const n = voters[i]!;
      moneyC += n * c[k]!;
      moneyS += n * s[k]!;
      moneyR += n * r[k]!;
      absolute += n * (Math.abs(c[k]!) + reach * Math.abs(s[k]!));
      richWeight += n * weight[i]!;
    }
    moneyR += (size + 4) * U * (absolute + cost);
    // Affordable for every δ in range, or unaffordable for every δ in range; else too close to call.
    const affordable = provenUntil(moneyC - cost, moneyS, moneyR, reach, this.from);
    if (affordable < 0) {
      const unaffordable = provenUntil(cost - moneyC, -moneyS, moneyR, reach, this.from);
      if (unaffordable < 0) return 'unsure';
      const whole = unaffordable >= this.extent;
      this.shrink(unaffordable);
      return whole ? 'unaffordable' : 'maybe';
    }
    this.shrink(affordable);
    // Poor or rich at δ = from, in doubles (marking with the price of the previous pass is safe: it
    // never exceeds the final one). Only a guess until proven below. The first pass marks with the
    // project's lower bound on its price from an earlier round when that is higher (its price only
    // rises), which saves most of the passes; a wrong guess could only make the proof fail, never pass.
    const from = this.from;
    let paid = 0;
    const start = floor * (1 - MARGIN);
    if (start > cost / richWeight) {
      for (let i = 0; i < size; i += 1) {
        const k = budgetClass[i]!;
        const budget = c[k]! + s[k]! * from;
        if (budget < start * weight[i]!) {
          poor[i] = POOR;
          paid += voters[i]! * budget;
          richWeight -= voters[i]! * weight[i]!;
        }
      }
    }
    this.markPoor(cost, from, paid, richWeight);
    return this.lowOfSplit(cost) ?? 'unsure';
  }

  /** The second half of {@link priceOf}: the guessed split proven, or its crossings enclosed. */
  private provePrice(cost: number, split: Split): Price | 'unsure' {
    const { size, poor } = this.histogram;
    let price = this.enclosePrice(cost, this.extent, split);
    if (price === undefined) return 'unsure';
    let least = this.extent;
    const holds = this.workspace.holds;
    for (let i = 0; i < size; i += 1) if (holds[i]! < least) least = holds[i]!;
    if (least >= this.extent) return price;
    if (this.tolerance === 0 || least >= Math.min(this.extent, this.from + this.tolerance)) {
      if (least < 0) return 'unsure';
      this.extent = least;
      return price;
    }
    // A crossing within the tolerated steps: the range becomes those steps, and every entry whose
    // status is not proven over them is mixed (the mixed only grow, so this ends).
    this.extent = Math.min(this.extent, this.from + this.tolerance);
    this.crossings += 1;
    if (this.firstCrossing < 0) this.firstCrossing = this.starts.length - 1;
    if (this.earliestEnclosure < 0) this.earliestEnclosure = this.starts.length - 1;
    for (;;) {
      let settled = true;
      for (let i = 0; i < size; i += 1) {
        if (poor[i] !== MIXED && this.workspace.holds[i]! < this.extent) {
          poor[i] = MIXED;
          settled = false;
        }
      }
      if (settled) return price;
      price = this.enclosePrice(cost, this.extent);
      if (price === undefined) return 'unsure';
    }
  }

  /**
   * The enclosure of the price for the current marks, and in `holds` how far each poor or rich
   * entry's status is proven (−1: not even at δ = 0). `undefined` when no entry is rich.
   */
  private enclosePrice(cost: number, extent: number, split = this.lowOfSplit(cost)): Price | undefined {
    const { c, s, r } = this.classes;
    const { reach } = this;
    const { size, budgetClass, voters, weight, poor } = this.histogram;
    if (split === undefined) return undefined;
    const { low, poorCount, mixedCount, richWeight } = split;
    // Δ: the most the mixed entries can fall short of paying t_low × weight, anywhere in range.
    let shortfall = 0;
    if (mixedCount > 0) {
      for (let i = 0; i < size; i += 1) {
        if (poor[i] !== MIXED) continue;
        // highestOver(gapBetween(low, weight, budget), from, extent), inlined (the same operations).
        const k = budgetClass[i]!;
        const w = weight[i]!;
        const gapC = low.c * w - c[k]!;
        const gapS = low.s * w - s[k]!;
        const gapR = r[k]! + low.r * w + 2 * U * (Math.abs(c[k]!) + Math.abs(low.c * w) + reach * (Math.abs(s[k]!) + Math.abs(low.s * w)));
        const short = gapC + Math.max(gapS * this.from, gapS * extent) + gapR + 4 * U * (Math.abs(gapC) + Math.abs(gapS) * extent + gapR);
        if (short > 0) shortfall += voters[i]! * short;
      }
      shortfall *= 1 + (mixedCount + 4) * U;
    }
    let t: Affine;
    let lift: number;
    if (richWeight > 0) {
      lift = (shortfall / richWeight) * (1 + 4 * U);
      t = lift === 0 ? low : { c: low.c + lift / 2, s: low.s, r: low.r + lift / 2 + 2 * U * (Math.abs(low.c) + lift) };
    } else {
      // Nobody surely pays the share: at t = the largest budget per weight everyone pays everything,
      // which covers the cost (the project is affordable), so t is at most that.
      // The poor pay everything at t_low already, so their budgets per weight are below it.
      let high = highestOver(low, this.from, extent);
      for (let i = 0; i < size; i += 1) {
        const k = budgetClass[i]!;
        if (poor[i] === MIXED) high = Math.max(high, (highestOver({ c: c[k]!, s: s[k]!, r: r[k]! }, this.from, extent) / weight[i]!) * (1 + 2 * U));
      }
      const lowest = -highestOver(negated(low), this.from, extent);
      t = { c: (lowest + high) / 2, s: 0, r: (high - lowest) / 2 + 2 * U * (Math.abs(lowest) + Math.abs(high)) };
      lift = Math.max(0, high - lowest);
    }
    const { workspace } = this;
    if (workspace.holds.length < size) workspace.holds = new Float64Array(Math.max(size, workspace.holds.length * 2));
    const holds = workspace.holds;
    for (let i = 0; i < size; i += 1) {
      if (poor[i] === MIXED) continue;
      // Poor: t_low·weight − budget ≥ 0; rich: budget − (t_low + lift)·weight ≥ 0 (hot: inlined).
      const k = budgetClass[i]!;
      const w = weight[i]!;
      const paidC = low.c * w;
      const paidS = low.s * w;
      const gapR = r[k]! + low.r * w + 2 * U * (Math.abs(c[k]!) + Math.abs(paidC) + lift * w + reach * (Math.abs(s[k]!) + Math.abs(paidS)));
      holds[i] = poor[i] === POOR ? provenUntil(paidC - c[k]!, paidS - s[k]!, gapR, reach, this.from) : provenUntil(c[k]! - paidC - lift * w, s[k]! - paidS, gapR, reach, this.from);
    }
    return { t, low, poorCount, mixedCount, richWeight };
  }

  /**
   * The project with the smallest ρ, proven below every other contender's ρ for every δ in range (the
   * range shrinks to the winner's pricing, and to whatever a loser's proof needs), −1 when no project
   * is affordable over the range, or `undefined` when that cannot be proven (a tie only exact
   * arithmetic can break). A loser is first compared by its lower bound over the whole range, which
   * needs none of its own pricing's decisions; only if that fails is the range cut to its pricing's.
   * Ties between projects nobody pays everything for are exact (ρ = 1 / rich weight, or cost / rich
   * weight) and go by `tieOrder`. Projects not priced (their lower bound `stoppedAt` or more) must be
   * above the winner's ρ; else the range is cut to where the smallest upper bound, from the pricing
   * ending at `highExtent`, holds. A project left unproven (its guessed ρ clearly above the best's) is
   * priced again in full, over `roundExtent`, only when its bound does not prove that it loses.
   */
  private pickWinner(priced: Priced[], stoppedAt: number, highExtent: number, roundExtent: number): number | undefined {
    let best: Priced | undefined;
    for (const candidate of priced) if (candidate.proven && !candidate.maybe && (best === undefined || this.precedes(candidate, best))) best = candidate;
    if (best === undefined) {
      // Nothing affordable at `from`: those that may become affordable are cut off where they do.
      for (const candidate of priced) this.shrink(candidate.extent);
      return -1;
    }
    this.shrink(best.extent);
    if (stoppedAt !== Infinity && !(stoppedAt > best.high)) this.shrink(highExtent);
    for (let i = 0; i < priced.length; i += 1) {
      let other = priced[i]!;
      if (other === best) continue;
      if (other.bound !== undefined && this.provenAbove(other.bound, best.rho) >= this.extent) continue;
      if (!other.proven) {
        // Its bound is too low: priced again, in full, over the round's range.
        const extent = this.extent;
        this.extent = roundExtent;
        const full = this.price(other.project, 'recheck');
        this.extent = extent;
        if (typeof full === 'string') return undefined;
        priced[i] = other = full;
      }
      this.shrink(other.extent);
      if (other.maybe) continue;
      if (best.allRich !== undefined && other.allRich !== undefined) {
        if (!this.precedes(best, other)) return undefined;
        continue;
      }
      const holds = this.provenAbove(other.rho, best.rho);
      if (holds < 0) return undefined;
      this.shrink(holds);
    }
    return best.project;
  }

  /**
   * Whether `a` comes before `b` at δ = `from`: exactly when nobody pays everything for either, else
   * in doubles (the winner's lead is proven afterwards). A method, not a closure made each round.
   */
  private precedes(a: Priced, b: Priced): boolean {
    if (a.allRich !== undefined && b.allRich !== undefined) {
      const order = compareFractions(a.allRich, b.allRich);
      return order < 0 || (order === 0 && this.tieOrder(a.project, b.project) < 0);
    }
    const rhoA = a.rho.c + a.rho.s * this.from;
    const rhoB = b.rho.c + b.rho.s * this.from;
    return rhoA < rhoB || (rhoA === rhoB && this.tieOrder(a.project, b.project) < 0);
  }

  /** How far `lower`, a lower bound on a contender's ρ, is proven above `rho`, the best's. */
  private provenAbove(lower: Affine, rho: Affine): number {
    const { reach } = this;
    return provenUntil(lower.c - rho.c, lower.s - rho.s, lower.r + rho.r + U * (Math.abs(lower.c) + Math.abs(rho.c) + reach * (Math.abs(lower.s) + Math.abs(rho.s))), reach, this.from);
  }

  /**
   * A lower bound on the price per unit of weight of the project whose supporters were just collected,
   * for every δ in range at which it is affordable, with the split guessed at δ = `at`: t ≥ (cost − P)
   * / W for any set of supporters whose budgets add up to P and the others' weights to W (the first
   * pay at most their budgets, the others at most t × weight). `undefined` when the guess leaves no weight.
   */
  private lowerPrice(cost: number, at: number): Affine | undefined {
    const { size, voters, weight, poor } = this.histogram;
    let rich = 0;
    for (let i = 0; i < size; i += 1) {
      poor[i] = RICH;
      rich += voters[i]! * weight[i]!;
    }
    if (!(this.markPoor(cost, at, 0, rich) > 0)) return undefined;
    return this.lowOfSplit(cost)?.low;
  }

  /**
   * Marks as poor, in doubles at δ = `at`, every entry still marked rich whose budget cannot pay the
   * price the others' weight leaves (`paid`: what those marked poor pay; `rich`: the weight of the rest),
   * until none moves (marking with the price of the previous pass is safe: it never exceeds the final
   * one). Only a guess: callers prove it or use it where any split gives a bound. Returns the rich weight.
   */
  private markPoor(cost: number, at: number, paid: number, rich: number): number {
    const { c, s } = this.classes;
    const { size, budgetClass, voters, weight, poor } = this.histogram;
    for (let moved = true; moved; ) {
      moved = false;
      const rest = cost - paid;
      const share = rich;
      for (let i = 0; i < size; i += 1) {
        if (poor[i] !== RICH) continue;
        const k = budgetClass[i]!;
        const budget = c[k]! + s[k]! * at;
        if (budget * share < rest * weight[i]!) {
          poor[i] = POOR;
          paid += voters[i]! * budget;
          rich -= voters[i]! * weight[i]!;
          moved = true;
        }
      }
    }
    return rich;
  }

  /**
   * t_low = (cost − P) / (W_R + W_M) for the split marked in the histogram (P what the poor pay, W_R and
   * W_M the rich and mixed weights), with its error bound: a lower bound on the price for any split
   * (see {@link lowerPrice}), and the price itself when nobody is mixed and the split holds. `undefined`
   * when no entry is rich or mixed.
   */
  private lowOfSplit(cost: number): Split | undefined {
    const { c, s, r } = this.classes;
    const { reach } = this;
    const { size, budgetClass, voters, weight, poor } = this.histogram;
    let paidC = 0;
    let paidS = 0;
    let paidR = 0;
    let paidAbsolute = 0;
    let poorCount = 0;
    let mixedCount = 0;
    let richWeight = 0;
    let mixedWeight = 0;
    for (let i = 0; i < size; i += 1) {
      const n = voters[i]!;
      if (poor[i] === POOR) {
        const k = budgetClass[i]!;
        paidC += n * c[k]!;
        paidS += n * s[k]!;
        paidR += n * r[k]!;
        paidAbsolute += n * (Math.abs(c[k]!) + reach * Math.abs(s[k]!));
        poorCount += 1;
      } else if (poor[i] === MIXED) {
        mixedWeight += n * weight[i]!;
        mixedCount += 1;
      } else {
        richWeight += n * weight[i]!;
      }
    }
    if (richWeight <= 0 && mixedCount === 0) return undefined;
    const shareWeight = richWeight + mixedWeight;
    paidR += (poorCount + 4) * U * (paidAbsolute + cost);
    const low: Affine = { c: (cost - paidC) / shareWeight, s: -paidS / shareWeight, r: 0 };
    low.r = paidR / shareWeight + 2 * U * (Math.abs(low.c) + reach * Math.abs(low.s));
    return { low, poorCount, mixedCount, richWeight };
  }

  /** Takes the winner's price from its supporters (they move to new classes); false if unprovable. */
  private fund(project: number): boolean {
    const { classes, typeClass } = this;
    let histogram = this.histogram;
    let price: Price | 'unaffordable' | 'maybe' | 'unsure';
    if (this.kept?.project === project) {
      // Priced this round over a range that contains the round's: its split and enclosure hold here.
      histogram = this.spare;
      histogram.reindex();
      price = this.kept.price;
    } else {
      histogram.collect(project, typeClass, classes);
      const cost = this.election.costs[project]!;
      price = this.priceOf(cost, this.lowerBound[project]! * (this.costUtilities ? cost : 1));
    }
    this.kept = undefined;
    if (typeof price === 'string') {
      histogram.release();
      return false;
    }
    const { workspace } = this;
    if (workspace.transition.length < histogram.size) workspace.transition = new Int32Array(Math.max(histogram.size, workspace.transition.length * 2));
    const transition = workspace.transition;
    const { t } = price;
    const { reach } = this;
    for (let i = 0; i < histogram.size; i += 1) {
      // Poor: pays everything it has, exactly nothing left for every δ in range (class 0).
      if (histogram.poor[i] === POOR) {
        transition[i] = 0;
        continue;
      }
      const k = histogram.budgetClass[i]!;
      if (histogram.poor[i] === MIXED) {
        transition[i] = this.mixedLeftover(price, histogram.weight[i]!, k);
        continue;
      }
      // leftAfterPaying(budget, t, weight), inlined (the same operations).
      const c = classes.c[k]!;
      const s = classes.s[k]!;
      const w = histogram.weight[i]!;
      const paidC = t.c * w;
      const paidS = t.s * w;
      transition[i] = classes.add(c - paidC, s - paidS, classes.r[k]! + t.r * w + 2 * U * (Math.abs(c) + Math.abs(paidC) + reach * (Math.abs(s) + Math.abs(paidS))));
    }
    const { supportOffsets, supportTypes, supportWeights } = this.election.types;
    for (let k = supportOffsets[project]!; k < supportOffsets[project + 1]!; k += 1) {
      const type = supportTypes[k]!;
      const before = typeClass[type]!;
      if (before === 0) continue;
      if (this.changeCount + 2 > workspace.changes.length) workspace.changes = growInts(workspace.changes);
      workspace.changes[this.changeCount] = type;
      workspace.changes[this.changeCount + 1] = before;
      this.changeCount += 2;
      typeClass[type] = transition[histogram.slotOf(before, supportWeights[k]!)]!;
    }
    histogram.release();
    return true;
  }

  /**
   * The class a mixed entry (class k, weight w) is left in after paying: (budget − t·w)⁺ for every δ in
   * [from, extent], t anywhere in the price's enclosure. That lies between two convex functions, (budget −
   * t_high·w)⁺ and (budget − t_low·w)⁺, which cross zero within the range. The upper one is below its chord
   * (convex); the lower one is above θ·(budget − t_high·w) for any θ in [0, 1] (a mix of it and 0), taken
   * parallel to the chord. Between those two lines the enclosure is an affine function with the radius
   * of half their distance at the range's ends: where the crossing is near one end of the range, far
   * narrower than the constant [0, most] (what made enclosures wide enough to fail later decisions).
   */
  private mixedLeftover(price: Price, weight: number, k: number): number {
    const { classes, from, extent, reach } = this;
    const c = classes.c[k]!;
    const s = classes.s[k]!;
    const r = classes.r[k]!;
    const upper = negated(gapBetween(price.low, weight, c, s, r, reach));
    const lower = negated(gapBetween(price.t, weight, c, s, r, reach));
    const upFrom = Math.max(0, highestOver(upper, from, from));
    const upTo = Math.max(0, highestOver(upper, extent, extent));
    const width = extent - from;
    const chordSlope = width > 0 ? (upTo - upFrom) / width : 0;
    const lowFrom = lowestOver(lower, from, from);
    const lowTo = lowestOver(lower, extent, extent);
    let best = { c: upFrom / 2, s: 0, r: Infinity };
    for (const theta of [0, lower.s !== 0 ? Math.min(1, Math.max(0, chordSlope / lower.s)) : 0]) {
      // The lower line at both ends, rounded down (θ ≥ 0, so θ × a lower bound is one).
      const loFrom = theta === 0 ? 0 : theta * lowFrom - 2 * U * Math.abs(theta * lowFrom);
      const loTo = theta === 0 ? 0 : theta * lowTo - 2 * U * Math.abs(theta * lowTo);
      const midFrom = (loFrom + upFrom) / 2;
      const midTo = (loTo + upTo) / 2;
      const slope = width > 0 ? (midTo - midFrom) / width : 0;
      const intercept = midFrom - slope * from;
      // Both bounding lines are within `gap` of the line through the mids at the ends, so everywhere
      // between; `off` is how far intercept + slope·δ, in doubles, is from that line at the ends.
      const gap = Math.max(upFrom - midFrom, midFrom - loFrom, upTo - midTo, midTo - loTo);
      const off = Math.max(Math.abs(intercept + slope * from - midFrom), Math.abs(intercept + slope * extent - midTo));
      const radius = (gap + off) * (1 + 4 * U) + 4 * U * (Math.abs(intercept) + Math.abs(slope) * extent + Math.abs(midFrom) + Math.abs(midTo) + upFrom + upTo);
      if (radius < best.r) best = { c: intercept, s: slope, r: radius };
    }
    return classes.add(best.c, best.s, best.r);
  }

  private shrink(extent: number): void {
    if (extent < this.extent) this.extent = extent;
  }
}

function growInts(array: Int32Array, least = 0): Int32Array {
  const bigger = new Int32Array(Math.max(least, array.length * 2));
  bigger.set(array);
  return bigger;
}

function grown(array: Float64Array, least = 0): Float64Array {
  const bigger = new Float64Array(Math.max(least, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** t·weight − budget, with its error bound. */
function gapBetween(t: Affine, weight: number, c: number, s: number, r: number, reach: number): Affine {
  const paidC = t.c * weight;
  const paidS = t.s * weight;
  return { c: paidC - c, s: paidS - s, r: r + t.r * weight + 2 * U * (Math.abs(c) + Math.abs(paidC) + reach * (Math.abs(s) + Math.abs(paidS))) };
}

/** ρ from a price per unit of weight: t / divisor, with its error bound. */
function divided(t: Affine, divisor: number, reach: number): Affine {
  const c = t.c / divisor;
  const s = t.s / divisor;
  return { c, s, r: t.r / divisor + U * (Math.abs(c) + reach * Math.abs(s)) };
}

/** A lower bound on the exact value of `value` for every δ in [from, extent]. */
function lowestOver(value: Affine, from: number, extent: number): number {
  return -highestOver(negated(value), from, extent);
}

function negated(value: Affine): Affine {
  return { c: -value.c, s: -value.s, r: value.r };
}

/** An upper bound on the exact value of `value` for every δ in [from, extent]. */
function highestOver(value: Affine, from: number, extent: number): number {
  const highest = value.c + Math.max(value.s * from, value.s * extent) + value.r;
  return highest + 4 * U * (Math.abs(value.c) + Math.abs(value.s) * extent + value.r);
}

/**
 * The largest whole δ in [from, reach] such that c + s·x − r > 0 is proven for every x in [from, δ]
 * (with a margin for the rounding of this very evaluation), or −1 if not even at `from`.
 */
function provenUntil(c: number, s: number, r: number, reach: number, from: number): number {
  const low = c - r - MARGIN * (Math.abs(c) + r + reach * Math.abs(s));
  if (!(low + s * from > 0)) return -1;
  if (s >= 0) return reach;
  const until = (low / -s) * (1 - MARGIN);
  if (!(until >= from)) return -1;
  return until >= reach ? reach : Math.floor(until);
}

/** Orders two fractions of whole numbers exactly. */
function compareFractions(a: { numerator: number; denominator: number }, b: { numerator: number; denominator: number }): number {
  const left = BigInt(a.numerator) * BigInt(b.denominator);
  const right = BigInt(b.numerator) * BigInt(a.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Sorts projects by their lower bound (then index), in place; bounds move little between rounds. */
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
