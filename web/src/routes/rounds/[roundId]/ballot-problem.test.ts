import { describe, expect, it } from 'vitest';
import { checkBallot, type BallotRulesRound } from '@polity/sdk';
import { ballotProblem } from './ballot-problem';

const round: BallotRulesRound = {
  roundId: 2n,
  design: { kind: 1, minProjects: 1, maxProjects: 3, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
  budget: 100n,
  projects: [
    { cost: 60n, accepted: true },
    { cost: 50n, accepted: true },
    { cost: 10n, accepted: true },
    { cost: 10n, accepted: true },
  ],
};

function problemOf(projects: number[]): string | undefined {
  try {
    checkBallot(round, { projects });
    return undefined;
  } catch (error) {
    return ballotProblem(error, (amount) => `${amount} zł`);
  }
}

describe('ballotProblem', () => {
  it('explains the rule a knapsack ballot breaks, in the resident’s words', () => {
    expect(problemOf([0, 2])).toBeUndefined();
    expect(problemOf([0, 1])).toBe('Your choice costs 110 zł, more than the budget of 100 zł. Remove a project to fit.');
    expect(problemOf([])).toBe('You chose 0 projects; choose at least 1.');
    expect(problemOf([0, 2, 3, 1])).toMatch(/You chose 4 projects; choose at most 3\.|more than the budget/);
  });
});
