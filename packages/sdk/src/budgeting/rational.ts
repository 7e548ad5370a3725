/**
 * Exact amounts of money that are not whole currency units, such as an equal-shares price per voter
 * (a budget of 100,000 split among 84 voters is 1190 + 40/84 each). Kept as a fraction of two bigints in
 * lowest terms with a positive denominator, so results can be compared and shown without rounding drift.
 */
export interface Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** The fraction `numerator / denominator` in lowest terms. */
export function rational(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
  let n = BigInt(numerator);
  let d = BigInt(denominator);
  if (d === 0n) throw new RangeError('a rational number needs a non-zero denominator');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const divisor = gcd(n < 0n ? -n : n, d);
  return divisor > 1n ? { numerator: n / divisor, denominator: d / divisor } : { numerator: n, denominator: d };
}

export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareRational(a: Rational, b: Rational): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function addRational(a: Rational, b: Rational): Rational {
  return rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

/** Closest double; for display and charts only, never for decisions. */
export function rationalToNumber(value: Rational): number {
  return ratioToNumber(value.numerator, value.denominator);
}

/**
 * `numerator / denominator` as a double with relative error below 2^-50, also when both are far beyond
 * the double range (they are shifted down to about 64 significant bits first).
 */
export function ratioToNumber(numerator: bigint, denominator: bigint): number {
  const negative = numerator < 0n !== denominator < 0n;
  let n = numerator < 0n ? -numerator : numerator;
  let d = denominator < 0n ? -denominator : denominator;
  const excess = Math.max(bitLength(n), bitLength(d)) - 960;
  if (excess > 0) {
    const shift = BigInt(excess);
    n >>= shift;
    d >>= shift;
    if (d === 0n) return negative ? -Infinity : Infinity;
  }
  const value = Number(n) / Number(d);
  return negative ? -value : value;
}

/** Number of bits of a non-negative bigint (0 for 0). */
export function bitLength(value: bigint): number {
  if (value === 0n) return 0;
  let bits = 0;
  let rest = value;
  while (rest >= 1n << 1024n) {
    rest >>= 1024n;
    bits += 1024;
  }
  return bits + rest.toString(16).length * 4 - leadingZeroBitsOfHexDigit(rest.toString(16)[0]!);
}

function leadingZeroBitsOfHexDigit(digit: string): number {
  const value = Number.parseInt(digit, 16);
  return value >= 8 ? 0 : value >= 4 ? 1 : value >= 2 ? 2 : 3;
}

/**
 * Decimal text of a rational rounded half up to `decimals` places, e.g. `1190.48`. Exact: the rounding
 * is done on the fraction, not on a double.
 */
export function formatRational(value: Rational, decimals = 2): string {
  const negative = value.numerator < 0n;
  const numerator = negative ? -value.numerator : value.numerator;
  const scale = 10n ** BigInt(decimals);
  const scaled = (numerator * scale * 2n + value.denominator) / (value.denominator * 2n);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(decimals, '0');
  const sign = negative && scaled !== 0n ? '-' : '';
  return decimals === 0 ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}
