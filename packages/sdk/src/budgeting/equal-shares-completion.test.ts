/**
 * The fast Add1 completion (range runs that skip the steps whose outcome cannot change, exact runs where
 * doubles cannot prove a decision) against the straightforward one (every step an exact run), on random
 * small elections and on the real elections in test/data/pabulib.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pabulibElection } from '../pabulib/index.js';
import { loadPabulib, pabulibFileNames } from '../../test/pabulib-data.js';
import { prepareElection, type Election } from './election.js';
import { completeByAdd1, completeByAdd1StepByStep } from './equal-shares-completion.js';
import { RangeRun, RangeRunWorkspace, runOverEndowments } from './equal-shares-range-run.js';
import { runEqualShares, type RunSettings } from './equal-shares-run.js';
import { eligibilityMask } from './greedy.js';
import { tieBreakRanks } from './tie-breaking.js';

/** Small elections; costs from a short list so that exact ties (of prices, of budgets) happen often. */
function elections(options: { points: boolean }): fc.Arbitrary<Election> {
  return fc
    .record({
      costs: fc.array(fc.constantFrom(0, 10, 20, 30, 45, 60, 61, 100, 150), { minLength: 1, maxLength: 7 }),
      voters: fc.array(fc.array(fc.tuple(fc.nat({ max: 6 }), fc.integer({ min: 0, max: 3 })), { maxLength: 5 }), { maxLength: 14 }),
      budget: fc.integer({ min: 0, max: 400 }),
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

interface Case {
  readonly utilities: 'cost' | 'cardinality';
  readonly exhaustiveStop: boolean;
  readonly exactShare: boolean;
  readonly excludeFirst: boolean;
}

const cases: fc.Arbitrary<Case> = fc.record({
  utilities: fc.constantFrom('cost' as const, 'cardinality' as const),
  exhaustiveStop: fc.boolean(),
  exactShare: fc.boolean(),
  excludeFirst: fc.boolean(),
});

function setUp(election: Election, options: Case) {
  const prepared = prepareElection(election);
  const settings: RunSettings = {
    utilities: options.utilities,
    eligible: eligibilityMask(prepared, options.excludeFirst ? [election.projects[0]!.id] : []),
    ranks: tieBreakRanks(prepared, undefined),
    detail: false,
  };
  const voters = BigInt(Math.max(prepared.voterCount, 1));
  const budget = BigInt(prepared.budget);
  const start = options.exactShare ? { numerator: budget, denominator: voters } : { numerator: budget / voters, denominator: 1n };
  return { prepared, settings, start };
}

describe('Add1 with range runs, against Add1 one exact run at a time', () => {
  for (const points of [false, true]) {
    it(`stops at the same endowment, after the same steps, for the same reason (${points ? 'cumulative' : 'approval'} ballots)`, () => {
      let skipped = 0;
      fc.assert(
        fc.property(elections({ points }), cases, (election, options) => {
          const { prepared, settings, start } = setUp(election, options);
          const fast = completeByAdd1(prepared, start, settings, options.exhaustiveStop);
          const plain = completeByAdd1StepByStep(prepared, start, settings, options.exhaustiveStop);
          expect({ ...fast, runs: undefined }).toEqual({ ...plain, runs: undefined });
          skipped += fast.steps + 1 - fast.runs.range - fast.runs.exact;
        }),
        { numRuns: 400 },
      );
      // The range runs did skip steps (the comparison is not between two copies of the plain loop).
      expect(skipped).toBeGreaterThan(100);
    }, 120_000);
  }

  for (const points of [false, true]) {
    it(`a range run funds what the exact run funds, in the same order, at every endowment it covers, crossings enclosed or not (${points ? 'cumulative' : 'approval'} ballots)`, () => {
      let covered = 0;
      let coveredAcrossCrossings = 0;
      let coveredPastLosers = 0;
      let coveredPastMaybe = 0;
      fc.assert(
        fc.property(
          elections({ points }),
          cases,
          fc.integer({ min: 0, max: 40 }),
          fc.integer({ min: 1, max: 64 }),
          fc.constantFrom(0, 1, 2, 5, 16, 64),
          (election, options, offset, reach, tolerance) => {
            const { prepared, settings, start } = setUp(election, options);
            const from = start.numerator + BigInt(offset) * start.denominator;
            const ranged = runOverEndowments(prepared, from, start.denominator, settings, reach, tolerance);
            if (ranged === undefined) return;
            expect(ranged.extent).toBeLessThanOrEqual(reach);
            if (tolerance === 0) expect(ranged.crossings).toBe(0);
            if (ranged.crossings > 0) expect(ranged.extent).toBeLessThanOrEqual(tolerance);
            for (let step = 0; step <= ranged.extent; step += 1) {
              const exact = runEqualShares(prepared, from + BigInt(step) * start.denominator, start.denominator, settings);
              expect(ranged.funded).toEqual(exact.funded);
              expect(ranged.cost).toBe(exact.cost);
              covered += 1;
              if (ranged.crossings > 0) coveredAcrossCrossings += 1;
              if ((ranged.bounded?.losers ?? 0) > (ranged.bounded?.maybe ?? 0)) coveredPastLosers += 1;
              if ((ranged.bounded?.maybe ?? 0) > 0) coveredPastMaybe += 1;
            }
          },
        ),
        { numRuns: 600 },
      );
      expect(covered).toBeGreaterThan(2000);
      // The enclosure of prices across a crossing was used, and proved ranges (not only single steps).
      expect(coveredAcrossCrossings).toBeGreaterThan(30);
      // Losers were proven by their lower bound past where their own pricing held (some of them not
      // affordable at the range's start), and the exact runs agreed there too.
      // (Small approval elections seldom have a loser whose split changes: the real elections below do.)
      if (points) expect(coveredPastLosers).toBeGreaterThan(10);
      expect(coveredPastMaybe).toBeGreaterThan(100);
    }, 120_000);
  }
});

describe('resumed range runs', () => {
  it('a run resumed from its last round still proven at the next endowment funds what the exact run funds there (on buffers reused from another run)', () => {
    let resumed = 0;
    let covered = 0;

    fc.assert(
      fc.property(elections({ points: true }), cases, fc.integer({ min: 0, max: 20 }), fc.constantFrom(0, 1, 3, 8), (election, options, offset, tolerance) => {
        const { prepared, settings, start } = setUp(election, options);
        const origin = start.numerator + BigInt(offset) * start.denominator;
        // Add1 hands the buffers of its previous range run to the next one: the run checked here gets
        // them after another range run (at other endowments) has filled them.
        const workspace = new RangeRunWorkspace(prepared);
        new RangeRun(prepared, origin + 7n * start.denominator, start.denominator, settings, 16, workspace).resume(0, tolerance);
        const run = new RangeRun(prepared, origin, start.denominator, settings, 48, workspace);
        // Consecutive ranges, each resumed from the previous one, as Add1 makes them.
        for (let from = 0; from <= 48; ) {
          const ranged = run.resume(from, tolerance);
          if (ranged === undefined) return;
          expect(ranged.extent).toBeGreaterThanOrEqual(from);
          if (tolerance === 0) expect(ranged.crossings).toBe(0);
          for (let step = from; step <= ranged.extent; step += 1) {
            const exact = runEqualShares(prepared, origin + BigInt(step) * start.denominator, start.denominator, settings);
            expect(ranged.funded).toEqual(exact.funded);
            expect(ranged.cost).toBe(exact.cost);
            covered += 1;
            if (from > 0) resumed += 1;
          }
          from = ranged.extent + 1;
        }
      }),
      { numRuns: 300 },
    );
    expect(covered).toBeGreaterThan(2000);
    // Resumed runs were checked, not only first ones.
    expect(resumed).toBeGreaterThan(500);
  }, 120_000);
});

describe('Add1 with range runs on the real elections', () => {
  it.each(['Switzerland_Zurich_D10.pb', 'poland_warszawa_2017_stara-milosna.pb'])(
    '%s: resumed range runs fund what the exact run funds at every endowment of the Add1 search, losers proven by their bounds',
    async (name) => {
      const election = pabulibElection(await loadPabulib(name));
      const { prepared, settings, start } = setUp(election, { utilities: 'cost', exhaustiveStop: true, exactShare: false, excludeFirst: false });
      const { steps } = completeByAdd1StepByStep(prepared, start, settings, true);
      const workspace = new RangeRunWorkspace(prepared);
      const runFrom = (step: number) => ({ run: new RangeRun(prepared, start.numerator + BigInt(step) * start.denominator, start.denominator, settings, steps + 1, workspace), origin: step });
      let runner = runFrom(0);
      let pastLosers = 0;
      for (let step = 0; step <= steps + 1; ) {
        // As Add1 does: a run that cannot prove its decisions is not resumed again.
        const ranged = runner.run.resume(step - runner.origin, 2);
        if (ranged === undefined) {
          runner = runFrom(step + 1);
          step += 1;
          continue;
        }
        if ((ranged.bounded?.losers ?? 0) > (ranged.bounded?.maybe ?? 0)) pastLosers += 1;
        for (; step <= runner.origin + ranged.extent; step += 1) {
          const exact = runEqualShares(prepared, start.numerator + BigInt(step) * start.denominator, start.denominator, settings);
          expect(ranged.funded).toEqual(exact.funded);
          expect(ranged.cost).toBe(exact.cost);
        }
      }
      expect(pastLosers).toBeGreaterThan(0);
    },
    120_000,
  );

  it.each(pabulibFileNames())('%s: both stopping rules end where the exact step-by-step Add1 ends', async (name) => {
    const election = pabulibElection(await loadPabulib(name));
    for (const exhaustiveStop of [true, false]) {
      const { prepared, settings, start } = setUp(election, { utilities: 'cost', exhaustiveStop, exactShare: false, excludeFirst: false });
      const fast = completeByAdd1(prepared, start, settings, exhaustiveStop);
      const plain = completeByAdd1StepByStep(prepared, start, settings, exhaustiveStop);
      expect({ ...fast, runs: undefined }).toEqual({ ...plain, runs: undefined });
    }
  }, 180_000);
});
