import { describe, expect, test } from 'vitest';
import { PolityInvalidInputError } from '../../chain/errors/base.js';
import { ballotKinds, countingRules, outcomeCompletions } from '../../chain/enums.js';
import { checkBallot } from './ballotRules.js';
import { roundConfigOf, type RoundConfigInput } from './roundConfig.js';

const config: RoundConfigInput = {
  token: '0x1000000000000000000000000000000000000001',
  district: 0,
  delegation: false,
  topic: 0,
  maxSubmissionsPerResident: 5,
  budget: 100_000n,
  ballot: { kind: 'cumulative', minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 10, maxPointsPerProject: 5 },
  timeline: { reviewStart: 1, votingStart: 2, votingEnd: 3 },
  counting: { rule: 'equal-shares', stopAtMisfit: false, minSupport: 0n, completion: 'add1-exhaustive', challengeWindow: 0, challengeBond: 0n },
  descriptionHash: `0x${'11'.repeat(32)}`,
};

describe('round configuration by name', () => {
  test('every name becomes the contract number a read turns back into that name', () => {
    for (const kind of ballotKinds) expect(ballotKinds[roundConfigOf({ ...config, ballot: { ...config.ballot, kind } }).ballot.kind]).toBe(kind);
    for (const rule of countingRules) expect(countingRules[roundConfigOf({ ...config, counting: { ...config.counting, rule } }).counting.rule]).toBe(rule);
    for (const completion of outcomeCompletions) {
      expect(outcomeCompletions[roundConfigOf({ ...config, counting: { ...config.counting, completion } }).counting.completion]).toBe(completion);
    }
    expect(roundConfigOf(config)).toMatchObject({ ballot: { kind: 2, points: 10 }, counting: { rule: 1, completion: 2 }, budget: 100_000n });
  });

  test('numbers are still accepted; an unknown name or number is refused with the names to use', () => {
    expect(roundConfigOf({ ...config, ballot: { ...config.ballot, kind: 1 } }).ballot.kind).toBe(1);
    const unknown = { ...config, ballot: { ...config.ballot, kind: 'ranked' as 'knapsack' } };
    expect(() => roundConfigOf(unknown)).toThrow(PolityInvalidInputError);
    expect(() => roundConfigOf(unknown)).toThrow(`config.ballot.kind: "ranked" is not a ballot kind: use 'approval', 'knapsack', 'cumulative' (or 0 to 2)`);
    expect(() => roundConfigOf({ ...config, counting: { ...config.counting, rule: 7 } })).toThrow('config.counting.rule: 7 is not a counting rule');
  });

  test('checkBallot takes the kind by name too', () => {
    const round = { roundId: 1n, design: { kind: 'knapsack' as const, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 }, budget: 100n, projects: [{ cost: 60n, accepted: true }, { cost: 50n, accepted: true }] };
    expect(checkBallot(round, { projects: [1] })).toMatchObject({ kind: 'knapsack', spent: 50n });
    expect(() => checkBallot(round, { projects: [0, 1] })).toThrow("ballot spends 110 but the round's budget is 100");
  });
});
