import { describe, expect, test } from 'vitest';
import type { AppConfig } from '$lib/config';
import { backupFile, identityFromWords, newIdentity, recoveryWords } from './resident';

const config = { chainId: 31337, polity: { registry: '0x5FbDB2315678afecb367f032d93F642f64180aa3' } } as unknown as AppConfig;

describe("a resident's voting identity from their 24 words or backup file", () => {
  test('the 24 words and the backup file both give back the identity, however the words are spaced or cased', () => {
    const identity = newIdentity();
    const words = recoveryWords(identity);
    expect(words).toHaveLength(24);
    expect(identityFromWords(`  ${words.join('   ').toUpperCase()}\n`, config).commitment).toBe(identity.commitment);
    expect(identityFromWords(backupFile(identity, config), config).commitment).toBe(identity.commitment);
  });

  test('a mistyped word, a missing word, and a backup of another city are refused with what to check', () => {
    const words = recoveryWords(newIdentity());
    expect(() => identityFromWords(words.slice(1).join(' '), config)).toThrow(/24 words; this one has 23/);
    expect(() => identityFromWords([...words.slice(0, 23), 'zebrra'].join(' '), config)).toThrow(/"zebrra" is not in the recovery word list/);
    const elsewhere = { ...config, chainId: 1 } as AppConfig;
    expect(() => identityFromWords(backupFile(newIdentity(), elsewhere), config)).toThrow(/not this one/);
  });
});
