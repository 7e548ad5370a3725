/**
 * The fast, exact rules against plain models on random small elections (fast-check, with shrinking):
 * equal shares against test/reference/equal-shares.ts, greedy against a few lines of naive code, and
 * properties every outcome must have.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addRational,
  compareRational,
  equalShares,
  explainEqualShares,
  greedy,
  rational,
  type Election,
  type EqualSharesOptions,
} from '../src/budgeting/index.js';
import { referenceEqualShares } from './reference/equal-shares.js';

/** Small elections; costs come from a short list so that exact ties happen often. */
function elections(options: { points: boolean }): fc.Arbitrary<Election> {
  return fc
    .record({
      costs: fc.array(fc.constantFrom(0, 10, 20, 30, 45, 60, 61), { minLength: 1, maxLength: 6 }),
      voters: fc.array(fc.array(fc.tuple(fc.nat({ max: 5 }), fc.integer({ min: 0, max: 3 })), { maxLength: 5 }), { maxLength: 9 }),
      budget: fc.integer({ min: 0, max: 250 }),
    })
    .map(({ costs, voters, budget }) => {
      const projects = costs.map((cost, index) => ({ id: `p${index}`, cost }));
      const ballots = voters.map((entries) => {
        const seen = new Map<string, number>();
        for (const [pick, points] of entries) seen.set(projects[pick % projects.length]!.id, points);
        const ids = [...seen.keys()];
        return options.points ? { projects: ids, points: ids.map((id) => seen.get(id)!) } : { projects: ids };
      });
      return { budget, projects, ballots };
    });
}

const ruleOptions: fc.Arbitrary<EqualSharesOptions> = fc.record({
  utilities: fc.constantFrom('cost' as const, 'cardinality' as const),
  completion: fc.constantFrom('none' as const, 'add1' as const, 'add1-exhaustive' as const, 'utilitarian' as const),
  comparison: fc.boolean(),
  startingEndowment: fc.constantFrom('whole-units' as const, 'exact-share' as const),
});

const withExclusion = (election: Election, options: EqualSharesOptions, excludeFirst: boolean): EqualSharesOptions =>
  excludeFirst ? { ...options, excluded: [election.projects[0]!.id] } : options;

describe('equal shares, fast against plain', () => {
  for (const points of [false, true]) {
    it(`selects the same projects, in the same order, at the same endowment (${points ? 'cumulative' : 'approval'} ballots)`, () => {
      fc.assert(
        fc.property(elections({ points }), ruleOptions, fc.boolean(), (election, base, excludeFirst) => {
          const options = withExclusion(election, base, excludeFirst);
          const fast = equalShares(election, options);
          const plain = referenceEqualShares(election, options);
          expect(fast.selected).toEqual(plain.selected);
          expect(fast.add1Steps).toBe(plain.add1Steps);
          expect(compareRational(fast.endowment, rational(...plain.endowment))).toBe(0);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('the plain model gives the same outcome with and without its lazy speed-up', () => {
    fc.assert(
      fc.property(elections({ points: true }), ruleOptions, (election, options) => {
        expect(referenceEqualShares(election, { ...options, lazy: true }).selected).toEqual(referenceEqualShares(election, options).selected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('equal shares, properties', () => {
  it('never spends more than the budget, and every round is paid exactly, by its supporters, within their endowment', () => {
    fc.assert(
      fc.property(elections({ points: true }), ruleOptions, (election, options) => {
        const { outcome, projects } = explainEqualShares(election, options);
        expect(outcome.cost).toBeLessThanOrEqual(election.budget);
        const spent = new Map<number, ReturnType<typeof rational>>();
        for (const project of projects) {
          if (project.reason.kind !== 'round') continue;
          let total = rational(0);
          for (const group of project.reason.payments) {
            for (const voter of group.voters) {
              expect(election.ballots[voter]!.projects).toContain(project.projectId);
              total = addRational(total, group.amount);
              spent.set(voter, addRational(spent.get(voter) ?? rational(0), group.amount));
            }
          }
          expect(total).toEqual(rational(project.cost));
        }
        for (const amount of spent.values()) expect(compareRational(amount, outcome.endowment)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('greedy, fast against naive', () => {
  it('funds what a naive walk by support funds', () => {
    fc.assert(
      fc.property(elections({ points: true }), (election) => {
        const support = new Map(election.projects.map((project) => [project.id, 0]));
        for (const ballot of election.ballots) ballot.projects.forEach((id, i) => support.set(id, support.get(id)! + (ballot.points?.[i] ?? 1)));
        const order = [...election.projects].sort((a, b) => support.get(b.id)! - support.get(a.id)! || a.cost - b.cost || election.projects.indexOf(a) - election.projects.indexOf(b));
        let left = election.budget;
        const naive: string[] = [];
        for (const project of order) {
          if (support.get(project.id)! > 0 && project.cost <= left) {
            naive.push(project.id);
            left -= project.cost;
          }
        }
        expect(greedy(election).selected).toEqual(naive);
      }),
      { numRuns: 500 },
    );
  });
});
