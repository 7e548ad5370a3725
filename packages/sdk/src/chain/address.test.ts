import { describe, expect, test } from 'vitest';
import { requireAddress } from './address.js';
import { PolityInvalidInputError } from './errors/base.js';

describe('addresses', () => {
  const checksummed = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
  test('a correct checksum, all lower case and all upper case are taken, checksummed', () => {
    expect(requireAddress(checksummed, 'to')).toBe(checksummed);
    expect(requireAddress(checksummed.toLowerCase(), 'to')).toBe(checksummed);
    expect(requireAddress(`0x${checksummed.slice(2).toUpperCase()}`, 'to')).toBe(checksummed);
  });
  test('mixed case that does not match its checksum is refused as the CLI refuses it', () => {
    const typo = '0x5FbDB2315678afecb367f032d93F642f64180aA3';
    expect(() => requireAddress(typo, 'residents[0].account')).toThrow(PolityInvalidInputError);
    expect(() => requireAddress(typo, 'residents[0].account')).toThrow(`residents[0].account: ${typo} has a wrong checksum (mixed case that does not match it: a typo?)`);
  });
});
