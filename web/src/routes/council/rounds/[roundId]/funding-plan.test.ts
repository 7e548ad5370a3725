import { describe, expect, it } from 'vitest';
import { readFundingPlan } from './funding-plan';

describe('readFundingPlan', () => {
  it('reads milestones that pay exactly the cost', () => {
    expect(readFundingPlan('10000; Design\n 15 000 ; Works; with benches \n\n', 25_000n)).toEqual({
      ok: true,
      milestones: [
        { amount: 10_000n, text: 'Design' },
        { amount: 15_000n, text: 'Works; with benches' },
      ],
    });
  });

  it('refuses milestones that do not add up to the cost, either way', () => {
    expect(readFundingPlan('15000; Works', 25_000n)).toEqual({ ok: false, problem: { kind: 'total', total: 15_000n, cost: 25_000n } });
    expect(readFundingPlan('15000; Works\n15000; Care', 25_000n)).toEqual({ ok: false, problem: { kind: 'total', total: 30_000n, cost: 25_000n } });
  });

  it('says which line is not an amount instead of throwing', () => {
    expect(readFundingPlan('12500; Design\nhalf; Works', 25_000n)).toEqual({ ok: false, problem: { kind: 'amount', line: 2, problem: { kind: 'not-a-number', text: 'half' } } });
    expect(readFundingPlan('0; Design\n25000; Works', 25_000n)).toEqual({ ok: false, problem: { kind: 'amount', line: 1, problem: { kind: 'zero' } } });
    expect(readFundingPlan(' \n ', 25_000n)).toEqual({ ok: false, problem: { kind: 'no-milestones' } });
  });
});
