import { ratioToNumber } from './rational.js';

/**
 * The voters' remaining budgets during one equal-shares run, exactly, one value per budget class.
 *
 * Voters with the same ballot always hold the same budget, and so do voters who went through the same
 * payments, so a run keeps a class per distinct budget and each ballot type points to its class.
 * Class 0 is the empty budget.
 *
 * Exactness: every budget is a bigint numerator over one common denominator D. Paying a price
 * multiplies D by a whole factor ({@link newEpoch}); numerators of classes created earlier are rescaled
 * when next read, by the factor D_now / D_then kept for each epoch.
 *
 * Each class also carries a double approximation of its value, computed once from the exact value with
 * relative error at most 3u (u = 2^-53: one rounding each for the numerator, the denominator and the
 * division), which the price estimates rely on.
 */
export class BudgetClasses {
  /** Current common denominator D. */
  denominator: bigint;
  epoch = 0;
  private readonly numerators: bigint[] = [0n];
  private readonly epochs: number[] = [0];
  private approximations = new Float64Array(8); // grows by doubling; small elections need few classes
  private count = 1;
  /** D_now / D_epoch for each epoch so far. */
  private scaleToNow: bigint[] = [1n];
  private denominatorApproximation: number;

  constructor(denominator: bigint) {
    this.denominator = denominator;
    this.denominatorApproximation = Number(denominator);
  }

  get size(): number {
    return this.count;
  }

  /** A new class holding `numerator / D`; returns its index. */
  add(numerator: bigint): number {
    const index = this.count;
    if (index === this.approximations.length) {
      const grown = new Float64Array(index * 2);
      grown.set(this.approximations);
      this.approximations = grown;
    }
    this.numerators.push(numerator);
    this.epochs.push(this.epoch);
    this.approximations[index] = this.approximate(numerator);
    this.count += 1;
    return index;
  }

  /** The class's budget as a numerator over the current denominator. */
  value(index: number): bigint {
    const epoch = this.epochs[index]!;
    if (epoch !== this.epoch) {
      this.numerators[index] = this.numerators[index]! * this.scaleToNow[epoch]!;
      this.epochs[index] = this.epoch;
    }
    return this.numerators[index]!;
  }

  /** The class's budget in currency units, within relative error 3u. */
  approximation(index: number): number {
    return this.approximations[index]!;
  }

  /** Multiplies the common denominator by `factor` (a whole number above 1). */
  newEpoch(factor: bigint): void {
    this.denominator *= factor;
    this.denominatorApproximation = Number(this.denominator);
    this.scaleToNow = this.scaleToNow.map((scale) => scale * factor);
    this.scaleToNow.push(1n);
    this.epoch += 1;
  }

  /** D_now / D_epoch. */
  scaleFrom(epoch: number): bigint {
    return this.scaleToNow[epoch]!;
  }

  private approximate(numerator: bigint): number {
    const value = Number(numerator) / this.denominatorApproximation;
    // Beyond the double range the quotient is not finite: shift both down first instead.
    return Number.isFinite(value) && this.denominatorApproximation < 1e300 ? value : ratioToNumber(numerator, this.denominator);
  }
}
