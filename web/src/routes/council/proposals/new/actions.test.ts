import { describe, expect, it } from 'vitest';
import { durationSeconds, newAction, rights, settingOf } from './actions';

const problems = { noAccount: 'choose someone' };

describe('council proposal actions', () => {
  it('turns days and hours into the seconds the contracts count', () => {
    expect(durationSeconds(7, 0)).toBe(604_800);
    expect(durationSeconds(0, 36)).toBe(129_600);
    expect(durationSeconds(1, 12)).toBe(129_600);
    expect(durationSeconds(-2, 0)).toBe(0);
    expect(durationSeconds(Number.NaN, 2)).toBe(7_200);
    const period = { ...newAction('votingPeriod'), days: 5, hours: 6 };
    expect(settingOf(period, problems)).toEqual({ setting: 'votingPeriod', seconds: 5 * 86_400 + 6 * 3_600 });
  });

  it('names each right as one role on one component, and needs someone to give it to', () => {
    const grant = { ...newAction('grantRole'), right: 'admitResidents' as const };
    expect(() => settingOf(grant, problems)).toThrow('choose someone');
    const account = '0x00000000000000000000000000000000000000aa';
    expect(settingOf({ ...grant, account }, problems)).toEqual({ setting: 'grantRole', component: 'registry', role: 'REGISTRAR_ROLE', account });
    expect(settingOf({ ...grant, kind: 'revokeRole', right: 'releasePayments', account }, problems)).toEqual({ setting: 'revokeRole', component: 'escrow', role: 'COUNCIL_ROLE', account });
    expect(Object.values(rights).map((right) => `${right.component}:${right.role}`)).toEqual(['registry:REGISTRAR_ROLE', 'rounds:ROUND_MANAGER_ROLE', 'rounds:COUNCIL_ROLE', 'results:COUNCIL_ROLE', 'escrow:COUNCIL_ROLE']);
  });
});
