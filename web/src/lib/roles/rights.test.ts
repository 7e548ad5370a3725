import { describe, expect, test } from 'vitest';
import { rightStatus, rightsOf, type CouncilRights } from './rights';

const council = '0x1000000000000000000000000000000000000001';
const zofia = '0x2000000000000000000000000000000000000002';
const none: CouncilRights = { council: false, roundManager: false, releasesMilestones: false, registrar: false };
const councilRights: CouncilRights = { council: true, roundManager: true, releasesMilestones: true, registrar: false };

describe('rightsOf', () => {
  test('an answer speaks only for the account it was read for (any letter case)', () => {
    expect(rightsOf({ account: council, rights: councilRights }, council.toUpperCase().replace('0X', '0x') as `0x${string}`)).toEqual(councilRights);
    expect(rightsOf({ account: council, rights: councilRights }, zofia)).toBeUndefined();
    expect(rightsOf(undefined, zofia)).toBeUndefined();
  });
});

describe('rightStatus', () => {
  test('nobody signed in, the answer not in yet, lacking and held', () => {
    expect(rightStatus(undefined, undefined, 'council')).toBe('signed-out');
    expect(rightStatus(undefined, zofia, 'council')).toBeUndefined();
    // The council's answer arriving after the switch to Zofia says nothing about Zofia.
    expect(rightStatus({ account: council, rights: councilRights }, zofia, 'council')).toBeUndefined();
    expect(rightStatus({ account: zofia, rights: none }, zofia, 'council')).toBe('lacking');
    expect(rightStatus({ account: council, rights: councilRights }, council, 'council')).toBe('held');
    expect(rightStatus({ account: council, rights: councilRights }, council, 'registrar')).toBe('lacking');
  });
});
