import { describe, expect, it } from 'vitest';
import type { Election } from './election.js';
import { BudgetingInputError } from './errors.js';
import { greedy } from './greedy.js';
import { greedyNoSkip } from './greedy-no-skip.js';
import { greedyThreshold } from './greedy-threshold.js';

/** Support: a 5, b 4, c 3, d 2, e 0 (e is on no ballot). */
const city: Election = {
  budget: 100,
  projects: [
    { id: 'a', cost: 60 },
    { id: 'b', cost: 50 },
    { id: 'c', cost: 30 },
    { id: 'd', cost: 10 },
    { id: 'e', cost: 1 },
  ],
  ballots: [['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c'], ['a', 'b'], ['a']].map((projects) => ({ projects })),
};

describe('greedy family', () => {
  it('greedy funds by support and skips what does not fit; never funds unsupported projects', () => {
    const outcome = greedy(city);
    expect(outcome.selected).toEqual(['a', 'c', 'd']);
    expect(outcome.cost).toBe(100);
    expect(outcome.steps.map((step) => [step.projectId, step.decision, step.budgetLeft])).toEqual([
      ['a', 'funded', 40],
      ['b', 'does-not-fit', 40],
      ['c', 'funded', 10],
      ['d', 'funded', 0],
      ['e', 'no-support', 0],
    ]);
    expect(outcome.projects.find((project) => project.id === 'b')).toEqual({ id: 'b', cost: 50, support: 4, supporters: 4, funded: false });
  });

  it('greedy-no-skip stops at the first project that does not fit', () => {
    const outcome = greedyNoSkip(city);
    expect(outcome.selected).toEqual(['a']);
    expect(outcome.steps.map((step) => step.decision)).toEqual(['funded', 'does-not-fit', 'not-reached', 'not-reached', 'not-reached']);
  });

  it('greedy-threshold passes over projects below the threshold', () => {
    expect(greedyThreshold(city, { threshold: 3 }).selected).toEqual(['a', 'c']);
    expect(greedyThreshold(city, { threshold: 3 }).steps[3]!.decision).toBe('below-threshold');
    expect(() => greedyThreshold(city, { threshold: -1 })).toThrow(BudgetingInputError);
  });

  it('funds at most one project of an exclusive group', () => {
    const outcome = greedy({ ...city, budget: 200 }, { exclusiveGroups: [['a', 'b']] });
    expect(outcome.selected).toEqual(['a', 'c', 'd']);
    expect(outcome.steps[1]).toMatchObject({ projectId: 'b', decision: 'group-already-funded', excludedBy: 'a' });
    expect(() => greedy(city, { exclusiveGroups: [['a', 'zz']] })).toThrow("exclusive group 1 names project 'zz'");
  });

  it('counts points on cumulative ballots', () => {
    const election: Election = {
      budget: 10,
      projects: [
        { id: 'x', cost: 10 },
        { id: 'y', cost: 10 },
      ],
      ballots: [
        { projects: ['x', 'y'], points: [1, 2] },
        { projects: ['x', 'y'], points: [1, 0] },
        { projects: ['x'], points: [1] },
      ],
    };
    // x has 3 supporters with 3 points, y has 1 supporter with 2 points.
    expect(greedy(election).selected).toEqual(['x']);
    expect(greedy({ ...election, ballots: [{ projects: ['x', 'y'], points: [1, 3] }] }).selected).toEqual(['y']);
  });

  it('breaks support ties by lower cost, then the tie-break order, then project order', () => {
    const tied: Election = {
      budget: 10,
      projects: [
        { id: 'p', cost: 10 },
        { id: 'q', cost: 10 },
        { id: 'r', cost: 9 },
      ],
      ballots: [{ projects: ['p', 'q', 'r'] }],
    };
    expect(greedy(tied).selected).toEqual(['r']);
    const sameCost = { ...tied, projects: tied.projects.slice(0, 2), ballots: [{ projects: ['p', 'q'] }] };
    expect(greedy(sameCost).selected).toEqual(['p']);
    expect(greedy(sameCost, { tieBreak: ['q'] }).selected).toEqual(['q']);
  });

  it('rejects ballots it cannot count, saying what to fix', () => {
    expect(() => greedy({ ...city, ballots: [{ projects: ['zz'] }] })).toThrow("ballot 1 names project 'zz', which is not among the election's projects");
    expect(() => greedy({ ...city, ballots: [{ projects: ['a', 'a'] }] })).toThrow('ballot 1 names project a twice');
    expect(() => greedy({ ...city, ballots: [{ projects: ['a'], points: [1, 2] }] })).toThrow('ballot 1 lists 1 projects but 2 points');
    expect(() => greedy({ ...city, ballots: [{ projects: ['a'], points: [-1] }] })).toThrow('rules count whole points');
    expect(() => greedy({ ...city, budget: 1.5 })).toThrow('the budget is 1.5');
    expect(() => greedy({ ...city, projects: [...city.projects, { id: 'a', cost: 1 }] })).toThrow('project a is listed twice');
  });
});
