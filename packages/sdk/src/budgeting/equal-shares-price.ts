import type { SupporterHistogram } from './supporter-histogram.js';

/**
 * Pricing one project in an equal-shares round, given its supporters' histogram.
 *
 * The price t per unit of weight is the smallest t with g(t) ≥ cost, where
 * g(t) = Σ voters × min(budget, t × weight) is what the supporters pay at price t. Supporters whose
 * budget is below t × weight ("poor") pay all they have; the rest pay t × weight. Equal shares
 * minimises ρ = t / cost (cost utilities: a supporter's utility is cost × weight) or ρ = t
 * (cardinality utilities: utility = weight).
 */

/** An exact price: t = numerator / (richWeight × D), with ρ = numerator / (weightCost × D). */
export interface ExactPrice {
  /** cost × D minus what the poor supporters pay, over D. */
  readonly numerator: bigint;
  /** Total weight of the supporters paying the full price. */
  readonly richWeight: number;
  /** richWeight × cost (cost utilities) or richWeight (cardinality), as the denominator of ρ. */
  readonly weightCost: bigint;
}

/**
 * The exact price, or `undefined` when the supporters' money cannot cover `cost`. Marks the poor
 * entries in `histogram.poor`. Needs `histogram.readExactValues` first.
 */
export function exactPrice(histogram: SupporterHistogram, cost: number, denominator: bigint, costUtilities: boolean): ExactPrice | undefined {
  const { size, value, voters, weight, poor } = histogram;
  const scaledCost = BigInt(cost) * denominator;
  let richWeight = 0;
  for (let i = 0; i < size; i += 1) {
    richWeight += voters[i]! * weight[i]!;
    poor[i] = 0;
  }
  if (moneyOf(histogram) < scaledCost) return undefined;
  // Supporters who cannot pay the price pay everything they have, which raises the price for the
  // others; repeat until everyone left can pay. Marking with a stale (lower) price is safe: whoever is
  // poor at a lower price is poor at the final one. Ends because the money suffices: someone can pay.
  let paidByPoor = 0n;
  for (let moved = true; moved; ) {
    moved = false;
    const rest = scaledCost - paidByPoor;
    const rich = BigInt(richWeight);
    for (let i = 0; i < size; i += 1) {
      if (poor[i] === 0 && value[i]! * rich < rest * BigInt(weight[i]!)) {
        poor[i] = 1;
        paidByPoor += BigInt(voters[i]!) * value[i]!;
        richWeight -= voters[i]! * weight[i]!;
        moved = true;
      }
    }
  }
  return priced(scaledCost - paidByPoor, richWeight, cost, costUtilities);
}

/**
 * The exact price of a project known to be affordable, starting from the poor entries marked by
 * {@link estimatePrice}: if that split is consistent in exact arithmetic (every poor entry's budget is
 * below the price it implies, every other entry's is not), the price it implies is the price, since
 * exactly one price covers the cost. Otherwise falls back to {@link exactPrice}. Saves the
 * iterations when funding a project. Needs `histogram.readExactValues` first.
 */
export function confirmPrice(histogram: SupporterHistogram, cost: number, denominator: bigint, costUtilities: boolean): ExactPrice | undefined {
  const { size, value, voters, weight, poor } = histogram;
  const scaledCost = BigInt(cost) * denominator;
  let paidByPoor = 0n;
  let richWeight = 0;
  for (let i = 0; i < size; i += 1) {
    if (poor[i] === 1) paidByPoor += BigInt(voters[i]!) * value[i]!;
    else richWeight += voters[i]! * weight[i]!;
  }
  const rest = scaledCost - paidByPoor;
  if (rest > 0n && richWeight > 0) {
    const rich = BigInt(richWeight);
    let consistent = true;
    for (let i = 0; i < size && consistent; i += 1) {
      const isPoor = value[i]! * rich < rest * BigInt(weight[i]!);
      consistent = isPoor === (poor[i] === 1);
    }
    if (consistent) return priced(rest, richWeight, cost, costUtilities);
  }
  return exactPrice(histogram, cost, denominator, costUtilities);
}

/** All the supporters' money, over D. Needs `histogram.readExactValues` first. */
export function moneyOf(histogram: SupporterHistogram): bigint {
  let money = 0n;
  for (let i = 0; i < histogram.size; i += 1) money += BigInt(histogram.voters[i]!) * histogram.value[i]!;
  return money;
}

function priced(numerator: bigint, richWeight: number, cost: number, costUtilities: boolean): ExactPrice {
  return { numerator, richWeight, weightCost: costUtilities ? BigInt(richWeight) * BigInt(cost) : BigInt(richWeight) };
}

/** What doubles can prove about a project's price without exact arithmetic. */
export type PriceEstimate =
  | { readonly kind: 'unaffordable' }
  /** The exact ρ lies in [low, high]. */
  | { readonly kind: 'bounded'; readonly low: number; readonly high: number }
  /** Too close to call: use {@link exactPrice}. */
  | { readonly kind: 'unsure' };

/**
 * Bounds on ρ from double arithmetic, proven as follows. Each budget approximation has relative error
 * at most 3u (u = 2^-53). A sum of m non-negative terms, each a product of a count and such an
 * approximation (or of a weight and a double price t), computed in doubles, is within relative error
 * (m + 5) × 1.02 × u of the exact sum, which is below 1.2e-10 for m ≤ 2^20 entries; {@link TOLERANCE}
 * (1e-9) exceeds twice that. Hence:
 * - if the double money sum is below cost × (1 − TOLERANCE), the exact money is below the cost;
 * - for a double t, g_double(t) × (1 + TOLERANCE) < cost proves g(t) < cost, so ρ > t / cost' and
 *   g_double(t) × (1 − TOLERANCE) ≥ cost proves g(t) ≥ cost, so ρ ≤ t / cost' (g is non-decreasing,
 *   cost' being the cost or 1). The bounds are then widened by 4u for the final division.
 * A candidate t comes from a double version of the poor/rich iteration; its accuracy only matters for
 * how tight the proven interval is, not for its validity.
 */
export function estimatePrice(histogram: SupporterHistogram, cost: number, costUtilities: boolean): PriceEstimate {
  const { size, approximation, voters, weight, poor } = histogram;
  if (size > MAX_ENTRIES) return { kind: 'unsure' };
  let money = 0;
  let richWeight = 0;
  for (let i = 0; i < size; i += 1) {
    money += voters[i]! * approximation[i]!;
    richWeight += voters[i]! * weight[i]!;
    poor[i] = 0;
  }
  if (money < cost * (1 - TOLERANCE)) return { kind: 'unaffordable' };
  if (money <= cost * (1 + TOLERANCE)) return { kind: 'unsure' };
  let paidByPoor = 0;
  for (let moved = true; moved; ) {
    moved = false;
    // The price of the previous pass: never above the final one, so marking stays right.
    const rest = cost - paidByPoor;
    const rich = richWeight;
    for (let i = 0; i < size; i += 1) {
      if (poor[i] === 0 && approximation[i]! * rich < rest * weight[i]!) {
        poor[i] = 1;
        paidByPoor += voters[i]! * approximation[i]!;
        richWeight -= voters[i]! * weight[i]!;
        moved = true;
      }
    }
  }
  const price = (cost - paidByPoor) / richWeight;
  if (!(price > 0 && Number.isFinite(price))) return { kind: 'unsure' };
  const divisor = costUtilities ? cost : 1;
  // g's error is about TOLERANCE × cost while its slope is the rich weight, so the price is known to
  // about TOLERANCE × cost / (cost − paidByPoor) relatively: bracket it that widely (at least 1e-8).
  const width = Math.max(1e-8, (4 * TOLERANCE * cost) / (cost - paidByPoor));
  for (const factor of [1, 16]) {
    if (width * factor >= 0.5) break;
    const low = price * (1 - width * factor);
    const high = price * (1 + width * factor);
    if (paid(histogram, low) * (1 + TOLERANCE) < cost && paid(histogram, high) * (1 - TOLERANCE) >= cost) {
      return { kind: 'bounded', low: (low / divisor) * (1 - 4 * UNIT), high: (high / divisor) * (1 + 4 * UNIT) };
    }
  }
  return { kind: 'unsure' };
}

/** g(t) in doubles: what the supporters pay at price `t` per unit of weight. */
function paid(histogram: SupporterHistogram, t: number): number {
  const { size, approximation, voters, weight } = histogram;
  let sum = 0;
  for (let i = 0; i < size; i += 1) sum += voters[i]! * Math.min(approximation[i]!, t * weight[i]!);
  return sum;
}

const UNIT = 2 ** -53;
const TOLERANCE = 1e-9;
const MAX_ENTRIES = 2 ** 20;
