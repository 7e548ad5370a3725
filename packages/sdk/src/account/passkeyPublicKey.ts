import * as PublicKey from 'ox/PublicKey';
import { numberToHex, type Hex } from 'viem';
import { PolityInvalidInputError } from '../chain/errors/base.js';

/** A passkey's P-256 public key as the account factory takes it: the two coordinates, 32 bytes each. */
export interface PasskeyCoordinates {
  readonly x: Hex;
  readonly y: Hex;
}

/**
 * The coordinates of a passkey's public key, from the hex a WebAuthn credential or a viem
 * `WebAuthnAccount` holds (uncompressed, with or without its 0x04 prefix).
 */
export function passkeyCoordinates(publicKey: Hex): PasskeyCoordinates {
  let point: PublicKey.PublicKey;
  try {
    point = PublicKey.fromHex(publicKey);
  } catch (cause) {
    throw new PolityInvalidInputError('publicKey', `is not an uncompressed P-256 public key (64 or 65 bytes of hex): pass the passkey credential's publicKey (${String(cause)})`);
  }
  if (point.prefix !== 4 || point.y === undefined) {
    throw new PolityInvalidInputError('publicKey', 'is compressed: pass the uncompressed key (0x04 ‖ x ‖ y) the WebAuthn credential gives');
  }
  return { x: numberToHex(point.x, { size: 32 }), y: numberToHex(point.y, { size: 32 }) };
}
