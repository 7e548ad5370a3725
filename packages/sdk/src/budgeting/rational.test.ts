import { describe, expect, it } from 'vitest';
import { addRational, compareRational, formatRational, rational, ratioToNumber } from './rational.js';

describe('rational', () => {
  it('keeps fractions in lowest terms with a positive denominator', () => {
    expect(rational(6, -4)).toEqual({ numerator: -3n, denominator: 2n });
    expect(addRational(rational(1, 3), rational(1, 6))).toEqual(rational(1, 2));
    expect(compareRational(rational(1, 3), rational(2, 6))).toBe(0);
    expect(() => rational(1, 0)).toThrow(RangeError);
  });

  it('formats exactly, rounding half up', () => {
    expect(formatRational(rational(100000, 84))).toBe('1190.48');
    expect(formatRational(rational(1, 8), 2)).toBe('0.13');
    expect(formatRational(rational(-1, 8), 2)).toBe('-0.13');
    expect(formatRational(rational(7, 2), 0)).toBe('4');
  });

  it('converts huge fractions to doubles without overflowing', () => {
    const big = 10n ** 400n;
    expect(ratioToNumber(3n * big, 4n * big)).toBe(0.75);
    expect(ratioToNumber(1n, 3n)).toBeCloseTo(1 / 3, 15);
  });
});
