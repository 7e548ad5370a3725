/**
 * The publish request's signature: EIP-712 `Publication { contentHash, publisher, signedAt }` in the
 * polity's domain (@polity/sdk's publicationTypedData). Verified through the chain, so that ordinary
 * accounts, deployed smart accounts (ERC-1271) and smart accounts not deployed yet (ERC-6492) all work.
 */
import { hexToBigInt, keccak256, size, slice, type Address, type Hex } from 'viem';
import { getBlockNumber, verifyTypedData } from 'viem/actions';
import { publicationTypedData } from '@polity/sdk';
import type { ServerContext } from '../context.js';
import { Problem } from '../http/problem.js';
import { chainUnavailable } from './chain-errors.js';

/** Half the order of secp256k1: an `s` above it is the malleable twin of a valid signature. */
const halfCurveOrder = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

/** Refuses a request signed longer ago than the configured age, or as far in the future. */
export function checkFreshness(signedAt: bigint, maxAgeSeconds: number, now = Math.floor(Date.now() / 1000)): void {
  const age = BigInt(now) - signedAt;
  const when = new Date(Number(signedAt) * 1000).toISOString();
  if (age > BigInt(maxAgeSeconds)) {
    throw new Problem(401, 'stale_signature', `sign again: the request was signed at ${when} (${signedAt}), more than ${maxAgeSeconds} s ago`);
  }
  if (-age > BigInt(maxAgeSeconds)) {
    throw new Problem(401, 'stale_signature', `sign again with a correct clock: the request says it was signed at ${when} (${signedAt}), more than ${maxAgeSeconds} s from now`);
  }
}

/**
 * A 65-byte ECDSA signature must have the lower `s`: otherwise anyone could turn a used signature into
 * a "new" one (same signer, same message) and slip past the replay check.
 */
export function checkCanonical(signature: Hex): void {
  if (size(signature) !== 65) return;
  if (hexToBigInt(slice(signature, 32, 64)) > halfCurveOrder) {
    throw new Problem(400, 'invalid_header', 'x-polity-signature is not in canonical form (its s value is in the upper half of the curve order): sign with a standard library such as viem');
  }
}

/** The key a used signature is remembered under. */
export const signatureKey = (signature: Hex): Hex => keccak256(signature);

export interface SignedPublication {
  readonly contentHash: Hex;
  readonly publisher: Address;
  readonly signedAt: bigint;
  readonly signature: Hex;
}

/** Refuses a signature that is not the publisher's over exactly this publication. */
export async function verifyPublication(context: ServerContext, publication: SignedPublication): Promise<void> {
  const { contentHash, publisher, signedAt, signature } = publication;
  let valid: boolean;
  try {
    valid = await verifyTypedData(context.chain, { address: publisher, signature, ...publicationTypedData(context.polity, { contentHash, publisher, signedAt }) });
  } catch (error) {
    // viem answers false for a signature that does not verify; an exception here is the chain failing.
    throw chainUnavailable(context, error, "verify the publisher's signature");
  }
  if (!valid) {
    // viem answers false too when the chain could not be asked (a smart account's check is a call):
    // a chain that does not answer is the server's problem, not a bad signature.
    await getBlockNumber(context.chain, { cacheTime: 0 }).catch((error: unknown) => {
      throw chainUnavailable(context, error, "verify the publisher's signature");
    });
    throw new Problem(
      401,
      'invalid_signature',
      `the signature is not ${publisher}'s over Publication { contentHash: ${contentHash}, publisher: ${publisher}, signedAt: ${signedAt} } in the "Polity content" domain of chain ${context.polity.chainId} and registry ${context.polity.registry}: sign exactly that with the publisher's account (the SDK's publishContent does)`,
    );
  }
}
