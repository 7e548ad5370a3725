/**
 * A resident's Semaphore identity for secret ballots, derived from a 32-byte seed only the resident
 * can reproduce: the output of their passkey's PRF (WebAuthn `prf` extension), or the seed written
 * down as a recovery phrase or kept in a backup file. The city never sees the seed, so the city cannot
 * recover, and cannot use, the identity; the resident can, without the city (docs/secret-ballots.md).
 */
import { Identity } from '@semaphore-protocol/identity';
import { concat, getAddress, numberToHex, sha256, stringToBytes, toBytes, type Address, type Hex } from 'viem';
import { SecretIdentitySeedError } from './errors.js';

/** The polity an identity belongs to: one resident has a different identity in every polity. */
export interface SecretIdentityPolity {
  readonly chainId: number;
  /** The polity's `ResidentRegistry`, where the identity's commitment is registered. */
  readonly registry: Address;
}

/** Bytes in a seed (and in a PRF output). */
export const secretIdentitySeedBytes = 32;

const derivationLabel = 'polity/secret-ballot-identity/v1';

/**
 * The PRF input the passkey is asked to evaluate (`extensions.prf.eval.first`). Fixed, so that the
 * same passkey answers the same output on every device it syncs to; a different salt from any other
 * use of the PRF, so that this output is good for nothing else.
 */
export const secretIdentityPrfSalt: Uint8Array = sha256(stringToBytes(derivationLabel), 'bytes');

/**
 * The identity seed from a passkey's PRF output: HKDF-SHA-256 (RFC 5869) with the polity (chain id and
 * registry) as its context. A pure function: the same passkey and polity always give the same seed, on
 * any device that holds the passkey.
 */
export async function identitySeedFromPrf(prfOutput: Uint8Array, polity: SecretIdentityPolity): Promise<Uint8Array> {
  if (prfOutput.length < secretIdentitySeedBytes)
    throw new SecretIdentitySeedError(`the passkey's PRF output has ${prfOutput.length} bytes, fewer than the ${secretIdentitySeedBytes} a secret-ballot identity needs: this passkey's PRF cannot be used; keep a recovery phrase instead`);
  const info = concat([stringToBytes(derivationLabel), toBytes(numberToHex(polity.chainId, { size: 32 })), toBytes(getAddress(polity.registry))]);
  const key = await crypto.subtle.importKey('raw', prfOutput as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: secretIdentityPrfSalt as Uint8Array<ArrayBuffer>, info: info as Uint8Array<ArrayBuffer> }, key, secretIdentitySeedBytes * 8);
  return new Uint8Array(bits);
}

/** A fresh random seed, for a resident whose passkey has no PRF: its recovery phrase must then be kept. */
export function randomIdentitySeed(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(secretIdentitySeedBytes));
}

/** The Semaphore identity of a seed (Semaphore derives the secret scalar from it with BLAKE-512). */
export function secretIdentityFromSeed(seed: Uint8Array): Identity {
  if (seed.length !== secretIdentitySeedBytes) throw new SecretIdentitySeedError(`an identity seed has ${secretIdentitySeedBytes} bytes; this one has ${seed.length}`);
  return new Identity(seed);
}

/** The identity's public commitment as a 0x-prefixed 32-byte word (what the registry stores). */
export function identityCommitmentHex(identity: Identity): Hex {
  return numberToHex(identity.commitment, { size: 32 });
}

export type { Identity as SecretIdentity };
