import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiquidTallyError } from './errors.js';
import { tallyLiquidBallots } from './ballots.js';
import { countedFor, tallyLiquid, type LiquidAccount, type LiquidVote } from './tally.js';

// Ana → Ben → Cleo (Cleo delegates to nobody); Dan holds units and delegates to nobody.
const deep = { maxDepth: 8 };
const accounts: LiquidAccount[] = [
  { id: 'ana', units: 1n, delegate: 'ben' },
  { id: 'ben', units: 2n, delegate: 'cleo' },
  { id: 'cleo', units: 4n },
  { id: 'dan', units: 8n },
];

describe('tallyLiquid', () => {
  it('counts each unit once, for the first voter up its holder chain', () => {
    const result = tallyLiquid(accounts, [{ voter: 'cleo', choice: 'for' }], deep);
    expect(result.tallies).toEqual(new Map([['for', 7n]])); // Dan did not vote and delegated to nobody: not counted
    expect(result.events).toEqual([{ kind: 'cast', voter: 'cleo', choice: 'for', weight: 7n }]);
  });

  it('moves weight off a delegate who already voted, at any depth', () => {
    const votes: LiquidVote<string>[] = [
      { voter: 'cleo', choice: 'for' },
      { voter: 'ana', choice: 'against' }, // two hops below Cleo: takes her own unit
      { voter: 'ben', choice: 'abstain' }, // takes his own 2; Ana's unit stays with Ana
    ];
    const result = tallyLiquid(accounts, votes, deep);
    expect(result.events).toEqual([
      { kind: 'cast', voter: 'cleo', choice: 'for', weight: 7n },
      { kind: 'reduced', voter: 'cleo', choice: 'for', amount: 1n, by: 'ana' },
      { kind: 'cast', voter: 'ana', choice: 'against', weight: 1n },
      { kind: 'reduced', voter: 'cleo', choice: 'for', amount: 2n, by: 'ben' },
      { kind: 'cast', voter: 'ben', choice: 'abstain', weight: 2n },
    ]);
    expect(result.weights).toEqual(new Map([['cleo', 4n], ['ana', 1n], ['ben', 2n]]));
    expect(result.tallies).toEqual(new Map([['for', 4n], ['against', 1n], ['abstain', 2n]]));
  });

  it('gives a voter the weight of everyone below who has not voted, whoever votes first', () => {
    const result = tallyLiquid(accounts, [{ voter: 'ben', choice: 'for' }, { voter: 'cleo', choice: 'against' }], deep);
    expect(result.weights).toEqual(new Map([['ben', 3n], ['cleo', 4n]]));
    expect(result.events.filter((event) => event.kind === 'reduced')).toEqual([]);
  });

  it('ends a chain that loops back on itself', () => {
    const loop: LiquidAccount[] = [
      { id: 'x', units: 1n, delegate: 'y' },
      { id: 'y', units: 2n, delegate: 'x' },
    ];
    expect(countedFor(new Map(loop.map((account) => [account.id, account])), 'x', new Set(), 8)).toBeUndefined();
    expect(tallyLiquid(loop, [{ voter: 'y', choice: 1 }], deep).tallies).toEqual(new Map([[1, 3n]]));
  });

  it('lets accounts not listed vote with no units of their own', () => {
    const result = tallyLiquid([{ id: 'a', units: 5n, delegate: 'outsider' }], [{ voter: 'outsider', choice: 'for' }], deep);
    expect(result.weights.get('outsider')).toBe(5n);
  });

  it('rejects a second vote unless changes are allowed; a change moves no weight', () => {
    const twice = [{ voter: 'cleo', choice: 'for' }, { voter: 'cleo', choice: 'against' }];
    expect(() => tallyLiquid(accounts, twice, deep)).toThrow(LiquidTallyError);
    const changed = tallyLiquid(accounts, twice, { ...deep, allowChanges: true });
    expect(changed.tallies).toEqual(new Map([['against', 7n]]));
    expect(changed.events.at(-1)).toEqual({ kind: 'changed', voter: 'cleo', choice: 'against', weight: 7n });
  });

  it('rejects accounts listed twice or with negative units', () => {
    expect(() => tallyLiquid([...accounts, { id: 'ana', units: 1n }], [], deep)).toThrow('account ana is listed twice');
    expect(() => tallyLiquid([{ id: 'z', units: -1n }], [], deep)).toThrow('units cannot be negative');
  });

  it('tallies ballots per project, approvals and points', () => {
    const result = tallyLiquidBallots(accounts, [
      { voter: 'cleo', choice: ['park', 'library'] },
      { voter: 'ana', choice: { park: 2n, pool: 1n } },
    ], deep);
    expect(result.projects).toEqual(new Map([['park', 6n + 2n], ['library', 6n], ['pool', 1n]]));
    expect(() => tallyLiquidBallots(accounts, [{ voter: 'cleo', choice: { park: -1n } }], deep)).toThrow('points cannot be negative');
  });
});

describe('tallyLiquid, chains longer than the maximum depth', () => {
  // a0 → a1 → a2 → a3 → a4, one unit each, maximum depth 3: a0's unit reaches a1, a2 and a3, never a4.
  const line: LiquidAccount[] = [0, 1, 2, 3, 4].map((i) => (i < 4 ? { id: `a${i}`, units: 1n, delegate: `a${i + 1}` } : { id: `a${i}`, units: 1n }));
  const depth3 = { maxDepth: 3 };

  it('cuts a unit off after maxDepth hops', () => {
    expect(tallyLiquid(line, [{ voter: 'a4', choice: 'for' }], depth3).weights).toEqual(new Map([['a4', 4n]]));
    expect(tallyLiquid(line, [{ voter: 'a4', choice: 'for' }], deep).weights).toEqual(new Map([['a4', 5n]]));
    expect(countedFor(new Map(line.map((account) => [account.id, account])), 'a0', new Set(['a4']), 3)).toBeUndefined();
  });

  it('an override takes back only what reached the voter above (the contracts: LiquidTally.t.sol)', () => {
    const votes: LiquidVote<string>[] = [
      { voter: 'a4', choice: 'for' },
      { voter: 'a2', choice: 'against' }, // claims a2, a1 and a0 (3); only a2 and a1 had reached a4
      { voter: 'a0', choice: 'against' }, // finds a2 two hops up
    ];
    const result = tallyLiquid(line, votes, depth3);
    expect(result.events).toEqual([
      { kind: 'cast', voter: 'a4', choice: 'for', weight: 4n },
      { kind: 'reduced', voter: 'a4', choice: 'for', amount: 2n, by: 'a2' },
      { kind: 'cast', voter: 'a2', choice: 'against', weight: 3n },
      { kind: 'reduced', voter: 'a2', choice: 'against', amount: 1n, by: 'a0' },
      { kind: 'cast', voter: 'a0', choice: 'against', weight: 1n },
    ]);
    expect(result.tallies).toEqual(new Map([['for', 2n], ['against', 3n]]));
  });

  it('a voter whose nearest voter above is beyond its reach takes nothing from it', () => {
    const result = tallyLiquid(line, [{ voter: 'a4', choice: 'for' }, { voter: 'a0', choice: 'against' }], depth3);
    expect(result.events.filter((event) => event.kind === 'reduced')).toEqual([]);
    expect(result.weights).toEqual(new Map([['a4', 4n], ['a0', 1n]]));
  });

  it('rejects a maximum depth that is not a whole number of hops', () => {
    expect(() => tallyLiquid(line, [], { maxDepth: 0 })).toThrow(LiquidTallyError);
    expect(() => tallyLiquid(line, [], { maxDepth: 1.5 })).toThrow('maxDepth is 1.5');
  });
});

describe('tallyLiquid, properties', () => {
  const scenario = fc
    .record({
      size: fc.integer({ min: 1, max: 8 }),
      maxDepth: fc.integer({ min: 1, max: 8 }),
      units: fc.array(fc.bigInt({ min: 0n, max: 5n }), { minLength: 8, maxLength: 8 }),
      delegates: fc.array(fc.option(fc.nat({ max: 7 }), { nil: undefined }), { minLength: 8, maxLength: 8 }),
      order: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 8 }),
    })
    .map(({ size, maxDepth, units, delegates, order }) => ({
      maxDepth,
      accounts: Array.from({ length: size }, (_, i): LiquidAccount => {
        const delegate = delegates[i];
        return delegate === undefined ? { id: `a${i}`, units: units[i]! } : { id: `a${i}`, units: units[i]!, delegate: `a${delegate % size}` };
      }),
      votes: order.filter((i) => i < size).map((i) => ({ voter: `a${i}`, choice: i % 3 })),
    }));

  it('counts every unit whose chain holds a voter exactly once; events add up to the final weights', () => {
    fc.assert(
      fc.property(scenario, ({ maxDepth, accounts: all, votes }) => {
        const result = tallyLiquid(all, votes, { maxDepth });
        const byId = new Map(all.map((account) => [account.id, account]));
        const voters = new Set(votes.map((vote) => vote.voter));
        const counted = all.filter((account) => countedFor(byId, account.id, voters, maxDepth) !== undefined).reduce((sum, account) => sum + account.units, 0n);
        expect([...result.weights.values()].reduce((sum, weight) => sum + weight, 0n)).toBe(counted);
        for (const voter of voters) {
          const cast = result.events.find((event) => event.kind === 'cast' && event.voter === voter)!;
          const lost = result.events.filter((event) => event.kind === 'reduced' && event.voter === voter).reduce((sum, event) => sum + (event.kind === 'reduced' ? event.amount : 0n), 0n);
          expect(cast.kind === 'cast' ? cast.weight - lost : -1n).toBe(result.weights.get(voter));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("an override takes weight from one voter only: the nearest earlier voter within the new voter's reach", () => {
    fc.assert(
      fc.property(scenario, ({ maxDepth, accounts: all, votes }) => {
        const result = tallyLiquid(all, votes, { maxDepth });
        const byId = new Map(all.map((account) => [account.id, account]));
        const voted = new Set<string>();
        let at = 0;
        for (const { voter } of votes) {
          const reductions: string[] = [];
          while (result.events[at]!.kind === 'reduced') reductions.push(result.events[at++]!.voter);
          at += 1; // the cast event
          const delegate = byId.get(voter)?.delegate;
          // The voter's own unit reaches its delegate and maxDepth - 1 accounts further.
          const above = delegate === undefined || delegate === voter ? undefined : countedFor(byId, delegate, voted, maxDepth - 1);
          expect(reductions.length).toBeLessThanOrEqual(1);
          if (reductions.length === 1) expect(reductions[0]).toBe(above);
          voted.add(voter);
        }
      }),
      { numRuns: 500 },
    );
  });
});
