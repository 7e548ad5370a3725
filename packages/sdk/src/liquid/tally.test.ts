import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiquidTallyError } from './errors.js';
import { tallyLiquidBallots } from './ballots.js';
import { countedFor, tallyLiquid, type LiquidAccount, type LiquidVote } from './tally.js';

// Ana → Ben → Cleo (Cleo delegates to nobody); Dan holds units and delegates to nobody.
const accounts: LiquidAccount[] = [
  { id: 'ana', units: 1n, delegate: 'ben' },
  { id: 'ben', units: 2n, delegate: 'cleo' },
  { id: 'cleo', units: 4n },
  { id: 'dan', units: 8n },
];

describe('tallyLiquid', () => {
  it('counts each unit once, for the first voter up its holder chain', () => {
    const result = tallyLiquid(accounts, [{ voter: 'cleo', choice: 'for' }]);
    expect(result.tallies).toEqual(new Map([['for', 7n]])); // Dan did not vote and delegated to nobody: not counted
    expect(result.events).toEqual([{ kind: 'cast', voter: 'cleo', choice: 'for', weight: 7n }]);
  });

  it('moves weight off a delegate who already voted, at any depth', () => {
    const votes: LiquidVote<string>[] = [
      { voter: 'cleo', choice: 'for' },
      { voter: 'ana', choice: 'against' }, // two hops below Cleo: takes her own unit
      { voter: 'ben', choice: 'abstain' }, // takes his own 2; Ana's unit stays with Ana
    ];
    const result = tallyLiquid(accounts, votes);
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
    const result = tallyLiquid(accounts, [{ voter: 'ben', choice: 'for' }, { voter: 'cleo', choice: 'against' }]);
    expect(result.weights).toEqual(new Map([['ben', 3n], ['cleo', 4n]]));
    expect(result.events.filter((event) => event.kind === 'reduced')).toEqual([]);
  });

  it('ends a chain that loops back on itself', () => {
    const loop: LiquidAccount[] = [
      { id: 'x', units: 1n, delegate: 'y' },
      { id: 'y', units: 2n, delegate: 'x' },
    ];
    expect(countedFor(new Map(loop.map((account) => [account.id, account])), 'x', new Set())).toBeUndefined();
    expect(tallyLiquid(loop, [{ voter: 'y', choice: 1 }]).tallies).toEqual(new Map([[1, 3n]]));
  });

  it('lets accounts not listed vote with no units of their own', () => {
    const result = tallyLiquid([{ id: 'a', units: 5n, delegate: 'outsider' }], [{ voter: 'outsider', choice: 'for' }]);
    expect(result.weights.get('outsider')).toBe(5n);
  });

  it('rejects a second vote unless changes are allowed; a change moves no weight', () => {
    const twice = [{ voter: 'cleo', choice: 'for' }, { voter: 'cleo', choice: 'against' }];
    expect(() => tallyLiquid(accounts, twice)).toThrow(LiquidTallyError);
    const changed = tallyLiquid(accounts, twice, { allowChanges: true });
    expect(changed.tallies).toEqual(new Map([['against', 7n]]));
    expect(changed.events.at(-1)).toEqual({ kind: 'changed', voter: 'cleo', choice: 'against', weight: 7n });
  });

  it('rejects accounts listed twice or with negative units', () => {
    expect(() => tallyLiquid([...accounts, { id: 'ana', units: 1n }], [])).toThrow('account ana is listed twice');
    expect(() => tallyLiquid([{ id: 'z', units: -1n }], [])).toThrow('units cannot be negative');
  });

  it('tallies ballots per project, approvals and points', () => {
    const result = tallyLiquidBallots(accounts, [
      { voter: 'cleo', choice: ['park', 'library'] },
      { voter: 'ana', choice: { park: 2n, pool: 1n } },
    ]);
    expect(result.projects).toEqual(new Map([['park', 6n + 2n], ['library', 6n], ['pool', 1n]]));
    expect(() => tallyLiquidBallots(accounts, [{ voter: 'cleo', choice: { park: -1n } }])).toThrow('points cannot be negative');
  });
});

describe('tallyLiquid, properties', () => {
  const scenario = fc
    .record({
      size: fc.integer({ min: 1, max: 8 }),
      units: fc.array(fc.bigInt({ min: 0n, max: 5n }), { minLength: 8, maxLength: 8 }),
      delegates: fc.array(fc.option(fc.nat({ max: 7 }), { nil: undefined }), { minLength: 8, maxLength: 8 }),
      order: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 8 }),
    })
    .map(({ size, units, delegates, order }) => ({
      accounts: Array.from({ length: size }, (_, i): LiquidAccount => {
        const delegate = delegates[i];
        return delegate === undefined ? { id: `a${i}`, units: units[i]! } : { id: `a${i}`, units: units[i]!, delegate: `a${delegate % size}` };
      }),
      votes: order.filter((i) => i < size).map((i) => ({ voter: `a${i}`, choice: i % 3 })),
    }));

  it('counts every unit whose chain holds a voter exactly once; events add up to the final weights', () => {
    fc.assert(
      fc.property(scenario, ({ accounts: all, votes }) => {
        const result = tallyLiquid(all, votes);
        const byId = new Map(all.map((account) => [account.id, account]));
        const voters = new Set(votes.map((vote) => vote.voter));
        const counted = all.filter((account) => countedFor(byId, account.id, voters) !== undefined).reduce((sum, account) => sum + account.units, 0n);
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

  it("an override takes weight from one voter only: the nearest earlier voter up the new voter's chain", () => {
    fc.assert(
      fc.property(scenario, ({ accounts: all, votes }) => {
        const result = tallyLiquid(all, votes);
        const byId = new Map(all.map((account) => [account.id, account]));
        const voted = new Set<string>();
        let at = 0;
        for (const { voter } of votes) {
          const reductions: string[] = [];
          while (result.events[at]!.kind === 'reduced') reductions.push(result.events[at++]!.voter);
          at += 1; // the cast event
          const delegate = byId.get(voter)?.delegate;
          const above = delegate === undefined || delegate === voter ? undefined : countedFor(byId, delegate, voted);
          expect(reductions.length).toBeLessThanOrEqual(1);
          if (reductions.length === 1) expect(reductions[0]).toBe(above);
          voted.add(voter);
        }
      }),
      { numRuns: 500 },
    );
  });
});
