import { describe, expect, it } from 'vitest';
import { nativeAmount } from './native-amount';

describe('nativeAmount', () => {
  it('keeps the significant digits of a small fee', () => {
    expect(nativeAmount(1_250_000_000_000_000n, 'ETH', 'en')).toBe('0.00125 ETH');
    expect(nativeAmount(123_456_789_000_000n, 'ETH', 'en')).toBe('0.0001235 ETH');
  });

  it('writes whole amounts with the locale separators and the symbol', () => {
    expect(nativeAmount(1_234_500_000_000_000_000_000n, 'xDAI', 'en')).toBe('1,234.5 xDAI');
    expect(nativeAmount(0n, 'ETH', 'en')).toBe('0 ETH');
  });
});
