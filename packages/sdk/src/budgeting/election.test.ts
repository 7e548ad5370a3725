import { describe, expect, it } from 'vitest';
import { equalShares } from './equal-shares.js';
import { prepareElection, type Election } from './election.js';

const election = (): Election => ({
  budget: 100,
  projects: [
    { id: 'a', cost: 60 },
    { id: 'b', cost: 50 },
  ],
  ballots: [{ projects: ['a'] }, { projects: ['a', 'b'] }, { projects: ['b'] }],
});

describe('prepareElection keeps the prepared form once per election object', () => {
  it('returns the same prepared form for the same object, and a new one for a copy', () => {
    const original = election();
    const prepared = prepareElection(original);
    expect(prepareElection(original)).toBe(prepared);
    const copy = { ...original };
    expect(prepareElection(copy)).not.toBe(prepared);
    expect(prepareElection(copy).election).toBe(copy);
    expect(prepareElection(copy).types.count).toBe(prepared.types.count);
  });

  it('leaves no trace a caller can see: keys, JSON, spread copies and equality are unchanged', () => {
    const counted = election();
    equalShares(counted);
    const untouched = election();
    expect(Object.keys(counted)).toEqual(Object.keys(untouched));
    expect(JSON.stringify(counted)).toBe(JSON.stringify(untouched));
    expect(counted).toStrictEqual(untouched);
    expect(Object.getOwnPropertySymbols({ ...counted })).toEqual([]);
    expect(structuredClone(counted)).toStrictEqual(untouched);
  });

  it('keeps the prepared form of a frozen election too, and counts it alike', () => {
    const frozen = Object.freeze(election());
    const prepared = prepareElection(frozen);
    expect(prepareElection(frozen)).toBe(prepared);
    expect(equalShares(frozen)).toEqual(equalShares(election()));
  });
});
