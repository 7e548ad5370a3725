import { concat, keccak256, toHex } from 'viem';
import { describe, expect, it } from 'vitest';
import { credentialCommitment, isCredentialCommitment } from './credential.js';

const salt = `0x${'ab'.repeat(32)}` as const;

describe('credentialCommitment', () => {
  it('hashes the salt followed by the trimmed reference', () => {
    expect(credentialCommitment(salt, '  ID-WES-0001 ')).toBe(keccak256(concat([salt, toHex('ID-WES-0001')])));
  });

  it('gives different commitments under different salts, the same under the same salt', () => {
    const other = `0x${'cd'.repeat(32)}` as const;
    expect(credentialCommitment(salt, 'ID-1')).toBe(credentialCommitment(salt, 'ID-1'));
    expect(credentialCommitment(salt, 'ID-1')).not.toBe(credentialCommitment(other, 'ID-1'));
  });

  it('refuses a salt that is not 32 bytes of hex', () => {
    expect(() => credentialCommitment('0x1234', 'ID-1')).toThrow(/64 hexadecimal digits/);
  });

  it('tells a ready commitment from a reference', () => {
    expect(isCredentialCommitment(keccak256(toHex('x')))).toBe(true);
    expect(isCredentialCommitment('ID-WES-0001')).toBe(false);
  });
});
