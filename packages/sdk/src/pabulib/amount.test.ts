import { describe, expect, it } from 'vitest';
import { formatScaledAmount, parseScaledAmount } from './amount.js';

describe('parseScaledAmount', () => {
  it('reads an amount at a precision at least its own, exactly', () => {
    expect(parseScaledAmount('400.25', 2)).toBe(40025n);
    expect(parseScaledAmount('400.2', 2)).toBe(40020n);
    expect(parseScaledAmount('400', 2)).toBe(40000n);
    expect(parseScaledAmount('543715.64', 3)).toBe(543715640n);
    expect(parseScaledAmount('9007199254740993', 0)).toBe(9007199254740993n);
  });

  it('refuses what is not an amount, or has more places than the precision', () => {
    for (const text of ['', '-1', '1,5', '1e3', ' 1', '1.', '.5', 'half']) expect(parseScaledAmount(text, 2)).toBeUndefined();
    expect(parseScaledAmount('1.005', 2)).toBeUndefined();
  });

  it('round-trips through formatScaledAmount for random amounts', () => {
    for (let seed = 1; seed < 500; seed++) {
      const decimals = seed % 4;
      const value = BigInt(seed) * 7919n * BigInt(seed % 13);
      const text = formatScaledAmount(value, decimals);
      expect(parseScaledAmount(text, decimals)).toBe(value);
    }
  });
});
