/**
 * The nullifier an identity's proofs in a round carry, computed without proving: Semaphore v4's circuit
 * outputs `Poseidon(hash(scope), secret)` (hash = keccak256 >> 8, as Semaphore hashes scope and message).
 * The resident's app uses it to read the revision of its counted ballot, and shows it as the receipt
 * the resident can look up on the audit trail.
 */
import type { Identity } from '@semaphore-protocol/identity';
import { poseidon2 } from 'poseidon-lite/poseidon2';
import { hexToBigInt, keccak256, numberToHex } from 'viem';

/** Semaphore's hash of a message or scope into the field: `keccak256(bytes32(value)) >> 8`. */
export function semaphoreFieldHash(value: bigint): bigint {
  return hexToBigInt(keccak256(numberToHex(value, { size: 32 }))) >> 8n;
}

export function secretBallotNullifier(identity: Identity, scope: bigint): bigint {
  return poseidon2([semaphoreFieldHash(scope), identity.secretScalar]);
}
