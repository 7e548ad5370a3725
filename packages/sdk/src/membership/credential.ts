import { concat, keccak256, toHex, type Hex } from 'viem';
import { PolityInvalidInputError } from '../chain/errors/base.js';

/**
 * The commitment the resident registry keeps for a credential: keccak256 of the council's secret salt
 * followed by the reference's UTF-8 bytes (the reference trimmed, in Unicode NFC, so `Łódź` typed with
 * combining accents commits like `Łódź` typed precomposed; ASCII and NFC text are unchanged by it, and
 * so are their commitments). Without the salt nobody can test a
 * guessed document number against the public commitment; with the same salt, the same credential always
 * gives the same commitment, so the registry can refuse one credential under two addresses. Every tool
 * that admits residents into a polity (the CLI, the web app) must use this function and the same salt.
 */
export function credentialCommitment(salt: Hex, reference: string): Hex {
  // Typed as Hex, but it often comes from a file or an environment variable: checked as any value.
  const given: unknown = salt;
  if (typeof given !== 'string' || !isCredentialSalt(given)) {
    const shown = typeof given === 'string' ? `${JSON.stringify(given.length > 20 ? `${given.slice(0, 10)}…` : given)} (${given.length} characters)` : typeof given;
    throw new PolityInvalidInputError('salt', `${shown} is not a credential salt: a salt is 0x followed by 64 hexadecimal digits (32 secret bytes); use the council's salt, the same for every import`);
  }
  if (typeof reference !== 'string' || reference.trim() === '') throw new PolityInvalidInputError('reference', 'is empty: give the number of the document the office checked');
  return keccak256(concat([salt, toHex(reference.trim().normalize('NFC'))]));
}

/** Whether `text` is a 32-byte value given as 0x + 64 hexadecimal digits (a salt or a ready commitment). */
export function isCredentialSalt(text: string): text is Hex {
  return /^0x[0-9a-fA-F]{64}$/.test(text);
}

/** Whether `text` is already a commitment (computed by the identity office's own system) rather than a reference. */
export const isCredentialCommitment = isCredentialSalt;
