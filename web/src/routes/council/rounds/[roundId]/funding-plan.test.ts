import { describe, expect, it } from 'vitest';
import { parseDate } from '$lib/dates/parse-date';
import { defaultMilestoneRows, readFundingPlan, type MilestoneRow } from './funding-plan';

const readDue = (text: string) => parseDate(text, { locale: 'pl', timeZone: 'Europe/Warsaw' });
const row = (text: string, amount: string, due = ''): MilestoneRow => ({ text, amount, due });

describe('readFundingPlan', () => {
  it('reads milestone rows that pay exactly the cost, with an optional due date', () => {
    const plan = readFundingPlan([row(' Design ', '10000'), row('Works', ' 15 000 ', '5.03.2027'), row('', '', '')], 25_000n, readDue);
    expect(plan.problem).toBeUndefined();
    expect(plan.total).toBe(25_000n);
    expect(plan.milestones).toEqual([
      { amount: 10_000n, text: 'Design' },
      { amount: 15_000n, text: 'Works', due: Date.UTC(2027, 2, 4, 23) / 1000 },
    ]);
  });

  it('refuses milestones that do not add up to the cost, either way, with the running sum', () => {
    expect(readFundingPlan([row('Works', '15000')], 25_000n, readDue)).toMatchObject({ total: 15_000n, problem: { kind: 'total', total: 15_000n, cost: 25_000n }, milestones: [] });
    expect(readFundingPlan([row('Works', '15000'), row('Care', '15000')], 25_000n, readDue)).toMatchObject({ total: 30_000n, problem: { kind: 'total', total: 30_000n, cost: 25_000n } });
  });

  it('says which row is wrong and why instead of throwing, counting the readable amounts', () => {
    const plan = readFundingPlan([row('Design', '12500'), row('Works', 'half'), row('', '500'), row('Care', '100', '31.02.2027')], 25_000n, readDue);
    expect(plan.problem).toEqual({ kind: 'rows' });
    expect(plan.total).toBe(13_100n);
    expect([...plan.rowProblems]).toEqual([
      [1, { field: 'amount', problem: { kind: 'not-a-number', text: 'half' } }],
      [2, { field: 'text' }],
      [3, { field: 'due', problem: { kind: 'no-such-day', text: '31.02.2027' } }],
    ]);
    expect(readFundingPlan([row('Design', '0')], 25_000n, readDue).rowProblems.get(0)).toEqual({ field: 'amount', problem: { kind: 'zero' } });
    expect(readFundingPlan([row(' ', ' ')], 25_000n, readDue).problem).toEqual({ kind: 'no-milestones' });
    expect(readFundingPlan([], 25_000n, readDue).problem).toEqual({ kind: 'no-milestones' });
  });

  it('starts from two halves that pay the cost', () => {
    const rows = defaultMilestoneRows(25_001n, { start: 'Start', end: 'End' });
    expect(rows.map((milestone) => milestone.amount)).toEqual(['12500', '12501']);
    expect(readFundingPlan(rows, 25_001n, readDue).problem).toBeUndefined();
  });
});
