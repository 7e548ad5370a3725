import { describe, expect, test } from 'vitest';
import { secretBallotContent, secretStanding, type SecretStandingInput } from './standing';

const base: SecretStandingInput = { resident: { isResident: true, district: 2 }, roundDistrict: 0, commitment: 11n, fixedAt: 1_700_000_000, members: [5n, 11n, 0n] };

describe('secretStanding', () => {
  test('a registered resident in the fixed group can vote', () => {
    expect(secretStanding(base).kind).toBe('can-vote');
  });
  test('each reason not to, in the order a resident can act on it', () => {
    expect(secretStanding({ ...base, resident: { isResident: false, district: 2 }, commitment: 0n }).kind).toBe('not-resident');
    expect(secretStanding({ ...base, roundDistrict: 3, commitment: 0n }).kind).toBe('other-district');
    expect(secretStanding({ ...base, commitment: 0n }).kind).toBe('no-identity');
    expect(secretStanding({ ...base, fixedAt: 0, members: undefined }).kind).toBe('group-not-fixed');
    // Registered after the snapshot: the chain holds the commitment, the round's group does not.
    expect(secretStanding({ ...base, commitment: 12n }).kind).toBe('not-in-group');
  });
  test("a district round takes its district's residents", () => {
    expect(secretStanding({ ...base, roundDistrict: 2 }).kind).toBe('can-vote');
  });
  test('a removed leaf (zero) never matches a commitment', () => {
    expect(secretStanding({ ...base, commitment: 0n, members: [0n] }).kind).toBe('no-identity');
  });
});

describe('secretBallotContent', () => {
  test('projects ascending; points only in a cumulative round; zero-point choices left out', () => {
    const selected = [{ projectId: 3, points: 2 }, { projectId: 1, points: 1 }, { projectId: 2, points: 0 }];
    expect(secretBallotContent('approval', selected)).toEqual({ projects: [1, 3], points: [] });
    expect(secretBallotContent('cumulative', selected)).toEqual({ projects: [1, 3], points: [1, 2] });
  });
});
