import { describe, expect, it } from 'vitest';
import { maxAmount, parseAmount } from './amount';

describe('parseAmount', () => {
  it('reads whole amounts, with grouping spaces', () => {
    expect(parseAmount('25000')).toEqual({ ok: true, amount: 25_000n });
    expect(parseAmount(' 25 000 ')).toEqual({ ok: true, amount: 25_000n });
    expect(parseAmount('25\u00a0000')).toEqual({ ok: true, amount: 25_000n });
    expect(parseAmount(21000)).toEqual({ ok: true, amount: 21_000n });
  });

  it('refuses words, fractions, signs and nothing with a reason instead of throwing', () => {
    expect(parseAmount('half')).toEqual({ ok: false, problem: { kind: 'not-a-number', text: 'half' } });
    expect(parseAmount('12.5')).toEqual({ ok: false, problem: { kind: 'not-a-number', text: '12.5' } });
    expect(parseAmount('-5')).toEqual({ ok: false, problem: { kind: 'not-a-number', text: '-5' } });
    expect(parseAmount('1e6')).toEqual({ ok: false, problem: { kind: 'not-a-number', text: '1e6' } });
    expect(parseAmount('')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseAmount(null)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseAmount('0')).toEqual({ ok: false, problem: { kind: 'zero' } });
    expect(parseAmount((maxAmount + 1n).toString())).toEqual({ ok: false, problem: { kind: 'too-large' } });
  });
});
