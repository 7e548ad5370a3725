import { describe, expect, it } from 'vitest';
import { equalShares } from './equal-shares.js';
import { explainEqualShares } from './explain.js';
import { compareRational, rational } from './rational.js';

const election = {
  budget: 1_000,
  projects: [
    { id: 'a', cost: 300 },
    { id: 'b', cost: 500 },
    { id: 'c', cost: 900 },
  ],
  ballots: [{ projects: ['a', 'b'] }, { projects: ['a'] }, { projects: ['b', 'c'] }, { projects: ['c'] }],
};

describe('explainEqualShares: the shares a page states', () => {
  it('gives the voters and the budget split among them, beside the endowment the run used', () => {
    const explanation = explainEqualShares(election, { completion: 'add1' });
    expect(explanation.voters).toBe(4);
    expect(explanation.budgetShare).toEqual(rational(1_000, 4));
    expect(explanation.outcome).toEqual(equalShares(election, { completion: 'add1' }));
    // Add1 started every voter above budget / voters: a page must not say they started with an equal share of the budget.
    expect(explanation.outcome.add1Steps).toBeGreaterThan(0);
    expect(compareRational(explanation.outcome.endowment, explanation.budgetShare)).toBeGreaterThan(0);
  });

  it('without a completion, the endowment is the budget split among the voters', () => {
    const explanation = explainEqualShares(election, { completion: 'none' });
    expect(explanation.outcome.endowment).toEqual(explanation.budgetShare);
  });
});
