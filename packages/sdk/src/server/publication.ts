import { keccak256, type Address, type Hex, type TypedDataDefinition } from 'viem';
import type { PolityAddresses } from '../chain/polity.js';

/**
 * A publish request to a city's Polity server is signed as EIP-712 typed data: the publisher states
 * which bytes (by content hash) they publish and when they signed, for one polity. Both the SDK (to
 * sign) and the server (to verify) build it here, so the two can never disagree.
 */
export const publicationTypes = {
  Publication: [
    { name: 'contentHash', type: 'bytes32' },
    { name: 'publisher', type: 'address' },
    { name: 'signedAt', type: 'uint64' },
  ],
} as const;

export interface Publication {
  /** keccak256 of the published bytes: the hash the chain stores. */
  readonly contentHash: Hex;
  /** The account that publishes (and signs). */
  readonly publisher: Address;
  /** When it was signed, in seconds since 1970: the server refuses requests signed too long ago. */
  readonly signedAt: bigint;
}

/** The signing domain: one per polity (its chain and its registry). */
export function publicationDomain(polity: Pick<PolityAddresses, 'chainId' | 'registry'>) {
  return { name: 'Polity content', version: '1', chainId: polity.chainId, verifyingContract: polity.registry } as const;
}

/** What the publisher signs (viem's `signTypedData`) and the server verifies (`verifyTypedData`). */
export function publicationTypedData(
  polity: Pick<PolityAddresses, 'chainId' | 'registry'>,
  publication: Publication,
): TypedDataDefinition<typeof publicationTypes, 'Publication'> {
  return {
    domain: publicationDomain(polity),
    types: publicationTypes,
    primaryType: 'Publication',
    message: { contentHash: publication.contentHash, publisher: publication.publisher, signedAt: publication.signedAt },
  };
}

/** The request headers a publish request carries besides `content-type`. */
export const publicationHeaders = {
  publisher: 'x-polity-publisher',
  signedAt: 'x-polity-signed-at',
  signature: 'x-polity-signature',
  /** The hash the publisher signed, so that bytes altered on the way are told apart from a bad signature. */
  contentHash: 'x-polity-content-hash',
} as const;

/** The bytes a text is published as: UTF-8. */
export function contentBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}

/** The hash content is published under, as the chain stores it: keccak256 of its bytes (UTF-8 for a text). */
export function contentHash(content: string | Uint8Array): Hex {
  return keccak256(contentBytes(content));
}
