import { concat, keccak256, toHex, type Hex } from 'viem';

/**
 * The commitment the resident registry keeps for a credential: keccak256 of the council's secret salt
 * followed by the reference's UTF-8 bytes (the reference trimmed). Without the salt nobody can test a
 * guessed document number against the public commitment; with the same salt, the same credential always
 * gives the same commitment, so the registry can refuse one credential under two addresses. Every tool
 * that admits residents into a polity (the CLI, the web app) must use this function and the same salt.
 */
export function credentialCommitment(salt: Hex, reference: string): Hex {
  if (!isCredentialSalt(salt)) throw new TypeError('a credential salt is 0x followed by 64 hexadecimal digits');
  return keccak256(concat([salt, toHex(reference.trim())]));
}

/** Whether `text` is a 32-byte value given as 0x + 64 hexadecimal digits (a salt or a ready commitment). */
export function isCredentialSalt(text: string): text is Hex {
  return /^0x[0-9a-fA-F]{64}$/.test(text);
}

/** Whether `text` is already a commitment (computed by the identity office's own system) rather than a reference. */
export const isCredentialCommitment = isCredentialSalt;
