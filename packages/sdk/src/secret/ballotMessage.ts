/**
 * What a secret ballot's proof is bound to, computed exactly as `SecretBallots` computes it on chain
 * (contracts/budgeting/SecretBallots.sol): the round's scope (one nullifier per identity and round), the
 * ballot's message (its content and revision, so the relay cannot alter a ballot it carries), and the
 * key the round counts the ballot under.
 */
import { encodeAbiParameters, getAddress, hexToBigInt, keccak256, numberToHex, slice, type Address } from 'viem';

export interface SecretBallotScopeParameters {
  readonly chainId: number;
  /** The polity's `BudgetRounds`. */
  readonly rounds: Address;
  readonly roundId: bigint;
}

/** `uint256(keccak256(abi.encode(chainid, rounds, roundId))) >> 8`: the round's Semaphore scope. */
export function secretBallotScope({ chainId, rounds, roundId }: SecretBallotScopeParameters): bigint {
  return hexToBigInt(keccak256(encodeAbiParameters([{ type: 'uint256' }, { type: 'address' }, { type: 'uint256' }], [BigInt(chainId), rounds, roundId]))) >> 8n;
}

export interface SecretBallotContent {
  /** Project ids, ascending (as for a public ballot). */
  readonly projects: readonly number[];
  /** Points per project for cumulative rounds; empty otherwise. */
  readonly points: readonly number[];
}

/**
 * `uint256(keccak256(abi.encode(revision, projects, points))) >> 8`: the ballot's Semaphore message.
 * `revision` must exceed that of the ballot counted under the same nullifier (0 when there is none).
 */
export function secretBallotMessage({ revision, projects, points }: SecretBallotContent & { readonly revision: bigint }): bigint {
  return hexToBigInt(keccak256(encodeAbiParameters([{ type: 'uint256' }, { type: 'uint8[]' }, { type: 'uint16[]' }], [revision, projects, points]))) >> 8n;
}

/** The `voter` the round records a secret ballot under (its `BallotCast` event): a function of the nullifier alone. */
export function secretBallotKey(nullifier: bigint): Address {
  return getAddress(slice(keccak256(encodeAbiParameters([{ type: 'string' }, { type: 'uint256' }], ['polity.secret-ballot', nullifier])), 12));
}

/** A field element as the 0x-prefixed 32-byte word events and logs show. */
export function fieldHex(value: bigint): `0x${string}` {
  return numberToHex(value, { size: 32 });
}
