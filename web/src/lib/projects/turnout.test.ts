import { describe, expect, it } from 'vitest';
import { fundedByCategory, residentDistricts, roundTurnout } from './turnout';

const events = [
  { eventName: 'ResidentAdmitted', args: { account: '0xA', district: 1 } },
  { eventName: 'ResidentAdmitted', args: { account: '0xB', district: 1 } },
  { eventName: 'ResidentAdmitted', args: { account: '0xC', district: 2 } },
  { eventName: 'ResidentAdmitted', args: { account: '0xD', district: 2 } },
  { eventName: 'ResidentAdmitted', args: { account: '0xE', district: 3 } },
  { eventName: 'ResidentRenewed', args: { account: '0xE', district: 2 } },
  { eventName: 'ResidentRevoked', args: { account: '0xD' } },
];

describe('residents', () => {
  it('are replayed from admissions, renewals into another district, revocations', () => {
    expect(residentDistricts(events)).toEqual(new Map([['0xa', 1], ['0xb', 1], ['0xc', 2], ['0xe', 2]]));
  });
});

describe('turnout', () => {
  const residents = residentDistricts(events);
  it('of a district round: its ballots over its residents', () => {
    expect(roundTurnout(1, ['0xa'], residents)).toEqual({ ballots: 1, eligible: 2, districts: [] });
  });
  it('of a city-wide round, per district; a changed ballot counts once; a former resident’s ballot still counts', () => {
    const turnout = roundTurnout(0, ['0xA', '0xa', '0xc', '0xe', '0xd'], residents);
    expect(turnout.ballots).toBe(4);
    expect(turnout.eligible).toBe(4);
    expect(turnout.districts).toEqual([
      { district: 1, ballots: 1, residents: 2 },
      { district: 2, ballots: 2, residents: 2 },
      { district: -1, ballots: 1, residents: 0 },
    ]);
  });
});

describe('money per category', () => {
  it('adds up the funded projects’ costs in the round’s category order', () => {
    const projects = [
      { projectId: 0, category: 0, cost: 42_000n },
      { projectId: 1, category: 0, cost: 18_500n },
      { projectId: 2, category: 1, cost: 9_800n },
      { projectId: 3, category: 2, cost: 84_000n },
    ];
    expect(fundedByCategory(['Greenery', 'Community', 'Transport'], projects, [0, 1, 2])).toEqual([
      { name: 'Greenery', amount: 60_500n, projects: 2 },
      { name: 'Community', amount: 9_800n, projects: 1 },
      { name: 'Transport', amount: 0n, projects: 0 },
    ]);
  });
});
