import { describe, expect, it } from 'vitest';
import type { Election } from './election.js';
import { equalShares, type EqualSharesOptions } from './equal-shares.js';
import { BudgetingInputError, BudgetingUnsupportedError } from './errors.js';
import { greedy } from './greedy.js';
import { explainEqualShares, type FundingReason } from './explain.js';
import { formatRational, rational } from './rational.js';

/** 4 voters, 100 each: A (200) by v1–v3, B (150) by v4 alone, C (100) by v1 and v4. */
const worked: Election = {
  budget: 400,
  projects: [
    { id: 'A', cost: 200 },
    { id: 'B', cost: 150 },
    { id: 'C', cost: 100 },
  ],
  ballots: [{ projects: ['A', 'C'] }, { projects: ['A'] }, { projects: ['A'] }, { projects: ['B', 'C'] }],
};

describe('equalShares', () => {
  it('follows the worked example round by round', () => {
    const outcome = equalShares(worked, { completion: 'none' });
    expect(outcome.selected).toEqual(['A', 'C']);
    expect(outcome.cost).toBe(300);
    expect(outcome.endowment).toEqual(rational(100));
    // Round 1: A's three supporters pay 200/3 each (ρ = 1/3 per unit of utility, cheaper than C's 1/2).
    expect(outcome.rounds[0]).toMatchObject({ projectId: 'A', pricePerSupport: rational(200, 3), fullPricePayers: 3, everythingPayers: 0 });
    // Round 2: v1 has only 100/3 left, pays it all; v4 pays the rest, 200/3.
    expect(outcome.rounds[1]).toMatchObject({ projectId: 'C', pricePerSupport: rational(200, 3), fullPricePayers: 1, everythingPayers: 1, moneyBehind: rational(400, 3) });
    expect(outcome.dropouts).toEqual([{ projectId: 'B', afterRound: 0 }]);
  });

  it('explains who paid what and why B was not funded', () => {
    const { projects } = explainEqualShares(worked, { completion: 'none' });
    const reasonOf = (id: string): FundingReason => projects.find((project) => project.projectId === id)!.reason;
    expect(reasonOf('C')).toEqual({
      kind: 'round',
      round: 2,
      pricePerSupport: rational(200, 3),
      moneyBehind: rational(400, 3),
      payments: [
        { amount: rational(200, 3), points: 1, paidEverything: false, voters: [3] },
        { amount: rational(100, 3), points: 1, paidEverything: true, voters: [0] },
      ],
    });
    // B needs 150 and its only supporter, v4, has 100 − 200/3 left at the end.
    expect(reasonOf('B')).toEqual({ kind: 'unaffordable', afterRound: 0, moneyLeft: rational(100, 3) });
  });

  it('distinguishes the two Add1 stopping rules', () => {
    // 5 voters (one blank ballot), 10 each. At 10 per voter B and A are funded, for 40: C (50) and
    // D (30) no longer fit in the 10 left, so the outcome is exhaustive and add1-exhaustive stops.
    // add1 keeps raising the endowment while the outcome fits, up to 22, where it funds C alone
    // (four of the five voters approve it), spending all 50.
    const election: Election = {
      budget: 50,
      projects: [
        { id: 'A', cost: 10 },
        { id: 'B', cost: 30 },
        { id: 'C', cost: 50 },
        { id: 'D', cost: 30 },
      ],
      ballots: [['B', 'C', 'D'], ['A', 'C'], [], ['B', 'C'], ['B', 'C']].map((projects) => ({ projects })),
    };
    const exhaustive = equalShares(election, { completion: 'add1-exhaustive' });
    expect(exhaustive).toMatchObject({ selected: ['B', 'A'], cost: 40, add1Steps: 0, stop: 'exhaustive', endowment: rational(10) });
    const untilOverspending = equalShares(election, { completion: 'add1' });
    expect(untilOverspending).toMatchObject({ selected: ['C'], cost: 50, add1Steps: 12, stop: 'next-overspends', endowment: rational(22) });
  });

  it('starts Add1 at whole currency units unless asked for the exact share', () => {
    const election: Election = { ...worked, budget: 401 };
    expect(equalShares(election).endowment).toEqual(rational(100));
    expect(equalShares(election, { startingEndowment: 'exact-share' }).endowment).toEqual(rational(401, 4));
  });

  it('fills with the most supported projects under the utilitarian completion', () => {
    // At 110 per voter equal shares funds A and C (300); B (150) does not fit in the 140 left.
    const outcome = equalShares({ ...worked, budget: 440 }, { completion: 'utilitarian' });
    expect(outcome.selected).toEqual(['A', 'C']);
    expect(outcome.addedByCompletion).toEqual([]);
    const roomy = equalShares({ ...worked, budget: 460 }, { completion: 'utilitarian' });
    expect(roomy.selected).toEqual(['A', 'C', 'B']);
    expect(roomy.addedByCompletion).toEqual(['B']);
  });

  it('funds everything when everything fits, as the limit of Add1', () => {
    const outcome = equalShares({ ...worked, budget: 1000 });
    expect(outcome.stop).toBe('everything-fits');
    expect([...outcome.selected].sort()).toEqual(['A', 'B', 'C']);
  });

  it('uses greedy when the comparison step finds more voters prefer it', () => {
    // v1, v2 approve X (100); v3 approves Y (34). With a third of the budget each nobody can pay.
    const election: Election = {
      budget: 100,
      projects: [
        { id: 'X', cost: 100 },
        { id: 'Y', cost: 34 },
      ],
      ballots: [{ projects: ['X'] }, { projects: ['X'] }, { projects: ['Y'] }],
    };
    expect(equalShares(election, { completion: 'none' }).selected).toEqual([]);
    const compared = equalShares(election, { completion: 'none', comparison: true });
    expect(compared.selected).toEqual(['X']);
    expect(compared.comparison).toEqual({ greedySelected: ['X'], prefersEqualShares: 0, prefersGreedy: 2, usedGreedy: true });
  });

  it('picks by cost per voter with cardinality utilities, by supporters per cost with cost utilities', () => {
    // P (120) is approved by all three voters, Q (30) by two.
    const election: Election = {
      budget: 300,
      projects: [
        { id: 'P', cost: 120 },
        { id: 'Q', cost: 30 },
      ],
      ballots: [{ projects: ['P', 'Q'] }, { projects: ['P', 'Q'] }, { projects: ['P'] }],
    };
    expect(equalShares(election, { completion: 'none' }).selected).toEqual(['P', 'Q']);
    expect(equalShares(election, { completion: 'none', utilities: 'cardinality' }).selected).toEqual(['Q', 'P']);
  });

  it('splits costs by points on cumulative ballots', () => {
    const election: Election = {
      budget: 100,
      projects: [{ id: 'X', cost: 60 }],
      ballots: [
        { projects: ['X'], points: [2] },
        { projects: ['X'], points: [1] },
      ],
    };
    const { projects } = explainEqualShares(election, { completion: 'none' });
    const reason = projects[0]!.reason;
    expect(reason.kind).toBe('round');
    if (reason.kind !== 'round') return;
    expect(reason.payments.map((group) => [formatRational(group.amount), group.points, group.voters])).toEqual([
      ['40.00', 2, [0]],
      ['20.00', 1, [1]],
    ]);
  });

  it('leaves out excluded projects, funds free ones first, and never funds unsupported ones', () => {
    const election: Election = {
      budget: 400,
      projects: [...worked.projects, { id: 'F', cost: 0 }, { id: 'U', cost: 1 }],
      ballots: [...worked.ballots.slice(0, 3), { projects: ['B', 'C', 'F'] }],
    };
    const outcome = equalShares(election, { completion: 'none', excluded: ['A'] });
    expect(outcome.selected[0]).toBe('F');
    expect(outcome.selected).not.toContain('A');
    expect(outcome.selected).not.toContain('U');
    const reasons = explainEqualShares(election, { completion: 'none', excluded: ['A'] }).projects.map((project) => [project.projectId, project.reason.kind]);
    expect(reasons).toContainEqual(['A', 'not-eligible']);
    expect(reasons).toContainEqual(['U', 'no-supporters']);
  });
});

describe('equal shares refuses what it does not implement', () => {
  const grouped: Election = { ...worked, exclusiveGroups: [['A', 'C']] };

  it('refuses an election with exclusive groups, naming the group, while greedy honours them', () => {
    // Unrefused, equal shares would fund A and C together (see the worked example).
    expect(() => equalShares(grouped)).toThrow(BudgetingUnsupportedError);
    expect(() => equalShares(grouped)).toThrow('equal shares does not implement exclusive groups (group 1: A, C)');
    expect(() => explainEqualShares(grouped, { completion: 'none' })).toThrow(BudgetingUnsupportedError);
    expect(greedy(grouped).selected).toEqual(['A', 'B']);
    // A group of one project excludes nothing.
    expect(equalShares({ ...worked, exclusiveGroups: [['A'], []] }, { completion: 'none' }).selected).toEqual(['A', 'C']);
  });

  it('refuses options it does not implement, also exclusive groups given as a greedy option', () => {
    const unknown = { completion: 'none', satisfaction: 'effort' } as EqualSharesOptions;
    expect(() => equalShares(worked, unknown)).toThrow("equal shares does not implement the option 'satisfaction'");
    const asOption = { exclusiveGroups: [['A', 'C']] } as EqualSharesOptions;
    expect(() => equalShares(worked, asOption)).toThrow('equal shares does not implement exclusive groups (group 1: A, C)');
    expect(() => equalShares(worked, { exclusiveGroups: 'A,C' } as EqualSharesOptions)).toThrow(BudgetingInputError);
  });

  it('refuses an election carrying a rule extension it does not know', () => {
    const extended = { ...worked, minProjectScore: 3 } as Election;
    expect(() => equalShares(extended)).toThrow("the election carries 'minProjectScore', which equal shares does not implement");
  });
});
