/**
 * The resident's own copy of their identity seed, for when the passkey is gone (a lost phone whose
 * passkeys did not sync) or has no PRF: 24 words (BIP-39 English, the seed's 256 bits and a checksum),
 * or a small backup file. Either gives back the same identity, with no help from the city.
 */
import { entropyToMnemonic, mnemonicToEntropy, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english';
import { bytesToHex, getAddress, hexToBytes, isHex } from 'viem';
import { SecretIdentitySeedError } from './errors.js';
import { identityCommitmentHex, secretIdentityFromSeed, secretIdentitySeedBytes, type SecretIdentityPolity } from './identity.js';

/** The seed as 24 words, to be written on paper. */
export function recoveryPhraseFromSeed(seed: Uint8Array): string {
  if (seed.length !== secretIdentitySeedBytes) throw new SecretIdentitySeedError(`an identity seed has ${secretIdentitySeedBytes} bytes; this one has ${seed.length}`);
  return entropyToMnemonic(seed, wordlist);
}

/** The seed back from its 24 words (any spacing or letter case); a mistyped word is refused, not guessed. */
export function seedFromRecoveryPhrase(phrase: string): Uint8Array {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  if (words.length !== 24) throw new SecretIdentitySeedError(`a recovery phrase has 24 words; this one has ${words.length}: check that no word is missing or split`);
  const unknown = words.filter((word) => !wordlist.includes(word));
  if (unknown.length > 0) throw new SecretIdentitySeedError(`${unknown.map((word) => `"${word}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the recovery word list: check the spelling against the paper`);
  const normalised = words.join(' ');
  if (!validateMnemonic(normalised, wordlist)) throw new SecretIdentitySeedError('the recovery phrase has valid words but its checksum does not match: one word is wrong or two are swapped; check it against the paper');
  return mnemonicToEntropy(normalised, wordlist);
}

/** What a backup file holds: the seed, and what it is for, so that the wrong file is recognised. */
export interface SecretIdentityBackup {
  readonly kind: 'polity-secret-ballot-identity';
  readonly version: 1;
  readonly chainId: number;
  readonly registry: string;
  readonly seed: string;
  /** The identity's commitment: checked on restore, and the value the registry holds for the resident. */
  readonly commitment: string;
}

/** A backup file's text (JSON) for the seed in a polity. It is a secret: whoever holds it can vote as the resident. */
export function secretIdentityBackup(seed: Uint8Array, polity: SecretIdentityPolity): string {
  const backup: SecretIdentityBackup = {
    kind: 'polity-secret-ballot-identity',
    version: 1,
    chainId: polity.chainId,
    registry: getAddress(polity.registry),
    seed: bytesToHex(seed),
    commitment: identityCommitmentHex(secretIdentityFromSeed(seed)),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** The seed from a backup file's text, refused when the file is for another polity or was altered. */
export function seedFromSecretIdentityBackup(text: string, polity: SecretIdentityPolity): Uint8Array {
  let backup: Partial<SecretIdentityBackup>;
  try {
    backup = JSON.parse(text) as Partial<SecretIdentityBackup>;
  } catch (cause) {
    throw new SecretIdentitySeedError(`this is not a secret-ballot identity backup (not JSON: ${(cause as Error).message})`, { cause });
  }
  if (backup.kind !== 'polity-secret-ballot-identity' || backup.version !== 1) throw new SecretIdentitySeedError('this file is not a Polity secret-ballot identity backup (version 1)');
  if (backup.chainId !== polity.chainId || typeof backup.registry !== 'string' || getAddress(backup.registry) !== getAddress(polity.registry))
    throw new SecretIdentitySeedError(`this backup is for the polity of registry ${backup.registry} on chain ${backup.chainId}, not this one (registry ${getAddress(polity.registry)} on chain ${polity.chainId})`);
  if (typeof backup.seed !== 'string' || !isHex(backup.seed) || backup.seed.length !== 2 + 2 * secretIdentitySeedBytes) throw new SecretIdentitySeedError('the backup\'s seed is not 32 bytes of hexadecimal: the file was altered');
  const seed = hexToBytes(backup.seed);
  if (identityCommitmentHex(secretIdentityFromSeed(seed)) !== backup.commitment) throw new SecretIdentitySeedError("the backup's seed does not give the commitment written beside it: the file was altered");
  return seed;
}
