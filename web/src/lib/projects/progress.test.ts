import { describe, expect, it } from 'vitest';
import { progressSummary, projectProgress, type GrantLike } from './progress';

const hash = (digit: string) => `0x${digit.repeat(64)}` as const;
const grant = (status: string, released: bigint, paid: boolean[]): GrantLike => ({
  status,
  allocation: 30_000n,
  released,
  milestones: paid.map((released, index) => ({ amount: 10_000n, descriptionHash: hash(String(index + 1)), released })),
});

describe('project progress', () => {
  it('is funded before any payment, in progress after one, done when all is paid, stopped when stopped', () => {
    expect(projectProgress(grant('active', 0n, [false, false, false]), new Map())?.status).toBe('funded');
    expect(projectProgress(grant('active', 10_000n, [true, false, false]), new Map())?.status).toBe('in-progress');
    expect(projectProgress(grant('completed', 30_000n, [true, true, true]), new Map())?.status).toBe('done');
    expect(projectProgress(grant('stopped', 10_000n, [true, false, false]), new Map())?.status).toBe('stopped');
    expect(projectProgress(grant('none', 0n, []), new Map())).toBeUndefined();
  });

  it('gives what was paid, and each paid milestone its evidence', () => {
    const payment = { amount: 10_000n, evidenceHash: hash('e'), blockNumber: 12n };
    const progress = projectProgress(grant('active', 20_000n, [true, true, false]), new Map([[0, payment]]))!;
    expect(progress.paid).toBe(20_000n);
    expect(progress.milestonesPaid).toBe(2);
    expect(progress.milestones[0]).toEqual({ index: 0, amount: 10_000n, descriptionHash: hash('1'), paid: true, payment });
    // Paid on chain, its event not read (yet): paid without evidence shown, never evidence for an unpaid one.
    expect(progress.milestones[1]!.payment).toBeUndefined();
    expect(progress.milestones[2]).toMatchObject({ paid: false, payment: undefined });
  });

  it('counts a list by status', () => {
    const list = [grant('active', 0n, [false]), grant('active', 10_000n, [true, false]), grant('completed', 30_000n, [true])].map((entry) => projectProgress(entry, new Map())!);
    expect(progressSummary(list)).toEqual({ funded: 1, 'in-progress': 1, done: 1, stopped: 0 });
  });
});
