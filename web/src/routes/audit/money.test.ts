import { describe, expect, it } from 'vitest';
import type { PolityActivity } from '@polity/sdk';
import { moneyOverTime } from './money';

const event = (blockNumber: bigint, eventName: string, args: Record<string, unknown>) => ({ blockNumber, eventName, args }) as unknown as PolityActivity;

describe('moneyOverTime', () => {
  it('adds up budgets, allocations (less refunds) and payments, block by block', () => {
    const points = moneyOverTime([
      event(1n, 'RoundOpened', { config: { budget: 100n } }),
      event(2n, 'ProjectFunded', { allocation: 60n }),
      event(3n, 'MilestoneReleased', { amount: 20n }),
      event(4n, 'VoteCast', {}),
      event(5n, 'ProjectStopped', { refund: 40n }),
    ]);
    expect(points.map((point) => [point.block, point.budgeted, point.allocated, point.released])).toEqual([
      [1n, 100n, 0n, 0n],
      [2n, 100n, 60n, 0n],
      [3n, 100n, 60n, 20n],
      [5n, 100n, 20n, 20n],
    ]);
  });
});

describe('treasuryOverTime', () => {
  it('walks back from the balance now through the recorded changes', async () => {
    const { treasuryOverTime } = await import('./money');
    expect(treasuryOverTime(700n, [{ block: 5n, delta: -200n }, { block: 9n, delta: 50n }, { block: 7n, delta: -150n }])).toEqual([
      { block: 4n, balance: 1000n },
      { block: 5n, balance: 800n },
      { block: 7n, balance: 650n },
      { block: 9n, balance: 700n },
    ]);
  });
});
