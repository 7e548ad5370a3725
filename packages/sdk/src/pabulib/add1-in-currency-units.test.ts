/// <reference types="node" />
/**
 * Add1 on a file with decimal amounts steps by one currency unit (one złoty, not one grosz). Checked
 * by hand on equal-shares.pb written in złoty and grosze, and against the plain reference model
 * (test/reference, no shared code) on random elections whose amounts are whole złoty written with
 * grosze (`45.00`): counting them in grosze with złoty steps must give the reference's outcome,
 * steps and per-voter share in złoty.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { referenceEqualShares } from '../../test/reference/equal-shares.js';
import type { Election } from '../budgeting/election.js';
import { equalShares, type EqualSharesOptions } from '../budgeting/equal-shares.js';
import { compareRational, rational } from '../budgeting/rational.js';
import { explainPabulibEqualShares, pabulibEqualShares } from './add1-in-currency-units.js';
import { amountInCurrencyUnits } from './amount.js';
import { pabulibElection } from './election.js';
import { parsePabulib } from './parse.js';
import type { PabulibFile } from './types.js';
import { writePabulib } from './write.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'pabulib-variations');
const inZloty = readFileSync(join(fixtures, 'equal-shares.pb'), 'utf8');
const inGrosze = inZloty.replace('budget;300', 'budget;300.00').replace('A;200;', 'A;200.00;').replace('B;150;', 'B;150.00;').replace('C;100;', 'C;100.00;');

describe('Add1 in currency units', () => {
  it('raises shares by one złoty on a file in złoty and grosze: 83 steps to 183.00, as on the whole-złoty file (worked by hand)', () => {
    const file = parsePabulib(inGrosze);
    expect(file.amountDecimals).toBe(2);
    for (const [completion, steps, share, stop] of [
      ['add1', 83, 183, 'next-overspends'],
      ['add1-exhaustive', 34, 134, 'exhaustive'],
    ] as const) {
      const outcome = pabulibEqualShares(file, { completion });
      expect(outcome).toMatchObject({ selected: ['C', 'A'], cost: 30000, budget: 30000, add1Steps: steps, stop, completion });
      expect(amountInCurrencyUnits(outcome.endowment, 2)).toEqual(rational(share));
      const whole = equalShares(pabulibElection(parsePabulib(inZloty)), { completion });
      expect([whole.selected, whole.add1Steps, whole.stop]).toEqual([outcome.selected, outcome.add1Steps, outcome.stop]);
    }
    // Counted in grosze with the SDK's own Add1, the share would rise a grosz at a time: 8,333 runs.
    expect(equalShares(pabulibElection(file), { completion: 'add1' }).add1Steps).toBe(8333);
  });

  it('takes the comparison step against greedy on the real budget, and explains the same outcome', () => {
    const file = parsePabulib(inGrosze.replace('v3;B,C', 'v3;B'));
    // Without v3 behind C: C and A both cost their two supporters 1/2 per unit; C, cheaper, goes first
    // (50 each). Add1 stops at 149 per voter: v1 and v2 then have 99 each, short of A's 200, and at 150
    // v3 could buy B while A becomes affordable too, 450 in all. Equal shares funds {C}; greedy on the
    // real budget funds C and A (support 2 each, cheaper first), which v1 and v2 prefer: greedy is used.
    const outcome = pabulibEqualShares(file, { completion: 'add1', comparison: true });
    expect(outcome).toMatchObject({ selected: ['C', 'A'], cost: 30000, add1Steps: 49, stop: 'next-overspends' });
    expect(outcome.rounds.map((round) => round.projectId)).toEqual(['C']);
    expect(outcome.comparison).toEqual({ greedySelected: ['C', 'A'], prefersEqualShares: 0, prefersGreedy: 2, usedGreedy: true });
    const whole = equalShares(pabulibElection(parsePabulib(inZloty.replace('v3;B,C', 'v3;B'))), { completion: 'add1', comparison: true });
    expect([whole.selected, whole.add1Steps, whole.comparison]).toEqual([outcome.selected, outcome.add1Steps, outcome.comparison]);
    const explanation = explainPabulibEqualShares(file, { completion: 'add1', comparison: true });
    expect(explanation.outcome).toEqual(outcome);
    expect(explanation.budgetShare).toEqual(rational(30000, 3));
    expect(explanation.projects.map((project) => [project.projectId, project.funded, project.reason.kind])).toEqual([
      ['A', true, 'greedy-preferred'],
      ['B', false, 'unaffordable'],
      ['C', true, 'greedy-preferred'],
    ]);
  });

  it('is the SDK equal shares on files with whole amounts', () => {
    const file = parsePabulib(inZloty);
    expect(pabulibEqualShares(file, { completion: 'add1', comparison: true })).toEqual(equalShares(pabulibElection(file), { completion: 'add1', comparison: true }));
  });

  it('agrees with the reference model on whole-złoty elections written in grosze (property)', () => {
    const elections = fc
      .record({
        costs: fc.array(fc.constantFrom(0, 10, 20, 30, 45, 60, 61), { minLength: 1, maxLength: 6 }),
        voters: fc.array(fc.uniqueArray(fc.nat({ max: 5 }), { maxLength: 5 }), { minLength: 1, maxLength: 9 }),
        budget: fc.integer({ min: 0, max: 250 }),
      })
      .map(({ costs, voters, budget }): Election => {
        const projects = costs.map((cost, index) => ({ id: `p${index}`, cost }));
        return { budget, projects, ballots: voters.map((picks) => ({ projects: [...new Set(picks.map((pick) => projects[pick % projects.length]!.id))] })) };
      });
    const options: fc.Arbitrary<EqualSharesOptions> = fc.record({
      completion: fc.constantFrom('add1' as const, 'add1-exhaustive' as const),
      comparison: fc.boolean(),
      startingEndowment: fc.constantFrom('whole-units' as const, 'exact-share' as const),
    });
    fc.assert(
      fc.property(elections, options, (election, settings) => {
        const file: PabulibFile = {
          meta: [{ key: 'budget', value: `${election.budget}.00` }],
          projectColumns: ['project_id', 'cost'],
          projects: election.projects.map((project) => ({ id: project.id, cost: project.cost * 100, fields: {} })),
          voteColumns: ['voter_id', 'vote'],
          votes: election.ballots.map((ballot, voter) => ({ voterId: `v${voter}`, projects: ballot.projects, fields: {} })),
          amountDecimals: 2,
        };
        const read = parsePabulib(writePabulib(file));
        const outcome = pabulibEqualShares(read, settings);
        const reference = referenceEqualShares(election, settings);
        expect(outcome.selected).toEqual(reference.selected);
        expect(outcome.add1Steps).toBe(reference.add1Steps);
        expect(compareRational(amountInCurrencyUnits(outcome.endowment, 2), rational(...reference.endowment))).toBe(0);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
