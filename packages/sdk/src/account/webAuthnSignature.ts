import * as P256 from 'ox/P256';
import * as Signature from 'ox/Signature';
import type * as WebAuthnP256 from 'ox/WebAuthnP256';
import { encodeAbiParameters, numberToHex, type Hex } from 'viem';

/**
 * OpenZeppelin's `WebAuthn.WebAuthnAuth`, the signature a {@link toPolityAccount} account checks:
 * `abi.encode(bytes32 r, bytes32 s, uint256 challengeIndex, uint256 typeIndex, bytes authenticatorData, string clientDataJSON)`.
 */
const webAuthnAuthParameters = [
  { name: 'r', type: 'bytes32' },
  { name: 's', type: 'bytes32' },
  { name: 'challengeIndex', type: 'uint256' },
  { name: 'typeIndex', type: 'uint256' },
  { name: 'authenticatorData', type: 'bytes' },
  { name: 'clientDataJSON', type: 'string' },
] as const;

export interface EncodeWebAuthnSignatureParameters {
  /** The P-256 signature as a viem `WebAuthnAccount` returns it (r ‖ s; ox already made s low). */
  readonly signature: Hex;
  /** What the authenticator signed besides the challenge. */
  readonly webauthn: WebAuthnP256.SignMetadata;
}

/** A WebAuthn assertion as the account's `SignerWebAuthn` decodes it, with `s` in low form. */
export function encodeWebAuthnSignature({ signature, webauthn }: EncodeWebAuthnSignatureParameters): Hex {
  // ox normalises s when it parses the authenticator's DER signature; normalising here too keeps a
  // signature from any other WebAuthnAccount implementation acceptable (OpenZeppelin refuses high s).
  const { r, s: raw } = Signature.fromHex(signature);
  const s = new P256.noble.Signature(r, raw).normalizeS().s;
  return encodeAbiParameters(webAuthnAuthParameters, [
    numberToHex(r, { size: 32 }),
    numberToHex(s, { size: 32 }),
    BigInt(webauthn.challengeIndex ?? 0),
    BigInt(webauthn.typeIndex ?? 0),
    webauthn.authenticatorData,
    webauthn.clientDataJSON,
  ]);
}

/**
 * A signature of the right shape and size for gas estimation: a real authenticator's data (UP and UV
 * set) and a `clientDataJSON` as long as a browser's for a 32-byte challenge. The account refuses it
 * (its challenge is not the operation's), so it never authorises anything.
 */
export const stubWebAuthnSignature: Hex = encodeAbiParameters(webAuthnAuthParameters, [
  `0x${'7f'.repeat(32)}`,
  `0x${'3f'.repeat(32)}`,
  23n,
  1n,
  `0x${'49'.repeat(32)}0500000000`,
  JSON.stringify({ type: 'webauthn.get', challenge: 'A'.repeat(43), origin: 'https://residents.city.example', crossOrigin: false }),
]);
