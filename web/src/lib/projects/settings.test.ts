import { describe, expect, it } from 'vitest';
import { projectAddress, projectDistrict, supportVisible } from './settings';

describe('support counts', () => {
  it('are hidden while voting unless the round shows them, and always shown with the result', () => {
    expect(supportVisible('voting', {})).toBe(false);
    expect(supportVisible('voting', { 'support-counts': 'hidden' })).toBe(false);
    expect(supportVisible('voting', { 'support-counts': 'shown' })).toBe(true);
    expect(supportVisible('result', {})).toBe(true);
    expect(supportVisible('submission', { 'support-counts': 'shown' })).toBe(false);
  });
});

describe('project settings', () => {
  it('read a district number and an address line', () => {
    expect(projectDistrict({ district: '3' })).toBe(3);
    expect(projectDistrict({ district: 'three' })).toBeUndefined();
    expect(projectAddress({ address: ' ul. Armii Krajowej 1 ' })).toBe('ul. Armii Krajowej 1');
    expect(projectAddress({})).toBeUndefined();
  });
});
