import { addRational, equalShares, explainEqualShares, rational, compareRational, type Election, type EqualSharesOptions, type Rational } from '@polity/sdk';
import { describe, expect, it } from 'vitest';
import { equalSharesAccount, shareWasRaised } from './equal-shares-account';

/** The demo city's finished round, Green Wesoła 2026, as counted (delegated weight as repeated ballots). */
const green: Election = {
  budget: 150_000,
  projects: [
    { id: '0', cost: 42_000 },
    { id: '1', cost: 18_500 },
    { id: '2', cost: 9_800 },
    { id: '3', cost: 84_000 },
    { id: '4', cost: 6_200 },
    { id: '5', cost: 55_000 },
  ],
  ballots: (
    [
      ['0,1,5', 4], ['3,4', 14], ['0,2,4', 1], ['1,4', 1], ['2,4', 1], ['0,1,2', 1], ['3', 2], ['3,5', 1], ['0,5', 15], ['1,2', 1], ['1,2,4', 13],
    ] as const
  ).flatMap(([projects, count]) => Array.from({ length: count }, () => ({ projects: projects.split(',') }))),
};

const times = (value: Rational, factor: number): Rational => rational(value.numerator * BigInt(factor), value.denominator);
const sum = (values: readonly Rational[]): Rational => values.reduce(addRational, rational(0));

/** Every figure of the account against the SDK's own outcome of the same count. */
function checkAgainstOutcome(election: Election, options: EqualSharesOptions): ReturnType<typeof equalSharesAccount> {
  const account = equalSharesAccount(explainEqualShares(election, options));
  const outcome = equalShares(election, options);
  expect(account.startingShare).toEqual(outcome.endowment);
  expect(account.add1Steps).toBe(outcome.add1Steps);
  expect(account.voters).toBe(election.ballots.length);
  expect(account.budgetShare).toEqual(rational(election.budget, election.ballots.length));
  expect(account.funded.map((step) => step.project.projectId).toSorted()).toEqual([...outcome.selected].sort());
  const stepped = account.funded.filter((step) => step.step !== undefined);
  expect(stepped.map((step) => [step.step, step.project.projectId, step.fullPrice])).toEqual(outcome.rounds.map((round) => [round.round, round.projectId, round.pricePerSupport]));
  for (const [index, step] of stepped.entries()) {
    const round = outcome.rounds[index]!;
    // The groups pay exactly the cost; nobody pays more than the full price; the counts are the count's.
    expect(sum(step.payments.map((group) => times(group.amount, group.voters)))).toEqual(rational(step.project.cost));
    for (const group of step.payments) expect(compareRational(group.amount, step.fullPrice!)).toBeLessThanOrEqual(0);
    expect(step.payments.filter((group) => !group.paidEverything).reduce((total, group) => total + group.voters, 0)).toBe(round.fullPricePayers);
    expect(step.payments.filter((group) => group.paidEverything).reduce((total, group) => total + group.voters, 0)).toBe(round.everythingPayers);
  }
  for (const project of account.unfunded) {
    if (project.reason.kind !== 'unaffordable') continue;
    // What its supporters held: never more than they started with, and less than the cost.
    expect(compareRational(project.reason.moneyLeft, times(account.startingShare, project.supporters))).toBeLessThanOrEqual(0);
    expect(compareRational(project.reason.moneyLeft, rational(project.cost))).toBeLessThan(0);
  }
  return account;
}

describe('equalSharesAccount', () => {
  // Add1 runs equal shares once per step (thousands here): slow on a loaded machine, never wrong.
  it('gives the share Add1 raised to, with every figure the count used (Green Wesoła)', { timeout: 60_000 }, () => {
    const account = checkAgainstOutcome(green, { completion: 'add1' });
    expect(shareWasRaised(account)).toBe(true);
    expect(account.startingShare).toEqual(rational(5_278));
    const pond = account.funded.find((step) => step.project.projectId === '5')!;
    expect(pond.payments).toEqual([
      { voters: 16, amount: rational(11_397, 4), paidEverything: false },
      { voters: 4, amount: rational(2_353), paidEverything: true },
    ]);
    const lane = account.unfunded.find((project) => project.projectId === '3')!;
    expect(lane.reason).toEqual({ kind: 'unaffordable', afterRound: 4, moneyLeft: rational(1_007_801, 12) });
  });

  it('starts from budget / voters without a completion', () => {
    const account = checkAgainstOutcome(green, { completion: 'none' });
    expect(shareWasRaised(account)).toBe(false);
    expect(account.startingShare).toEqual(rational(150_000, 54));
  });

  it('agrees with the outcome on random elections, with and without Add1', () => {
    let seed = 7;
    const next = (limit: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % limit;
    };
    for (let trial = 0; trial < 12; trial += 1) {
      const projects = Array.from({ length: 2 + next(6) }, (_, index) => ({ id: String(index), cost: 1_000 + next(40) * 500 }));
      const ballots = Array.from({ length: 3 + next(30) }, () => ({ projects: projects.filter(() => next(3) === 0).map((project) => project.id) })).filter((ballot) => ballot.projects.length > 0);
      if (ballots.length === 0) continue;
      const election = { budget: 5_000 + next(20) * 1_000, projects, ballots };
      for (const completion of ['none', 'add1', 'add1-exhaustive'] as const) checkAgainstOutcome(election, { completion });
    }
  }, 120_000);
});
